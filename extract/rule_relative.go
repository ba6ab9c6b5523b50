package extract

import (
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Relative expressions: today, yesterday, this week, last year, earlier this
// month, the previous day, two years ago, a year earlier, bare weekdays.

// partOf reads a part of day (morning, night ...) at token k.
func (p *parser) partOf(k int) (string, bool) {
	if p.cls(k)&cPart != 0 && !p.lx(k).plural && p.word(k) != "noon" && p.word(k) != "midnight" && p.word(k) != "midday" && p.word(k) != "overnight" {
		return p.lx(k).part, true
	}
	return "", false
}

// partsOf is partOf for the plural parts of a day: mornings, nights.
func (p *parser) partsOf(k int) (string, bool) {
	if p.cls(k)&cPart != 0 && p.lx(k).plural {
		return p.lx(k).part, true
	}
	return "", false
}

// eraNoun reports whether "today" at token k is the possessive of a noun of
// a population or of the state of the world (today's world, today's youth,
// today's personal computers): the present age, not the day.
func (p *parser) eraNoun(k int) bool {
	if !p.punct(k+1, '\'') || !p.is(k+2, "s") {
		return false
	}
	era := func(j int) bool {
		return p.isAny(j, "world", "society", "youth", "generation", "generations", "children", "kids", "young",
			"standards", "technology", "computers", "economy")
	}
	return era(k+3) || (p.noun(k+3) && era(k+4))
}

// ruleRelDay: today, yesterday, tomorrow, tonight (with a part of day:
// yesterday morning), last night, this morning, the previous day, the next
// morning, the day before, that day, the same day.
func (p *parser) ruleRelDay(i int) (match, bool) {
	k := i
	mod := ""
	switch p.word(k) {
	case "early", "earlier":
		mod = "START"
		k++
	case "late", "later":
		mod = "END"
		k++
	case "mid":
		mod = "MID"
		k++
		if p.punct(k, '-') {
			k++
		}
	}
	off, ok := 0, false
	switch p.word(k) {
	case "today":
		if p.eraNoun(k) {
			return match{}, false
		}
		off, ok = 0, true
	case "yesterday":
		off, ok = -1, true
	case "tomorrow":
		off, ok = 1, true
	case "tonight":
		v := shift(uDay, 0, p.anchor, p.known())
		v.part = "NI"
		return match{start: i, end: k + 1, typ: timeline.TypeTime, v: v, mod: mod}, true
	}
	if ok {
		k++
		v := shift(uDay, off, p.anchor, p.known())
		typ := timeline.TypeDate
		if part, isPart := p.partOf(k); isPart {
			v.part = part
			typ = timeline.TypeTime
			k++
		}
		return match{start: i, end: k, typ: typ, v: v, mod: mod}, true
	}
	if mod != "" && p.cls(k)&cPart != 0 && (k == i+1 || k == i+2 && p.hyphen(i+1)) && p.isAny(k, "afternoon", "morning", "evening") { // late afternoon, mid-afternoon
		// the part of the day word after it (mid-afternoon yesterday), or
		// of today
		end, off := k+1, 0
		switch p.word(k + 1) {
		case "yesterday":
			end, off = k+2, -1
		case "today":
			end = k + 2
		case "tomorrow":
			end, off = k+2, 1
		}
		v := shift(uDay, off, p.anchor, p.known())
		if end == k+1 {
			if d, ok := p.dayOf(end); ok {
				v = d // early morning of March 30, late evening March 29
			}
		}
		v.part = p.lx(k).part
		return match{start: i, end: end, typ: timeline.TypeTime, v: v, mod: mod}, true
	}
	// this morning, last night, this afternoon
	if p.isAny(k, "this", "last") {
		if part, isPart := p.partOf(k + 1); isPart {
			d := 0
			if p.is(k, "last") {
				if part != "NI" && part != "EV" {
					return match{}, false
				}
				d = -1
			}
			v := shift(uDay, d, p.anchor, p.known())
			v.part = part
			return match{start: i, end: k + 2, typ: timeline.TypeTime, v: v, mod: mod}, true
		}
	}
	if mod != "" && !(k == i+1 && p.isAny(i, "earlier", "later") && (p.is(k, "that") || p.is(k, "the") && p.is(k+1, "same"))) {
		return match{}, false // but: earlier that day, later the same day
	}
	// the previous day, the next day, the following morning, the day before, that day
	if p.isAny(k, "the", "that") {
		k0 := k
		k++
		d, rel := 0, false
		switch p.word(k) {
		case "previous", "prior":
			d, rel = -1, true
			k++
		case "next", "following":
			d, rel = 1, true
			k++
		case "same":
			d, rel = 0, true
			k++
		}
		if p.word(k0) == "that" && !rel {
			rel = true
		}
		isDay := p.is(k, "day") && !p.t[k].lex().plural
		part, isPart := p.partOf(k)
		if rel && (isDay || isPart) {
			if p.word(k0) == "the" && d == 0 && !p.is(k-1, "same") {
				return match{}, false
			}
			ref, known := p.narrative()
			v := shift(uDay, d, ref, known)
			if isPart && p.word(k0) == "that" {
				v.part = part
				return match{start: i, end: k + 1, typ: timeline.TypeTime, v: v, mod: mod}, true
			}
			return match{start: i, end: k + 1, typ: timeline.TypeDate, v: v, mod: mod}, true
		}
		if p.word(k0) == "the" && isDay && p.isAny(k+1, "before", "after") && !p.adj(k+2) {
			// the day before / the day after, unless an object follows:
			// a noun or a pronoun (the day before he left)
			if nk := k + 2; p.noun(nk) || p.fn(nk) == fPron {
				return match{}, false
			}
			dd := -1
			if p.is(k+1, "after") {
				dd = 1
			}
			ref, known := p.narrative()
			return match{start: i, end: k + 2, typ: timeline.TypeDate, v: shift(uDay, dd, ref, known)}, true
		}
	}
	return match{}, false
}

// calUnit reports whether token k is a singular calendar unit usable in
// "this week", "last year".
func (p *parser) calUnit(k int) (unit, bool) {
	if p.cls(k)&cUnit == 0 || p.lx(k).plural {
		return uNone, false
	}
	switch u := p.lx(k).unit; u {
	case uWeek, uWeekend, uMonth, uYear, uDecade, uCentury, uQuarter:
		return u, true
	}
	return uNone, false
}

// weekendAdj reports whether "weekend" at token k, after "a", modifies
// the noun after it: a weekend attack, a weekend meeting, a weekend
// newspaper interview name the weekend of the story, no length ("a weekend
// of talks", "spent a weekend in Paris" are lengths).
func (p *parser) weekendAdj(k int) bool {
	if !p.is(k, "weekend") || k+1 >= len(p.t) || p.t[k+1].kind != tkWord || p.t[k+1].capt || p.adj(k+1) {
		return false
	}
	l := p.lx(k + 1)
	return l == nil || l.fn == fNone && l.cls&(cFunction|cUnit|cPast) == 0
}

// ruleRelUnit: this week, last year, next month, earlier this month, early
// next year, the end of the year, this year's, the past year (a duration),
// the previous week, that year, the same month, the weekend, year-end.
func (p *parser) ruleRelUnit(i int) (match, bool) {
	mod, k := p.posPrefix(i)
	switch p.word(k) {
	case "earlier":
		if mod == "" {
			mod = "START"
		}
		k++
	case "later":
		if mod == "" {
			mod = "END"
		}
		k++
	}
	// year end, year's end, around year end
	if p.is(k, "around") && p.is(k+1, "year") {
		k++
		mod = "APPROX"
	}
	if p.is(k, "year") && (p.is(k+1, "end") || (p.punct(k+1, '\'') && p.is(k+2, "s") && p.is(k+3, "end"))) && !p.hyphen(k+1) {
		e := k + 2
		if !p.is(k+1, "end") {
			e = k + 4
		}
		if mod == "" {
			mod = "END"
		}
		return match{start: i, end: e, typ: timeline.TypeDate, v: shift(uYear, 0, p.anchor, p.known()), mod: mod}, true
	}
	if k > i && mod == "APPROX" {
		return match{}, false
	}
	// year-end, year-earlier, year-ago
	if k == i && p.is(k, "year") && p.hyphen(k+1) {
		switch p.word(k + 2) {
		case "end":
			return match{start: i, end: k + 3, typ: timeline.TypeDate, v: shift(uYear, 0, p.anchor, p.known()), mod: "END"}, true
		case "earlier", "ago":
			if p.is(k+3, "quarter") || p.is(k+3, "period") {
				return match{}, false
			}
			if lq, ok := p.quarterRef(i); ok {
				v := lq
				v.y--
				return match{start: i, end: k + 3, typ: timeline.TypeDate, v: v}, true
			}
			return match{start: i, end: k + 3, typ: timeline.TypeDate, v: shift(uYear, -1, p.anchor, p.known())}, true
		}
		return match{}, false
	}
	det := p.word(k)
	start := k
	the := false
	if det == "the" {
		the = true
		k++
		det = p.word(k)
	}
	if (mod == "START" || mod == "END") && p.word(start-1) == "earlier" || p.word(start-1) == "later" {
		// earlier this month, later that year: det must be this, last,
		// next or that
		if !p.isAny(start, "this", "last", "next", "that") {
			return match{}, false
		}
	}
	n := 0
	narr := false
	plain := false  // "the year", "the weekend": no modifier
	coming := false // the coming weekend: the next one on or after the reference
	switch det {
	case "this", "current":
		k++
		if det == "this" && p.is(k, "past") {
			n = -1 // this past weekend
			k++
		} else if det == "this" && p.isAny(k, "coming", "upcoming") {
			n, coming = 1, true // this coming weekend
			k++
		}
	case "full", "entire", "whole":
		if !the {
			return match{}, false
		}
		k++
	case "last":
		n = -1
		k++
	case "past":
		n = -1
		k++
	case "next":
		n = 1
		k++
	case "coming", "upcoming":
		n, coming = 1, true
		k++
	case "previous", "prior", "preceding":
		n, narr = -1, true
		k++
		if !the {
			narr = false
		}
	case "following", "succeeding":
		n, narr = 1, true
		k++
	case "same":
		if !the {
			return match{}, false
		}
		narr = true
		k++
	case "that":
		if the {
			return match{}, false
		}
		narr = true
		k++
	case "a":
		if !p.weekendAdj(k + 1) {
			return match{}, false
		}
		k++
		plain = true // a weekend attack: the weekend's, as "the weekend"
	default:
		if !the {
			return match{}, false
		}
		plain = true
	}
	u, ok := p.calUnit(k)
	if !ok {
		return match{}, false
	}
	k++
	if p.hyphen(k) { // the year-ago period, a year-end review
		return match{}, false
	}
	if det == "that" && u != uYear && u != uMonth && u != uWeek {
		return match{}, false
	}
	if !plain && p.t[start].capt && p.t[k-1].capt && !p.sentenceStart(start) {
		return match{}, false // ABC's "This Week": capitals inside a sentence make a title
	}
	if plain {
		// the year, the week, the weekend, the decade
		if p.t[k-1].capt && !p.sentenceStart(k-2) {
			return match{}, false // Player of the Year
		}
		switch u {
		case uYear:
			// the year ended June 30, the year to March 1998: a year
			// counted back from its last month; not "the end of the year
			// to study laws", where "to" opens a purpose
			if mod == "" && (p.isAny(k, "ended", "ending", "ends") || p.isAny(k, "through", "to") && p.cls(k+1)&cMonth != 0) {
				return match{start: i, end: k, typ: timeline.TypeDuration, val: "P1Y"}, true
			}
			if mod == "" && p.isAny(k, "before", "after", "earlier") {
				return match{}, false
			}
		case uWeekend:
			dir := p.tense(i, k)
			ref, known := p.anchor, p.known()
			v := shift(uWeekend, 0, ref, known)
			if known {
				wd := isoWeekday(ref)
				if dir > 0 && wd == 7 {
					v = shift(uWeekend, 1, ref, known)
				} else if dir <= 0 && wd < 6 {
					v = shift(uWeekend, -1, ref, known)
				}
			}
			return match{start: i, end: k, typ: timeline.TypeDate, v: v, mod: mod}, true
		case uWeek, uMonth:
			if u == uWeek && mod == "" && p.is(k, "of") {
				// the week of March 6: the week holding that day
				if d, ok := p.ruleExplicit(k + 1); ok && d.v.g == timeline.GrainDay && d.v.y != 0 {
					t := timeline.Day(d.v.y, time.Month(d.v.m), d.v.d)
					return match{start: i, end: d.end, typ: timeline.TypeDate, v: weekTV(t), explicit: d.explicit}, true
				}
			}
			if mod == "" {
				return match{}, false
			}
		case uDecade, uCentury, uQuarter:
			return match{}, false
		}
	}
	if u == uQuarter {
		return match{}, false // the quarter rule
	}
	if u == uYear && the && mod == "" && (plain || det == "last") && p.punct(start-1, ',') {
		// in 2003, the year a regional war ended; after 2012, the last
		// year covered by the rules: the year just named
		if y, e, ok := p.year(start - 2); ok && e == start-1 {
			return match{start: i, end: k, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: y}}, true
		}
	}
	// "the past year", "the last week", "the next year": TimeBank
	// annotates the calendar unit before (after) the anchor, a DATE, not a
	// duration; only "past decade" without "the" reads as P10Y (below).
	ref, known := p.anchor, p.known()
	if narr {
		ref, known = p.narrativeFor(u)
	}
	if det == "past" && !the && u == uDecade {
		return match{start: i, end: k, typ: timeline.TypeDuration, val: "P10Y"}, true
	}
	if det == "past" && u == uCentury {
		// the past century: the last hundred years, not the century
		// before this one (that is "last century")
		return match{start: i, end: k, typ: timeline.TypeDuration, val: "P100Y"}, true
	}
	// "$33 million last year" in a story about a quarter: that quarter a
	// year before (the year-ago comparison of earnings reports).
	if det == "last" && !the && u == uYear && mod == "" && p.isAny(i-1, "million", "billion", "cents", "share") {
		if lq, ok := p.quarterRef(i); ok {
			lq.y--
			return match{start: i, end: k, typ: timeline.TypeDate, v: lq}, true
		}
	}
	if det == "that" && u == uYear && p.lastYear != 0 {
		return match{start: i, end: k, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: p.lastYear}, mod: mod}, true
	}
	if u == uWeekend && coming && known && isoWeekday(ref) < 6 {
		n = 0 // said on a weekday, the coming weekend is this week's
	}
	v := shift(u, n, ref, known)
	return match{start: i, end: k, typ: timeline.TypeDate, v: v, mod: mod}, true
}

// qty is a quantity before a unit: 2, two, twenty four, a, several (x).
type qty struct {
	n    int
	x    bool // unknown number: several, a few, many
	half bool // and a half
	one  bool // "a" / "an"
	end  int
}

// quantity reads a quantity at token k.
func (p *parser) quantity(k int) (qty, bool) {
	if n, ok := p.number(k); ok && p.t[k].nd <= 6 {
		if k >= 2 && p.adj(k) && (p.punct(k-1, '.') || p.punct(k-1, ',')) && p.adj(k-1) && p.t[k-2].kind == tkNum {
			return qty{}, false // the 000 of 4,000 or the 5 of 2.5
		}
		if p.t[k].nd <= 3 && p.adj(k+1) && p.punct(k+1, ',') && k+2 < len(p.t) && p.t[k+2].kind == tkNum && p.adj(k+2) && p.t[k+2].nd == 3 && !p.adj(k+3) && n > 0 {
			// 1,400 years ago, 4,000 years
			return qty{n: n*1000 + int(p.t[k+2].num), end: k + 3}, true
		}
		if p.adj(k+1) && (p.punct(k+1, '.') || p.punct(k+1, ',')) && k+2 < len(p.t) && p.t[k+2].kind == tkNum && p.adj(k+2) {
			return qty{}, false // 2.5, 1,000,000: not handled
		}
		q := qty{n: n, end: k + 1}
		// 2 1/2
		if a, ok := p.number(k + 1); ok && a == 1 && p.punct(k+2, '/') && p.adj(k+2) && p.adj(k+3) && p.t[k+3].kind == tkNum && p.t[k+3].num == 2 {
			q.half, q.end = true, k+4
		}
		return q, true
	}
	w := p.word(k)
	switch w {
	case "a", "an":
		if p.is(k+1, "few") {
			return qty{x: true, end: k + 2}, true
		}
		if p.is(k+1, "couple") && p.is(k+2, "of") {
			return qty{n: 2, end: k + 3}, true
		}
		if p.is(k+1, "half") && p.is(k+2, "dozen") {
			return qty{n: 6, end: k + 3}, true
		}
		if p.is(k+1, "dozen") {
			return qty{n: 12, end: k + 2}, true
		}
		if p.is(k+1, "hundred") {
			return qty{n: 100, end: k + 2}, true
		}
		return qty{n: 1, one: true, end: k + 1}, true
	case "several", "few", "many":
		return qty{x: true, end: k + 1}, true
	case "couple":
		if p.is(k+1, "of") {
			return qty{n: 2, end: k + 2}, true
		}
	}
	if p.cls(k)&cNumWord != 0 {
		n := p.lx(k).val
		e := k + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			kk := e
			if p.hyphen(kk) {
				kk++
			}
			if p.cls(kk)&cNumWord != 0 && p.lx(kk).val < 10 {
				n += p.lx(kk).val
				e = kk + 1
			}
		}
		if p.is(e, "hundred") {
			n *= 100
			e++
		}
		if n == 100 || n == 1000 {
			if w == "hundred" || w == "thousand" {
				return qty{}, false
			}
		}
		q := qty{n: n, end: e}
		if p.is(e, "and") && p.is(e+1, "a") && p.is(e+2, "half") {
			q.half, q.end = true, e+3
		} else if p.hyphen(e) && p.is(e+1, "and") && p.hyphen(e+2) && p.is(e+3, "a") && p.hyphen(e+4) && p.is(e+5, "half") {
			q.half, q.end = true, e+6 // three-and-a-half
		}
		return q, true
	}
	return qty{}, false
}

// ruleAgo: two years ago, a year ago, six weeks ago, several years ago, a
// year earlier, two days later, three months from now.
func (p *parser) ruleAgo(i int) (match, bool) {
	k := i
	mod := ""
	switch p.word(k) {
	case "about", "around", "approximately", "roughly", "some":
		mod = "APPROX"
		k++
	case "nearly", "almost":
		mod = "EQUAL_OR_LESS"
		k++
	case "more", "less":
		if !p.is(k+1, "than") {
			return match{}, false
		}
		mod = map[string]string{"more": "MORE_THAN", "less": "LESS_THAN"}[p.word(k)]
		k += 2
	case "just", "only", "barely", "exactly", "precisely":
		k++
	}
	if mod == "" && p.is(k, "over") && !p.is(k+1, "the") {
		mod = "MORE_THAN" // over a year ago, just over a year later
		k++
	}
	q, ok := p.quantity(k)
	bare := false
	if ok {
		k = q.end
	} else {
		bare = true
	}
	if p.cls(k)&cUnit == 0 {
		return match{}, false
	}
	u := p.lx(k).unit
	plural := p.lx(k).plural
	k++
	if bare && !plural {
		return match{}, false
	}
	if u == uYear && !bare && !q.x && p.is(k, "and") && p.is(k+1, "a") && p.is(k+2, "half") && p.is(k+3, "ago") {
		q.half, k = true, k+3 // a year and a half ago
	}
	if p.is(k, "or") && p.is(k+1, "so") && p.is(k+2, "ago") {
		k += 2 // a week or so ago
		if mod == "" {
			mod = "APPROX"
		}
	}
	dirWord := p.word(k)
	n := 0
	narr := false
	switch dirWord {
	case "ago", "back":
		if dirWord == "back" && !p.punct(k+1, ',') && !p.punct(k+1, '.') {
			return match{}, false
		}
		n = -1
	case "earlier", "before":
		n, narr = -1, true
	case "later", "after":
		n, narr = 1, true
	case "from", "hence":
		if dirWord == "from" && !p.is(k+1, "now") {
			return match{}, false
		}
		n = 1
		if dirWord == "from" {
			k++
		}
	default:
		return match{}, false
	}
	if (dirWord == "before" || dirWord == "after") && k+1 < len(p.t) && p.t[k+1].kind == tkWord {
		return match{}, false // two days before the vote: a duration, the event follows
	}
	end := k + 1
	if narr && !(u == uYear && q.n == 1 && !q.x && !bare) {
		// "three days later", "a few days earlier": TimeBank marks the
		// duration "three days" (the duration rule), not a date; only "a
		// year earlier" (the year-ago comparison) is a date.
		return match{}, false
	}
	if bare || q.x {
		val := "PAST_REF"
		if n > 0 {
			val = "FUTURE_REF"
		}
		if narr {
			return match{}, false
		}
		return match{start: i, end: end, typ: timeline.TypeDate, val: val, mod: mod}, true
	}
	cnt := q.n * n
	// "a year ago", "a year earlier" in a story about a quarter: that quarter a year before.
	if lq, okq := p.quarterRef(i); okq && u == uYear && q.n == 1 {
		v := lq
		v.y--
		return match{start: i, end: end, typ: timeline.TypeDate, v: v, mod: mod}, true
	}
	ref, known := p.anchor, p.known()
	if narr {
		ref, known = p.narrativeFor(u) // in 1984 ... one year later: 1985, whatever day came before 1984
		if y, ok := p.yearAhead(end); ok && u == uYear && p.isAny(i-1, "from", "than", "over", "on", "with") {
			// rose 58 percent from a year earlier to 9.4 billion
			// dollars in 1996: the year compared is the one named after
			ref, known = timeline.Day(y, 1, 1), true
		}
	}
	if u == uWeekend || u == uHalf || u == uSeason || u == uMillennium {
		return match{}, false
	}
	if q.half && u == uYear {
		u, cnt = uMonth, (12*q.n+6)*n // two and a half years ago: 30 months back
	} else if q.half {
		return match{}, false
	}
	v := ago(u, cnt, ref, known)
	return match{start: i, end: end, typ: timeline.TypeDate, v: v, mod: mod}, true
}

// yearAhead returns the year that "in", "for" or "during" names within
// the fifteen tokens after token k, on the same sentence: the year that a
// comparison before it ("from a year earlier") measures.
func (p *parser) yearAhead(k int) (int, bool) {
	for j := k; j < len(p.t) && j < k+15; j++ {
		if p.clauseStop(j) {
			return 0, false
		}
		if p.isAny(j, "in", "for", "during") {
			if y, e, ok := p.year(j + 1); ok && !(e < len(p.t) && p.punct(e, '-')) {
				return y, true
			}
		}
	}
	return 0, false
}

// ruleWeekday: Friday, on Monday, last Friday, next Tuesday, Friday morning,
// the previous Friday, earlier Sunday. Bare weekdays follow the tense: past
// narrative → the most recent one on or before the anchor ("released Friday"
// on a Friday is that Friday); future (will, is scheduled, next) → the coming one.
func (p *parser) ruleWeekday(i int) (match, bool) {
	k := i
	mod := ""
	dir := 99
	narr := false
	switch p.word(k) {
	case "early", "earlier":
		mod = "START"
		k++
	case "late", "later":
		mod = "END"
		k++
	}
	switch p.word(k) {
	case "last", "past":
		dir = dirStrictPast
		k++
	case "next":
		dir = dirStrictFuture
		k++
	case "coming":
		dir = dirFuture
		k++
	case "this":
		k++
		dir = 98
		if p.is(k, "past") {
			dir = dirPast
			k++
		} else if p.is(k, "coming") {
			dir = dirFuture
			k++
		}
	case "the":
		if p.isAny(k+1, "previous", "following", "next", "prior") {
			narr = true
			dir = dirStrictPast
			if p.isAny(k+1, "following", "next") {
				dir = dirStrictFuture
			}
			k += 2
		}
	}
	if !p.capWord(k, cWeekday) || p.paperName(k+1) {
		return match{}, false
	}
	if mod != "" && k == i+1 {
		// "Earlier Friday": TimeBank leaves the adverb out of the span
		i = k
	}
	wd := p.lx(k).val
	k++
	poss := p.punct(k, '\'') && p.is(k+1, "s") // Friday's draw
	ref, known := p.ref()
	if narr {
		ref, known = p.narrative()
	}
	switch dir {
	case 99, 98:
		t := p.tense(i, k)
		today := known && wd == isoWeekday(ref) // the weekday of the story's own day
		if p.periodFrom(i) {
			t = 1
		}
		if poss && p.modalAfterNoun(k+2, "will") {
			t = 1 // said Tuesday that Sunday's congressional elections will go ahead
		}
		if poss && dir == 99 && t == 0 && !p.wouldBefore(i) && !today && p.presentAhead(i, k) {
			t = 1 // the present of a scheduled event: Argentina are one of the seeds for Friday's draw
		}
		if poss && dir == 99 && !p.modalAfterNoun(k+2, "will", "would") && (t <= 0 || p.wouldBefore(i)) {
			// Wednesday's ruling: an event already told, unless the
			// clause looks ahead (will miss Wednesday's trip, ahead of
			// Thursday's election); "would" reports ("would look for ways
			// around Wednesday's ruling")
			t = -1
		}
		if t == 0 && !today && p.presentAhead(i, k) {
			t = 1 // the present of a scheduled event: the Act comes into force on Monday
		}
		if dir == 99 && t <= 0 && p.fixtureHeading(i, k) {
			t = 1 // a weekday heading a list of fixtures to come: "Sunday\nAtletico Madrid v Alaves"
		}
		if t > 0 {
			dir = dirFuture
		} else {
			dir = dirPast
		}
	}
	v := p.weekday(wd, dir, ref, known)
	if dir != dirStrictPast && dir != dirStrictFuture {
		if pv, ok := p.pairedWeekday(i, wd, ref, known); ok {
			v = pv
		}
	}
	typ := timeline.TypeDate
	kk := k
	if poss {
		kk += 2
	}
	if dir != dirStrictPast && dir != dirStrictFuture && mod == "" {
		if part, ok := p.partsOf(kk); ok {
			// "Tuesday nights": every Tuesday night
			return match{start: i, end: kk + 1, typ: timeline.TypeSet, val: weekdaySet(wd, part)}, true
		}
		if (p.isAny(k, "and", "or") || p.punct(k, ',')) && p.capWord(k+1, cWeekday) {
			if part, ok := p.partsOf(k + 2); ok {
				// "Monday and Tuesday nights": the plural part is each day's
				return match{start: i, end: k, typ: timeline.TypeSet, val: weekdaySet(wd, part)}, true
			}
		}
	}
	if part, ok := p.partOf(kk); ok {
		// "Friday morning": TimeBank mostly types these DATE with a
		// part-of-day value (2017-03-31TMO).
		v.part = part
		k = kk + 1
	} else if kk == k && mod == "" && p.isAny(kk, "noon", "midday", "midnight") {
		// "Thursday noon", "Tuesday midnight": the time of that day, as
		// "noon Thursday" is
		typ = timeline.TypeTime
		if p.is(kk, "midnight") {
			v.part = "24"
		} else {
			v.clock, v.hour, v.min = true, 12, 0
		}
		k = kk + 1
	}
	return match{start: i, end: k, typ: typ, v: v, mod: mod, weekday: true}, true
}

// fixtureHeading reports whether the weekday at token i (ending at k)
// stands alone on its line, a colon aside, and the next line opens with a
// fixture, two names on either side of "v" or "vs" ("Celta Vigo v Real
// Sociedad (1900)"): a list of matches still to play, which results would
// give with scores.
func (p *parser) fixtureHeading(i, k int) bool {
	if i > 0 && !p.t[i].nl {
		return false
	}
	if p.punct(k, ':') {
		k++
	}
	if k >= len(p.t) || !p.t[k].nl {
		return false
	}
	for j := k + 1; j < len(p.t) && j < k+12 && !p.t[j].nl; j++ {
		if p.t[j].kind == tkWord && p.t[j].e-p.t[j].s <= 2 {
			if w := p.text[p.t[j].s:p.t[j].e]; (w == "v" || w == "vs") && p.t[j-1].kind == tkWord && p.t[j-1].capt && j+1 < len(p.t) && p.t[j+1].kind == tkWord && p.t[j+1].capt {
				return true
			}
		}
	}
	return false
}

// wouldBefore reports whether "would" stands in the sentence within
// tenseNear tokens before token i.
func (p *parser) wouldBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-tenseNear; k-- {
		if p.t[k].kind == tkPunct && p.sentenceEnd(k) {
			return false
		}
		if p.is(k, "would") {
			return true
		}
	}
	return false
}

// paperWords name newspapers after a weekday: the Sunday Times, the Sunday
// Mirror, Saturday Post.
var paperWords = map[string]bool{"Times": true, "Telegraph": true, "Mirror": true, "Mail": true, "Post": true,
	"Express": true, "Herald": true, "Tribune": true, "Observer": true, "Independent": true, "Standard": true,
	"Star": true, "Punch": true, "Nation": true, "Journal": true, "Sport": true, "Age": true, "Gleaner": true}

// paperName reports whether token k, right after a weekday, makes it the
// name of a newspaper (the Sunday Times reported): a capitalised word of
// paperWords on the same line.
func (p *parser) paperName(k int) bool {
	if k >= len(p.t) || p.t[k].kind != tkWord || !p.t[k].capt || p.t[k].nl {
		return false
	}
	t := &p.t[k]
	return paperWords[p.text[t.s:t.e]]
}

// periodFrom reports whether the weekday at token i names the first day of
// a period to come: "a four-day match starting Thursday", "talks beginning
// on Friday", "a deadline starting from Monday". Not after an auxiliary
// (were beginning on Thursday), a determiner (a slow beginning on Monday)
// or at the head of a sentence (Starting on Saturday, toys have sold).
func (p *parser) periodFrom(i int) bool {
	j := i - 1
	if p.isAny(j, "on", "from") {
		j--
	}
	return p.isAny(j, "starting", "beginning") && !p.sentenceStart(j) &&
		!p.isAny(j-1, "was", "were", "is", "are", "been", "a", "an", "the", "its", "his", "her", "their")
}

// modalAfterNoun reports whether one of the modals follows the noun
// phrase opening at token k, within three words: "Wednesday's summit
// will", "Sunday's congressional elections will go ahead".
func (p *parser) modalAfterNoun(k int, modals ...string) bool {
	for x := k + 1; x < len(p.t) && x <= k+3; x++ {
		if p.isAny(x, modals...) {
			return true
		}
		if p.t[x].kind != tkWord {
			return false
		}
	}
	return false
}

// pairedWeekday resolves the second weekday of a range ("from Tuesday to
// Thursday") as the first such day after the first one, and of a pair
// ("on Monday and Tuesday", "Monday or Tuesday") in the direction of the
// first one from the reference.
func (p *parser) pairedWeekday(i, wd int, ref time.Time, known bool) (tv, bool) {
	j := i - 1
	if p.is(j, "on") {
		j--
	}
	if !known || p.lastWD.y == 0 || p.lastWDAt != j {
		return tv{}, false
	}
	first := timeline.Day(p.lastWD.y, time.Month(p.lastWD.m), p.lastWD.d)
	switch {
	case p.isAny(j, "to", "through", "until", "till") || p.punct(j, '-'):
		return dayTV(first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7)), true
	case p.isAny(j, "and", "or"):
		if first.Equal(ref) {
			// the first is the story's day: the second is the day of
			// that name nearest it, either way ("not before Monday or
			// Tuesday" written on Monday is the next day, "statements
			// made Friday and Thursday" written on Friday the day before)
			off := (wd - isoWeekday(first) + 7) % 7
			if off > 3 {
				off -= 7
			}
			return dayTV(first.AddDate(0, 0, off)), true
		}
		if first.After(ref) {
			return p.weekday(wd, dirFuture, ref, known), true
		}
		return p.weekday(wd, dirPast, ref, known), true
	}
	return tv{}, false
}

// ruleRef: now, currently, recently, previously, soon, the future, the
// past, these days, nowadays, the near term → PRESENT_REF, PAST_REF, FUTURE_REF.
func (p *parser) ruleRef(i int) (match, bool) {
	k := i
	ref := func(end int, v string) (match, bool) {
		return match{start: i, end: end, typ: timeline.TypeDate, val: v}, true
	}
	switch p.word(k) {
	case "now", "currently", "nowadays":
		return ref(k+1, "PRESENT_REF")
	case "current":
		if p.cls(k+1)&(cUnit|cSeason) != 0 || p.isAny(k+1, "account", "accounts", "affairs", "events", "price", "prices", "dollars") {
			return match{}, false
		}
		return ref(k+1, "PRESENT_REF")
	case "recently", "lately":
		// "previously", "formerly", "soon", bare "recent" and the adjective
		// "future" are PAST_REF/FUTURE_REF in TIMEX3 but TimeBank annotates
		// them rarely: measured, they cost more precision than they bring.
		return ref(k+1, "PAST_REF")
	case "these":
		if p.is(k+1, "days") {
			return ref(k+2, "PRESENT_REF")
		}
	case "the":
		k++
		if p.isAny(k, "near", "foreseeable", "distant", "immediate") {
			if p.is(k+1, "future") {
				return ref(k+2, "FUTURE_REF")
			}
			if p.is(k, "near") && p.is(k+1, "term") {
				return ref(k+2, "FUTURE_REF")
			}
			return match{}, false
		}
		switch p.word(k) {
		case "future":
			if p.is(k+1, "of") {
				return match{}, false // the future of our peoples: a fate, not a time
			}
			return ref(k+1, "FUTURE_REF")
		case "past":
			if p.cls(k+1)&(cUnit|cNumWord|cSeason) != 0 || p.t[min(k+1, len(p.t)-1)].kind == tkNum || p.isAny(k+1, "few", "several") {
				return match{}, false
			}
			if !p.isAny(i-1, "in", "into", "from", "over", "during", "than", "since", "throughout", "to", "until") {
				return match{}, false // bury the past, a thing of the past: the past as a thing
			}
			return ref(k+1, "PAST_REF")
		case "present":
			if p.punct(k+1, ',') || p.punct(k+1, '.') {
				return ref(k+1, "PRESENT_REF")
			}
		}
		// not before the noun it describes: the short term counterparty
		// rating, the long term debt
		if p.isAny(k, "short", "long") && p.is(k+1, "term") && !p.hyphen(k+2) && !p.isAny(k+2, "debt", "rates", "rate", "interest", "bonds", "securities", "loans", "notes", "contract", "contracts") &&
			!(p.noun(k+2) && !p.t[k+2].capt && !p.edWord(k+2)) {
			return ref(k+2, "FUTURE_REF")
		}
	}
	return match{}, false
}
