package extract

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// term is one piece of evidence about an article's publication day: a
// score from 0 to 1 for every candidate day, a weight, the days it proposes
// as candidates, and how firmly it pins the day down.
type term struct {
	weight float64
	score  func(d time.Time) float64
	// from, to bound the candidate days the term proposes (zero: none).
	from, to time.Time
	// level is how precisely the term dates the article when it agrees with
	// the chosen day: 1 a day, 0.8 a week, 0.5 a month, 0.2 a year, 0 none.
	level float64
	// limit caps the confidence of a date this term is the best evidence
	// for (0: no cap). A written date says the article is later, not how
	// much later: news names the weekday of anything within a week and
	// writes the date (with its year, when another year) of what is older.
	limit float64
	// phrase is the evidence shown to the user.
	phrase string
}

// inference is the result of inferring one article's date.
type inference struct {
	day        time.Time
	confidence float64
	evidence   []string
}

// minLevel is the least precise evidence that may date an article: a
// month-level clue that agrees with the chosen day. Year mentions alone
// never do.
const minLevel = 0.5

// decide picks the day that the terms score highest, with a confidence from
// the precision of the agreeing evidence and the margin over the best day
// more than a week away. It reports false when no term proposes a day or the
// evidence is too vague.
func decide(terms []term) (inference, bool) {
	days := candidateDays(terms)
	if len(days) == 0 {
		return inference{}, false
	}
	total := func(d time.Time) float64 {
		s := 0.0
		for _, t := range terms {
			s += t.weight * t.score(d)
		}
		return s
	}
	scores := make([]float64, len(days))
	best := 0
	for i, d := range days {
		scores[i] = total(d)
		if scores[i] > scores[best]+1e-9 {
			best = i
		}
	}
	bd, bs := days[best], scores[best]
	if bs <= 0 {
		return inference{}, false
	}
	alt := 0.0
	for i, d := range days {
		if math.Abs(d.Sub(bd).Hours()) > 7*24 && scores[i] > alt {
			alt = scores[i]
		}
	}
	level, limit := 0.0, 1.0
	type contrib struct {
		v      float64
		phrase string
	}
	var cs []contrib
	for _, t := range terms {
		s := t.score(bd)
		if s >= 0.5 && t.weight >= 1 && t.level >= level {
			tl := 1.0
			if t.limit > 0 {
				tl = t.limit
			}
			if t.level > level {
				level, limit = t.level, tl
			} else {
				limit = max(limit, tl)
			}
		}
		if v := t.weight * s; v > 0 && t.phrase != "" {
			cs = append(cs, contrib{v, t.phrase})
		}
	}
	if level < minLevel {
		return inference{}, false
	}
	margin := (bs - alt) / bs
	conf := min(limit, level*(0.4+0.6*margin))
	inf := inference{day: bd, confidence: math.Round(conf*100) / 100}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].v > cs[j].v })
	seen := map[string]bool{}
	for _, c := range cs {
		if len(inf.evidence) == 4 || c.v < 0.25*cs[0].v {
			break
		}
		if !seen[c.phrase] {
			seen[c.phrase] = true
			inf.evidence = append(inf.evidence, c.phrase)
		}
	}
	return inf, true
}

// maxCandidateDays bounds the days decide scores.
const maxCandidateDays = 20000

// candidateDays returns the sorted distinct days the terms propose.
func candidateDays(terms []term) []time.Time {
	seen := map[time.Time]bool{}
	var days []time.Time
	for _, t := range terms {
		if t.from.IsZero() {
			continue
		}
		for d := t.from; !d.After(t.to) && len(days) < maxCandidateDays; d = d.AddDate(0, 0, 1) {
			if !seen[d] {
				seen[d] = true
				days = append(days, d)
			}
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	return days
}

// daysBetween returns b - a in whole days (both midnight UTC).
func daysBetween(a, b time.Time) int {
	return int(math.Round(b.Sub(a).Hours() / 24))
}

// dayScore scores a candidate day d for an event on day x: news reports an
// event the same day or soon after, and mentions coming events less often.
func dayScore(d, x time.Time, future bool) float64 {
	delta := daysBetween(x, d) // days from the event to publication
	if future {
		switch {
		case delta <= 0 && delta >= -14:
			return 0.8 + 0.01*float64(delta)
		case delta < -14 && delta >= -90:
			return 0.3
		case delta > 0 && delta <= 3:
			return 0.4
		}
		return 0.05
	}
	// Style books have reporters name the weekday of anything within a
	// week and write the date of anything further: an explicit date is as
	// likely a week or two before publication as the day before.
	switch {
	case delta >= 0 && delta <= 1:
		return 1
	case delta >= 2 && delta <= 14:
		return 0.95 - 0.02*float64(delta-2)
	case delta > 14 && delta <= 31:
		return 0.6 - 0.01*float64(delta-15)
	case delta > 31 && delta <= 90:
		return 0.3
	case delta > 90 && delta <= 365:
		return 0.1
	case delta < 0 && delta >= -7:
		return 0.3
	case delta < -7 && delta >= -60:
		return 0.15
	}
	return 0
}

// weekdayScore scores d for a weekday mention: the most recent such day
// (or, pointing ahead, the next one).
func weekdayScore(d time.Time, wd time.Weekday, last, future bool) float64 {
	if future {
		ahead := (int(wd) - int(d.Weekday()) + 7) % 7
		if ahead == 0 {
			return 0.5
		}
		return 0.8 - 0.08*float64(ahead-1)
	}
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	if last && back == 0 {
		back = 7
	}
	return [...]float64{1, 0.9, 0.55, 0.5, 0.4, 0.35, 0.3, 0.25}[back]
}

// monthScore scores d for an event in the month [from, to].
func monthScore(d, from, to time.Time) float64 {
	switch {
	case !d.Before(from) && !d.After(to):
		return 0.8
	case d.After(to) && daysBetween(to, d) <= 31:
		return 0.6
	case d.Before(from) && daysBetween(d, from) <= 7:
		return 0.3
	}
	return 0
}

// monthBounds returns the first and last day of the month of t.
func monthBounds(y int, m time.Month) (time.Time, time.Time) {
	s := timeline.Day(y, m, 1)
	return s, s.AddDate(0, 1, -1)
}

// termsOf turns an article's own clues into terms. The year clues yc (of
// the same clues) place its month-day mentions and weigh the years.
func termsOf(cs []clue, yc yearClues) []term {
	years := yc.candidateYears()
	var ts []term
	yearSeen := map[int]int{}
	wdSeen := map[string]bool{}
	for _, c := range cs {
		c := c
		switch c.kind {
		case clueDay:
			x := c.iv.Start
			limit := weakLimit
			if c.future {
				limit = aheadLimit
			}
			ts = append(ts, term{weight: 3, level: 1, limit: limit, phrase: quote(c.phrase),
				score: func(d time.Time) float64 { return dayScore(d, x, c.future) },
				from:  x.AddDate(0, 0, -7), to: x.AddDate(0, 0, 31)})
		case clueMonthDay:
			mo, dd := c.month, c.day
			if c.hasWD {
				ts = append(ts, weekdayDateTerm(c, yc)...)
				continue
			}
			ts = append(ts, term{weight: 2.5, level: 1, limit: weakLimit, phrase: quote(c.phrase),
				score: func(d time.Time) float64 { return monthDayScore(d, mo, dd, c.future) }})
			for _, y := range years {
				if validDay(y, mo, dd) {
					x := timeline.Day(y, mo, dd)
					ts = append(ts, term{score: zeroScore, from: x.AddDate(0, 0, -7), to: x.AddDate(0, 0, 31)})
				}
			}
		case clueMonth:
			from, to := c.iv.Start, c.iv.End
			ts = append(ts, term{weight: 1, level: 0.5, limit: weakLimit, phrase: quote(c.phrase),
				score: func(d time.Time) float64 { return monthScore(d, from, to) },
				from:  from.AddDate(0, 0, -7), to: to.AddDate(0, 0, 31)})
		case clueSpan:
			from, to := c.iv.Start, c.iv.End
			lvl := 0.5
			if c.iv.Days() <= 7 {
				lvl = 0.8
			}
			ts = append(ts, term{weight: 1, level: lvl, limit: weakLimit, phrase: quote(c.phrase),
				score: func(d time.Time) float64 { return spanScore(d, from, to) },
				from:  from.AddDate(0, 0, -7), to: to.AddDate(0, 0, 31)})
		case clueYear:
			y := c.iv.Start.Year()
			if c.iv.End.Year() != y {
				continue
			}
			// The year terms weigh the years; a year mention only proposes
			// its days.
			if yearSeen[y]++; yearSeen[y] > 1 {
				continue
			}
			ts = append(ts, term{score: zeroScore, from: timeline.Day(y, 1, 1), to: timeline.Day(y+1, 1, 31)})
		case clueWeekday:
			k := fmt.Sprint(c.wd, c.last, c.future)
			if wdSeen[k] {
				continue
			}
			wdSeen[k] = true
			ts = append(ts, term{weight: 1.5, phrase: quote(c.phrase),
				score: func(d time.Time) float64 { return weekdayScore(d, c.wd, c.last, c.future) }})
		}
	}
	return append(ts, yc.yearTerms()...)
}

// weakLimit caps the confidence of a date found from written dates alone.
const weakLimit = 0.3

// aheadLimit caps the confidence of a date found from a coming date alone:
// bonds mature and contracts expire decades after the news of them.
const aheadLimit = 0.15

// weekdayDateTerm makes the term of a day written with its weekday but no
// year ("Monday, Oct. 26"): the calendar allows only some years, and the
// year clues weigh them. How sure the year is caps the confidence.
func weekdayDateTerm(c clue, yc yearClues) []term {
	y, sure, ok := yc.weekdayYear(c.month, c.day, c.wd)
	if !ok {
		return nil
	}
	x := timeline.Day(y, c.month, c.day)
	future := c.future
	return []term{{weight: 3, level: 1, limit: max(0.1, 0.8*sure), phrase: quote(c.phrase),
		score: func(d time.Time) float64 { return dayScore(d, x, future) },
		from:  x.AddDate(0, 0, -7), to: x.AddDate(0, 0, 14)}}
}

// zeroScore is the score of terms that only propose candidate days.
func zeroScore(time.Time) float64 { return 0 }

// monthDayScore scores d for a day named without its year: the closest
// year's such day.
func monthDayScore(d time.Time, mo time.Month, dd int, future bool) float64 {
	best := 0.0
	for y := d.Year() - 1; y <= d.Year()+1; y++ {
		if validDay(y, mo, dd) {
			best = max(best, dayScore(d, timeline.Day(y, mo, dd), future))
		}
	}
	return best
}

// spanScore scores d for an event in the span [from, to].
func spanScore(d, from, to time.Time) float64 {
	switch {
	case !d.Before(from) && !d.After(to):
		return 1
	case d.After(to) && daysBetween(to, d) <= 31:
		return 0.5
	}
	return 0
}

// quote formats a phrase for the evidence list.
func quote(s string) string {
	return fmt.Sprintf("%q", strings.Join(strings.Fields(s), " "))
}
