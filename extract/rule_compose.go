package extract

import (
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Rules that build an expression around another one: the end of the first
// quarter, the day before yesterday. ("The night of Oct. 23" stays "Oct.
// 23": both corpora leave the part of day out of such a span.)

// ruleBoundOf: "the end of", "the beginning of", "the middle of" before a
// date another rule reads (the end of the first quarter of 2014, the start
// of the second quarter, the middle of the week): that date with mod END,
// START or MID. Rules that read their own prefix (the end of 2012, the end
// of the year) match the same span and win on priority. The first half of
// a decade or century is its START, the second, last or latter half its
// END (the last half of the '80s).
func (p *parser) ruleBoundOf(i int) (match, bool) {
	mod, k := p.posPrefix(i)
	half := false
	if p.is(i, "the") && p.isAny(i+1, "first", "second", "last", "latter") && p.is(i+2, "half") && p.is(i+3, "of") {
		// the last half of the '80s: a decade's or century's half is its
		// start or end (a year's is H1 or H2, the quarter rule's)
		mod, k, half = "START", i+4, true
		if !p.is(i+1, "first") {
			mod = "END"
		}
	}
	if k == i || !p.is(i, "the") || k >= len(p.t) {
		return match{}, false // early/late/mid: the rules read those themselves
	}
	m, ok := p.bestOf(baseRules, k)
	if !ok || m.start != k || m.typ != timeline.TypeDate || m.mod != "" || m.val != "" {
		return match{}, false
	}
	switch m.v.g {
	case timeline.GrainYear, timeline.GrainQuarter, timeline.GrainMonth, timeline.GrainWeek:
		if half {
			return match{}, false
		}
	case timeline.GrainDecade, timeline.GrainCentury:
	default:
		return match{}, false // the end of Friday, of the summer of 2011: no third of a day
	}
	if m.v.we || m.v.season != "" {
		return match{}, false
	}
	m.start, m.mod = i, mod
	return m, true
}

// ruleDayBeforeRel: the day before yesterday and the day after tomorrow,
// counted from the publication day as yesterday and tomorrow are (nothing
// else: "two days before yesterday" is not English).
func (p *parser) ruleDayBeforeRel(i int) (match, bool) {
	if !p.is(i, "the") || !p.is(i+1, "day") {
		return match{}, false
	}
	switch {
	case p.is(i+2, "before") && p.is(i+3, "yesterday"):
		return match{start: i, end: i + 4, typ: timeline.TypeDate, v: shift(uDay, -2, p.anchor, p.known())}, true
	case p.is(i+2, "after") && p.is(i+3, "tomorrow"):
		return match{start: i, end: i + 4, typ: timeline.TypeDate, v: shift(uDay, 2, p.anchor, p.known())}, true
	}
	return match{}, false
}

// ruleOrdinalDay: "on the 12th", "by the 5th", "until the 25th": a day of
// the month the story is in. After a preposition of time, and ending its
// phrase: before punctuation, a conjunction or "at" (the 25th anniversary,
// the 5th floor, by the 18th over are no days). The month is the
// narrative day's (talks began on March 3 and ended on the 12th: March
// 12) unless the tense puts that day on the other side of the reference
// (signed on Jan. 5, written in March; talks will resume on the 10th), or
// else the reference's, moved a month by tense when the day lies on the
// other side of the reference (said on the 25th, written on the 22nd:
// last month's 25th).
func (p *parser) ruleOrdinalDay(i int) (match, bool) {
	if !p.is(i, "the") || !p.isAny(i-1, "on", "by", "until", "till", "before", "after", "since", "from", "through") {
		return match{}, false
	}
	d, ok := p.dayNum(i + 1)
	if !ok || !p.adj(i+2) || !p.isAny(i+2, "st", "nd", "rd", "th") {
		return match{}, false
	}
	end := i + 3
	place := p.is(end, "in") && end+1 < len(p.t) && p.t[end+1].capt // on the 12th in Geneva
	if end < len(p.t) && !p.t[end].nl && !place && (p.hyphen(end) || p.t[end].kind == tkWord && !p.isAny(end, "and", "or", "but", "when", "while", "at")) {
		// the 25th anniversary, the 15th-century navigator, by the 18th
		// over, on the 18th in the final round; "the 25th of March" is
		// the explicit rule's
		return match{}, false
	}
	v := tv{g: timeline.GrainDay, d: d}
	ref, known := p.ref()
	t := p.tense(i, end)
	if p.lastDay.y != 0 {
		v.y, v.m = p.lastDay.y, p.lastDay.m
		if day := timeline.Day(v.y, time.Month(v.m), d); known && (t > 0 && day.Before(ref) || t < 0 && day.After(ref)) {
			v.y = 0 // the tense puts the day on the other side of the reference
		}
	}
	if v.y == 0 {
		if !known {
			return match{}, false
		}
		m := ref.AddDate(0, 0, 1-ref.Day()) // the reference's month
		switch {
		case t < 0 && d > ref.Day():
			m = m.AddDate(0, -1, 0)
		case t > 0 && d < ref.Day():
			m = m.AddDate(0, 1, 0)
		}
		v.y, v.m = m.Year(), int(m.Month())
	}
	if !isCalendarDay(v.y, v.m, v.d) {
		return match{}, false
	}
	return match{start: i, end: end, typ: timeline.TypeDate, v: v}, true
}

// ruleMonthPart: an ordinal day, week or days of a month another rule reads
// (the first week of April, the last week of March, the first days of May,
// the last day of March, the first week of next month).
//
// A week of a month is the ISO week that holds its Thursday in the month,
// as ISO week 1 of a year is the one holding its first Thursday: the first
// week of a month is the ISO week holding its 4th (April 2013: W14, April
// 1-7), the second the one holding its 11th, and the last week the one
// holding its last day but three (March 2013: the 28th, W13). A month's
// first or last days, or weeks, are the month with mod START or END; its
// first or last day is that day.
func (p *parser) ruleMonthPart(i int) (match, bool) {
	k := i
	if p.is(k, "the") {
		k++
	}
	n := 0
	switch {
	case p.isAny(k, "last", "final"):
		n = -1
	case p.cls(k)&cOrdinal != 0 && p.lx(k).val >= 1 && p.lx(k).val <= 4:
		n = p.lx(k).val
	default:
		return match{}, false
	}
	if p.hyphen(k + 1) {
		return match{}, false
	}
	k++
	few := p.is(k, "few")
	if few {
		k++
	}
	if p.cls(k)&cUnit == 0 || !p.is(k+1, "of") {
		return match{}, false
	}
	u := p.lx(k).unit
	if u != uDay && u != uWeek {
		return match{}, false
	}
	plural := p.t[k].lex().plural
	if few && !plural {
		return match{}, false
	}
	m, ok := p.bestOf(baseRules, k+2)
	if !ok || m.start != k+2 || m.typ != timeline.TypeDate || m.mod != "" || m.val != "" || m.v.g != timeline.GrainMonth || m.v.season != "" {
		return match{}, false
	}
	v := m.v
	if plural {
		if n != 1 && n != -1 {
			return match{}, false // the second days of May
		}
		mod := "START"
		if n == -1 {
			mod = "END"
		}
		return match{start: i, end: m.end, typ: timeline.TypeDate, v: v, mod: mod}, true
	}
	if v.y == 0 {
		return match{}, false // no calendar to count the days on
	}
	last := timeline.Day(v.y, time.Month(v.m)+1, 0).Day()
	d := 0
	switch {
	case u == uDay && n == -1:
		d = last
	case u == uDay:
		d = n
	case n == -1:
		d = last - 3
	default:
		d = 4 + 7*(n-1)
	}
	day := timeline.Day(v.y, time.Month(v.m), d)
	if u == uDay {
		return match{start: i, end: m.end, typ: timeline.TypeDate, v: tv{g: timeline.GrainDay, y: v.y, m: v.m, d: d}}, true
	}
	return match{start: i, end: m.end, typ: timeline.TypeDate, v: weekTV(day)}, true
}
