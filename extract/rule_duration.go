package extract

import (
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Durations and sets: three years, the past two months, about two weeks,
// a four-day visit, 2 1/2 years, recent weeks, every Monday, daily, $5 a year.

// durValue writes the TIMEX3 duration of q units u.
func durValue(q qty, u unit) string {
	if q.x {
		switch u {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		case uDay, uWeekend:
			return "PXD"
		case uWeek:
			return "PXW"
		case uMonth:
			return "PXM"
		case uQuarter:
			return "PXQ"
		case uDecade:
			return "PXE"
		case uCentury:
			return "PXC"
		default:
			return "PXY"
		}
	}
	n := q.n
	switch u {
	case uSecond:
		return "PT" + itoa(n) + "S"
	case uMinute:
		if q.half {
			return "PT" + itoa(n) + "M30S"
		}
		return "PT" + itoa(n) + "M"
	case uHour:
		if q.half {
			return "PT" + itoa(n) + "H30M"
		}
		return "PT" + itoa(n) + "H"
	case uDay:
		if q.half {
			return "PT" + itoa(24*n+12) + "H"
		}
		return "P" + itoa(n) + "D"
	case uWeekend:
		return "P" + itoa(2*n) + "D"
	case uWeek:
		if q.half {
			return "P" + itoa(7*n+3) + "D"
		}
		return "P" + itoa(n) + "W"
	case uMonth:
		if q.half {
			return "P" + itoa(n) + "M15D"
		}
		return "P" + itoa(n) + "M"
	case uQuarter:
		return "P" + itoa(n) + "Q"
	case uHalf:
		return "P" + itoa(6*n) + "M"
	case uSeason:
		return "P" + itoa(3*n) + "M"
	case uDecade:
		if q.half {
			return "P" + itoa(10*n+5) + "Y"
		}
		return "P" + itoa(10*n) + "Y"
	case uCentury:
		return "P" + itoa(100*n) + "Y"
	case uMillennium:
		return "P" + itoa(n) + "L"
	default:
		if q.half {
			return "P" + itoa(n) + "Y6M"
		}
		return "P" + itoa(n) + "Y"
	}
}

// quantMod reads a quantifying modifier: about, nearly, more than, at least,
// up to, no more than, less than, over, under.
func (p *parser) quantMod(i int) (string, int) {
	switch p.word(i) {
	case "about", "around", "approximately", "roughly", "some":
		return "APPROX", i + 1
	case "nearly", "almost":
		return "EQUAL_OR_LESS", i + 1
	case "more", "less", "fewer":
		if p.is(i+1, "than") {
			if p.word(i) == "more" {
				return "MORE_THAN", i + 2
			}
			return "LESS_THAN", i + 2
		}
	case "at":
		if p.is(i+1, "least") {
			return "EQUAL_OR_MORE", i + 2
		}
		if p.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2
		}
	case "up":
		if p.is(i+1, "to") {
			return "EQUAL_OR_LESS", i + 2
		}
	case "no":
		if p.isAny(i+1, "more", "less") && p.is(i+2, "than") {
			if p.word(i+1) == "more" {
				return "EQUAL_OR_LESS", i + 3
			}
			return "EQUAL_OR_MORE", i + 3
		}
	case "under":
		return "LESS_THAN", i + 1
	case "over":
		// "over" is "more than" after a word that measures (just over an
		// hour, lasted over a week, the first time in over a decade); else
		// it may be "during" (spread over two years, used over three years)
		if !p.isAny(i+1, "the", "his", "her", "its", "their", "our", "this", "that", "these", "those") &&
			p.isAny(i-1, "just", "well", "slightly", "little", "for", "in", "after", "last", "lasts", "lasted", "lasting", "took", "take", "takes", "taking") {
			return "MORE_THAN", i + 1
		}
	}
	return "", i
}

// ruleDuration: three years, two-year, the past two months, the first nine
// months, about two weeks, a minute and a half, recent weeks, for years.
func (p *parser) ruleDuration(i int) (match, bool) {
	mod, k := p.quantMod(i)
	the := false
	lead := ""
	start := i
	if p.isAny(k, "the", "these", "those") {
		the = true
		k++
	} else if p.isAny(k, "his", "her", "their", "its", "our", "a", "an") && mod == "" && k == i {
		// possessives stay out of the span; "a four-day visit" too
		if p.isAny(k, "a", "an") {
			if !p.hyphen(k+2) && !p.hyphen(k+3) {
				goto body
			}
		}
		the = true
		k++
		start = k
	}
body:
	switch p.word(k) {
	case "past", "last", "next", "first", "coming", "previous", "final", "following", "latest", "initial", "remaining", "ensuing", "recent", "same", "entire", "whole", "full":
		lead = p.word(k)
		k++
	}
	if p.isAny(k, "few", "several", "many") && (the || lead != "") {
		k++
		if p.cls(k)&cUnit == 0 || !p.lx(k).plural {
			return match{}, false
		}
		u := p.lx(k).unit
		if lead == "coming" {
			return match{start: i, end: k + 1, typ: timeline.TypeDate, val: "FUTURE_REF"}, true
		}
		return match{start: i, end: k + 1, typ: timeline.TypeDuration, val: durValue(qty{x: true}, u), mod: mod}, true
	}
	q, ok := p.quantity(k)
	if !ok && p.is(k, "another") && p.cls(k+1)&cUnit != 0 && !p.lx(k+1).plural {
		q, ok = qty{n: 1, end: k + 1}, true // for another week
	} else if ok && p.is(k-1, "another") && k-1 == i {
		start = i // another two weeks
	}
	qs := k // the quantity's first token
	if ok && p.titleNumber(qs, q.end) {
		return match{}, false // CBS's ''60 Minutes'', "48 Hours": a title
	}
	if ok {
		if q.one && !the && lead == "" && mod == "" {
			// "a year": a duration, or a set after an amount ($5 a year)
			if p.cls(q.end)&cUnit != 0 && !p.lx(q.end).plural && p.isSetContext(i) && !p.ordinalSecond(q.end) {
				u := p.lx(q.end).unit
				if u == uQuarter && p.fraction(q.end+1) {
					return match{}, false // more than a quarter of the population
				}
				return match{start: i, end: q.end + 1, typ: timeline.TypeSet, val: durValue(qty{n: 1}, u)}, true
			}
		}
		k = q.end
		ranged := false // two to three weeks
		if p.isAny(k, "more", "additional", "straight", "consecutive", "full", "long", "whole", "extra", "trading", "business", "working") && p.cls(k+1)&cUnit != 0 {
			k++
		}
		// two to three weeks, 12 to 18 months (not "in 1995 to 15 years")
		if p.isAny(k, "to", "or") && !(p.t[k-1].kind == tkNum && p.t[k-1].nd == 4) {
			if q2, ok2 := p.quantity(k + 1); ok2 && !q2.one && p.cls(q2.end)&cUnit != 0 {
				k, ranged = q2.end, true
				if p.word(k-2) == "to" || p.word(q.end) == "to" {
					q.x = the || lead != ""
				}
			}
		}
		// hyphenated adjective: four-day, 10-year, 8-month-old
		hy := false
		if p.hyphen(k) {
			hy = true
			k++
		}
		if p.cls(k)&cUnit == 0 {
			return match{}, false
		}
		lx := p.lx(k)
		if q.one && lx.plural {
			return match{}, false
		}
		if p.t[q.end-1].kind == tkNum && p.t[q.end-1].nd == 4 && !lx.plural {
			return match{}, false // the 1988 quarter
		}
		if p.t[qs].kind == tkNum && p.adj(qs) && (p.punct(qs-1, ',') || p.punct(qs-1, '.')) && qs >= 2 && p.t[qs-2].kind == tkNum {
			return match{}, false // 6,000-year: part of a bigger number
		}
		if p.t[qs].kind == tkNum && qs >= 2 && p.hyphen(qs-1) && p.t[qs-2].kind == tkNum && p.t[qs-2].nd == 4 {
			return match{}, false // the 2012-13 season, fiscal 1998-99: the end of a span of years, not a count
		}
		if hy && mod == "" {
			// a hyphenated adjective: "the four-day visit" → "four-day"
			start = q.end - 1
			if q.half {
				start = qs // two-and-a-half-year
			}
			for start > i && (p.t[start-1].kind == tkNum || p.cls(start-1)&cNumWord != 0 || p.hyphen(start-1)) && start-1 >= k-3 && !p.isAny(start-1, "a", "an", "the") {
				start--
			}
		}
		if !hy && q.n == 1 && !q.one && lx.plural && !q.half {
			return match{}, false
		}
		u := lx.unit
		k++
		if u == uWeekend && q.one && !hy && p.weekendAdj(k-1) {
			return match{}, false // a weekend attack: the weekend (ruleRelUnit)
		}
		if p.punct(k, '-') && p.adj(k) && !p.adj(k+1) && p.is(k+1, "old") && u == uYear {
			return match{}, false // a 17-year- old daughter: an age broken after its hyphen
		}
		if hy && p.hyphen(k) && p.isAny(k+1, "old", "long") {
			if p.is(k+1, "old") && (u == uYear || p.isAny(k+2, "son", "sons", "daughter", "daughters", "boy", "boys", "girl", "girls", "baby", "babies", "child", "children", "infant", "infants", "cub", "cubs")) {
				return match{}, false // ages of people are not temporal expressions: a 6-month-old son (an 8-month-old truce is)
			}
			k += 2
		} else if p.hyphen(k) {
			return match{}, false // a year-earlier figure
		}
		if u == uDay && hy && q.n == 1 && p.oneDayCricket(k) {
			return match{}, false // a one-day international: a form of cricket, no length
		}
		if u == uDay && !lx.plural && !hy && qs == i && q.end == qs+1 && p.is(qs, "one") && (p.fn(qs-1) == fModal || p.fn(k) == fModal || p.oneDaySome(qs, k)) {
			// will one day be, may one day help, the Church one day may:
			// beside a modal, "one day" places an event at some time to
			// come (a length takes "for": will stay for one day)
			return match{start: qs, end: k, typ: timeline.TypeDate, val: "FUTURE_REF"}, true
		}
		if p.isAny(k, "old", "younger", "older") {
			return match{}, false // a 46-year old, nine year old, 10 years younger: ages
		}
		if !hy && (p.ageBefore(start) || p.ageAfter(k)) {
			return match{}, false // cows aged 20 months, men age 65 to 80 years, from the age of nine months: ages
		}
		if u == uYear && lx.plural && p.is(k, "old") {
			return match{}, false
		}
		// and a half: a year and a half
		if p.is(k, "and") && p.is(k+1, "a") && p.is(k+2, "half") {
			q.half = true
			k += 3
		}
		if p.is(k, "or") && p.is(k+1, "so") {
			if mod == "" {
				mod = "APPROX"
			}
			k += 2
		}
		if p.isAny(k, "ago", "hence") || (p.is(k, "from") && p.is(k+1, "now")) {
			return match{}, false // the ago rule
		}
		if u == uQuarter && !lx.plural && q.one {
			return match{}, false
		}
		if u == uQuarter && !the && lead == "" && p.fraction(k) {
			return match{}, false // three-quarters of its food, a quarter point
		}
		if u == uQuarter && lx.plural && !the && lead == "" && p.gameQuarter(i) {
			return match{}, false // a 71-39 lead after three quarters
		}
		if u == uSecond && q.one && !hy && !p.isAny(k, "later", "earlier", "ago", "after", "before", "longer") {
			// a second group, a second term, a second straight day, a
			// second or third test, claimed a second: an ordinal; for a
			// second, a fraction of a second, a second later: a duration
			// a fraction of a second to win; not "in favour of a second term"
			frac := p.isAny(start-1, "of", "than", "per", "every", "half") && (k >= len(p.t) || p.t[k].kind != tkWord || p.isAny(k, "to", "in", "at", "for", "by"))
			if !frac && ((k < len(p.t) && p.t[k].kind == tkWord) || (mod == "" && !p.isAny(start-1, "for", "in", "within", "just", "only"))) {
				return match{}, false
			}
		}
		if u == uHalf && (hy || q.one) {
			// "a half", "half", and "half" after a hyphen (one-half
			// share, a-half): the fraction, not a half year
			return match{}, false
		}
		if start == i && !hy && !the && lead == "" && mod == "" && !q.x && !q.half && p.inAhead(start, k, u) {
			if n, ok := p.number(k + 1); p.is(k, "or") && (ok && n < 100 || p.cls(k+1)&cNumWord != 0) && p.cls(k+2)&cUnit == 0 {
				ranged, k = true, k+2 // in a year or two
			}
			if ranged {
				return match{start: start, end: k, typ: timeline.TypeDate, val: "FUTURE_REF"}, true // in a year or two (the gold's value)
			}
			return match{start: start, end: k, typ: timeline.TypeDate, v: shift(u, q.n, p.anchor, p.known())}, true
		}
		return match{start: start, end: k, typ: timeline.TypeDuration, val: durValue(q, u), mod: mod}, true
	}
	// half an hour, half a century
	if p.is(k, "half") && p.isAny(k+1, "a", "an") && p.cls(k+2)&cUnit != 0 && !p.lx(k+2).plural {
		u := p.lx(k + 2).unit
		val := map[unit]string{uHour: "PT30M", uMinute: "PT30S", uDay: "PT12H", uYear: "P6M", uMonth: "P15D", uDecade: "P5Y", uCentury: "P50Y", uWeek: "P3D"}[u]
		if val == "" {
			return match{}, false
		}
		return match{start: i, end: k + 3, typ: timeline.TypeDuration, val: val, mod: mod}, true
	}
	// a unit made an adjective with "long": a week-long strike, their
	// third day-long meeting, one unit of time (not part of
	// "three-week-long", which the quantity reads)
	if k == i && p.cls(k)&cUnit != 0 && !p.lx(k).plural && !p.hyphen(k-1) && p.hyphen(k+1) && p.is(k+2, "long") && !p.hyphen(k+3) &&
		p.cls(k-1)&cNumWord == 0 && (k == 0 || p.t[k-1].kind != tkNum) { // not "the two hour-long retreat"
		switch u := p.lx(k).unit; u {
		case uHour, uDay, uWeek, uMonth, uYear, uDecade, uCentury:
			return match{start: k, end: k + 3, typ: timeline.TypeDuration, val: durValue(qty{n: 1}, u)}, true
		}
	}
	// bare plural units: recent weeks, the past years, for years, weeks or months
	if p.cls(k)&cUnit != 0 && p.lx(k).plural {
		u := p.lx(k).unit
		if u == uHalf || u == uSeason || u == uWeekend {
			return match{}, false
		}
		e := k + 1
		mod0 := mod
		if p.is(e, "or") && p.cls(e+1)&cUnit != 0 && p.lx(e+1).plural {
			e += 2
			if mod == "" {
				mod = "APPROX"
			}
		}
		if p.is(e, "ago") {
			return match{}, false
		}
		if u == uYear && (lead == "recent" || lead == "past") && !the {
			// "in recent years", "in past years": TimeBank's PAST_REF
			return match{start: i, end: e, typ: timeline.TypeDate, val: "PAST_REF"}, true
		}
		switch {
		case lead == "recent" || lead == "past" || lead == "last" || lead == "next" || lead == "first" || lead == "final" || lead == "remaining" || lead == "initial":
			return match{start: i, end: e, typ: timeline.TypeDuration, val: durValue(qty{x: true}, u), mod: mod}, true
		case lead == "coming":
			return match{start: i, end: e, typ: timeline.TypeDate, val: "FUTURE_REF"}, true
		case !the && lead == "" && mod0 == "" && k == i && p.isAny(i-1, "for", "within", "over", "in", "after", "take", "takes", "took", "last", "lasted", "than"):
			if p.is(i-1, "in") && !(p.punct(e, '.') || p.punct(e, ',')) {
				return match{}, false
			}
			return match{start: i, end: e, typ: timeline.TypeDuration, val: durValue(qty{x: true}, u), mod: mod}, true
		case !the && lead == "" && mod0 == "" && k == i && e == k+1 && u >= uMinute && u <= uYear && p.isAny(e, "after", "before", "later", "earlier") && p.unitsApart(i, e):
			// hours after the court order, days before a regional
			// election, minutes later: an unknown number of them
			return match{start: i, end: e, typ: timeline.TypeDuration, val: durValue(qty{x: true}, u)}, true
		case the && lead == "" && p.is(e, "ahead"):
			return match{start: i, end: e + 1, typ: timeline.TypeDuration, val: durValue(qty{x: true}, u)}, true
		}
	}
	return match{}, false
}

// unitsApart reports whether a bare plural unit at token i before "after",
// "before", "later" or "earlier" at e counts time between two events: it
// opens its phrase (after a verb that tells the past, "came", an adverb
// such as "just" or "only", "and", a comma or a sentence start; not after
// a noun: "crossing the border days after", "a matter of days before") and
// what follows is an event, not a reflexive ("naming months after
// himself").
func (p *parser) unitsApart(i, e int) bool {
	if i > 0 && p.t[i-1].kind == tkNum {
		return false
	}
	if i > 0 && p.t[i-1].kind == tkWord && !p.sentenceStart(i) {
		w := p.lower(i - 1)
		switch w {
		case "just", "only", "barely", "even", "and", "but", "came", "comes", "come", "was", "were", "is", "are",
			"took", "taken", "found", "made", "left", "began", "begun", "fell", "met", "held", "won", "lost":
		default:
			if len(w) < 4 || !strings.HasSuffix(w, "ed") || p.t[i-1].capt {
				return false // crossing the border days after, a matter of days before
			}
		}
	}
	if e+1 < len(p.t) && p.t[e+1].kind == tkWord {
		switch p.lower(e + 1) {
		case "himself", "herself", "itself", "themselves", "him", "her", "them", "me", "us", "it":
			return false
		}
	}
	return true
}

// fraction reports whether the words from token k make a quarter before them
// a share, not a span of time: "three-quarters of its food", "a quarter of
// Zaire", "one quarter percentage point". The share is of something a
// determiner or a name opens; "two quarters of losses", "three quarters of
// 2005" and "of this year" stay spans of time.
func (p *parser) fraction(k int) bool {
	if p.isAny(k, "percent", "point", "points", "percentage") {
		return true
	}
	if !p.is(k, "of") {
		return false
	}
	j := k + 1
	if j >= len(p.t) {
		return false
	}
	if _, _, ok := p.year(j); ok {
		return false
	}
	if p.isAny(j, "a", "an", "the") {
		return p.cls(j+1)&(cUnit|cOrdinal) == 0 && !p.isAny(j+1, "fiscal", "current", "same", "previous", "following", "calendar", "comparable", "corresponding", "latest", "last", "past", "next")
	}
	if p.isAny(j, "its", "his", "her", "their", "our", "my", "your", "all", "those", "these") {
		return true
	}
	return p.noun(j) && p.t[j].capt // a quarter of Americans
}

// isSetContext reports whether "a year" at token i follows an amount or a
// frequency ($5 a year, 5% a year, twice a day, 500 a week).
func (p *parser) isSetContext(i int) bool {
	if i == 0 {
		return false
	}
	pt := &p.t[i-1]
	if pt.kind == tkNum || (pt.kind == tkPunct && pt.c == '%') {
		return true
	}
	if p.isAny(i-1, "once", "twice", "times", "percent", "cents", "dollars", "million", "billion", "barrels", "tons", "each") {
		return true
	}
	// an amount of something: 1.58 million units a year, 500 people a day,
	// fifty thousand CDs a year, hundreds of interviews a day
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if p.t[k].kind == tkNum || p.isAny(k, "million", "billion", "thousand", "hundred", "thousands", "hundreds", "dozens") {
			return p.t[i-1].kind == tkWord && !p.t[i-1].capt
		}
		if p.t[k].kind == tkPunct && p.t[k].c != '.' && p.t[k].c != ',' {
			return false
		}
	}
	return false
}

// oneDaySome reports whether a bare "one day" at tokens [s, k) is some
// day to come rather than a length, without a modal beside it: after a word
// of hope in its clause ("hopes one day to visit", "the hope he one day
// follow", "a dream that one day", "expects him to be skipper one day,"),
// or opening a sentence or a that-clause that a modal goes on with ("One
// day the debris could evolve", "One day in the not too distant future we
// will"). One day after, earlier, later or of something stays a length, as
// do "in one day", "for one day" and "only one day".
func (p *parser) oneDaySome(s, k int) bool {
	if k < len(p.t) && (p.isAny(k, "after", "before", "earlier", "later", "ago", "ahead", "prior", "of", "or", "and", "longer", "less", "more", "per", "than") ||
		p.t[k].kind == tkPunct && p.t[k].c == '\'') {
		return false
	}
	switch p.lower(s - 1) {
	case "for", "in", "within", "only", "just", "of", "than", "by", "on", "at", "a", "the", "every", "each", "per",
		"over", "about", "nearly", "almost", "least", "some", "last", "lasts", "lasted", "lasting", "take", "takes",
		"took", "taking", "spend", "spends", "spent", "stay", "stays", "stayed", "after", "before", "from", "to", "until", "till":
		return false
	}
	// a word of hope back in the clause
	for j, n := s-1, 0; j >= 0 && n < 10; j, n = j-1, n+1 {
		if p.t[j].kind != tkWord {
			break
		}
		switch p.lower(j) {
		case "hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed", "dreamt", "dreaming", "wish", "wishes",
			"wished", "wishing", "aspire", "aspires", "aspired", "yearn", "yearns", "expects", "expect", "expected":
			return n < 3 || k >= len(p.t) || p.t[k].kind == tkPunct || p.is(k, "to") || p.fn(k) == fModal
		}
	}
	// One day ... will: a sentence or that-clause the modal goes on with
	if !p.sentenceStart(s) && p.lower(s-1) != "that" {
		return false
	}
	for j := k; j < len(p.t) && j < k+12; j++ {
		if p.t[j].kind == tkPunct && p.sentenceEnd(j) {
			return false
		}
		if p.fn(j) == fModal && !p.is(j, "would") {
			return true
		}
	}
	return false
}

// oneDayCricket reports whether the word at token k, after "one-day",
// makes it the form of cricket rather than a length: a one-day
// international, the one-day series, squad or side always; a one-day match,
// game, cup or total in a story of cricket (one that names wickets, a Test
// or cricket).
func (p *parser) oneDayCricket(k int) bool {
	if k >= len(p.t) || p.t[k].kind != tkWord {
		return false
	}
	switch p.lower(k) {
	case "international", "internationals", "series", "cricket", "squad", "side", "outfit", "rankings", "specialist",
		"format", "hundred", "century", "matchwinner", "cap", "caps", "debut":
		return true
	case "match", "matches", "game", "games", "cup", "world", "tournament", "competition", "team", "total",
		"record", "defeat", "win", "victory", "final", "finals", "leg":
		return p.cricketStory()
	}
	return false
}

// cricketStory reports whether the story is one of cricket: it names
// cricket, a wicket, a Test, an innings, a bowler or a batsman. The answer
// is read once a story and kept in p.cricket.
func (p *parser) cricketStory() bool {
	if p.cricket != 0 {
		return p.cricket > 0
	}
	p.cricket = -1
	for j := range p.t {
		w := p.t[j]
		if w.kind != tkWord {
			continue
		}
		switch p.text[w.s:w.e] {
		case "cricket", "wicket", "wickets", "Test", "Tests", "innings", "bowler", "batsman":
			p.cricket = 1
			return true
		}
	}
	return false
}

// ordinalSecond reports whether the unit at token k after "a" is no unit
// of a rate: "half" (secured a half with Jim Furyk) or "second" before a
// word it qualifies (secured a second term).
func (p *parser) ordinalSecond(k int) bool {
	switch p.lx(k).unit {
	case uHalf:
		return true
	case uSecond:
		return k+1 < len(p.t) && p.t[k+1].kind == tkWord && !p.isAny(k+1, "in", "for", "to", "at", "on", "and", "or", "of")
	}
	return false
}

// ageBefore reports whether the length starting at token s is an age: it
// follows "aged", "age" or "the age of" (cows aged 20 months, men age 65
// to 80 years, children under the age of five years).
func (p *parser) ageBefore(s int) bool {
	if p.isAny(s-1, "to", "or", "and") && s >= 2 && p.t[s-2].kind == tkNum {
		s -= 2 // men age 65 to 80 years
	}
	switch p.lower(s - 1) {
	case "aged", "age":
		return true
	case "of":
		return p.lower(s-2) == "age"
	}
	return false
}

// ageAfter reports whether "age" or "of age" at token k makes the length
// before it an age (individuals over 55 years age, 18 years of age).
func (p *parser) ageAfter(k int) bool {
	if k < len(p.t) && p.t[k].kind == tkWord && strings.EqualFold(p.text[p.t[k].s:p.t[k].e], "of") {
		k++
	}
	return k < len(p.t) && p.t[k].kind == tkWord && strings.EqualFold(p.text[p.t[k].s:p.t[k].e], "age")
}

// dailyPaper reports whether "daily" or "weekly" at token k names a
// newspaper: the Communist Party daily Granma, the daily said, Daily paper
// La Nacion, the People's Daily, the weekly Welt am Sonntag, the daily
// quoting ministry sources, the respected business daily in Moscow.
func (p *parser) dailyPaper(k int) bool {
	if p.t[k].capt && !p.sentenceStart(k) && !p.t[k].nl {
		return true // the People's Daily, the Daily Star: a capital inside a sentence makes a name
	}
	if k+1 < len(p.t) && p.t[k+1].kind == tkWord && p.t[k+1].capt && !p.t[k+1].nl && p.cls(k+1)&(cWeekday|cMonth) == 0 {
		return true // not "his weekly Saturday radio address"
	}
	if k > 0 && p.t[k-1].kind == tkWord && p.t[k-1].capt && (!p.sentenceStart(k-1) || p.punct(k+1, ',')) {
		return true // Bild daily, the country's biggest selling newspaper
	}
	if k+1 < len(p.t) && p.t[k+1].kind == tkWord {
		switch p.lower(k + 1) {
		case "paper", "newspaper", "said", "says", "reported", "reports", "quoted", "wrote", "added", "cited",
			"quoting", "citing", "representing":
			return true
		}
	}
	// the daily warned, the daily noted: a noun before its verb
	if p.isAny(k-1, "the") && k+1 < len(p.t) && p.t[k+1].kind == tkWord && !p.t[k+1].capt {
		w := p.text[p.t[k+1].s:p.t[k+1].e]
		if len(w) > 4 && strings.HasSuffix(w, "ed") && p.cls(k+1)&cUnit == 0 {
			return true
		}
	}
	// a leading business daily, the tabloid daily: a noun closing its
	// phrase (or before a place or a relative: the daily which said, a
	// business daily in Moscow, local daily here)
	next := ""
	if k+1 < len(p.t) && p.t[k+1].kind == tkWord {
		next = p.lower(k + 1)
	}
	if k > 0 && p.t[k-1].kind == tkWord && (k+1 >= len(p.t) || p.t[k+1].kind == tkPunct || next == "in" || next == "here" || next == "which" || next == "who") {
		switch p.lower(k - 1) {
		case "the", "a", "an", "business", "tabloid", "leading", "financial", "local", "national", "official",
			"popular", "economic", "influential", "independent", "regional", "sports", "evening", "morning",
			"government", "opposition", "party", "news", "selling", "radical", "respected", "conservative", "liberal":
			return true
		}
	}
	return false
}

// weekdaySet is the SET value of every ISO weekday wd, at a part of day
// when part is not empty: XXXX-WXX-5, XXXX-WXX-2TNI.
func weekdaySet(wd int, part string) string {
	if part != "" {
		return "XXXX-WXX-" + itoa(wd) + "T" + part
	}
	return "XXXX-WXX-" + itoa(wd)
}

// everyWeekday is the set from token i of the weekday wd named at token k,
// with the part of day after it (every Monday, every Friday night, Fridays).
func (p *parser) everyWeekday(i, k, wd int) (match, bool) {
	part, ok := p.partOf(k + 1)
	end := k + 1
	if ok {
		end++
	}
	return match{start: i, end: end, typ: timeline.TypeSet, val: weekdaySet(wd, part)}, true
}

// ruleSet: every Monday, each year, every other week, daily, weekly,
// annually, per year.
func (p *parser) ruleSet(i int) (match, bool) {
	k := i
	if p.t[k].capt && k > 0 && p.t[k-1].kind == tkWord && p.t[k-1].capt && !p.sentenceStart(k-1) && p.cls(k)&cSetWord != 0 {
		return match{}, false // Business Weekly, the Daily Telegraph: a title
	}
	switch p.word(k) {
	case "daily", "nightly":
		if p.dailyPaper(k) {
			return match{}, false
		}
		if p.is(k, "nightly") {
			return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "XXXX-XX-XXTNI"}, true
		}
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "P1D"}, true
	case "weekly":
		if p.dailyPaper(k) {
			return match{}, false
		}
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "P1W"}, true
	case "biweekly":
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "P2W"}, true
	case "monthly":
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "P1M"}, true
	case "yearly":
		// "quarterly" and "annually" mostly qualify reports and dividends,
		// which TimeBank leaves unannotated.
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "P1Y"}, true
	case "hourly":
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "PT1H"}, true
	case "per":
		// per day, per year; per hour and per second are speeds
		if u := p.lx(k + 1); u == nil || u.cls&cUnit == 0 || u.unit < uDay {
			return match{}, false
		}
		k++
	case "every", "each":
		k++
	default:
		if e := p.lx(k); e != nil && e.cls&cSetWord != 0 && e.val > 0 && p.t[k].capt {
			// Fridays: every such weekday; a part of day after it (the
			// Fridays night games) is each one's. "Sunday mornings" is
			// ruleWeekday's.
			return p.everyWeekday(i, k, e.val)
		}
		return match{}, false
	}
	q := qty{n: 1}
	if p.is(k, "other") {
		q.n = 2
		k++
	} else if qq, ok := p.quantity(k); ok && !qq.one && !qq.x && p.word(i) == "every" {
		q = qq
		k = qq.end
	}
	switch {
	case p.capWord(k, cWeekday):
		return p.everyWeekday(i, k, p.lx(k).val)
	case p.capWord(k, cMonth) && !p.lx(k).abbr:
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "XXXX-" + pad(p.lx(k).val, 2)}, true
	case p.cls(k)&cSeason != 0 && !p.lx(k).plural:
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "XXXX-" + p.lx(k).season}, true
	case p.cls(k)&cPart != 0 && !p.lx(k).plural:
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "XXXX-XX-XXT" + p.lx(k).part}, true
	case p.cls(k)&cUnit != 0:
		lx := p.lx(k)
		if lx.plural != (q.n > 1) || lx.unit == uHalf {
			return match{}, false
		}
		if lx.unit == uWeekend {
			return match{start: i, end: k + 1, typ: timeline.TypeSet, val: "XXXX-WXX-WE"}, true
		}
		return match{start: i, end: k + 1, typ: timeline.TypeSet, val: durValue(q, lx.unit)}, true
	}
	return match{}, false
}

// notSuperlative are words in -est that are no superlatives: interest
// rates will be cut in two months.
var notSuperlative = setOf("interest", "interests", "protest", "request", "invest", "arrest",
	"suggest", "harvest", "contest", "forest", "midwest", "northwest", "southwest", "digest",
	"manifest", "honest", "modest", "conquest", "behest", "bequest", "inquest", "unrest", "attest")

// inAhead reports whether the quantity of units at tokens [s, e) after "in"
// places an event that far ahead of the publication, a DATE in TIMEX3 ("the
// stock would be redeemed in five years": five years on; the plan takes
// effect in two weeks), rather than measuring how long something took (it
// was finished in two weeks, the second letter in two weeks, the first time
// in five years). Only days, weeks, months, years and decades after "in",
// with a publication day to count from: an hour ahead is a time of day.
// It measures when a possessive follows (a month's training; not two
// weeks' time), a number, percent or point stands before "in" (up 5
// percent in two years), or time, once, twice, first, last, only, an
// ordinal or a superlative in -est stands up to twelve tokens before it in
// the sentence (the first visit in ten years, the highest in ten years).
// Else it looks ahead after a modal up to three tokens before "in" (it
// could open in two weeks), after "effect" (takes effect in two weeks), or
// when tense finds the clause speaking of the future.
func (p *parser) inAhead(s, e int, u unit) bool {
	if !p.is(s-1, "in") || !p.known() {
		return false
	}
	switch u {
	case uDay, uWeek, uMonth, uYear, uDecade:
	default:
		return false
	}
	if p.punct(e, '\'') && !(p.is(e+1, "time") || p.is(e+1, "s") && p.is(e+2, "time")) {
		return false // cram in a month's training (two weeks' time is ahead)
	}
	b := s - 2
	if p.isAny(b, "percent", "point", "points") || (b >= 0 && p.t[b].kind == tkNum) {
		return false // up 5 percent in two years
	}
	for k := b; k >= 0 && k > b-12; k-- {
		if p.clauseStop(k) {
			break
		}
		if p.isAny(k, "time", "times", "once", "twice", "first", "last", "only") || p.cls(k)&cOrdinal != 0 {
			return false // the first visit in ten years, the first time in five years
		}
		if t := &p.t[k]; t.kind == tkWord && t.e-t.s > 4 && strings.HasSuffix(p.text[t.s:t.e], "est") && !notSuperlative[p.lower(k)] {
			return false // the highest in ten years
		}
	}
	for k := b; k >= 0 && k > b-3; k-- {
		if p.fn(k) == fModal {
			return true // you may, in a year or two, save lives; it could open in two weeks
		}
	}
	return p.is(b, "effect") || p.tense(s, e) > 0
}

// titleNumber reports whether the number at token k opens a quotation (a
// quote mark glued before it: straight, doubled, back or curly) and is
// followed by a capitalised unit at token u: the title of a show or a book
// ("60 Minutes", "48 Hours"), no duration.
func (p *parser) titleNumber(k, u int) bool {
	if k == 0 || p.t[k].kind != tkNum || !p.adj(k) || u >= len(p.t) || p.cls(u)&cUnit == 0 || !p.t[u].capt {
		return false
	}
	q := &p.t[k-1]
	return q.kind == tkPunct && (q.c == '\'' || q.c == '"' || q.c == '`' || q.c == 0xe2)
}
