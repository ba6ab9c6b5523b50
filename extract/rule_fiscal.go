package extract

import "github.com/timeline-tool/timeline/timeline"

// This file reads the short tokens of financial news: a quarter written Q3
// or 3Q, a half written H1 or 1H, a fiscal year written FY2012. TIMEX3 gives
// a quarter as 2013-Q3, a half as 2013-H1 and a fiscal year as the year it
// is named for (the gold writes "fiscal 1989" as 1989).

// upperText reports whether token i is a word written exactly s (upper case).
func (p *parser) upperText(i int, s string) bool {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tkWord {
		return false
	}
	t := &p.t[i]
	return p.text[t.s:t.e] == s
}

// loose reports whether token k is not glued to the token before it by a
// letter, digit or joining mark: Q3 ends before a space or punctuation, not
// in H1N1, Q3-type or 1H/2.
func (p *parser) loose(k int) bool {
	if k >= len(p.t) || !p.adj(k) {
		return true
	}
	t := &p.t[k]
	return t.kind == tkPunct && t.c != '-' && t.c != '/' && t.c != '\''
}

// fyYear reads a fiscal year written FY2012, FY 2012 or FY12 at token k and
// returns the year and the token after it.
func (p *parser) fyYear(k int) (int, int, bool) {
	if !p.upperText(k, "FY") || (k > 0 && p.adj(k) && p.t[k-1].kind != tkPunct) {
		return 0, k, false
	}
	n, ok := p.number(k + 1)
	if !ok || !p.loose(k+2) {
		return 0, k, false // FY2012/13, FY2012-13: which year is meant varies
	}
	switch nd := p.t[k+1].nd; {
	case nd == 4 && n >= 1900 && n <= 2199:
		return n, k + 2, true
	case nd == 2 && p.adj(k+1) && p.known():
		return p.century(n), k + 2, true // FY13
	}
	return 0, k, false
}

// finPeriod reads Q3 / 3Q (a quarter) or H1 / 1H (a half) at token i,
// with the two digits of a year glued after the letter (2Q13), and returns
// the quarter (1..4), the half (1..2), the year (0 when none) and the
// token after it.
func (p *parser) finPeriod(i int) (q, half, yy, end int, ok bool) {
	if i > 0 && p.adj(i) && p.t[i-1].kind != tkPunct {
		return 0, 0, 0, i, false
	}
	var n, k int
	var letter string
	switch {
	case p.upperText(i, "Q") || p.upperText(i, "H"):
		letter = p.text[p.t[i].s:p.t[i].e]
		v, ok := p.number(i + 1)
		if !ok || !p.adj(i+1) || p.t[i+1].nd != 1 {
			return 0, 0, 0, i, false
		}
		n, k = v, i+2
	case p.t[i].kind == tkNum && p.t[i].nd == 1 && p.adj(i+1) && (p.upperText(i+1, "Q") || p.upperText(i+1, "H")):
		letter = p.text[p.t[i+1].s:p.t[i+1].e]
		n, k = int(p.t[i].num), i+2
	default:
		return 0, 0, 0, i, false
	}
	if n2, ok := p.number(k); ok && p.adj(k) && p.t[k].nd == 2 && p.t[i].kind == tkNum && p.loose(k+1) && p.known() {
		yy = p.century(n2) // 2Q13, 1H13
		k++
	} else if !p.loose(k) {
		return 0, 0, 0, i, false // H1N1, H5N1, Q3-type
	}
	if letter == "Q" && n >= 1 && n <= 4 {
		return n, 0, yy, k, true
	}
	if letter == "H" && n >= 1 && n <= 2 {
		return 0, n, yy, k, true
	}
	return 0, 0, 0, i, false
}

// ruleFiscal: Q3 2013, 3Q, 2Q13, Q3 of fiscal 2013, Q4 FY2012, H1 2013, 1H,
// FY2012, FY 2012. A quarter or half without a year takes the year of the
// publication, the one before when it lies ahead of the publication and the
// clause does not speak of the future (as ruleQuarter does). A bare Q3 or H1
// must read as a period: after a preposition or determiner, or before a
// word of business (Q3 profit), and not a car's name (the Audi Q3).
func (p *parser) ruleFiscal(i int) (match, bool) {
	if y, e, ok := p.fyYear(i); ok {
		return match{start: i, end: e, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: y}, explicit: true}, true
	}
	q, half, year, k, ok := p.finPeriod(i)
	if !ok || p.upperText(i-1, "Audi") {
		return match{}, false
	}
	switch y, e, ok := p.year(k); {
	case year != 0: // 2Q13
	case ok && p.t[k].kind == tkNum:
		year, k = y, e // Q3 2013
	default:
		if y, e, ok := p.fyYear(k); ok {
			year, k = y, e // Q4 FY2012
		} else if p.is(k, "of") {
			kk := k + 1
			if p.is(kk, "fiscal") {
				kk++
			}
			if y, e, ok := p.year(kk); ok && p.t[kk].kind == tkNum {
				year, k = y, e // Q3 of 2013, Q3 of fiscal 2013
			} else if y, e, ok := p.fyYear(kk); ok {
				year, k = y, e
			}
		}
	}
	if year == 0 {
		if !(p.isAny(i-1, "in", "for", "during", "of", "by", "since", "until", "through", "from", "to", "the", "and", "or", "its", "their", "this", "last", "next") ||
			p.isAny(k, "profit", "profits", "earnings", "sales", "revenue", "revenues", "results", "net", "growth", "gdp", "loss", "losses", "output", "income")) {
			return match{}, false
		}
		if !p.known() {
			return match{start: i, end: k, typ: timeline.TypeDate, v: tv{g: timeline.GrainQuarter, q: q, half: half}, quarter: q != 0}, true
		}
		a := p.anchor
		year = a.Year()
		if q != 0 && q > quarterOf(a.Month()) && p.tense(i, k) <= 0 {
			year-- // Q4 profit rose, in a March story: last year's
		}
		if half == 2 && a.Month() <= 6 && p.tense(i, k) <= 0 {
			year--
		}
	}
	return match{start: i, end: k, typ: timeline.TypeDate, v: tv{g: timeline.GrainQuarter, y: year, q: q, half: half}, quarter: q != 0}, true
}
