package extract

import (
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Explicit calendar dates: Sept. 25, 2018 / March 16 / 25 September /
// 3/16/2017 / 2017-03-16 / August 1988, with an optional leading weekday.

// dayOrdinal skips an ordinal suffix glued to a day number (16th).
func (p *parser) dayOrdinal(k int) int {
	if p.adj(k) && p.isAny(k, "st", "nd", "rd", "th") {
		return k + 1
	}
	return k
}

// dayNum reads a day of month at token k.
func (p *parser) dayNum(k int) (int, bool) {
	d, ok := p.number(k)
	if !ok || p.t[k].nd > 2 || d < 1 || d > 31 {
		return 0, false
	}
	// 16:30, 16.5, 16% are not days; "16th" is.
	if p.adj(k+1) && (p.punct(k+1, '%') || ((p.punct(k+1, '.') || p.punct(k+1, ':')) && p.adj(k+2) && k+2 < len(p.t) && p.t[k+2].kind == tkNum)) {
		return 0, false
	}
	if p.adj(k+1) && p.t[k+1].kind == tkWord && !p.isAny(k+1, "st", "nd", "rd", "th") {
		return 0, false
	}
	return d, true
}

// yearlessDay resolves month m day d without a year: the anchor's year,
// moved by tense when the day lies far on the other side of the anchor.
// February 29 in a story whose year, and the year tense points to, have no
// such day stays without a year (XXXX-02-29) rather than becoming March 1.
func (p *parser) yearlessDay(m, d, i, j int) tv {
	if m == 9 && d == 11 && p.attackAfter(j) && !(p.known() && p.anchor.Before(timeline.Day(2001, 9, 12))) {
		return tv{g: timeline.GrainDay, y: 2001, m: 9, d: 11} // the September 11 attacks
	}
	ref, known := p.ref()
	if !known {
		return tv{g: timeline.GrainDay, m: m, d: d}
	}
	dir := p.tense(i, j)
	switch {
	case p.incidentAfter(j):
		dir = dirSince // the July 27 riots: already happened
	case dir < 0 && p.scheduledAfter(j) && !p.pastObject(i):
		// the July 1 handover, Canada's January 23 election: a date that
		// names an event the story looks to is the coming one when it
		// lies at most four months ahead, whatever the tense of the
		// clause ("said it faced a vacuum after the July 1 handover")
		if y := monthYear(m, d, dirStrictFuture, ref); timeline.Day(y, time.Month(m), d).Sub(ref) <= 122*24*time.Hour {
			dir = dirStrictFuture
		}
	}
	if dir > 0 && p.untilAfterPast(i) {
		dir = dirNone // gave Iran until August 31: a deadline set before, ahead of then, not of now
	}
	if dir == 0 && p.lastDay.y != 0 && p.sameSentence(p.lastDayAt, i) {
		// installed one bishop on April 30 and another on May 3: with no
		// tense to go by, a day takes the year nearest the day its
		// sentence named before it
		ref = timeline.Day(p.lastDay.y, time.Month(p.lastDay.m), p.lastDay.d)
	}
	y := monthYear(m, d, dir, ref)
	if !isCalendarDay(y, m, d) {
		y = ref.Year()
	}
	if !isCalendarDay(y, m, d) {
		return tv{g: timeline.GrainDay, m: m, d: d}
	}
	return tv{g: timeline.GrainDay, y: y, m: m, d: d}
}

// attackAfter reports whether the words from token j name the attacks of
// September 11, 2001 after a yearless "Sept. 11": attacks, terror attacks,
// terrorist attacks, hijackings, hijackers, the Sept. 11 commission.
func (p *parser) attackAfter(j int) bool {
	if j >= len(p.t) || p.t[j].kind != tkWord {
		return false
	}
	w := p.lower(j)
	if w == "terror" || w == "terrorist" {
		if j+1 >= len(p.t) || p.t[j+1].kind != tkWord {
			return false
		}
		w = p.lower(j + 1)
	}
	switch w {
	case "attack", "attacks", "hijackings", "hijackers", "commission", "strikes":
		return true
	}
	return false
}

func (p *parser) ruleExplicit(i int) (match, bool) {
	j := i
	if p.capWord(j, cWeekday) {
		k := j + 1
		if p.punct(k, ',') {
			k++
		}
		if !p.capWord(k, cMonth) && p.t[min(k, len(p.t)-1)].kind != tkNum {
			return match{}, false
		}
		j = k
	}
	if j >= len(p.t) {
		return match{}, false
	}
	// Month D[th][,] [YYYY]  |  Month [,] YYYY  |  Month of YYYY
	if p.capWord(j, cMonth) {
		m := p.lx(j).val
		k := j + 1
		if p.lx(j).abbr {
			k = p.skipDot(k)
		}
		d, ok := p.dayNum(k)
		if !ok && p.cls(k)&cOrdinal != 0 && p.word(k) != "quarter" {
			// March eighth (broadcast transcripts)
			d, ok = p.lx(k).val, !p.is(k+1, "quarter") && !p.is(k+1, "half") && !p.hyphen(k+1)
		}
		if ok && isCalendarDay(0, m, d) {
			k = p.dayOrdinal(k + 1)
			kk := k
			if p.punct(kk, ',') {
				kk++
			}
			if y, n, ok := p.year(kk); ok && isCalendarDay(y, m, d) {
				return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainDay, y: y, m: m, d: d}, explicit: true}, true
			}
			if y, n, ok := p.relYear(k); ok && isCalendarDay(y, m, d) {
				return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainDay, y: y, m: m, d: d}}, true
			}
			return match{start: i, end: k, typ: timeline.TypeDate, v: p.yearlessDay(m, d, i, k)}, true
		}
		if y, n, ok := p.relYear(k); ok {
			return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainMonth, y: y, m: m}}, true
		}
		kk := k
		if p.punct(kk, ',') {
			kk++
		} else if p.is(kk, "of") {
			kk++
		}
		if y, n, ok := p.year(kk); ok {
			return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainMonth, y: y, m: m}, explicit: true}, true
		}
		return match{}, false
	}
	// D[th] [of] Month [YYYY]
	if d, ok := p.dayNum(j); ok {
		k := p.dayOrdinal(j + 1)
		if p.is(k, "of") {
			k++
		}
		if p.capWord(k, cMonth) && isCalendarDay(0, p.lx(k).val, d) {
			m := p.lx(k).val
			abbr := p.lx(k).abbr
			k++
			if abbr {
				k = p.skipDot(k)
			}
			kk := k
			if p.punct(kk, ',') {
				kk++
			}
			if y, n, ok := p.year(kk); ok && isCalendarDay(y, m, d) {
				return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainDay, y: y, m: m, d: d}, explicit: true}, true
			}
			return match{start: i, end: k, typ: timeline.TypeDate, v: p.yearlessDay(m, d, i, k)}, true
		}
	}
	// M/D/YYYY, M/D/YY
	if a, ok := p.number(j); ok && p.t[j].nd <= 2 && p.punct(j+1, '/') && p.adj(j+1) && p.adj(j+2) {
		if b, ok := p.number(j + 2); ok && p.t[j+2].nd <= 2 && p.punct(j+3, '/') && p.adj(j+3) && p.adj(j+4) {
			if y, ok := p.number(j + 4); ok && (p.t[j+4].nd == 4 || p.t[j+4].nd == 2) {
				if p.t[j+4].nd == 2 {
					y += 1900
					if y < 1950 {
						y += 100
					}
				}
				if isCalendarDay(y, a, b) && !(p.adj(j+5) && p.punct(j+5, '/')) {
					return match{start: i, end: j + 5, typ: timeline.TypeDate, v: tv{g: timeline.GrainDay, y: y, m: a, d: b}, explicit: true}, true
				}
			}
		}
	}
	// YYYY-MM-DD
	if y, ok := p.number(j); ok && p.t[j].nd == 4 && p.hyphen(j+1) && p.hyphen(j+3) {
		m, ok1 := p.number(j + 2)
		d, ok2 := p.number(j + 4)
		if ok1 && ok2 && p.t[j+2].nd == 2 && p.t[j+4].nd == 2 && isCalendarDay(y, m, d) {
			return match{start: i, end: j + 5, typ: timeline.TypeDate, v: tv{g: timeline.GrainDay, y: y, m: m, d: d}, explicit: true}, true
		}
	}
	return match{}, false
}

// relYear reads "this year", "last year", "next year" (or "of this year")
// after a month: January this year.
func (p *parser) relYear(k int) (int, int, bool) {
	if p.is(k, "of") {
		k++
	}
	if !p.known() || !p.isAny(k, "this", "last", "next") || !p.is(k+1, "year") || p.hyphen(k+2) {
		return 0, k, false
	}
	return p.anchor.Year() + relShift(p.word(k)), k + 2, true
}

// relShift is the shift in units of "last" (-1) and "next" (+1); 0 for
// "this" and any other word.
func relShift(w string) int {
	switch w {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}

// posPrefix reads a position modifier at token i: early, late, mid(-), the
// end of, the beginning of, the middle of. It returns the mod and the next token.
func (p *parser) posPrefix(i int) (string, int) {
	switch p.word(i) {
	case "early":
		if p.hyphen(i + 1) {
			return "START", i + 2 // early-March
		}
		return "START", i + 1
	case "late":
		if p.hyphen(i + 1) {
			return "END", i + 2 // late-November
		}
		return "END", i + 1
	case "mid":
		k := i + 1
		if p.punct(k, '-') {
			k++
		}
		return "MID", k
	case "the":
		k := i + 1
		if p.isAny(k, "very") {
			k++
		}
		mod := ""
		switch p.word(k) {
		case "end", "close":
			mod = "END"
		case "beginning", "start", "dawn":
			mod = "START"
		case "middle":
			mod = "MID"
		case "first", "second", "last":
			if p.is(k+1, "half") && p.is(k+2, "of") { // the first half of → handled by quarter rule
				return "", i
			}
			return "", i
		}
		if mod != "" && p.is(k+1, "of") {
			return mod, k + 2
		}
	}
	return "", i
}

// earlyYearEnds reports whether the number before token k can end "the
// year 325": the text or the clause ends, or AD, BC or a preposition
// follows (not "the year 500 people", "the year 1.5 million", "50%").
func (p *parser) earlyYearEnds(k int) bool {
	if k >= len(p.t) {
		return true
	}
	if p.t[k].kind == tkPunct {
		if p.t[k].c == '%' {
			return false
		}
		return !((p.t[k].c == ',' || p.t[k].c == '.') && p.adj(k+1) && k+1 < len(p.t) && p.t[k+1].kind == tkNum)
	}
	return p.isAny(k, "ad", "bc", "when", "and", "to", "in", "at", "the")
}

// ruleYear: 2013, fiscal 2013, the 1990s, the '80s, the mid-1990s, early
// 2012, the end of 1994, the 20th century, the year 2000.
func (p *parser) ruleYear(i int) (match, bool) {
	mod, j := p.posPrefix(i)
	start := i
	// fiscal [year] YYYY, calendar YYYY, the year YYYY
	k := j
	fiscal := false
	if p.is(k, "the") && p.isAny(k+1, "fiscal", "calendar", "year") {
		k++
	} else if c := k + 1; p.is(k, "the") && p.isAny(c, "current", "present") && p.isAny(c+1, "fiscal", "calendar") && p.is(c+2, "year") {
		k = c + 1 // the current fiscal year: the reference's
	} else if p.is(k, "this") && p.isAny(k+1, "fiscal", "calendar") && p.is(k+2, "year") {
		k++ // this fiscal year
	}
	if p.isAny(k, "fiscal", "calendar") {
		fiscal = true
		k++
		if p.is(k, "year") {
			k++
		}
	} else if p.is(k, "year") && k > j {
		k++
		if p.is(k, "of") && k+1 < len(p.t) && p.t[k+1].kind == tkNum {
			k++ // the year of 2006
		}
	}
	if y, n, ok := p.year(k); ok && (fiscal || k > j || p.plausibleYear(k, y)) {
		return match{start: start, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: y}, mod: mod, explicit: true}, true
	}
	// the year 325, the year 70 AD: an early year needs "the year" before it
	if !fiscal && k > j && p.is(k-1, "year") && k < len(p.t) && p.t[k].kind == tkNum && p.t[k].nd <= 3 && p.t[k].num > 0 && p.earlyYearEnds(k+1) {
		return match{start: start, end: k + 1, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: int(p.t[k].num)}, mod: mod, explicit: true}, true
	}
	if fiscal && p.isAny(k-1, "year") {
		if ref, known := p.anchor, p.known(); known {
			return match{start: start, end: k, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: ref.Year()}, mod: mod}, true
		}
		return match{start: start, end: k, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear}, mod: mod}, true
	}
	// decades: [the] [early|mid|late] 1990s / '90s / nineties
	k = j
	the := false
	if p.is(k, "the") {
		the = true
		k++
	}
	dm, k2 := p.posPrefix(k)
	if dm != "" {
		mod, k = dm, k2
	}
	if n, ok := p.number(k); ok && p.adj(k+1) && p.is(k+1, "s") {
		nd := p.t[k].nd
		if nd == 4 && n%10 == 0 && n >= 1000 && n < 2200 {
			return match{start: start, end: k + 2, typ: timeline.TypeDate, v: tv{g: timeline.GrainDecade, dec: n / 10}, mod: mod, explicit: true}, true
		}
		if nd == 2 && n%10 == 0 && p.punct(k-1, '\'') && p.adj(k) {
			return match{start: start, end: k + 2, typ: timeline.TypeDate, v: tv{g: timeline.GrainDecade, dec: 190 + n/10}, mod: mod, explicit: true}, true
		}
	}
	if p.punct(k, '\'') {
		if n, ok := p.number(k + 1); ok && p.t[k+1].nd == 2 && n%10 == 0 && p.adj(k+1) && p.adj(k+2) && p.is(k+2, "s") {
			return match{start: start, end: k + 3, typ: timeline.TypeDate, v: tv{g: timeline.GrainDecade, dec: 190 + n/10}, mod: mod, explicit: true}, true
		}
	}
	if the || mod != "" {
		if d, ok := decadeWords[p.word(k)]; ok {
			return match{start: start, end: k + 1, typ: timeline.TypeDate, v: tv{g: timeline.GrainDecade, dec: 190 + d}, mod: mod}, true
		}
	}
	// the 20th century / the nineteenth century / 11th century
	if the || (mod == "" && p.t[k].kind == tkNum && p.is(k+2, "century") && k == i) {
		c := 0
		kk := k
		if n, ok := p.number(kk); ok && p.t[kk].nd <= 2 && p.isAny(kk+1, "st", "nd", "rd", "th") {
			c, kk = n, kk+2
		} else if p.cls(kk)&cOrdinal != 0 {
			c, kk = p.lx(kk).val, kk+1
		} else if p.is(kk, "twenty") && p.punct(kk+1, '-') && p.is(kk+2, "first") {
			c, kk = 21, kk+3
		}
		if c > 0 && p.is(kk, "century") {
			return match{start: start, end: kk + 1, typ: timeline.TypeDate, v: tv{g: timeline.GrainCentury, dec: c - 1}, mod: mod}, true
		}
	}
	return match{}, false
}

var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// nameBefore reports whether token k follows, on the same line, a word the
// lexicon does not know that is written as a name inside a sentence:
// capitalised (Euro, Knot) or with a capital after its first letter (iLife).
func (p *parser) nameBefore(k int) bool {
	if k == 0 || p.t[k].nl || p.t[k-1].kind != tkWord || p.lx(k-1) != nil || p.sentenceStart(k-1) {
		return false
	}
	if p.t[k-1].capt {
		return true
	}
	for _, c := range []byte(p.text[p.t[k-1].s+1 : p.t[k-1].e]) {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// plausibleYear decides whether a bare year at token k (four digits, or
// two after an apostrophe) is a year.
func (p *parser) plausibleYear(k, y int) bool {
	if y < 1800 || y > 2100 {
		// old years only after a preposition: in 1066
		if y < 1000 || !p.isAny(k-1, "in", "since", "from", "until", "by", "of", "to", "and", "before", "after") {
			return false
		}
	}
	if (p.t[k].kind == tkNum || p.punct(k, '\'') || p.punct(k, 0xe2)) && p.nameBefore(k) {
		// a name's year or edition: Euro 2004, Expo 2005, Act 1974,
		// iLife '11, Gordian Knot '06
		return false
	}
	if p.punct(k, '\'') && k > 0 && p.punct(k-1, '\'') && p.adj(k) {
		return false // the second mark of a doubled-apostrophe quote: CBS's ''60 Minutes''
	}
	if k > 0 {
		pt := &p.t[k-1]
		if pt.kind == tkPunct && (pt.c == '$' || pt.c == '#' || pt.c == '.' && p.adj(k) || pt.c == ',' && p.adj(k)) {
			return false
		}
		if pt.kind == tkNum {
			return false
		}
		if p.isAny(k-1, "no", "number", "flight", "route", "room", "model", "article", "section", "chapter", "page", "resolution", "highway", "interstate", "rule", "form", "boeing", "airbus", "cents", "about", "some", "nearly", "over", "than") {
			return false
		}
	}
	if p.kickOff(k) {
		return false
	}
	if k+1 < len(p.t) {
		nt := &p.t[k+1]
		if nt.kind == tkPunct && (nt.c == '%' || ((nt.c == '.' || nt.c == ',' || nt.c == ':') && p.adj(k+1) && p.adj(k+2) && k+2 < len(p.t) && p.t[k+2].kind == tkNum)) {
			return false
		}
		if nt.kind == tkWord && nt.lex() != nil && nt.lex().cls&cUnit != 0 && !(nt.lex().unit == uSeason && !nt.lex().plural) {
			return false // 1990 years; but the 2006 season is a year
		}
		if p.zone(k+1) > k+1 || p.isAny(k+1, "million", "billion") {
			return false // at 1925 GMT: a clock time; 1300 billion dinars
		}
		if p.isAny(k+1, "percent", "people", "dollars", "shares", "points", "feet", "meters", "miles", "tons", "yen", "marks", "francs", "troops", "men", "soldiers", "cars", "units", "jobs", "members", "students") &&
			!(p.punct(k+2, '\'') && p.is(k+3, "s")) && !p.isAny(k-1, "of", "in", "since", "until", "by") {
			return false // 2000 men, but the 2006 men's championship, the year of 2006 marks
		}
	}
	return true
}

// kickOff reports whether the four digits at token k, alone in brackets
// after a fixture on the same line ("Celta Vigo v Real Sociedad (1900)"),
// are a clock time (kick-off at 19:00), not a year.
func (p *parser) kickOff(k int) bool {
	if p.t[k].kind != tkNum || p.t[k].nd != 4 || !p.punct(k-1, '(') || !p.punct(k+1, ')') || p.t[k].num%100 >= 60 || p.t[k].num > 2400 {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-12; j-- {
		if p.t[j+1].nl {
			return false
		}
		if p.t[j].kind == tkWord && p.t[j].e-p.t[j].s <= 2 {
			if w := p.text[p.t[j].s:p.t[j].e]; (w == "v" || w == "vs") && j > 0 && p.t[j-1].kind == tkWord && p.t[j-1].capt {
				return true
			}
		}
	}
	return false
}

// ruleQuarter: the third quarter, third-quarter, the 1988 second quarter,
// the fourth quarter of 1994, the quarter, the year-ago quarter, the first half.
func (p *parser) ruleQuarter(i int) (match, bool) {
	k := i
	if p.is(k, "that") && p.is(k+1, "quarter") {
		if lq, ok := p.quarterRef(i); ok {
			return match{start: i, end: k + 2, typ: timeline.TypeDate, v: lq}, true
		}
		return match{}, false
	}
	if p.isAny(k, "the", "this", "last", "next", "its", "their", "a", "his", "her", "our") {
		k++
	}
	if p.is(k-1, "a") && !p.isAny(k, "flat", "weak", "strong", "year", "disappointing", "record") && p.cls(k)&cOrdinal == 0 {
		return match{}, false
	}
	det := p.word(i)
	if k == i {
		det = ""
	}
	yshift := 0
	year := 0
	rel := ""
	fiscalTok := -1 // the token of "fiscal", when it is one of the words before the ordinal
	for steps := 0; steps < 4; steps++ {
		if y, n, ok := p.year(k); ok {
			year, k = y, n
			continue
		}
		switch {
		case p.is(k, "year") && p.hyphen(k+1) && p.isAny(k+2, "ago", "earlier"):
			yshift, k = -1, k+3
		case p.is(k, "year") && p.punct(k+1, '\'') && p.is(k+2, "s") && p.isAny(k-1, "this", "last", "next") && k-1 == i:
			// this year's third quarter, next year's first quarter
			yshift = relShift(p.word(k - 1))
			rel = "year"
			k += 3
		case p.isAny(k, "latest", "current", "comparable", "corresponding", "same", "fiscal", "flat", "weak", "strong", "previous", "recent", "first", "disappointing", "record", "calendar", "just", "past", "completed", "ended"):
			if p.cls(k)&cOrdinal != 0 && p.word(k) == "first" && (p.is(k+1, "quarter") || p.is(k+1, "half") || p.hyphen(k+1)) {
				goto ord
			}
			if rel == "" {
				rel = p.word(k)
			}
			if p.is(k, "fiscal") {
				fiscalTok = k
			}
			k++
			if p.punct(k, '-') && p.is(k+1, "quarter") { // latest-quarter
				k++
			} else if fiscalTok == k-1 && p.hyphen(k) && p.cls(k+1)&cOrdinal != 0 { // the fiscal-first quarter
				k++
			}
		default:
			goto ord
		}
	}
ord:
	q, half := 0, 0
	qTok, hy := k, false
	if p.is(k, "last") && p.is(k+1, "half") {
		if p.is(k+2, "of") && p.is(k+3, "the") && !p.is(k+4, "year") {
			return match{}, false // the last half of the '80s
		}
		q = 2 // the last half of 1989
		k++
	} else if p.cls(k)&cOrdinal != 0 && p.lx(k).val <= 4 {
		q = p.lx(k).val
		k++
		if p.hyphen(k) {
			k++
			hy = true
		}
	} else if n, ok := p.number(k); ok && n >= 1 && n <= 4 && p.adj(k+1) && p.isAny(k+1, "st", "nd", "rd", "th") {
		q = n
		k += 2
		if p.hyphen(k) {
			k++
		}
	}
	switch {
	case p.is(k, "quarter") && !p.t[k].lex().plural:
		if q == 0 && p.hyphen(k+1) {
			return match{}, false // the quarter-to-quarter comparison
		}
	case p.is(k, "half") && q >= 1 && q <= 2:
		half, q = q, 0
	case p.is(k, "period") && q == 0 && (yshift != 0 || year != 0 || rel == "latest" || rel == "comparable" || rel == "corresponding" || rel == "same"):
	default:
		// Q3, 3Q
		return match{}, false
	}
	if half == 0 && q == 0 && det == "" && yshift == 0 && rel == "" && year == 0 {
		return match{}, false // a bare "quarter" is no date
	}
	if det == "a" && q == 0 {
		return match{}, false
	}
	k++
	// of 1989 / of this year / of last year / of fiscal 1989 / of the year
	ofYear := false
	if p.is(k, "of") {
		kk := k + 1
		if p.isAny(kk, "fiscal", "calendar") {
			kk++
		}
		if y, n, ok := p.year(kk); ok {
			year, k = y, n
		} else if p.isAny(kk, "this", "last", "next") && p.is(kk+1, "year") {
			yshift = relShift(p.word(kk))
			rel = "year"
			k = kk + 2
		} else if p.is(kk, "the") && p.is(kk+1, "year") {
			k, ofYear = kk+2, true
		}
	}
	if year == 0 && p.is(k, "a") && p.is(k+1, "year") && p.isAny(k+2, "ago", "earlier") {
		yshift, k = -1, k+3
	}
	if year == 0 && yshift == 0 && p.is(k, "last") && p.is(k+1, "year") && !p.hyphen(k+2) && !(p.punct(k+2, '\'') && p.is(k+3, "s")) {
		yshift, k = -1, k+2 // the corresponding period last year
	}
	if p.isAny(i, "last", "next", "this") && q == 0 && half == 0 {
		rel = p.word(i)
	}
	v := tv{g: timeline.GrainQuarter, y: year, q: q, half: half}
	if year == 0 && p.known() {
		a := p.anchor
		aq := quarterOf(a.Month())
		switch {
		case half != 0:
			v.y = a.Year() + yshift
			if yshift == 0 && rel != "year" && half == 2 && a.Month() <= 6 && p.tense(i, k) < 0 {
				v.y--
			}
		case q != 0:
			v.y = a.Year() + yshift
			if yshift == 0 && rel != "year" && q > aq && p.tense(i, k) <= 0 {
				v.y--
			}
		default:
			switch rel {
			case "this", "current":
				v = shift(uQuarter, 0, a, true)
				if lq, ok := p.quarterRef(i); ok && rel == "this" {
					v = lq // an earnings report's "this quarter" is the one it reports
				}
			case "last", "previous", "past", "completed", "just":
				v = shift(uQuarter, -1, a, true)
			case "next":
				v = shift(uQuarter, 1, a, true)
			default:
				// "the quarter", "the latest quarter": the quarter the story
				// last named, else the last completed one.
				if lq, ok := p.quarterRef(i); ok {
					v = lq
				} else {
					v = shift(uQuarter, -1, a, true)
				}
			}
			v.y += yshift
		}
	} else if year == 0 {
		v.y = 0
	}
	if half != 0 && year == 0 && rel != "year" && yshift == 0 && !ofYear {
		// a bare "first half" / "second half" in news is mostly a match's
		// (Arsenal led in the first half); a year's half names its year
		return match{}, false
	}
	if q != 0 && year == 0 && yshift == 0 && (rel == "" || rel == "first") && p.gameQuarter(i) {
		return match{}, false // late in the fourth quarter of a game
	}
	named := yshift == 0 && half == 0
	if q == 0 && half == 0 && year != 0 {
		// the 1988 quarter: the quarter the story is about, in that year;
		// the story's own quarter stays the reference
		lq, ok := p.quarterRef(i)
		if !ok {
			return match{}, false
		}
		v = lq
		v.y = year
		named = false
	}
	start := i
	if p.isAny(i, "its", "their", "his", "her", "our") {
		start = i + 1
	}
	if hy && year == 0 && yshift == 0 && (rel == "" || rel == "fiscal") {
		start = qTok // "a third-quarter loss" → "third-quarter"
		if fiscalTok >= 0 && fiscalTok == qTok-1 {
			start = fiscalTok // "the fiscal second-quarter" → "fiscal second-quarter"
		}
	}
	return match{start: start, end: k, typ: timeline.TypeDate, v: v, quarter: named}, true
}

// ruleSeason: spring 2012, this summer, last fall, the winter of 1994, early spring.
func (p *parser) ruleSeason(i int) (match, bool) {
	mod, j := p.posPrefix(i)
	k := j
	det := ""
	if p.isAny(k, "this", "last", "next", "the", "that", "past", "coming") {
		det = p.word(k)
		k++
		if det == "this" && p.isAny(k, "past", "coming") {
			det = p.word(k)
			k++
		}
		if det == "the" && p.isAny(k, "past", "coming", "previous", "following") {
			det = p.word(k)
			k++
		}
	}
	if p.cls(k)&cSeason == 0 || p.lx(k).plural {
		return match{}, false
	}
	s := p.lx(k).season
	k++
	kk := k
	if p.is(kk, "of") {
		kk++
	}
	if y, n, ok := p.year(kk); ok {
		return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainSeason, y: y, season: s}, mod: mod, explicit: true}, true
	}
	// A season modifying a noun is no date: the winter capital, the summer
	// heat, Operation Winter Race, the Winter Olympics. Before a function
	// word it stands alone (this spring with children at risk, in the
	// winter regardless of the threat), as before a noun it dates (the
	// summer break).
	if k < len(p.t) && !p.t[k].nl && p.t[k].kind == tkWord && (p.modified(k) || p.cls(k)&cCore != 0) && p.t[k].capt == p.t[k-1].capt {
		return match{}, false
	}
	// A bare season word needs a determiner, a position or a capital;
	// "fall" and "spring" need more than "the" (the fall of Rome).
	if det == "" && mod == "" && !p.t[k-1].capt {
		if !p.isAny(i-1, "in", "since", "by", "until", "during", "this", "next", "last") || p.word(k-1) == "fall" || p.word(k-1) == "spring" {
			return match{}, false
		}
	}
	if (det == "the" || det == "") && mod == "" && (p.word(k-1) == "fall" || p.word(k-1) == "spring") && !p.isAny(i-1, "in", "during", "by", "until", "since", "this", "next", "last") {
		return match{}, false
	}
	if det == "the" && mod == "" && p.word(k-1) == "fall" && p.is(k, "of") {
		return match{}, false // since the fall of Saddam Hussein (the fall of 1994 is read above)
	}
	v := tv{g: timeline.GrainSeason, season: s}
	if p.known() {
		// Seasons in order: index = year*4 + position (winter counts in the
		// year it starts). last → the latest such season before the current
		// one, next → the earliest after it, otherwise the one of the
		// current season's year (a year back in a past clause when it has
		// not begun yet).
		cur := seasonOf(p.anchor)
		ci := cur.y*4 + seasonIndex(cur.season)
		si := seasonIndex(s)
		y := cur.y
		switch det {
		case "last", "past", "previous":
			y = cur.y + 1
			for y*4+si >= ci {
				y--
			}
		case "next", "coming", "following":
			y = cur.y - 1
			for y*4+si <= ci {
				y++
			}
		default:
			if y*4+si > ci && p.tense(i, k) < 0 {
				y--
			}
		}
		v.y = y
	}
	return match{start: i, end: k, typ: timeline.TypeDate, v: v, mod: mod}, true
}

// seasonIndex orders the seasons within a year.
func seasonIndex(s string) int {
	switch s {
	case "SP":
		return 0
	case "SU":
		return 1
	case "FA":
		return 2
	}
	return 3
}

// ruleMonth: a month name without a day: January, last May, this September,
// late January, mid-March, the end of November, his January executive order.
func (p *parser) ruleMonth(i int) (match, bool) {
	mod, j := p.posPrefix(i)
	k := j
	dir := 0
	switch p.word(k) {
	case "last", "past", "previous":
		dir = dirStrictPast
		k++
	case "next", "coming":
		dir = dirStrictFuture
		k++
	case "this":
		k++
		dir = 3 // this: the one of the anchor's year
		if p.is(k, "past") {
			dir = dirStrictPast
			k++
		} else if p.is(k, "coming") {
			dir = dirStrictFuture
			k++
		}
	}
	if !p.capWord(k, cMonth) {
		return match{}, false
	}
	lx := p.lx(k)
	if lx.abbr && !(p.punct(k+1, '.') && p.adj(k+1)) {
		return match{}, false
	}
	m := lx.val
	end := k + 1
	if lx.abbr {
		end = k + 2
	}
	if _, ok := p.dayNum(end); ok && k > i {
		return match{}, false // last Oct. 23: the explicit rule takes "Oct. 23"
	}
	if k > i && dir == 0 {
		// late March 2003, mid-January 2007, early May last year: the
		// part of a month of a year the text names
		kk := end
		if p.punct(kk, ',') || p.is(kk, "of") {
			kk++
		}
		if y, n, ok := p.year(kk); ok {
			return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainMonth, y: y, m: lx.val}, mod: mod, explicit: true}, true
		}
		if y, n, ok := p.relYear(end); ok {
			return match{start: i, end: n, typ: timeline.TypeDate, v: tv{g: timeline.GrainMonth, y: y, m: lx.val}, mod: mod}, true
		}
	}
	if k == i { // a bare month name
		if lx.word == "may" || lx.word == "march" {
			// the verb or the modal needs a preposition or a modifier
			// before it, or a determiner (the May elections, the March
			// surplus)
			if !p.isAny(i-1, "in", "since", "by", "until", "through", "from", "to", "during", "of", "and", "or", "before", "after", "between", "early", "late", "mid", "last", "this", "next", "for") && !p.punct(i-1, ',') && !(p.fn(i-1) == fDet && !p.is(i-1, "that")) {
				return match{}, false
			}
		}
		if k+1 < len(p.t) && p.t[k+1].kind == tkWord && p.t[k+1].capt && p.cls(k+1)&(cMonth|cWeekday) == 0 && !p.t[k+1].nl {
			return match{}, false // April Glaspie
		}
	}
	v := tv{g: timeline.GrainMonth, m: m}
	if dir == 0 && (p.isAny(end, "delivery", "contract", "contracts", "futures") || (p.is(i-1, "in") && p.is(i-2, "delivery"))) {
		dir = dirFuture // crude for January delivery, the March contract: the coming one
	}
	ref, known := p.ref()
	if y, ok := p.rangeYear(end, m); ok && dir == 0 {
		v.y = y // from January to September this year: the range's year
		return match{start: i, end: end, typ: timeline.TypeDate, v: v, mod: mod}, true
	}
	if k2 := p.rangeEnd(end, m); k2 > 0 && dir == 0 && known {
		// January-September, July to September: the first month takes
		// the year of the second, so that the span ends where it should
		if m2, ok := p.ruleMonth(k2); ok && m2.v.y != 0 && m2.v.m >= m {
			v.y = m2.v.y
			return match{start: i, end: end, typ: timeline.TypeDate, v: v, mod: mod}, true
		}
	}
	if known {
		switch dir {
		case 3:
			v.y = ref.Year()
		case 0:
			if p.is(i-1, "since") || p.is(i-2, "since") && p.fn(i-1) == fDet || k == i && p.incidentAfter(end) {
				// since May, since the May curbs; a February bomb blast,
				// the December tsunami: an incident already happened
				v.y = monthYear(m, 0, dirSince, ref)
				break
			}
			t := p.tense(i, end)
			if t > 0 && p.untilAfterPast(i) {
				t = dirNone // extended the curfew until June
			}
			if t == dirPast && !p.monthAheadInPast(i, end) {
				t = dirPastNear
			}
			v.y = monthYear(m, 0, t, ref)
		default:
			v.y = monthYear(m, 0, dir, ref)
		}
	}
	return match{start: i, end: end, typ: timeline.TypeDate, v: v, mod: mod}, true
}

// incidents are nouns of a sudden event that a month before them dates:
// once it has a name, it has happened (a February bomb blast, the December
// tsunami, the October earthquake); a month before an election, a meeting
// or a visit may be still ahead.
var incidents = map[string]bool{
	"blast": true, "blasts": true, "bombing": true, "bombings": true, "attack": true, "attacks": true,
	"explosion": true, "explosions": true, "killing": true, "killings": true, "assassination": true,
	"murder": true, "murders": true, "crash": true, "tsunami": true, "earthquake": true, "quake": true,
	"massacre": true, "coup": true, "shooting": true, "ambush": true, "riots": true, "invasion": true,
	"uprising": true, "clashes": true, "disaster": true, "kidnapping": true, "abduction": true, "floods": true,
	"hurricane": true, "cyclone": true, "typhoon": true, "landslide": true, "stampede": true,
}

// scheduled are nouns of an event set for a date: a date before them
// (the March 28 election, the July 1 handover) names it.
var scheduled = map[string]bool{
	"election": true, "elections": true, "poll": true, "polls": true, "vote": true, "ballot": true,
	"referendum": true, "handover": true, "deadline": true, "summit": true, "inauguration": true,
	"runoff": true, "run-off": true, "transfer": true, "launch": true,
}

// scheduledAfter reports whether a scheduled-event noun stands at token k,
// after at most one adjective (the May 29 general elections), or after a
// possessive.
func (p *parser) scheduledAfter(k int) bool { return p.nounAfter(k, scheduled) }

// monthAheadInPast reports whether a bare month at tokens [i, end) in a
// past clause may still lie up to two months ahead: it names an event the
// story looks to (said they would boycott the June elections; not "boycotted
// the June elections"), or a verb of intention or plan before "to" stands
// before it in its clause (pledged to march into Kinshasa by June, talks
// that are supposed to conclude by May). Else a past verb dates a month
// already over: "took power in June", written in April, is last June.
func (p *parser) monthAheadInPast(i, end int) bool {
	if p.scheduledAfter(end) && !p.pastObject(i) {
		return true
	}
	for x := i - 1; x > 0 && x >= i-tenseNear; x-- {
		if p.clauseStop(x) {
			break
		}
		if p.is(x, "to") && p.t[x-1].kind == tkWord && intentVerbs[p.lower(x-1)] {
			return true
		}
	}
	return false
}

// untilAfterPast reports whether the date at token i follows "until" that
// a verb in the simple past governs, at most four words back in its clause:
// "gave Iran until August 31" sets a deadline ahead of the giving, which
// may be over by now; the tense of "until" does not tell which, the
// distance does. Not the perfect (has suspended its operations until
// January: still running).
func (p *parser) untilAfterPast(i int) bool {
	k := i - 1
	if !p.is(k, "until") {
		return false
	}
	for x := k - 1; x >= 1 && x >= k-5; x-- {
		if p.t[x].kind != tkWord {
			return false
		}
		if p.cls(x)&cPast != 0 || p.edWord(x) {
			return !p.isAny(x-1, "has", "have", "had", "is", "are", "be", "been", "was", "were") && !p.attributive(x)
		}
	}
	return false
}

// intentVerbs are verbs and adjectives of intention or plan that look
// ahead before "to", in the past too: "pledged to march into Kinshasa by
// June".
var intentVerbs = setOf("pledged", "vowed", "promised", "threatened", "agreed", "decided", "planned", "plans",
	"supposed", "intended", "intends", "wanted", "wants", "hoped", "hopes", "aimed", "aims", "sought", "seeks",
	"prepared", "prepares", "offered", "expected", "scheduled", "due", "set", "likely", "ready", "going", "about")

// pastObject reports whether the date phrase opening at token i, "the
// January 30 election", is the object of a past verb right before it (the
// elite that boycotted the January 30 election): an event already held.
func (p *parser) pastObject(i int) bool {
	k := i - 1
	if p.fn(k) == fDet {
		k--
	}
	if k < 0 || p.t[k].kind != tkWord {
		return false
	}
	switch p.lower(k) {
	case "alleged", "claimed", "feared", "warned", "predicted", "said", "reported", "announced":
		return false // a verb of saying: what it says may lie ahead
	}
	return p.cls(k)&cPast != 0 || p.edWord(k)
}

// incidentAfter reports whether an incident noun stands at token k, or
// after one more word (a February bomb blast, the May terror attacks), or
// after a possessive (February's killing).
func (p *parser) incidentAfter(k int) bool { return p.nounAfter(k, incidents) }

// nounAfter reports whether a noun of nouns stands at token k, or after
// one more word, or after a possessive ('s) at k: the head of the phrase a
// date before k modifies.
func (p *parser) nounAfter(k int, nouns map[string]bool) bool {
	if p.punct(k, '\'') && p.is(k+1, "s") {
		k += 2
	}
	for j := k; j < k+2 && j < len(p.t) && p.t[j].kind == tkWord; j++ {
		if nouns[p.lower(j)] {
			return true
		}
	}
	return false
}

// rangeEnd returns the token of the second month of a range whose first
// month, m, token k follows (January-June, July to September), 0 when none.
func (p *parser) rangeEnd(k, m int) int {
	if !(p.isAny(k, "to", "through", "until") || (p.punct(k, '-') && p.adj(k) && p.adj(k+1))) {
		return 0
	}
	if p.capWord(k+1, cMonth) && p.lx(k+1).val >= m {
		return k + 1
	}
	return 0
}

// rangeYear reads the year of a month range whose second month carries it:
// "January to September this year", "January-June 2006", "May and June last
// year". Token k follows the first month, m.
func (p *parser) rangeYear(k, m int) (int, bool) {
	if !(p.isAny(k, "to", "through", "until", "and", "or") || (p.punct(k, '-') && p.adj(k) && p.adj(k+1))) {
		return 0, false
	}
	k++
	if !p.capWord(k, cMonth) || p.lx(k).val < m {
		return 0, false
	}
	if p.lx(k).abbr {
		k = p.skipDot(k + 1)
	} else {
		k++
	}
	if y, _, ok := p.year(k); ok {
		return y, true
	}
	if y, _, ok := p.relYear(k); ok {
		return y, true
	}
	return 0, false
}

// easterSunday is the date of Easter Sunday of year y (the anonymous
// Gregorian algorithm).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return timeline.Day(y, time.Month(month), day)
}

// ruleHoliday: Christmas, Christmas Eve, New Year's Day, Thanksgiving,
// Independence Day, Halloween, Valentine's Day, Easter (Sunday, Monday),
// Good Friday, Memorial Day, Labor Day, Martin Luther King Day, Presidents
// Day, Mother's Day, Father's Day, Veterans Day, Boxing Day, Election Day;
// "the Labor Day weekend" is that holiday's weekend, "Easter week" the ISO
// week that holds it.
func (p *parser) ruleHoliday(i int) (match, bool) {
	start, dir := i, 0
	if p.isAny(i, "last", "next", "this") && i+1 < len(p.t) {
		// last Thanksgiving, next Christmas: the one before or after the
		// reference; this Easter: the tense's
		start, dir = i, map[string]int{"last": dirStrictPast, "next": dirStrictFuture}[p.word(i)]
		i++
	}
	if !p.t[i].capt {
		return match{}, false
	}
	h, k, ok := p.holidayName(i)
	if !ok {
		return match{}, false
	}
	weekend := p.is(k, "weekend") && !p.t[k].capt
	week := p.is(k, "week") && !p.t[k].capt // Easter week, Thanksgiving week
	// A holiday modifying a noun is no date: Christmas trees, gifts,
	// commodities (the Christmas holiday, break, season, sales stay dates,
	// as does a holiday before a function word).
	if !weekend && !week && k == i+1 && p.modified(k) && !p.t[k].nl && !p.t[k].capt {
		return match{}, false
	}
	if p.hyphen(i - 1) {
		return match{}, false // post-Christmas, pre-Christmas: an adjective
	}
	v := tv{g: timeline.GrainDay, m: h.m, d: h.d}
	ref, known := p.ref()
	if !known {
		if h.on != nil {
			v.g, v.d = timeline.GrainMonth, 0
		}
		if weekend || week {
			return match{}, false
		}
		return match{start: start, end: k, typ: timeline.TypeDate, v: v}, true
	}
	// The day, or the beginning of the week or weekend around it.
	begin := func(d time.Time) time.Time { return d }
	switch {
	case weekend:
		begin = func(d time.Time) time.Time {
			if isoWeekday(d) == 1 {
				return d.AddDate(0, 0, -2) // a Monday holiday's weekend is the one before it
			}
			return d.AddDate(0, 0, 6-isoWeekday(d)) // the Saturday of its week
		}
	case week:
		begin = func(d time.Time) time.Time { return d.AddDate(0, 0, 1-isoWeekday(d)) }
	}
	// The year as for a written month and day (monthYear: a past clause may
	// still mean a holiday up to two months ahead, "before Christmas",
	// "Christmas break" said in December), then the day in it.
	// A movable holiday's month and day are those of the reference's year
	// (Easter may fall in March or April).
	m, d := h.m, h.d
	if h.on != nil {
		m, d = h.on(ref.Year())
	}
	if dir == 0 {
		dir = p.tense(start, k)
	}
	day := begin(h.in(monthYear(m, d, dir, ref)))
	switch {
	case weekend:
		w := weekTV(day)
		w.we = true
		return match{start: start, end: k + 1, typ: timeline.TypeDate, v: w}, true
	case week:
		return match{start: start, end: k + 1, typ: timeline.TypeDate, v: weekTV(day)}, true
	}
	return match{start: start, end: k, typ: timeline.TypeDate, v: dayTV(day)}, true
}

// holiday is a named day: a fixed month and day, or a rule giving its
// month and day in a year, with the month it mostly falls in (m, the value
// when the year is unknown).
type holiday struct {
	m, d int
	on   func(y int) (m, d int)
}

// in returns the holiday's day in year y.
func (h holiday) in(y int) time.Time {
	m, d := h.m, h.d
	if h.on != nil {
		m, d = h.on(y)
	}
	return timeline.Day(y, time.Month(m), d)
}

// nthWeekday returns the month and day of the n-th ISO weekday wd of month
// m in year y; n = -1 is the last one.
func nthWeekday(y, m, wd, n int) (int, int) {
	if n < 0 {
		last := timeline.Day(y, time.Month(m)+1, 0)
		return m, last.Day() - (isoWeekday(last)-wd+7)%7
	}
	first := timeline.Day(y, time.Month(m), 1)
	return m, 1 + (wd-isoWeekday(first)+7)%7 + 7*(n-1)
}

// easter returns the month and day off days after Easter Sunday of year y.
func easter(y, off int) (int, int) {
	t := easterSunday(y).AddDate(0, 0, off)
	return int(t.Month()), t.Day()
}

// holidayName reads a holiday's name at token i and returns it with the
// token after the name.
func (p *parser) holidayName(i int) (holiday, int, bool) {
	k := i
	capDay := func(j int) bool { return p.is(j, "day") && p.t[j].capt }
	// a possessive 's, as in Valentine's Day, Mother's Day
	poss := func(j int) int {
		if p.punct(j, '\'') && p.is(j+1, "s") {
			return j + 2
		}
		if p.punct(j, '\'') {
			return j + 1 // Presidents' Day
		}
		return j
	}
	nth := func(m, wd, n int) func(int) (int, int) {
		return func(y int) (int, int) { return nthWeekday(y, m, wd, n) }
	}
	switch p.word(k) {
	case "christmas":
		k++
		if p.is(k, "eve") && p.t[k].capt {
			return holiday{m: 12, d: 24}, k + 1, true
		}
		if capDay(k) {
			k++
		}
		return holiday{m: 12, d: 25}, k, true
	case "new":
		if !(p.is(k+1, "year") && p.punct(k+2, '\'') && p.is(k+3, "s") && p.isAny(k+4, "day", "eve") && p.t[k+4].capt) {
			return holiday{}, i, false
		}
		if p.is(k+4, "eve") {
			return holiday{m: 12, d: 31}, k + 5, true
		}
		return holiday{m: 1, d: 1}, k + 5, true
	case "thanksgiving":
		k++
		if capDay(k) {
			k++
		}
		return holiday{m: 11, on: nth(11, 4, 4)}, k, true // the fourth Thursday of November
	case "halloween":
		return holiday{m: 10, d: 31}, k + 1, true
	case "easter":
		k++
		switch {
		case p.punct(k, '\''):
			return holiday{}, i, false // Easter's: a name (Jermaine Easter's goal)
		case p.is(k, "sunday") && p.t[k].capt:
			k++
		case p.is(k, "monday") && p.t[k].capt:
			return holiday{m: 4, on: func(y int) (int, int) { return easter(y, 1) }}, k + 1, true
		case k < len(p.t) && p.t[k].kind == tkWord && p.t[k].capt && !p.t[k].nl:
			return holiday{}, i, false // Easter Island, the Easter Rising
		}
		return holiday{m: 4, on: func(y int) (int, int) { return easter(y, 0) }}, k, true
	case "good":
		if p.is(k+1, "friday") && p.t[k+1].capt {
			return holiday{m: 4, on: func(y int) (int, int) { return easter(y, -2) }}, k + 2, true
		}
	case "valentine":
		if j := poss(k + 1); j > k+1 && capDay(j) {
			return holiday{m: 2, d: 14}, j + 1, true
		}
	case "mother", "father":
		if j := poss(k + 1); j > k+1 && capDay(j) {
			if p.is(k, "mother") {
				return holiday{m: 5, on: nth(5, 7, 2)}, j + 1, true // the second Sunday of May (US)
			}
			return holiday{m: 6, on: nth(6, 7, 3)}, j + 1, true // the third Sunday of June
		}
	case "presidents":
		if j := poss(k + 1); capDay(j) {
			return holiday{m: 2, on: nth(2, 1, 3)}, j + 1, true // the third Monday of February
		}
	case "martin":
		if !p.is(k+1, "luther") || !p.is(k+2, "king") {
			break
		}
		j := k + 3
		if p.is(j, "jr") { // Martin Luther King Jr. Day
			j = p.skipDot(j + 1)
		}
		if capDay(j) {
			return holiday{m: 1, on: nth(1, 1, 3)}, j + 1, true // the third Monday of January
		}
	}
	// Independence Day, Memorial Day, Labor Day, Veterans Day, Boxing Day,
	// Election Day: a name and a capitalised Day
	j := poss(k + 1)
	if !capDay(j) {
		return holiday{}, i, false
	}
	switch p.word(k) {
	case "independence":
		return holiday{m: 7, d: 4}, j + 1, true
	case "veterans":
		return holiday{m: 11, d: 11}, j + 1, true
	case "boxing":
		return holiday{m: 12, d: 26}, j + 1, true
	case "memorial":
		return holiday{m: 5, on: nth(5, 1, -1)}, j + 1, true // the last Monday of May
	case "labor":
		return holiday{m: 9, on: nth(9, 1, 1)}, j + 1, true // the first Monday of September (US)
	case "election":
		return holiday{m: 11, on: func(y int) (int, int) { // the Tuesday after the first Monday of November
			m, d := nthWeekday(y, 11, 1, 1)
			return m, d + 1
		}}, j + 1, true
	}
	return holiday{}, i, false
}
