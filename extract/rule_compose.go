package extract

import (
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

// ruleDayBeforeRel: the day before yesterday, the day after tomorrow, two
// days before yesterday is not English; only these two.
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
