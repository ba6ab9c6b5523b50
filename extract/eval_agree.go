package extract

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// Agreement measures how far a gold corpus agrees with itself: how often
// one phrase ("last week", "a year ago") gets values of different shapes
// (1989-W43 against 1989-WXX, 1988-Q3 against 1988), and how many of a
// system's wrong values give a phrase a shape the gold gives that same
// phrase elsewhere. It bounds what any rule that reads a phrase one way can
// score, and tells convention errors from date errors.
//
// The zero value is ready to use; Report.Add feeds it and
// Report.WriteAgreement prints it.
type Agreement struct {
	shapes   map[string]map[string]int // phrase → value shape → gold timexes
	wrong    []wrongValue              // the system's wrong values, in order
	spurious []string                  // phrases the system marked and the gold did not
	missed   []string                  // phrases the gold marked and the system did not
	texts    []string                  // the documents, lower case, to count a phrase's unmarked uses
	slips    []goldSlip                // gold values that contradict their own phrase (SlipReason)
}

// wrongValue is one relaxed match whose value disagrees with the gold.
type wrongValue struct {
	phrase      string // the gold phrase, normalised (phraseKey)
	gold, sys   string // the two value shapes
	goldV, sysV string // the two values as written
}

// phraseKey is a gold phrase as Agreement compares it: lower case, outer
// punctuation and spaces trimmed, inner spaces single.
func phraseKey(s string) string {
	return strings.Join(strings.Fields(strings.Trim(strings.ToLower(s), " .,;:'\"`")), " ")
}

var (
	shapeYear    = regexp.MustCompile(`^(BC)?\d{4}`)
	shapeFields  = regexp.MustCompile(`-(W|Q|H)\d+`)
	shapeDayMon  = regexp.MustCompile(`^YYYY-\d\d(-\d\d)?`)
	shapeClock   = regexp.MustCompile(`T\d\d(:\d\d)*`)
	shapeUnits   = regexp.MustCompile(`^P(T?)\d+(\.\d+)?`)
	shapeDecades = regexp.MustCompile(`^\d{2,3}$`)
)

// ValueShape abstracts the numbers of a TIMEX3 value and keeps its form and
// mod: "1989-W43" → "YYYY-Wn", "1989-WXX" stays "YYYY-WXX", "1988-11-02" →
// "YYYY-MM-DD", "P3Y" → "PnY", "199" → "decade"; a mod is appended after a
// space. Two values of one shape differ only in which date or how many
// units they name.
func ValueShape(value, mod string) string {
	v := shapeYear.ReplaceAllString(value, "YYYY")
	v = shapeFields.ReplaceAllString(v, "-${1}n")
	if m := shapeDayMon.FindString(v); m != "" {
		shape := "YYYY-MM"
		if len(m) == len("YYYY-MM-DD") {
			shape = "YYYY-MM-DD"
		}
		v = strings.Replace(v, m, shape, 1)
	}
	if !strings.HasPrefix(v, "P") {
		v = shapeClock.ReplaceAllString(v, "Thh") // a clock time, not PT24H
	}
	v = shapeUnits.ReplaceAllString(v, "P${1}n")
	switch {
	case shapeDecades.MatchString(v) && len(v) == 2:
		v = "century" // 19
	case shapeDecades.MatchString(v):
		v = "decade" // 199
	}
	if mod != "" {
		v += " " + mod
	}
	return v
}

// addGold records a gold timex.
func (a *Agreement) addGold(g GoldTimex) {
	if a.shapes == nil {
		a.shapes = map[string]map[string]int{}
	}
	k := phraseKey(g.Text)
	if a.shapes[k] == nil {
		a.shapes[k] = map[string]int{}
	}
	a.shapes[k][ValueShape(g.Value, g.Mod)]++
}

// addSlip records gold timex g of document doc if its value contradicts
// its phrase (reason not empty), with whether the system matched its span
// and its value.
func (a *Agreement) addSlip(doc string, g GoldTimex, reason string, matched, valueOK bool) {
	if reason != "" {
		a.slips = append(a.slips, goldSlip{doc: doc, text: g.Text, value: g.Value, reason: reason, matched: matched, valueOK: valueOK})
	}
}

// addDoc records a document's text, for unmarked uses of missed phrases.
func (a *Agreement) addDoc(text string) { a.texts = append(a.texts, strings.ToLower(text)) }

// addSpurious and addMissed record an expression only one side marked.
func (a *Agreement) addSpurious(text string) { a.spurious = append(a.spurious, phraseKey(text)) }
func (a *Agreement) addMissed(text string)   { a.missed = append(a.missed, phraseKey(text)) }

// marked returns how many gold timexes are the phrase p.
func (a *Agreement) marked(p string) int {
	n := 0
	for _, c := range a.shapes[p] {
		n += c
	}
	return n
}

// uses counts the whole-word uses of phrase p in the documents; an empty
// phrase (a gold text of punctuation alone) has none.
func (a *Agreement) uses(p string) int {
	n := 0
	if p == "" {
		return 0
	}
	for _, t := range a.texts {
		for i := 0; ; {
			j := strings.Index(t[i:], p)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(p)
			if (s == 0 || !isAlnum(t[s-1])) && (e == len(t) || !isAlnum(t[e])) {
				n++
			}
			i = s + 1
		}
	}
	return n
}

// isAlnum reports whether b is an ASCII letter (see isLetter) or digit.
func isAlnum(b byte) bool { return isLetter(b) || b >= '0' && b <= '9' }

// addWrong records a relaxed match whose value is wrong.
func (a *Agreement) addWrong(g GoldTimex, sysValue, sysMod string) {
	a.wrong = append(a.wrong, wrongValue{
		phrase: phraseKey(g.Text),
		gold:   ValueShape(g.Value, g.Mod), sys: ValueShape(sysValue, sysMod),
		goldV: g.Value, sysV: sysValue,
	})
}

// phraseSplit is one recurring phrase and its gold shapes.
type phraseSplit struct {
	phrase   string
	n, off   int // timexes, and those off the phrase's most common shape
	byShape  []shapeCount
	majority string
}

// shapeCount is one value shape and how many gold timexes of a phrase have it.
type shapeCount struct {
	shape string
	n     int
}

// splits returns the phrases seen at least atLeast times, with how many of
// their timexes are off their most common shape, the most split first.
func (a *Agreement) splits(atLeast int) []phraseSplit {
	var out []phraseSplit
	for p, m := range a.shapes {
		s := phraseSplit{phrase: p}
		for sh, n := range m {
			s.n += n
			s.byShape = append(s.byShape, shapeCount{sh, n})
		}
		if s.n < atLeast {
			continue
		}
		sort.Slice(s.byShape, func(i, j int) bool {
			if s.byShape[i].n != s.byShape[j].n {
				return s.byShape[i].n > s.byShape[j].n
			}
			return s.byShape[i].shape < s.byShape[j].shape
		})
		s.majority = s.byShape[0].shape
		s.off = s.n - s.byShape[0].n
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].off != out[j].off {
			return out[i].off > out[j].off
		}
		return out[i].phrase < out[j].phrase
	})
	return out
}

// WriteAgreement prints the agreement of the gold with itself and the
// split of the wrong values: those whose shape the gold gives the same
// phrase elsewhere (a convention the gold does not keep), those of the
// gold's shape naming another date, and the rest; the same split of
// spurious and missed expressions (phrases the gold marks, or leaves
// unmarked, elsewhere); then the value F1 the report would reach were
// every error the gold does not contradict elsewhere mended; last the gold
// values that contradict their own phrase (see SlipReason) and the value F1
// without them. It lists up to top split phrases and top such values (none
// when top < 1).
func (r *Report) WriteAgreement(w io.Writer, top int) {
	a := &r.Agreement
	sp := a.splits(3)
	n, off := 0, 0
	for _, s := range sp {
		n += s.n
		off += s.off
	}
	fmt.Fprintf(w, "\n== gold agreement\n")
	fmt.Fprintf(w, "phrases written 3+ times: %d, with %d gold timexes; %d of these (%.1f%%) differ in value shape from their phrase's most common one\n",
		len(sp), n, off, pct(off, n))
	conv, date, other := 0, 0, 0
	for _, e := range a.wrong {
		switch {
		case e.gold == e.sys:
			date++
		case a.shapes[e.phrase][e.sys] > 0:
			conv++
		default:
			other++
		}
	}
	fmt.Fprintf(w, "wrong values: %d; %d give the phrase a value shape the gold gives it elsewhere, %d have the gold's shape but name another date or count, %d other\n",
		len(a.wrong), conv, date, other)
	spConv, msConv := 0, 0
	for _, p := range a.spurious {
		if a.marked(p) > 0 {
			spConv++
		}
	}
	used := map[string]int{}
	for _, p := range a.missed {
		if _, ok := used[p]; !ok {
			used[p] = a.uses(p)
		}
		if used[p] > a.marked(p) {
			msConv++
		}
	}
	fmt.Fprintf(w, "spurious: %d; %d are phrases the gold marks elsewhere\n", len(a.spurious), spConv)
	fmt.Fprintf(w, "missed: %d; %d are phrases the gold leaves unmarked elsewhere\n", len(a.missed), msConv)
	fixV := date + other
	fixS, fixM := len(a.spurious)-spConv, len(a.missed)-msConv
	_, _, f := F1(r.ValueMatch+fixV+fixM, r.System-fixS+fixM, r.Gold)
	fmt.Fprintf(w, "value F1 were every error the gold does not contradict elsewhere mended (%d values, %d spurious, %d missed): %.4f\n", fixV, fixS, fixM, f)
	for _, s := range sp[:max(0, min(top, len(sp)))] {
		if s.off == 0 {
			break
		}
		parts := make([]string, len(s.byShape))
		for i, c := range s.byShape {
			parts[i] = fmt.Sprintf("%s ×%d", c.shape, c.n)
		}
		fmt.Fprintf(w, "  %-24q %s\n", s.phrase, strings.Join(parts, ", "))
	}
	r.writeSlips(w, top)
}

// writeSlips prints the gold timexes whose value contradicts their own
// phrase, by reason, and the value F1 of the report scored without them
// (each left out of the gold, and the system expression that matched it out
// of the system); then up to top of them.
func (r *Report) writeSlips(w io.Writer, top int) {
	a := &r.Agreement
	by := map[string]int{}
	matched, right, sysWrong := 0, 0, 0
	for _, s := range a.slips {
		by[s.reason]++
		if s.matched {
			matched++
			if s.valueOK {
				right++
			} else {
				sysWrong++
			}
		}
	}
	var kinds []string
	for _, k := range []string{"form", "weekday", "month-day", "year", "count"} {
		if by[k] > 0 {
			kinds = append(kinds, fmt.Sprintf("%s %d", k, by[k]))
		}
	}
	fmt.Fprintf(w, "gold values that contradict their own phrase: %d (%s); the system matched %d of them and gave %d another value\n",
		len(a.slips), strings.Join(kinds, ", "), matched, sysWrong)
	_, _, f := F1(r.ValueMatch-right, r.System-matched, r.Gold-len(a.slips))
	fmt.Fprintf(w, "value F1 without them: %.4f\n", f)
	for _, s := range a.slips[:max(0, min(top, len(a.slips)))] {
		fmt.Fprintf(w, "  %-10s %s: %q %s\n", s.reason, s.doc, s.text, s.value)
	}
}

// pct is 100·n/d, 0 when d is 0.
func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}
