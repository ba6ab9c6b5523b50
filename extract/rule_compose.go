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
// of the year) match the same span and win on priority.
func (p *parser) ruleBoundOf(i int) (match, bool) {
	mod, k := p.posPrefix(i)
	if k == i || !p.is(i, "the") || k >= len(p.t) {
		return match{}, false // early/late/mid: the rules read those themselves
	}
	m, ok := p.bestOf(baseRules, k)
	if !ok || m.start != k || m.typ != timeline.TypeDate || m.mod != "" || m.val != "" {
		return match{}, false
	}
	switch m.v.g {
	case timeline.GrainYear, timeline.GrainQuarter, timeline.GrainMonth, timeline.GrainWeek, timeline.GrainDecade, timeline.GrainCentury:
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
	if end < len(p.t) && !p.t[end].nl && (p.hyphen(end) || p.t[end].kind == tkWord && !p.isAny(end, "and", "or", "but", "when", "while", "at")) {
		// the 25th anniversary, the 15th-century navigator, by the 18th
		// over; "the 25th of March" is the explicit rule's
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
