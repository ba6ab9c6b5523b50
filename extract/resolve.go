package extract

import (
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Reference time.
//
// These references are in play, and each rule names the one it uses:
//
//   - p.anchor, the publication day (DCT). Deictic expressions use it:
//     today, yesterday, this week, last year, two years ago, bare weekdays,
//     yearless months and days. In news these almost always point from the
//     day of writing, which the gold data confirms (see the README numbers).
//   - p.narrative(), the last day the text named (falling back to the
//     anchor). Anaphoric expressions use it, because they point from the
//     time the story has moved to: the previous day, the next day, the
//     following week, two days later, a year earlier. narrativeFor refines
//     it for months and years: after "In March ..." the following month
//     counts from March, after "in 1995" or "last year" the same year and
//     the previous year count from that year (p.lastMonth, p.lastYear,
//     whichever the text named last). With Config.Reanchor, bare weekdays
//     and yearless dates use the last explicit date too when it lies in
//     another year than the anchor ("In August 2012 ... On Sunday night
//     ..."); measured on TimeBank and AQUAINT that helps only when the
//     narrative date is far from the anchor, so it is off by default; a
//     year merely named in the same sentence ("In 1996, Nov. 7 was
//     renamed") is no anchor either: on TE3 silver texts it was wrong more
//     often than right.
//   - p.lastWD, the last bare weekday: the second day of a pair or range
//     ("on Monday and Tuesday", "from Tuesday to Thursday") follows it
//     (pairedWeekday), whatever the tense of its own clause.
//   - p.lastQuarter, the story's quarter (storyQuarter decides which named
//     quarter that is). Financial news compares a quarter with "a year
//     ago", "a year earlier", "the year-ago quarter", "the corresponding
//     period last year": those shift that quarter by a year; "the quarter",
//     "the latest period" and "the 1988 period" name it.

// note updates the narrative state after a match.
func (p *parser) note(m match) {
	if m.val != "" || m.v.y == 0 || m.aside {
		return
	}
	switch m.v.g {
	case timeline.GrainQuarter:
		if m.quarter && m.v.q != 0 && m.v.half == 0 {
			if p.storyQuarter(m.v, m.end) {
				p.lastQuarter, p.lastQAt = m.v, m.end
			} else if p.lastQuarter == m.v {
				p.lastQAt = m.end
			}
		}
	case timeline.GrainDay, timeline.GrainMonth, timeline.GrainHour, timeline.GrainMinute:
		if m.weekday {
			p.lastWD, p.lastWDAt = m.v, m.end
		}
		if m.v.d != 0 {
			p.lastDay, p.lastDayAt = m.v, m.end
		} else if m.v.g == timeline.GrainMonth && m.v.m != 0 {
			p.lastMonth, p.lastMonthAt = m.v, m.end
		}
		if m.explicit {
			p.lastDate = m.v
		}
	case timeline.GrainYear:
		if m.mod == "" || m.explicit {
			p.lastYear, p.lastYearAt = m.v.y, m.end // in 1995, last year
		}
	}
}

// storyQuarter reports whether quarter v, named at token i, becomes the
// story's quarter: the first one named, or one named after the last went
// out of reach, or a later one that has begun by the publication date.
// Financial news names its reporting quarter first and compares it with
// earlier ones ("after a flat second quarter"); a later reporting quarter
// is another company's ("Separately, America West reported third-quarter
// profit"); quarters ahead of the publication are forecasts.
func (p *parser) storyQuarter(v tv, i int) bool {
	if p.lastQuarter.y == 0 || i-p.lastQAt > quarterReach {
		return true
	}
	idx := func(x tv) int { return x.y*4 + x.q }
	now := idx(shift(uQuarter, 0, p.anchor, true))
	if !p.known() {
		now = idx(v)
	}
	return idx(v) < now && (idx(v) > idx(p.lastQuarter) || idx(p.lastQuarter) >= now)
}

// quarterRef returns the quarter the story last named when it was named
// within the last quarterReach tokens (financial comparisons stay close).
func (p *parser) quarterRef(i int) (tv, bool) {
	if p.lastQuarter.y == 0 || i-p.lastQAt > quarterReach {
		return tv{}, false
	}
	return p.lastQuarter, true
}

// quarterReach is how many tokens a named quarter stays the reference of
// "a year ago", "the quarter", "the year-ago period".
const quarterReach = 400

// narrative returns the reference day of anaphoric expressions: the last
// day the text named (explicitly, or resolved such as "Tuesday"), else the
// anchor. ok is false when neither is known.
func (p *parser) narrative() (time.Time, bool) {
	if p.lastDay.y != 0 {
		return timeline.Day(p.lastDay.y, time.Month(p.lastDay.m), p.lastDay.d), true
	}
	return p.anchor, p.known()
}

// narrativeFor is narrative for a shift by unit u: a month named with its
// year ("in March 1989 ... the following month"), or a yearless month named
// after the last day ("In March, ... The following month"), serves units
// of a month or more; a year named after both ("in 1995 ... the same
// year") serves years.
func (p *parser) narrativeFor(u unit) (time.Time, bool) {
	if p.lastDate.y != 0 && p.lastDate.g == timeline.GrainMonth && u >= uMonth {
		return timeline.Day(p.lastDate.y, time.Month(p.lastDate.m), 1), true
	}
	if u >= uYear && p.lastYear != 0 && p.lastYearAt > p.lastDayAt && p.lastYearAt > p.lastMonthAt {
		// registered in 1995 ... in the same year
		return timeline.Day(p.lastYear, 1, 1), true
	}
	if u >= uMonth && p.lastMonth.y != 0 && p.lastMonthAt > p.lastDayAt {
		// In March, the company received a bid. The following month ...
		return timeline.Day(p.lastMonth.y, time.Month(p.lastMonth.m), 1), true
	}
	return p.narrative()
}

// ref returns the reference for deictic weekdays and yearless dates: the
// anchor, or with Config.Reanchor the last explicit date when it stands in
// another year than the anchor.
func (p *parser) ref() (time.Time, bool) {
	if p.cfg.Reanchor && p.lastDate.y != 0 && p.lastDate.g == timeline.GrainDay && p.known() && p.lastDate.y != p.anchor.Year() {
		return timeline.Day(p.lastDate.y, time.Month(p.lastDate.m), p.lastDate.d), true
	}
	return p.anchor, p.known()
}

// Directions for resolving a weekday or a yearless month.
const (
	dirStrictPast   = -2 // "last Friday": before the reference day
	dirPast         = -1 // past narrative: on or before the reference
	dirNone         = 0  // no clue: the reference's own year / the past
	dirFuture       = 1  // future tense: on or after the reference
	dirStrictFuture = 2  // "next Friday": after the reference
	dirSince        = -3 // "since May": on or before the reference, never after
	dirPastNear     = -4 // a bare month in a past clause that nothing points ahead: at most a month ahead
)

// weekday resolves ISO weekday wd (1..7) in direction dir from the reference.
func (p *parser) weekday(wd, dir int, ref time.Time, known bool) tv {
	if !known {
		return tv{g: timeline.GrainDay, wd: wd}
	}
	cur := isoWeekday(ref)
	var off int
	switch dir {
	case dirStrictPast:
		off = -((cur - wd + 7) % 7)
		if off == 0 {
			off = -7
		}
	case dirFuture:
		off = (wd - cur + 7) % 7
	case dirStrictFuture:
		off = (wd - cur + 7) % 7
		if off == 0 {
			off = 7
		}
	default:
		off = -((cur - wd + 7) % 7)
	}
	return dayTV(ref.AddDate(0, 0, off))
}

// monthYear picks the year of a yearless month m (and day d, 0 when none)
// seen from the reference in direction dir. Distances are in months from
// the reference:
//   - strict past ("last May"): the latest occurrence before the reference,
//     and before the month just ended;
//   - strict future ("next March"): the earliest after it;
//   - past narrative: the latest occurrence no more than two months ahead
//     (news in a past-tense clause still names dates just ahead: "to be
//     published in early November" in late October); across the turn of
//     the year only a day at most about two weeks ahead ("declared January
//     2 a day of mourning" on December 30), not a month ("began in
//     January" in December is this year's);
//   - past near (a bare month in a past clause that nothing points
//     ahead): as the past narrative, but no more than a month ahead
//     ("took power in June" written in April is last June);
//   - since: the latest occurrence not after the reference ("since May"
//     is over by the time it is written);
//   - future tense: the earliest occurrence no more than a month back;
//   - no clue: the nearest occurrence, the past one on a tie.
func monthYear(m, d, dir int, ref time.Time) int {
	y := ref.Year()
	rm, rd := int(ref.Month()), ref.Day()
	dist := func(k int) float64 {
		x := float64(12*k + m - rm)
		if d != 0 {
			x += float64(d-rd) / 31
		}
		return x
	}
	switch dir {
	case dirStrictPast:
		// "last October" written in November is a year back: the month
		// just ended would be "last month".
		lim := 0.0
		if d == 0 {
			lim = -1
		}
		for k := 0; k >= -1; k-- {
			if dist(k) < lim {
				return y + k
			}
		}
		return y - 1
	case dirStrictFuture:
		for k := 0; k <= 1; k++ {
			if dist(k) > 0 {
				return y + k
			}
		}
		return y + 1
	case dirSince:
		for k := 0; k >= -1; k-- {
			if dist(k) <= 0 {
				return y + k
			}
		}
		return y - 1
	case dirPast, dirPastNear:
		if d != 0 && dist(1) <= 0.5 {
			return y + 1 // declared January 2 a day of mourning, written on December 30
		}
		lim := 2.0
		if dir == dirPastNear {
			lim = 1 // took power in June, written in April: last June
		}
		for k := 0; k >= -1; k-- {
			if dist(k) <= lim {
				return y + k
			}
		}
		return y - 1
	case dirFuture:
		for k := 0; k <= 1; k++ {
			if dist(k) >= -1 {
				return y + k
			}
		}
		return y
	}
	best, bk := 1e9, 0
	for k := -1; k <= 1; k++ {
		x := dist(k)
		if x < 0 {
			x = -x - 0.01
		}
		if x < best {
			best, bk = x, k
		}
	}
	return y + bk
}

// shift returns the calendar unit u holding ref moved by n units. The grain
// follows the unit. With an unknown reference the value keeps its X digits.
func shift(u unit, n int, ref time.Time, known bool) tv {
	if !known {
		switch u {
		case uDay, uHour, uMinute, uSecond:
			return tv{g: timeline.GrainDay}
		case uWeek:
			return tv{g: timeline.GrainWeek}
		case uWeekend:
			return tv{g: timeline.GrainWeek, we: true}
		case uMonth:
			return tv{g: timeline.GrainMonth}
		case uQuarter:
			return tv{g: timeline.GrainQuarter}
		case uDecade:
			return tv{g: timeline.GrainDecade}
		case uCentury:
			return tv{g: timeline.GrainCentury}
		default:
			return tv{g: timeline.GrainYear}
		}
	}
	switch u {
	case uDay, uHour, uMinute, uSecond:
		return dayTV(ref.AddDate(0, 0, n))
	case uWeek:
		return weekTV(ref.AddDate(0, 0, 7*n))
	case uWeekend:
		v := weekTV(ref.AddDate(0, 0, 7*n))
		v.we = true
		return v
	case uMonth:
		return monthTV(timeline.Day(ref.Year(), ref.Month()+time.Month(n), 1))
	case uQuarter:
		q := ref.Year()*4 + quarterOf(ref.Month()) - 1 + n
		return tv{g: timeline.GrainQuarter, y: q / 4, q: q%4 + 1}
	case uHalf:
		h := ref.Year()*2 + (int(ref.Month())-1)/6 + n
		return tv{g: timeline.GrainQuarter, y: h / 2, half: h%2 + 1}
	case uDecade:
		return tv{g: timeline.GrainDecade, dec: ref.Year()/10 + n}
	case uCentury:
		return tv{g: timeline.GrainCentury, dec: ref.Year()/100 + n}
	case uSeason:
		return seasonOf(ref.AddDate(0, 3*n, 0))
	default:
		return tv{g: timeline.GrainYear, y: ref.Year() + n}
	}
}

// seasonOf is the season holding t (winter belongs to the year it starts in).
func seasonOf(t time.Time) tv {
	y, m := t.Year(), t.Month()
	s := "WI"
	switch {
	case m >= 3 && m <= 5:
		s = "SP"
	case m >= 6 && m <= 8:
		s = "SU"
	case m >= 9 && m <= 11:
		s = "FA"
	case m <= 2:
		y--
	}
	return tv{g: timeline.GrainSeason, y: y, season: s}
}

// ago moves the reference back (n < 0) or forward by |n| units and returns
// the unit holding the result, e.g. two years ago → the year two before.
func ago(u unit, n int, ref time.Time, known bool) tv {
	switch u {
	case uDecade:
		return shift(uYear, 10*n, ref, known)
	case uCentury:
		return shift(uYear, 100*n, ref, known)
	case uHour, uMinute, uSecond:
		return shift(uDay, 0, ref, known)
	}
	return shift(u, n, ref, known)
}
