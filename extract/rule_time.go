package extract

import (
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Times of day: 3 p.m., 10:30 a.m. EST, noon Thursday, midnight Friday,
// at 9:15, 7 o'clock, overnight.

// meridiem reads a.m. / p.m. / am / pm at token k: +12 for p.m., 0 for
// a.m., and the next token; ok false when none stands there.
func (p *parser) meridiem(k int) (int, int, bool) {
	w := p.word(k)
	if (w == "a" || w == "p") && p.punct(k+1, '.') && p.adj(k+1) && p.is(k+2, "m") && p.adj(k+2) {
		e := k + 3
		if p.punct(e, '.') && p.adj(e) {
			e++
		}
		if w == "p" {
			return 12, e, true
		}
		return 0, e, true
	}
	if w == "am" || w == "pm" {
		if w == "pm" {
			return 12, k + 1, true
		}
		return 0, k + 1, true
	}
	return 0, k, false
}

// zone skips a time zone: an abbreviation (EST, GMT, ET, BST) or a zone
// named with "time" (Eastern time, Eastern Standard Time, local time,
// Greenwich Mean Time), so that a day after it still belongs to the time
// (3:15 p.m. Eastern time on Wednesday).
func (p *parser) zone(k int) int {
	if p.isAny(k, "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et", "pt", "ct", "mt", "bst", "cet", "cest", "jst", "hkt", "ist", "aest") && p.t[k].capt {
		return k + 1
	}
	j := k
	switch {
	case p.is(j, "local"):
		j++
	case p.isAny(j, "eastern", "pacific", "central", "mountain") && p.t[j].capt:
		j++
		if p.isAny(j, "standard", "daylight") {
			j++
		}
	case p.is(j, "greenwich") && p.is(j+1, "mean"):
		j += 2
	default:
		return k
	}
	if p.is(j, "time") {
		return j + 1
	}
	return k
}

// dayAfterTime reads the day a time of day belongs to: Thursday, today,
// yesterday, tomorrow (optionally after "on"). It returns the day value.
func (p *parser) dayAfterTime(i, k int) (tv, int, bool) {
	kk := k
	if p.punct(kk, ',') {
		kk++
	}
	if m, ok := p.ruleExplicit(kk); ok && m.v.g == timeline.GrainDay {
		return m.v, m.end, true
	}
	if kk != k {
		return tv{}, k, false
	}
	if p.is(kk, "on") {
		kk++
		if m, ok := p.ruleExplicit(kk); ok && m.v.g == timeline.GrainDay {
			return m.v, m.end, true // at 6 p.m. on November 20
		}
	}
	if p.capWord(kk, cWeekday) {
		dir := dirPast
		if p.tense(i, kk+1) > 0 {
			dir = dirFuture
		}
		ref, known := p.ref()
		return p.weekday(p.lx(kk).val, dir, ref, known), kk + 1, true
	}
	switch p.word(kk) {
	case "today":
		return shift(uDay, 0, p.anchor, p.known()), kk + 1, true
	case "yesterday":
		return shift(uDay, -1, p.anchor, p.known()), kk + 1, true
	case "tomorrow":
		return shift(uDay, 1, p.anchor, p.known()), kk + 1, true
	}
	return tv{}, k, false
}

// dayAside reads the day of a time at tokens [i, e) that the day does not
// touch: the day before "at" (tomorrow at noon, today at 3 p.m.) or the
// weekday after a conversion in brackets (9:05 a.m. (0305 GMT) Tuesday).
// The day stays an expression of its own; only its value is the time's.
func (p *parser) dayAside(i, e int) (tv, bool) {
	if p.is(i-1, "at") {
		switch p.word(i - 2) {
		case "today", "tonight":
			return shift(uDay, 0, p.anchor, p.known()), true
		case "tomorrow":
			return shift(uDay, 1, p.anchor, p.known()), true
		case "yesterday":
			return shift(uDay, -1, p.anchor, p.known()), true
		}
	}
	if p.is(e, "of") {
		return p.dayOf(e + 1) // 6 p.m. of last Sunday
	}
	if p.is(e, "in") && e+1 < len(p.t) && p.t[e+1].kind == tkWord && p.t[e+1].capt && p.cls(e+1)&(cWeekday|cMonth) == 0 {
		// the place of the time: 10:00 am in Moscow (0700 GMT) on Monday,
		// 9 a.m. in New York on Tuesday
		j := e + 1
		for j < len(p.t) && j < e+4 && p.t[j].kind == tkWord && p.t[j].capt && p.cls(j)&(cWeekday|cMonth) == 0 {
			j++
		}
		if !p.punct(j, '(') {
			if d, ok := p.asideWeekday(j); ok && p.is(j, "on") {
				return d, true
			}
			return tv{}, false
		}
		e = j
	}
	if !p.punct(e, '(') {
		return tv{}, false
	}
	clock := false
	for k := e + 1; k < len(p.t) && k <= e+8; k++ {
		if p.punct(k, ')') {
			if !clock {
				return tv{}, false
			}
			if d, ok := p.asideWeekday(k + 1); ok {
				return d, true
			}
			if d, _, ok := p.dayAfterTime(i, k+1); ok && d.g == timeline.GrainDay && d.y != 0 {
				return d, true
			}
			return tv{}, false
		}
		if p.t[k].kind == tkNum {
			clock = true
		}
	}
	return tv{}, false
}

// dayOf reads the day at token k that a time or a part of the day before
// it belongs to without taking it into its span ("of" may come first): a
// date (early morning of March 30, late evening March 29) or a weekday the
// weekday rule reads (6 p.m. of last Sunday).
func (p *parser) dayOf(k int) (tv, bool) {
	if p.is(k, "of") {
		k++
	}
	if m, ok := p.ruleExplicit(k); ok && m.v.g == timeline.GrainDay && m.v.y != 0 {
		m.v.part = ""
		return m.v, true
	}
	if p.capWord(k, cWeekday) || p.isAny(k, "last", "next") && p.capWord(k+1, cWeekday) {
		m, ok := p.ruleWeekday(k)
		if ok && m.typ == timeline.TypeDate && m.v.g == timeline.GrainDay && m.v.y != 0 {
			m.v.part = ""
			return m.v, true
		}
	}
	return tv{}, false
}

// asideWeekday reads the weekday (after "on") at token k that follows a
// time's bracketed conversion. The weekday is an expression of its own, so
// the time takes the day the weekday rule gives it (its tense cues look
// around the weekday, not the clock time): "will be turned off at 10:00 am
// (0700 GMT) Monday, New Year's day" is that Monday, as "Monday" is.
func (p *parser) asideWeekday(k int) (tv, bool) {
	if p.is(k, "on") {
		k++
	}
	if !p.capWord(k, cWeekday) {
		return tv{}, false
	}
	m, ok := p.ruleWeekday(k)
	if !ok || m.typ != timeline.TypeDate || m.v.g != timeline.GrainDay || m.v.y == 0 {
		return tv{}, false
	}
	m.v.part = ""
	return m.v, true
}

func (p *parser) ruleTime(i int) (match, bool) {
	k := i
	switch p.word(k) {
	case "overnight":
		// last night; it does not move the story's day (in "closed lower
		// Friday ... depressed by overnight losses", the previous Friday
		// is still the Friday before that Friday)
		v := shift(uDay, -1, p.anchor, p.known())
		v.part = "NI"
		return match{start: i, end: k + 1, typ: timeline.TypeTime, v: v, aside: true}, true
	case "noon", "midnight", "midday":
		v := shift(uDay, 0, p.anchor, p.known())
		h := 12
		if p.is(k, "midnight") {
			h = 24
		}
		e := k + 1
		if d, n, ok := p.dayAfterTime(i, e); ok {
			v, e = d, n
		} else if d, ok := p.dayAside(i, e); ok {
			v = d
		} else if p.capWord(i-1, cWeekday) {
			if m, ok := p.ruleWeekday(i - 1); ok && m.typ == timeline.TypeDate && m.v.g == timeline.GrainDay && m.v.y != 0 {
				v = m.v // the pact signed on Wednesday midnight
				v.part = ""
			}
		}
		v.clock, v.hour, v.min = true, h, 0
		if h == 24 {
			v.clock = false
			v.part = "24"
		}
		if p.is(k, "midday") || p.is(k, "noon") {
			if e == k+1 && !p.isAny(k-1, "at", "by", "until", "before", "after", "around", "about", "from", "since") {
				return match{}, false
			}
		}
		return match{start: i, end: e, typ: timeline.TypeTime, v: v}, true
	}
	mod := ""
	if p.isAny(k, "about", "around", "approximately", "roughly") && k+1 < len(p.t) && p.t[k+1].kind == tkNum {
		mod, k = "APPROX", k+1 // around 7:15 p.m.
	}
	h, ok := p.number(k)
	if !ok || p.t[k].nd > 2 || h > 24 {
		return match{}, false
	}
	mi := 0
	e := k + 1
	hasMin := false
	if p.punct(e, ':') && p.adj(e) && p.adj(e+1) {
		if m, ok := p.number(e + 1); ok && p.t[e+1].nd == 2 && m < 60 {
			mi, e, hasMin = m, e+2, true
		} else {
			return match{}, false
		}
	}
	add, e2, mer := p.meridiem(e)
	switch {
	case mer:
		if h == 0 || h > 12 {
			return match{}, false
		}
		if h == 12 {
			h = 0
		}
		h += add
		e = e2
	case p.is(e, "o") && p.punct(e+1, '\'') && p.is(e+2, "clock"):
		e += 3
	case hasMin && p.is(i-1, "at") && h < 24:
	default:
		return match{}, false
	}
	if !mer && h >= 1 && h < 12 && (p.is(e, "at") && p.is(e+1, "night") || p.is(e, "in") && p.is(e+1, "the") && p.isAny(e+2, "evening", "afternoon")) {
		h += 12 // 11 o'clock at night, 7:30 in the evening
	}
	e = p.zone(e)
	// A clock time without a day belongs to the last day the story named,
	// unless that day lies days before the story's date and another
	// sentence named it: then the time is of the story's day ("Shortly
	// after 6 a.m. local time" after a background "completed on
	// Sept. 12").
	ref, known := p.narrative()
	if known && p.known() && p.anchor.Sub(ref) > 3*24*time.Hour && !p.sameSentence(p.lastDayAt, i) {
		ref = p.anchor
	}
	if known && p.known() && ref.After(p.anchor) && p.tense(i, e) < 0 {
		// the meeting began at 11:00 a.m., Arroyo left at around 5:30
		// p.m.: a past-tense clause does not take a day still ahead
		ref = p.anchor
	}
	v := shift(uDay, 0, ref, known)
	if d, n, ok := p.dayAfterTime(i, e); ok {
		v, e = d, n
	} else if d, ok := p.dayAside(i, e); ok {
		v = d
	}
	v.clock, v.hour, v.min = true, h, mi
	return match{start: i, end: e, typ: timeline.TypeTime, v: v, mod: mod}, true
}

// sameSentence reports whether no sentence ends between tokens a and b.
func (p *parser) sameSentence(a, b int) bool {
	for k := a; k < b && k < len(p.t); k++ {
		if p.t[k].kind == tkPunct && p.sentenceEnd(k) {
			return false
		}
	}
	return true
}
