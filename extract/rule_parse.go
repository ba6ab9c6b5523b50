package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"

	"github.com/timeline-tool/timeline/timeline"
)

// match is what a rule found: tokens [start, end) and the TIMEX3 attributes.
// Dates and times carry a tv; durations, sets and references a fixed val.
type match struct {
	start, end int    // token indexes
	typ        string // DATE, TIME, DURATION, SET
	val        string // fixed value (durations, sets, *_REF); "" when v counts
	v          tv     // calendar value when val == ""
	mod        string // TIMEX3 mod
	explicit   bool   // an explicit date with a year: it moves the narrative time
}

// newsRule is one family of our news rules. A rule runs only at tokens of its
// cue classes (or at numbers when num is set) and reports the longest match
// starting at token i.
type newsRule struct {
	name string
	cue  wordClass
	num  bool
	fn   func(p *parser, i int) (match, bool)
}

// ruleSet is every news rule, in priority order: on equal length the earlier
// rule wins. Built once and never written.
var ruleSet = []newsRule{
	{"explicit-date", cMonth | cWeekday | cStart | cOrdinal, true, (*parser).ruleExplicit},
	{"year", cStart | cUnit, true, (*parser).ruleYear},
	{"quarter", cStart | cOrdinal | cUnit, true, (*parser).ruleQuarter},
	{"season", cSeason | cStart, false, (*parser).ruleSeason},
	{"relative-day", cRel | cStart | cPart | cUnit, false, (*parser).ruleRelDay},
	{"relative-unit", cStart | cUnit | cRef, false, (*parser).ruleRelUnit},
	{"ago", cStart | cNumWord | cUnit, true, (*parser).ruleAgo},
	{"weekday", cWeekday | cStart, false, (*parser).ruleWeekday},
	{"month", cMonth | cStart, false, (*parser).ruleMonth},
	{"duration", cStart | cNumWord | cUnit, true, (*parser).ruleDuration},
	{"set", cStart | cSetWord, false, (*parser).ruleSet},
	{"ref", cRef | cStart, false, (*parser).ruleRef},
	{"time", cPart | cStart | cRel, true, (*parser).ruleTime},
	{"holiday", cStart, false, (*parser).ruleHoliday},
}

// parser runs the rules over the tokens of one text.
type parser struct {
	text   string
	t      []tok
	anchor time.Time // publication day, midnight UTC; zero when unknown
	clock  time.Time // publication time as given
	cfg    Config

	// Narrative state, updated left to right (see narrative.go).
	lastQuarter tv // the last quarter resolved with a year
	lastDate    tv // the last explicit date with a year (day or month grain)
	lastYear    int
}

func (p *parser) known() bool { return !p.anchor.IsZero() }

// word returns the lexicon word of token i, "" when none.
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].lx == nil {
		return ""
	}
	return p.t[i].lx.word
}

func (p *parser) is(i int, w string) bool { return p.word(i) == w && w != "" }

func (p *parser) isAny(i int, ws ...string) bool {
	w := p.word(i)
	if w == "" {
		return false
	}
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func (p *parser) cls(i int) wordClass {
	if i < 0 || i >= len(p.t) || p.t[i].lx == nil {
		return 0
	}
	return p.t[i].lx.cls
}

func (p *parser) lx(i int) *lexEntry {
	if i < 0 || i >= len(p.t) {
		return nil
	}
	return p.t[i].lx
}

func (p *parser) punct(i int, c byte) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tkPunct && p.t[i].c == c
}

// adj reports whether token i touches token i-1 (no space between).
func (p *parser) adj(i int) bool {
	return i > 0 && i < len(p.t) && p.t[i].s == p.t[i-1].e
}

func (p *parser) number(i int) (int, bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tkNum || p.t[i].num < 0 {
		return 0, false
	}
	return p.t[i].num, true
}

// hyphen reports whether token i is a hyphen glued to both neighbours.
func (p *parser) hyphen(i int) bool {
	return p.punct(i, '-') && p.adj(i) && p.adj(i+1)
}

// capWord reports whether token i is a capitalised word of class c.
func (p *parser) capWord(i int, c wordClass) bool {
	return p.cls(i)&c != 0 && p.t[i].capt
}

// skipDot skips a period glued to an abbreviation at token i.
func (p *parser) skipDot(i int) int {
	if p.punct(i, '.') && p.adj(i) {
		return i + 1
	}
	return i
}

// year reads a four-digit year at token i (or '98 / '90 with an apostrophe).
func (p *parser) year(i int) (int, int, bool) {
	if n, ok := p.number(i); ok && p.t[i].nd == 4 && n >= 1000 && n <= 2199 {
		if p.adj(i+1) && p.t[i+1].kind == tkWord { // 1990s, 2000m
			return 0, i, false
		}
		return n, i + 1, true
	}
	if p.punct(i, '\'') || p.punct(i, 0xe2) {
		if n, ok := p.number(i + 1); ok && p.t[i+1].nd == 2 && p.adj(i+1) {
			if p.adj(i+2) && p.t[i+2].kind == tkWord {
				return 0, i, false
			}
			return 1900 + n, i + 2, true
		}
	}
	return 0, i, false
}

// sentenceStart reports whether token i opens a sentence.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 || p.t[i].nl {
		return true
	}
	j := i - 1
	for j >= 0 && p.t[j].kind == tkPunct && (p.t[j].c == '"' || p.t[j].c == '\'' || p.t[j].c == '(' || p.t[j].c == '`') {
		j--
	}
	if j < 0 {
		return true
	}
	return p.t[j].kind == tkPunct && (p.t[j].c == '.' || p.t[j].c == '?' || p.t[j].c == '!' || p.t[j].c == ':')
}

// tense guesses whether the clause around tokens [i, j) speaks of the future
// (+1), the past (-1) or cannot tell (0). The nearest cue before the
// expression wins; a few cues right after it count too ("Friday will see").
func (p *parser) tense(i, j int) int {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &p.t[k]
		if t.kind == tkPunct && (t.c == '.' || t.c == '?' || t.c == '!' || t.c == ';') {
			if !(t.c == '.' && k > 0 && p.lx(k-1) != nil && p.lx(k-1).abbr) {
				break
			}
		}
		if t.kind == tkPunct && t.c == '\'' && p.is(k+1, "ll") {
			return 1
		}
		if t.kind != tkWord {
			continue
		}
		switch p.word(k) {
		case "will", "shall", "scheduled", "expected", "due", "plans", "plan", "going", "upcoming", "would", "next", "set", "until", "before", "by":
			if p.word(k) == "set" && !p.is(k+1, "to") && !p.is(k+1, "for") {
				continue
			}
			if p.word(k) == "by" || p.word(k) == "before" || p.word(k) == "until" {
				continue
			}
			return 1
		case "said", "was", "were", "had", "did", "announced", "reported", "since", "ago", "last", "earlier":
			return -1
		}
		if p.t[k].lx == nil && p.t[k].e-p.t[k].s > 3 && strings.HasSuffix(strings.ToLower(p.text[p.t[k].s:p.t[k].e]), "ed") {
			return -1
		}
	}
	for k := j; k < len(p.t) && k < j+3; k++ {
		switch p.word(k) {
		case "will", "shall":
			return 1
		case "said", "was", "were", "had":
			return -1
		}
	}
	return 0
}

// best runs every rule that may start at token i and returns the longest
// match (the earliest rule on ties).
func (p *parser) best(i int) (match, bool) {
	t := &p.t[i]
	var c wordClass
	if t.lx != nil {
		c = t.lx.cls
	}
	isNum := t.kind == tkNum || (t.kind == tkPunct && t.c == '\'')
	var bestM match
	found := false
	for k := range ruleSet {
		r := &ruleSet[k]
		if c&r.cue == 0 && !(isNum && r.num) {
			continue
		}
		m, ok := r.fn(p, i)
		if !ok || m.end <= i {
			continue
		}
		if !found || m.end > bestM.end {
			bestM, found = m, true
		}
	}
	return bestM, found
}

// run scans the tokens once, left to right, and appends a Timex for every
// match. Matches never overlap.
func (p *parser) run(out []timeline.Timex) []timeline.Timex {
	for i := 0; i < len(p.t); {
		t := &p.t[i]
		cue := t.kind == tkNum || (t.lx != nil && t.lx.cls&cueClasses != 0) || (t.kind == tkPunct && t.c == '\'')
		if cue {
			if m, ok := p.best(i); ok {
				out = append(out, p.emit(m))
				p.note(m)
				i = m.end
				continue
			}
		}
		i++
	}
	return out
}

// emit turns a match into a Timex.
func (p *parser) emit(m match) timeline.Timex {
	s, e := p.t[m.start].s, p.t[m.end-1].e
	tx := timeline.Timex{Start: s, End: e, Text: p.text[s:e], Type: m.typ, Mod: m.mod}
	if m.val != "" {
		tx.Value = m.val
		tx.Grain = timeline.GrainNone
		return tx
	}
	tx.Value = m.v.value()
	tx.Grain = m.v.g
	if m.v.clock {
		tx.Grain = timeline.GrainMinute
	}
	tx.Interval = m.v.interval()
	return tx
}

// asWhenMatch describes m as a when rules.Match: byte offsets, text and the
// rule's priority as Order. Used by NewsRule.Find.
func (p *parser) asWhenMatch(m match, order float64) *rules.Match {
	s, e := p.t[m.start].s, p.t[m.end-1].e
	return &rules.Match{Left: s, Right: e, Text: p.text[s:e], Order: order, Captures: []string{m.typ, p.emit(m).Value, m.mod}}
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
