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
	quarter    bool   // a quarter named by its ordinal: financial reference
	aside      bool   // a deictic aside (overnight) that does not move the story's day
	weekday    bool   // a weekday resolved by the weekday rule
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
// rule wins: the base rules, then those that build on what a base rule
// reads. Built once and never written.
var ruleSet = append(baseRules[:len(baseRules):len(baseRules)], composeRules...)

// composeRules read a base rule's match and build around it (rule_compose.go).
var composeRules = []newsRule{
	{"bound-of", cStart, false, (*parser).ruleBoundOf},
	{"day-before-yesterday", cStart, false, (*parser).ruleDayBeforeRel},
	{"ordinal-day", cStart, false, (*parser).ruleOrdinalDay},
	{"month-part", cStart | cOrdinal, false, (*parser).ruleMonthPart},
}

// baseRules are the rules that read an expression on their own.
var baseRules = []newsRule{
	{"explicit-date", cMonth | cWeekday | cStart | cOrdinal, true, (*parser).ruleExplicit},
	{"year", cStart | cUnit | cNumWord, true, (*parser).ruleYear},
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
	{"fiscal", cCore, true, (*parser).ruleFiscal},
}

// parser runs the rules over the tokens of one text.
type parser struct {
	text   string
	t      []tok
	anchor time.Time // publication day, midnight UTC; zero when unknown
	clock  time.Time // publication time as given
	cfg    Config

	// Narrative state, updated left to right (see narrative.go).
	lastQuarter tv  // the last quarter named by its ordinal, resolved with a year
	lastQAt     int // the token index where it was named
	lastDate    tv  // the last explicit date with a year (day or month grain)
	lastWD      tv  // the last bare weekday resolved, and the token after it
	lastWDAt    int
	lastYear    int // the last year named (in 1995, last year)
	lastYearAt  int
	lastDay     tv // the last day resolved with a year, explicit or not
	lastDayAt   int
	lastMonth   tv // the last month (without a day) resolved with a year
	lastMonthAt int
	sport       int8 // whether the story is one of sport: 0 not yet read, 1 yes, -1 no (see gameQuarter)
	cricket     int8 // whether the story is one of cricket: 0 not yet read, 1 yes, -1 no (see oneDayCricket)

	clauseToks []token // the clause reader's tokens of a sentence, reused by presentAhead
}

func (p *parser) known() bool { return !p.anchor.IsZero() }

// word returns the lexicon word of token i, "" when none.
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].lex() == nil {
		return ""
	}
	return p.t[i].lex().word
}

// lower returns the lower-case text of the word token i, "" when i is out
// of range or no word. Unlike word it reads any word, not only the
// lexicon's; it allocates for a word with capitals, so it belongs to the
// checks a rule makes once it has matched, not to the scan.
func (p *parser) lower(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tkWord {
		return ""
	}
	return strings.ToLower(p.text[p.t[i].s:p.t[i].e])
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
	if i < 0 || i >= len(p.t) || p.t[i].lex() == nil {
		return 0
	}
	return p.t[i].lex().cls
}

// fn returns the function-word kind of token i, fNone for any other token.
func (p *parser) fn(i int) funcKind {
	if l := p.lx(i); l != nil {
		return l.fn
	}
	return fNone
}

// noun reports whether token i is a word the date rules read as an
// ordinary noun: not a function word, not a word that heads or opens a date
// expression (the first word of a holiday's name aside: the summer boxing
// camp) and not a past-tense verb the lexicon knows. Whether the word is in
// the lexicon for some other rule's sake does not matter.
func (p *parser) noun(i int) bool {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tkWord {
		return false
	}
	l := p.t[i].lex()
	return l == nil || l.holiday || l.cls&(cFunction|dateClasses|cPast) == 0
}

// modified reports whether token i is a noun that a season or holiday
// before it modifies (Christmas trees, the winter capital), rather than a
// noun of an activity it dates (the Christmas break, summer sales).
func (p *parser) modified(i int) bool {
	return p.noun(i) && p.cls(i)&cSpanNoun == 0
}

func (p *parser) lx(i int) *lexEntry {
	if i < 0 || i >= len(p.t) {
		return nil
	}
	return p.t[i].lex()
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
	return int(p.t[i].num), true
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
	if p.is(i, "nineteen") || p.is(i, "eighteen") || (p.is(i, "twenty") && !p.hyphen(i+1)) {
		// nineteen ninety-six
		c := p.lx(i).val
		if p.cls(i+1)&cNumWord != 0 && p.lx(i+1).val >= 10 && p.lx(i+1).val < 100 {
			n := p.lx(i + 1).val
			e := i + 2
			if n >= 20 && n%10 == 0 && p.hyphen(e) && p.cls(e+1)&cNumWord != 0 && p.lx(e+1).val < 10 {
				n += p.lx(e + 1).val
				e += 2
			}
			if p.cls(e)&cUnit == 0 {
				return c*100 + n, e, true
			}
		}
	}
	if p.is(i, "two") && p.is(i+1, "thousand") && p.isAny(i-1, "year", "in", "by", "until", "since") {
		if p.is(i+2, "and") && p.cls(i+3)&cNumWord != 0 && p.lx(i+3).val < 10 {
			return 2000 + p.lx(i+3).val, i + 4, true
		}
		if p.cls(i+2)&cNumWord != 0 && p.lx(i+2).val < 10 && p.cls(i+3)&cUnit == 0 {
			return 2000 + p.lx(i+2).val, i + 3, true
		}
		if p.cls(i+2)&cUnit == 0 {
			return 2000, i + 2, true
		}
	}
	if p.punct(i, '\'') || p.punct(i, 0xe2) {
		if n, ok := p.number(i + 1); ok && p.t[i+1].nd == 2 && p.adj(i+1) {
			if p.adj(i+2) && p.t[i+2].kind == tkWord {
				return 0, i, false
			}
			return p.century(n), i + 2, true
		}
	}
	return 0, i, false
}

// century places a two-digit year ('98, '11) in the hundred years that end
// ten years after the publication year ('11 is 2011 in a 2010 article, '98
// 1998 in a 1998 one); in the 1900s when the publication date is unknown.
func (p *parser) century(n int) int {
	y := 1900 + n
	if p.known() {
		for y <= p.anchor.Year()-90 {
			y += 100
		}
		for y > p.anchor.Year()+10 {
			y -= 100
		}
	}
	return y
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

// tenseCue is what a word tells of the tense of the clause it stands in.
// tense, tenseAfter and cueAfter read the one table, tenseCues, each the
// columns it needs.
type tenseCue uint16

const (
	cueModal   tenseCue = 1 << iota // the future: will, shall, would
	cuePlan                         // the future before an expression, unless after been, was or had: due Friday, until Monday (tense)
	cueTo                           // the future before "to": is to, plans to, expected to
	cueReport                       // a reporting verb, the past: said, announced, reported
	cuePastAux                      // a past auxiliary: was, were, had, did
	cuePastAdv                      // the past before an expression: since, ago, last, earlier (tense)
	cueClause                       // a word opening another clause, where tenseAfter stops reading
	cueNear                         // a strong cue that cueAfter reads right after an expression
	cueNeed                         // a modal of need or possibility, the future before an expression only: must, should (tense)
)

// tenseCues are the tense cues; buildLexicon copies them into the lexicon.
var tenseCues = map[string]tenseCue{
	"will": cueModal | cueNear, "shall": cueModal | cueNear, "would": cueModal,
	// modals of need and possibility look ahead too when they come before
	// (must raise the money by Monday, should arrive Tuesday; after, they
	// belong to the main clause: the cut in October should be observed);
	// "can" and "could" too, unless negated (could not be reached
	// Wednesday: the past of "can"; Sudan could join in March, can play
	// again from mid-January); not "may", also the month
	"must": cueNeed, "should": cueNeed, "might": cueNeed, "could": cueNeed, "can": cueNeed,
	"plans": cuePlan | cueTo, "plan": cuePlan | cueTo, "expected": cuePlan | cueTo, "scheduled": cuePlan | cueTo,
	"due": cuePlan | cueTo, "set": cuePlan | cueTo, "planned": cuePlan, "planning": cuePlan, "going": cuePlan,
	"upcoming": cuePlan, "next": cuePlan, "until": cuePlan, "by": cuePlan, "effective": cuePlan, "payable": cuePlan,
	"expire": cuePlan, "expires": cuePlan, "before": cuePlan | cueClause,
	// a forecast looks ahead: "expects fourth-quarter profit to rise" in
	// March is this year's fourth quarter, "forecasts sales of $2 billion
	// for March" the coming March; "sees" only right before the expression
	// (sees fourth-quarter sales falling)
	"expects": cuePlan | cueTo, "expect": cuePlan | cueTo, "forecasts": cuePlan, "predicts": cuePlan, "predict": cuePlan,
	"anticipates": cuePlan, "anticipate": cuePlan, "sees": cuePlan, "see": cuePlan,
	// the present of a scheduled event: "the trial begins on Wednesday",
	// "Iraq goes to the polls on Thursday", "Congress reconvenes Jan. 24"
	"begins": cuePlan, "starts": cuePlan, "opens": cuePlan, "ends": cuePlan, "closes": cuePlan, "resumes": cuePlan,
	"convenes": cuePlan, "reconvenes": cuePlan, "kicks": cuePlan, "runs": cuePlan, "meets": cuePlan, "goes": cuePlan,
	"climaxes": cuePlan, "is": cueTo, "are": cueTo,
	// an intention before "to" looks ahead: "wants to install the
	// centrifuges by March", "prepares to take over on January 1", "is
	// ready to cut production at the end of January"; not the past forms
	// (wanted to land there in May: the wish is over)
	"wants": cueTo, "want": cueTo, "intends": cueTo, "intend": cueTo,
	"aims": cueTo, "aim": cueTo, "seeks": cueTo, "seek": cueTo, "prepares": cueTo, "prepare": cueTo,
	"preparing": cueTo, "ready": cueTo, "vows": cueTo, "vow": cueTo, "pledges": cueTo, "promises": cueTo,
	"threatens": cueTo, "likely": cueTo,
	"said": cueReport | cueNear, "announced": cueReport, "reported": cueReport,
	"was": cuePastAux | cueNear, "were": cuePastAux | cueNear, "had": cuePastAux | cueNear, "did": cuePastAux,
	"since": cuePastAdv, "ago": cuePastAdv, "last": cuePastAdv, "earlier": cuePastAdv,
	"and": cueClause, "but": cueClause, "while": cueClause, "when": cueClause, "after": cueClause,
	"because": cueClause, "which": cueClause, "who": cueClause, "whose": cueClause, "where": cueClause,
	"that": cueClause, "if": cueClause,
}

// cue returns the tense cue of token i, 0 when it is none.
func (p *parser) cue(i int) tenseCue {
	if l := p.lx(i); l != nil {
		return l.cue
	}
	return 0
}

// clauseStop reports whether token k ends the stretch that the tense and
// plan cues of an expression are read in: a sentence's end or a semicolon.
func (p *parser) clauseStop(k int) bool {
	t := &p.t[k]
	return t.kind == tkPunct && (t.c == ';' || p.sentenceEnd(k))
}

// tense guesses whether the clause around tokens [i, j) speaks of the future
// (+1), the past (-1) or cannot tell (0). The nearest cue before the
// expression wins; a few cues right after it count too ("Friday will see"),
// and they overrule a weak cue before it ("Until Thursday, they had not").
// It reads tenseNear tokens back freely; beyond, up to tenseFar, only a
// future cue counts (will, would, expected to), and a past verb or past
// cue ends the search, as does anything that may open another clause (a
// comma or other mark, a conjunction, a pronoun, that, after, before,
// since, following) seen on the way back.
func (p *parser) tense(i, j int) int {
	comma, clause, hard := false, false, false
	for k := i - 1; k >= 0 && k >= i-tenseFar; k-- {
		t := &p.t[k]
		if p.clauseStop(k) {
			break
		}
		if t.kind == tkPunct && t.c == ')' {
			// an aside in brackets, "(0700 GMT)", "(China Central
			// Television)", is no clause: read on before it
			if o := p.openParen(k); o >= 0 {
				k = o
				continue
			}
		}
		if t.kind == tkPunct && t.c != '.' && t.c != '\'' && !(p.adj(k) && p.adj(k+1)) || p.fn(k) == fConj || p.fn(k) == fPron || p.isAny(k, "that", "after", "before", "since", "following") {
			// a comma, a conjunction, a subject, another event: another
			// clause may begin; not a mark inside a word or number (10:00,
			// 1,000, long-planned)
			clause = true
			if t.kind != tkPunct && !(p.isAny(k, "and", "or") && k+1 < len(p.t) && (p.fn(k+1) == fDet || p.t[k+1].capt || p.baseAfterAnd(k+1))) {
				// a conjunction, a subject, another event; not "and"
				// before a noun phrase, which joins two ("the presidency
				// of the European Union and the Group of Eight")
				hard = true
			}
		}
		if k < i-tenseNear {
			// far back, only a future cue of the same clause counts: will,
			// would, expected to, scheduled to (not "next to"); a past verb
			// ends the search; a comma or a dash alone does not end the
			// clause ("will fancy their chances in Group G, opening their
			// World Cup against Togo on June 13"), a conjunction, a
			// subject or another event does
			if hard {
				break
			}
			c := p.cue(k)
			if c&cueModal == 0 && !(c&cuePlan != 0 && p.is(k+1, "to") && !p.is(k, "next")) {
				if c&(cueReport|cuePastAux|cuePastAdv) != 0 ||
					((p.cls(k)&cPast != 0 || p.edWord(k)) && !p.isAny(k-1, "be", "is", "are", "been") && !p.attributive(k)) {
					break
				}
				continue
			}
		}
		if t.kind == tkPunct && t.c == ',' {
			comma = true
		}
		if t.kind == tkPunct && t.c == '\'' && p.is(k+1, "ll") {
			return 1
		}
		if t.kind != tkWord {
			continue
		}
		if p.hyphen(k-1) || p.hyphen(k+1) {
			continue // smaller-than-expected, long-planned: part of a compound, no verb
		}
		w, c := p.word(k), p.cue(k)
		if w == "be" && !clause && p.is(k-1, "to") && k >= 2 && (p.t[k-2].kind == tkPunct || p.noun(k-2) && !p.edWord(k-2)) {
			return 1 // the poll, to be published Friday; a meeting to be held in May
		}
		if c&cueReport != 0 && p.isAny(k-1, "be", "is", "are") {
			continue // would be announced on Friday
		}
		switch {
		case c&(cueModal|cueNeed|cuePlan) != 0:
			if c&(cueModal|cueNeed) != 0 && p.modalPerfect(k) {
				return -1 // would have left on Monday, must have known in March
			}
			if (w == "could" || w == "can") && (p.is(k+1, "not") || p.negatedSubject(k)) {
				continue // could not be reached Wednesday, neither he nor she could be located: the past of "can"; cannot tell
			}
			if (w == "plan" || w == "plans" || w == "going") && !p.is(k+1, "to") {
				continue // a plan of action, going up 7 points: no plan to
			}
			if p.isAny(k-1, "than", "as") && !p.is(k+1, "to") {
				continue // grew more than expected in the July-September period: a comparison, no plan
			}
			if w == "due" && p.is(k+1, "to") && p.causeAfter(k+2) {
				continue // pulled out due to injuries on Monday: "because of"
			}
			if (w == "expire" || w == "expires") && p.is(k-1, "to") {
				continue // due to expire: the tense is on "due"
			}
			if (w == "sees" || w == "see") && (k < i-1 || p.punct(j, '\'')) {
				continue // sees fourth-quarter sales falling; not "sees Friday's vote as", "sees the data from March"
			}
			aux := k - 1
			if aux > 0 && p.lyAdverb(aux) {
				aux-- // had been initially scheduled
			}
			if p.is(aux, "last") && p.isAny(aux-1, "been", "was", "were", "had") {
				return -1 // the dialogue was last scheduled for July 25: a plan of the past
			}
			if p.isAny(aux, "been", "was", "were", "had") && w != "planning" && w != "going" {
				if p.isAny(aux, "was", "were") && (w == "expected" || w == "scheduled" || w == "due" && p.is(k+1, "to")) {
					return 1 // results were expected Monday: still ahead
				}
				return -1 // had been due to expire Friday
			}
			if w == "set" && !p.is(k+1, "to") && !p.is(k+1, "for") {
				continue
			}
			if w == "by" || w == "before" {
				continue
			}
			if a := p.cueAfter(j); w == "until" && a != 0 {
				return a
			}
			return 1
		case c&(cueReport|cuePastAux|cuePastAdv) != 0:
			if w == "last" && p.fn(k-1) == fDet {
				continue // the last quarter-final, its last rival: the final one, no past
			}
			if p.isAny(k, "was", "were") && p.is(k+1, "to") && !p.is(k+2, "have") {
				return 1 // who was to return to Washington Monday: the future of the past, still ahead
			}
			if c&cuePastAux != 0 && p.hypothetical(k) {
				return 1 // could be cut if Kiev did not agree by January 1
			}
			return -1
		case c&cueTo != 0:
			if p.is(k+1, "to") {
				return 1 // is to resume trading Tuesday
			}
		case w == "ahead":
			// not across a comma: "ahead of the poll, on Tuesday reached"
			if p.is(k+1, "of") && !comma {
				return 1 // ahead of the election in December
			}
		case w == "soon" || w == "early":
			if p.is(k-1, "as") && p.is(k+1, "as") {
				return 1 // as soon as Tuesday
			}
		default:
			if t.e-t.s <= 6 && !t.capt && sameFormPast(p.text[t.s:t.e]) && p.singularSubject(k) {
				return -1 // Prodi, who narrowly beat Berlusconi in April's election: the present would be "beats"
			}
			if p.text[t.s:t.e] == "provided" && (p.is(k+1, "that") || p.fn(k+1) == fPron) {
				continue // provided that they beat Tottenham on Sunday: a conjunction, no past
			}
			if p.edWord(k) && p.isAny(k-1, "and", "or") {
				continue // presented and played: the second participle shares the auxiliary of the first
			}
			aux := k - 1
			if aux > 0 && p.lyAdverb(aux) {
				aux-- // will be officially presented
			}
			if (p.cls(k)&cPast != 0 || p.edWord(k)) && !p.isAny(aux, "be", "is", "are") && !p.attributive(k) {
				if p.hypothetical(k) {
					return 1 // would resort to Plan B if Khartoum refused to change by Jan. 1
				}
				return -1 // told, began, closed; not "will be held", "are held", "a still unspecified date"
			}
		}
	}
	if a := p.cueAfter(j); a != 0 {
		return a
	}
	return p.tenseAfter(j)
}

// hypothetical reports whether the past verb at token k is that of a
// condition ("if" or "unless" at most three tokens before it) that a
// modal of the main clause before it governs: "supplies could be cut if
// Kiev did not agree to the terms by January 1", "would resort to Plan B
// if Khartoum refused to change by Jan. 1". Such a past tells what may
// yet happen.
func (p *parser) hypothetical(k int) bool {
	c := -1
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if p.isAny(x, "if", "unless") {
			c = x
			break
		}
		if p.t[x].kind == tkPunct {
			return false
		}
	}
	if c < 0 {
		return false
	}
	for x := c - 1; x >= 0 && x >= c-tenseNear; x-- {
		if p.clauseStop(x) {
			return false
		}
		if p.isAny(x, "would", "could", "might", "will") && !p.modalPerfect(x) {
			return true
		}
	}
	return false
}

// sameFormPast reports whether w is a verb whose past is its base form:
// after a singular subject the form is the past (Prodi beat Berlusconi;
// the present would be "beats"). tense asks it of every word it reads, so
// it is a switch, not a map.
func sameFormPast(w string) bool {
	switch w {
	case "beat", "hit", "cut", "put", "let", "quit", "shut", "hurt", "spread", "split":
		return true
	}
	return false
}

// singularSubject reports whether the verb at token k follows a name (a
// capitalised word that opens no sentence), or "who" or "which" after a
// name and a comma, with at most an -ly adverb between: "Prodi, who
// narrowly beat". A team's name may take a plural verb in British news
// ("Arsenal beat Chelsea on Sunday"), but "beat" there is the past too.
func (p *parser) singularSubject(k int) bool {
	s := k - 1
	if s > 0 && p.lyAdverb(s) {
		s--
	}
	if p.isAny(s, "who", "which") {
		s--
		if s >= 0 && p.punct(s, ',') {
			s--
		}
	}
	return s > 0 && p.t[s].kind == tkWord && p.t[s].capt && !p.sentenceEnd(s-1) && p.fn(s) == 0
}

// causeAfter reports whether token k, after "due to", opens a noun phrase
// (due to the threat, due to injuries, due to its shutdown, due to "enemy
// action"): "due to"
// then means "because of", no schedule. A verb after "to" (due to arrive,
// due to discuss) keeps the schedule.
func (p *parser) causeAfter(k int) bool {
	if k >= len(p.t) {
		return false
	}
	t := &p.t[k]
	if t.kind == tkPunct && (t.c == '"' || t.c == '`') {
		return true // due to "enemy action": a quoted noun
	}
	if t.kind == tkNum || t.kind == tkWord && t.capt || p.fn(k) == fDet {
		return true
	}
	if t.kind != tkWord {
		return false
	}
	w := p.text[t.s:t.e]
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// baseAfterAnd reports whether token k, after "and" or "or", is the base
// form of a verb that shares the modal of the first ("would also interview
// Blair and meet with leaders on Tuesday").
func (p *parser) baseAfterAnd(k int) bool {
	t := &p.t[k]
	return t.kind == tkWord && !t.capt && baseVerbs[p.text[t.s:t.e]]
}

// negatedSubject reports whether a word that negates the subject (neither,
// nor, nobody, no one) stands among the six tokens before the verb at k,
// in its sentence: "Neither he nor his parents could be located".
func (p *parser) negatedSubject(k int) bool {
	for x := k - 1; x >= 0 && x >= k-6; x-- {
		if p.t[x].kind == tkPunct && p.sentenceEnd(x) {
			return false
		}
		if p.isAny(x, "neither", "nor", "nobody") || p.is(x, "no") && p.is(x+1, "one") {
			return true
		}
	}
	return false
}

// openParen returns the index of the "(" that the ")" at token k closes
// when it stands at most eight tokens back on the same sentence, else -1.
func (p *parser) openParen(k int) int {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := &p.t[j]
		if t.kind != tkPunct {
			continue
		}
		switch {
		case t.c == '(':
			return j
		case t.c == ')' || t.c == ';' || p.sentenceEnd(j):
			return -1
		}
	}
	return -1
}

// modalPerfect reports whether the modal at token k takes the perfect
// (would have, must not have): a past, not a future. "will have" and
// "shall have" are the future perfect (will have left by Monday).
func (p *parser) modalPerfect(k int) bool {
	if p.isAny(k, "will", "shall") {
		return false
	}
	if p.is(k+1, "not") {
		k++
	}
	// not "would have to rush back", "can have a meeting at the end of
	// January": "have" the verb, before "to" or an object
	return p.is(k+1, "have") && !p.is(k+2, "to") && p.fn(k+2) != fDet
}

// cueAfter reads the tense cue among the three tokens from j: will or
// shall (+1), said, was, were or had (-1); 0 when there is none.
func (p *parser) cueAfter(j int) int {
	for k := j; k < len(p.t) && k < j+3; k++ {
		if c := p.cue(k); c&cueNear != 0 {
			if c&cueModal != 0 {
				return 1
			}
			if p.isAny(k, "was", "were") && (p.isAny(k+1, "expected", "scheduled") || p.isAny(k+1, "due", "to") && !p.is(k+2, "have")) {
				return 1 // on Saturday was scheduled to meet his counterpart: still ahead
			}
			return -1
		}
	}
	return 0
}

// edWord reports whether token k is a lower-case word in -ed longer than
// three letters: a past tense or participle (closed, announced).
func (p *parser) edWord(k int) bool {
	t := &p.t[k]
	return t.kind == tkWord && !t.capt && t.e-t.s > 3 && strings.HasSuffix(p.text[t.s:t.e], "ed") && !edNonVerbs[p.text[t.s:t.e]]
}

// edNonVerbs are lower-case words in -ed that are no verb form: nouns,
// adjectives and verbs whose stem ends so (bloodshed, need, indeed,
// hundred, proceed).
var edNonVerbs = map[string]bool{
	"bloodshed": true, "watershed": true, "need": true, "speed": true, "seed": true, "feed": true, "indeed": true,
	"creed": true, "deed": true, "greed": true, "breed": true, "weed": true, "proceed": true, "succeed": true,
	"exceed": true, "embed": true, "hundred": true, "kindred": true, "sacred": true, "naked": true, "wicked": true,
	"hatred": true, "ragged": true, "rugged": true, "steed": true, "tweed": true,
}

// attributive reports whether word k stands where an adjective does, after
// a determiner and at most one adverb (the expected results, a still
// unspecified date): a participle there describes a noun, it is no verb.
// "that" is left out: it also opens a relative clause (the elite that
// boycotted the vote). A determiner that may stand alone (this, all,
// some) counts only when a noun follows the participle: else it is the
// subject and the participle its verb (this happened in July).
func (p *parser) attributive(k int) bool {
	det := func(i int) bool {
		if p.is(i, "s") && p.punct(i-1, '\'') && p.noun(k+1) {
			return true // Japan's closely watched Tankan survey: a possessive
		}
		if p.fn(i) != fDet || p.is(i, "that") {
			return false
		}
		return !p.isAny(i, "this", "these", "those", "some", "any", "all", "both", "each", "either", "neither", "another") || p.noun(k+1)
	}
	if det(k - 1) {
		return true
	}
	if p.isAny(k-1, "most", "more") && p.noun(k+1) {
		return true // the most industrialised nations: a degree, an adjective
	}
	return k >= 2 && (p.fn(k-1) == fAdv || p.lyAdverb(k-1)) && det(k-2)
}

// lyAdverb reports whether token k is a lower-case adverb in -ly (initially,
// originally, tentatively), which may stand between an auxiliary and its verb.
func (p *parser) lyAdverb(k int) bool {
	t := &p.t[k]
	return t.kind == tkWord && !t.capt && t.e-t.s > 4 && strings.HasSuffix(p.text[t.s:t.e], "ly")
}

// tenseAfter reads the clause after an expression that has no cue before
// it ("On Tuesday, the league plans to hold a news conference"): the first
// verb cue up to the end of the clause or a quote decides. Words in -ed do
// not count here (Beginning July 1, unleaded petrol will ...), nor do
// reporting verbs (... in July, an official said).
func (p *parser) tenseAfter(j int) int {
	comma := false
	for k := j; k < len(p.t) && k < j+tenseReach; k++ {
		t := &p.t[k]
		if t.kind == tkPunct && (p.sentenceEnd(k) || t.c == ';' || t.c == '"' || t.c == '`') {
			return 0
		}
		if t.kind == tkPunct && t.c == ',' {
			comma = true
		}
		if t.kind != tkWord {
			continue
		}
		if p.cls(k-1)&cUnit != 0 {
			// an apposition that measures the distance: "on Nov. 6, eight
			// months from now", "Oct. 3, two weeks away", "June 1, a year ago"
			switch {
			case p.is(k, "from") && p.is(k+1, "now"), p.isAny(k, "away", "hence"):
				return 1
			case p.is(k, "ago"):
				return -1
			}
		}
		switch c := p.cue(k); {
		case c&cueClause != 0:
			if !(p.is(k, "and") && k+1 < len(p.t) && p.t[k+1].capt) {
				return 0 // another clause, not a name (Abortion and Reproductive Rights League)
			}
		case c&cueModal != 0:
			if p.modalPerfect(k) {
				return -1
			}
			return 1
		case c&cueTo != 0:
			if p.is(k+1, "to") && !(p.is(k, "due") && p.causeAfter(k+2)) {
				return 1
			}
		case c&cueReport != 0:
			if comma {
				return 0 // "... in July, an official said": the report, not the event
			}
			return -1
		case c&cuePastAux != 0:
			return -1
		default:
			if p.cls(k)&cPast != 0 && !p.isAny(k-1, "be", "is", "are") {
				return -1
			}
		}
		// a verb in -ed after its subject; not an adjective after a
		// comma or a determiner (Beginning July 1, unleaded petrol ...)
		if p.edWord(k) && k > 0 && p.t[k-1].kind == tkWord &&
			!p.isAny(k-1, "be", "is", "are", "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "more", "most", "very") {
			return -1
		}
	}
	return 0
}

// sentenceEnd reports whether punctuation token k ends a sentence: not the
// period of an abbreviation (Oct.) or of a decimal (1.5).
func (p *parser) sentenceEnd(k int) bool {
	t := &p.t[k]
	switch t.c {
	case '?', '!':
		return true
	case '.':
		if k > 0 && p.lx(k-1) != nil && p.lx(k-1).abbr {
			return false
		}
		if p.adj(k) && p.adj(k+1) && p.t[k-1].kind == tkNum && p.t[k+1].kind == tkNum {
			return false
		}
		return true
	}
	return false
}

// tenseNear is how many tokens before an expression tense reads freely;
// beyond it, up to tenseFar, it reads on only while the clause goes on
// (no comma, conjunction or pronoun): "Collins will be named commander of
// the Space Shuttle Columbia for a mission in December".
const (
	tenseNear = 12
	tenseFar  = 24
)

// tenseReach is how many tokens after an expression tenseAfter reads.
const tenseReach = 12

// headNear reports whether a head word or a number stands within the five
// tokens after i: only then can an opening word like "the" start a match.
func (p *parser) headNear(i int) bool {
	for k := i + 1; k < len(p.t) && k <= i+5; k++ {
		t := &p.t[k]
		if t.kind == tkNum || (t.lid != 0 && lexTable[t.lid].cls&headClasses != 0) {
			return true
		}
	}
	return false
}

// best runs every rule that may start at token i and returns the longest
// match (the earliest rule on ties).
func (p *parser) best(i int) (match, bool) { return p.bestOf(ruleSet, i) }

// bestOf is best among the given rules; none matches past the last token
// (a rule built around another may ask there).
func (p *parser) bestOf(rules []newsRule, i int) (match, bool) {
	if i < 0 || i >= len(p.t) {
		return match{}, false
	}
	t := &p.t[i]
	var c wordClass
	if t.lex() != nil {
		c = t.lex().cls
	}
	isNum := t.kind == tkNum || (t.kind == tkPunct && t.c == '\'')
	var bestM match
	found := false
	for k := range rules {
		r := &rules[k]
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
		cue := t.kind == tkNum || (t.kind == tkPunct && t.c == '\'')
		if !cue && t.lid != 0 {
			c := lexTable[t.lid].cls
			cue = c&headClasses != 0 || (c&cStart != 0 && p.headNear(i))
		}
		if cue {
			if m, ok := p.best(i); ok {
				m = p.openBound(m)
				m = p.weekdayApposition(m)
				if p.awardYear(m) {
					i = m.end // player of the year: a title, not a time
					continue
				}
				if p.quotedTitle(m) {
					i = m.end // films such as "New Year's Day": a title
					continue
				}
				if b, ok := p.pairedDayBefore(m, out); ok {
					out = append(out, p.emit(b)) // 12 and 13 May: the 12
				}
				out = append(out, p.emit(m))
				p.note(m)
				i = m.end
				if a, ok := p.pairedYearAfter(m); ok {
					out = append(out, p.emit(a)) // 1995-97: the 97
					i = a.end
					continue
				}
				if a, ok := p.pairedDayAfter(m); ok {
					if a.end > a.start+1 && a.v.y != m.v.y {
						m.v.y = a.v.y // August 6 and 9, 1945: the year is both days'
						out[len(out)-1] = p.emit(m)
					}
					out = append(out, p.emit(a)) // April 24 and 25: the 25
					i = a.end
				}
				continue
			}
		}
		i++
	}
	return out
}

// isQuote reports whether token k is a quotation mark (straight, back or
// the first byte of a curly one).
func (p *parser) isQuote(k int) bool {
	if k < 0 || k >= len(p.t) || p.t[k].kind != tkPunct {
		return false
	}
	c := p.t[k].c
	return c == '"' || c == '\'' || c == '`' || c == 0xe2
}

// quotedTitle reports whether the expression m opens a quotation of two or
// more words, all capitalised, that closes within a few words: the title
// of a film or a story ("New Year's Day," "June's Big Topic"), not a
// quoted sentence ("Today's data certainly reinforce ...").
func (p *parser) quotedTitle(m match) bool {
	if !p.isQuote(m.start-1) || !p.adj(m.start) || p.t[m.start].kind == tkNum {
		return false // the "1916 Rising": a year names its time even in a name
	}
	words := 0
	for k := m.start; k < len(p.t) && k < m.start+10; k++ {
		t := &p.t[k]
		switch {
		case t.kind == tkPunct && p.isQuote(k) && p.is(k+1, "s") && p.adj(k+1):
			k++ // the possessive 's
		case p.isQuote(k):
			return words >= 2 && k >= m.end
		case t.kind == tkPunct && (t.c == ',' || t.c == '.' || t.c == '!' || t.c == '?'):
			if !p.isQuote(k + 1) {
				return false
			}
		case t.kind == tkPunct:
			return false
		case t.kind == tkNum:
			words++
		default:
			if !t.capt {
				return false
			}
			words++
		}
	}
	return false
}

// openBound widens a date to the open bound after it: "1994 or later",
// "1990 and beyond" (mod ON_OR_AFTER), "March 1 or earlier" (ON_OR_BEFORE),
// or to "or so" (the next year or so: APPROX).
// The phrase must end there (before punctuation or a conjunction): not
// "1994 or later this year", "and later years".
func (p *parser) openBound(m match) match {
	if m.typ != timeline.TypeDate || m.mod != "" || m.val != "" || m.end+2 > len(p.t) {
		return m
	}
	j := m.end
	mod := ""
	if p.is(j, "or") && p.is(j+1, "so") {
		m.end, m.mod = j+2, "APPROX" // the next year or so
		return m
	}
	switch {
	case p.is(j, "or") && p.isAny(j+1, "later", "after"), p.is(j, "and") && p.isAny(j+1, "beyond", "later", "after"):
		mod = "ON_OR_AFTER"
	case p.is(j, "or") && p.isAny(j+1, "earlier", "before"), p.is(j, "and") && p.isAny(j+1, "earlier", "before"):
		mod = "ON_OR_BEFORE"
	default:
		return m
	}
	if e := j + 2; e < len(p.t) && p.t[e].kind != tkPunct && p.fn(e) != fConj {
		return m
	}
	m.end, m.mod = j+2, mod
	return m
}

// weekdayApposition widens a weekday another rule read with a prefix
// ("this coming Sunday", "next Tuesday") to the calendar day after a comma
// that falls on it: "this coming Sunday, March eighth" is one expression,
// the day the date names.
func (p *parser) weekdayApposition(m match) match {
	if m.typ != timeline.TypeDate || m.val != "" || m.v.g != timeline.GrainDay || m.end-m.start < 2 ||
		!p.capWord(m.end-1, cWeekday) || !p.punct(m.end, ',') {
		return m
	}
	n, ok := p.bestOf(ruleSet, m.end+1)
	if !ok || n.start != m.end+1 || !n.plainDay() || n.v.y == 0 {
		return m
	}
	if time.Date(n.v.y, time.Month(n.v.m), n.v.d, 0, 0, 0, 0, time.UTC).Weekday() != time.Weekday(p.lx(m.end-1).val%7) {
		return m
	}
	m.end, m.v = n.end, n.v
	return m
}

// awardYear reports whether m is "the year" of an award's title: player of
// the year, coach of the year, the best film of the year.
func (p *parser) awardYear(m match) bool {
	return m.end-m.start == 2 && p.is(m.start, "the") && p.is(m.start+1, "year") && p.is(m.start-1, "of") &&
		p.isAny(m.start-2, "player", "players", "coach", "footballer", "athlete", "manager", "rookie", "film", "album",
			"song", "record", "book", "person", "team", "sportsman", "sportswoman", "businessman", "entrepreneur", "word", "goal")
}

// plainDay reports whether m is a calendar day with its month and no clock
// time or part of day: a date whose day number a paired one can share.
func (m match) plainDay() bool {
	return m.val == "" && m.v.g == timeline.GrainDay && m.v.m != 0 && m.v.d != 0 && !m.v.clock && m.v.part == ""
}

// pairedDayAfter reads the bare day number a day date shares its month
// with: "April 24 and 25", "Nov. 16 to 18", "Dec. 2 or 3", "March 16-17".
// The number must be a later day and end the phrase (not "April 24 and 25
// people").
func (p *parser) pairedDayAfter(m match) (match, bool) {
	if !m.plainDay() {
		return match{}, false
	}
	j := m.end
	if p.t[j-1].kind != tkNum || !(p.isAny(j, "and", "or", "to", "through") || p.hyphen(j)) || !p.dayAfterLink(j+1, m.v.d) {
		return match{}, false // the date must end in its day: not "Thursday to 17,707"
	}
	e := j + 2
	if !(e >= len(p.t) || p.t[e].kind == tkPunct || p.isAny(e, "in", "at", "to", "for", "when", "and", "respectively")) || p.punct(e, '-') || p.punct(e, '/') {
		return match{}, false
	}
	v := m.v
	v.d = int(p.t[j+1].num)
	if p.punct(e, ',') {
		if y, ye, ok := p.year(e + 1); ok && p.t[e+1].kind == tkNum {
			v.y, e = y, ye // August 6 and 9, 1945
			return match{start: j + 1, end: e, typ: m.typ, v: v}, true
		}
	}
	return match{start: j + 1, end: j + 2, typ: m.typ, v: v}, true
}

// pairedYearAfter reads the two-digit year that ends a span of years
// written with its century once: the 97 of "1995-97" or "1995/97", the
// 04 of "2002-04" (1997, 2004), the first year after the four-digit one
// that ends in those digits. The two digits must end the number: not
// "1995-96m".
func (p *parser) pairedYearAfter(m match) (match, bool) {
	if m.typ != timeline.TypeDate || m.val != "" || m.v.g != timeline.GrainYear || m.v.y == 0 {
		return match{}, false
	}
	j := m.end
	last := &p.t[j-1]
	if last.kind != tkNum || last.nd != 4 || !(p.hyphen(j) || p.punct(j, '/') && p.adj(j) && p.adj(j+1)) {
		return match{}, false
	}
	if j+1 >= len(p.t) || p.t[j+1].kind != tkNum || p.t[j+1].nd != 2 {
		return match{}, false
	}
	if e := j + 2; p.adj(e) && e < len(p.t) && (p.t[e].kind != tkPunct || p.adj(e+1) && e+1 < len(p.t) && p.t[e+1].kind == tkNum) {
		return match{}, false // 1995-96m, 1995-96.5
	}
	y := m.v.y - m.v.y%100 + int(p.t[j+1].num)
	if y <= m.v.y {
		y += 100 // 1999-00
	}
	return match{start: j + 1, end: j + 2, typ: timeline.TypeDate, v: tv{g: timeline.GrainYear, y: y}, explicit: true}, true
}

// pairedDayBefore reads the bare day number before a day date written day
// first: the 12 of "12 and 13 May", the 16 of "16-17 March". out holds the
// expressions found so far; the number must not be part of one of them.
func (p *parser) pairedDayBefore(m match, out []timeline.Timex) (match, bool) {
	if !m.plainDay() {
		return match{}, false
	}
	j := m.start - 1
	if p.t[m.start].kind != tkNum || !(p.isAny(j, "and", "or", "to") || p.hyphen(j)) || j < 1 {
		return match{}, false
	}
	k := j - 1
	t := &p.t[k]
	if t.kind != tkNum || t.nd > 2 || t.num < 1 || int(t.num) >= m.v.d || (k > 0 && (p.adj(k) || p.t[k-1].kind == tkNum)) {
		return match{}, false
	}
	if n := len(out); n > 0 && out[n-1].End > int(t.s) {
		return match{}, false
	}
	v := m.v
	v.d = int(t.num)
	return match{start: k, end: k + 1, typ: m.typ, v: v}, true
}

// dayAfterLink reports whether token k is a bare day number later than day d.
func (p *parser) dayAfterLink(k, d int) bool {
	if k >= len(p.t) {
		return false
	}
	t := &p.t[k]
	if p.adj(k+1) && (p.t[k+1].kind == tkWord || (p.t[k+1].kind == tkPunct && p.adj(k+2) && k+2 < len(p.t) && p.t[k+2].kind == tkNum)) {
		return false // 25th, 17,707.61
	}
	return t.kind == tkNum && t.nd <= 2 && int(t.num) > d && t.num <= 31
}

// emit turns a match into a Timex.
func (p *parser) emit(m match) timeline.Timex {
	s, e := int(p.t[m.start].s), int(p.t[m.end-1].e)
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
	s, e := int(p.t[m.start].s), int(p.t[m.end-1].e)
	return &rules.Match{Left: s, Right: e, Text: p.text[s:e], Order: order, Captures: []string{m.typ, p.emit(m).Value, m.mod}}
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
