// The clause reader: read finds, for one temporal expression, the verb
// group it modifies (pick), the noun it modifies instead (readNominal) and
// the verb's object (readObject), and hands on to the subject
// (clause_subject.go, clause_subject_range.go), actor (clause_actors.go) and
// title (clause_title.go) readers.

package extract

import (
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// clause is the reading of the clause one temporal expression modifies.
type clause struct {
	d     *doc
	k     int // sentence index
	toks  []token
	tags  []vtag
	quote bool // the expression stands in a quotation

	d0, d1 int // the domain searched: the quotation, or the sentence
	t0, t1 int // tokens of the expression [t0, t1)

	g      *group
	verb   string
	subj   []actor
	subjNP []string // the subject as written when it names no actor
	// subjMods are names in the subject that modify its head ("FBI" in
	// "FBI director Louie Freeh"): actors, but not the subject.
	subjMods []actor
	pronoun  string // an unresolved pronoun subject
	obj      [2]int // object tokens [from, to)
	nominal  [2]int // head noun tokens when the expression modifies a noun
	owner    string // the owner of a nominal event ("Trump" in "his January order")
	ownerAs  string // the owner's possessive as written ("Trump's")
	// dateOwner: the expression owns the nominal event ("Wednesday's
	// close"), which a title names with it.
	dateOwner bool
	actors    []actor
}

// read finds the clause, its verb, subject, object and actors.
func (c *clause) read(t timeline.Timex) {
	toks := c.toks
	c.t0, c.t1 = len(toks), len(toks)
	for i, tk := range toks {
		if tk.end() > t.Start && tk.start < t.End {
			if c.t0 == len(toks) {
				c.t0 = i
			}
			c.t1 = i + 1
		} else if tk.start >= t.End && c.t0 == len(toks) {
			c.t0, c.t1 = i, i
			break
		}
	}
	c.d0, c.d1 = 0, len(toks)
	if c.quote {
		for _, q := range c.d.quotes {
			if q.Start <= t.Start && t.End <= q.End {
				c.d0, c.d1 = len(toks), 0
				for i, tk := range toks {
					if tk.start >= q.Start && tk.end() <= q.End {
						c.d0, c.d1 = min(c.d0, i), max(c.d1, i+1)
					}
				}
				break
			}
		}
		if c.d0 >= c.d1 {
			c.d0, c.d1 = 0, len(toks)
		}
	}
	gs := groups(toks, c.tags)
	c.g = c.pick(gs)
	c.readNominal()
	if c.g != nil {
		c.verb = toks[c.g.main].text
		c.readSubject(gs)
		c.readObject()
	}
	c.collectActors()
}

// inDomain reports whether token i belongs to the searched domain.
func (c *clause) inDomain(i int) bool {
	return i >= c.d0 && i < c.d1 && c.toks[i].quote == c.quote
}

// pick chooses the verb group the expression modifies: the nearest finite
// verb to its left within the clause (which a comma or a subordinator
// ends), else the first finite verb to its right ("On March 16,
// Cantil-Sakauye sent"), else a non-finite one.
func (c *clause) pick(gs []group) *group {
	byMain := map[int]int{}
	for gi, g := range gs {
		for i := g.from; i < g.to; i++ {
			byMain[i] = gi
		}
	}
	leftNF, phrase := -1, -1
	j := c.t0 - 1
	for ; j >= c.d0; j-- {
		tk := c.toks[j]
		if !c.inDomain(j) || isBarrier(tk) || tk.text == "," || tk.word && !tk.timex && subordinators[tk.lower] {
			break // "Holder said when asked Thursday": the clause ends
		}
		if gi, ok := byMain[j]; ok {
			if gs[gi].finite {
				return &gs[gi]
			}
			if leftNF < 0 && c.t0-j <= 4 {
				leftNF = gi
			}
			phrase = gi
			j = gs[gi].from
		}
	}
	// A participle phrase opened by a comma or the sentence ("Jobs, born
	// in San Francisco on February 24, 1955, has built"): the expression
	// dates the participle, however far it stands, not the verb after.
	if phrase >= 0 && gs[phrase].from == j+1 && (j < c.d0 || c.toks[j].text == ",") && c.tags[gs[phrase].from] == vtPart {
		return &gs[phrase]
	}
	rightNF, comma := -1, false
	for j := c.t1; j < c.d1; j++ {
		tk := c.toks[j]
		if tk.text == ";" || tk.text == ":" || tk.quote != c.quote {
			break
		}
		comma = comma || tk.text == ","
		if gi, ok := byMain[j]; ok && !tk.timex {
			if gs[gi].finite {
				if leftNF >= 0 {
					return &gs[leftNF]
				}
				if comma && c.reportedPhrase(gs, phrase) && c.speech(gs[gi]) {
					// "hoping to land there on May 18, Tsang said": the
					// date is what was said's; the speaker is its source.
					return &gs[phrase]
				}
				return &gs[gi]
			}
			if rightNF < 0 {
				rightNF = gi
			}
		}
	}
	switch {
	case leftNF >= 0:
		return &gs[leftNF]
	case rightNF >= 0:
		return &gs[rightNF]
	}
	// Anything finite in the domain, nearest first.
	best, bestDist := -1, 1<<30
	for gi, g := range gs {
		if !g.finite || !c.inDomain(g.main) {
			continue
		}
		dist := abs(g.main - c.t0)
		if dist < bestDist {
			best, bestDist = gi, dist
		}
	}
	if best >= 0 && c.reportedPhrase(gs, phrase) && gs[best].main > c.t1 && c.speech(gs[best]) {
		// "hoping to land there on May 18 "and camp there," Tsang said".
		return &gs[phrase]
	}
	if best >= 0 {
		return &gs[best]
	}
	return nil
}

// reportedPhrase reports whether the non-finite group gs[p] before the
// expression tells an event of the reported clause: not an -ing form
// right after a comma ("..., killing 160 people on Aug. 16, media said":
// an adjunct of the clause's verb) unless an infinitive follows it that
// the expression dates ("hoping to land there on May 18").
func (c *clause) reportedPhrase(gs []group, p int) bool {
	if p < 0 {
		return false
	}
	g := gs[p]
	if g.from == 0 || c.toks[g.from-1].text != "," || c.tags[g.main] != vtIng {
		return true
	}
	for i := g.to; i+1 < c.t0; i++ {
		if c.toks[i].lower == "to" && c.toks[i+1].word {
			return true
		}
	}
	return false
}

// speech reports whether g is a finite speech verb ("said", "told") that
// ends its sentence, a date and adverbs aside: "..., Tsang said.", not
// "..., Hu said he reached".
func (c *clause) speech(g group) bool {
	lw := c.toks[g.main].lower
	if !g.finite || !saysWord(lw) {
		return false
	}
	for i := g.to; i < c.d1; i++ {
		if tk := c.toks[i]; tk.word && !tk.timex && !prepositions[tk.lower] && !c.adverb(i) {
			return false
		}
	}
	return true
}

// readNominal notices an expression that modifies a noun ("a March 16
// letter", "his January executive order") and keeps the noun as the event.
func (c *clause) readNominal() {
	p, n := c.t0-1, c.t1
	if n >= c.d1 || c.t0 >= c.t1 {
		return
	}
	// "since Wednesday's close": a date in the possessive owns the noun
	// after it, unless that noun is the subject of a verb after it
	// ("Monday's email announcement marked the third time").
	possessive := possessiveNoun(c.toks[c.t1-1])
	if p < c.d0 && !possessive {
		return
	}
	var pt token
	if p >= c.d0 {
		pt = c.toks[p]
	}
	owner := ""
	switch {
	case possessive:
	case determiners[pt.lower] && !subordinators[pt.lower]:
		if pt.lower == "his" || pt.lower == "her" || pt.lower == "their" || pt.lower == "its" {
			owner = "pronoun"
		}
	case pt.word && timeline.StripPossessive(pt.lower) != pt.lower:
		owner = timeline.StripPossessive(pt.display())
		c.ownerAs = possessiveAs(owner, pt)
	default:
		return
	}
	if possessive && c.g != nil && c.g.from > c.t0 {
		// "Monday's email announcement marked the third time", "In
		// Sunday's debate, Spitzer attacked him": the verb after tells
		// the event.
		return
	}
	h := n
	for h < c.d1 && (h-n < 3 || possessive && h-n < 5) {
		tk := c.toks[h]
		if !tk.word || tk.capitalised() && !possessive || c.tags[h] != vtNone || prepositions[tk.lower] ||
			subordinators[tk.lower] || determiners[tk.lower] || conjunctions[tk.lower] {
			break
		}
		h++
	}
	if h == n || h == n+1 && timeNouns[c.toks[n].lower] {
		return // "in the July-to-September period": a time, no event; the verb tells it
	}
	c.nominal = [2]int{n, h}
	c.owner = owner
	c.dateOwner = possessive
}

// readObject finds the words after the verb group up to the end of its
// clause.
func (c *clause) readObject() {
	g := c.g

	reporting := reportingVerbs[timeline.Lemma(c.verb)] || reportingVerbs[strings.ToLower(c.verb)]
	// "Beijing warned Tuesday that all countries ...": a verb that takes
	// a clause keeps it after its date, as a reporting verb does.
	takesClause := reporting || clauseVerbs[timeline.Lemma(c.verb)] || speechVerbs[strings.ToLower(c.verb)]
	relative := c.relativeClause() && !reporting && !clauseVerbs[timeline.Lemma(c.verb)]
	e := g.to
	for e < c.d1 {
		tk := c.toks[e]
		if !c.inDomain(e) || isBarrier(tk) || tk.text == "," || tk.text == "." {
			break
		}
		if tk.word && (subordinators[tk.lower] || tk.lower == "but") && !(takesClause && tk.lower == "that" && c.onlyTimexHere(g.to, e)) {
			break
		}
		if tk.word && timeConjunctions[tk.lower] {
			relative = false // "after Tehran suspended": a clause of its own
		}
		if c.tags[g.main] == vtPart && !g.finite && (c.tags[e] == vtAux || c.tags[e] == vtModal || c.tags[e] == vtFinite) ||
			relative && e > g.to && (c.tags[e] == vtAux || c.tags[e] == vtModal) && c.afterNoun(e) {
			// "An iOS update released Thursday | came with", "pilot
			// whose F-16 went down in Iraq last week | was listed": the
			// main clause's verb.
			break
		}
		if tk.word && (tk.lower == "and" || tk.lower == "or") && c.coordinatesVerb(e) {
			break // "fought cancer in 2004 | and took six months off in early 2009"
		}
		e++
	}
	c.obj = [2]int{g.to, e}
}

// clauseVerbs are the lemmas of verbs, besides the reporting verbs, whose
// object may be a clause ("hinted the Serbs might not recognise").
var clauseVerbs = setOf("hint", "think", "believe", "expect", "warn", "suggest", "know", "fear",
	"hope", "announce", "show", "indicate", "reveal", "confirm", "deny", "predict", "estimate",
	"feel", "find", "agree", "admit", "decide", "ensure", "learn", "mean", "realize", "see", "rule")

// relativeClause reports whether the chosen group opens a relative
// clause: "who", "which" or "that" right before it (adverbs and dates
// aside), or "whose" opening its subject.
func (c *clause) relativeClause() bool {
	j := c.g.from - 1
	for j >= c.d0 && c.toks[j].word && (c.toks[j].timex || c.adverb(j)) {
		j--
	}
	if j >= c.d0 && relativePronouns[c.toks[j].lower] && c.toks[j].lower != "that" || j >= c.d0 && c.toks[j].lower == "that" && j > c.d0 && c.tags[j-1] == vtNone && !reportingVerbs[timeline.Lemma(c.toks[j-1].lower)] {
		return true
	}
	for ; j >= c.d0 && j >= c.g.from-6; j-- {
		if !c.toks[j].word || c.tags[j] != vtNone {
			return false
		}
		if c.toks[j].lower == "whose" {
			return true
		}
	}
	return false
}

// afterNoun reports whether token e follows a noun, a name or a date (a
// word that is no function word, pronoun or verb): "went down in Iraq |
// was listed", not "said it | was", "the way that | was".
func (c *clause) afterNoun(e int) bool {
	p := e - 1
	for p >= c.d0 && c.toks[p].word && c.adverb(p) {
		p--
	}
	if p < c.d0 || !c.toks[p].word {
		return false
	}
	tk := c.toks[p]
	return c.tags[p] == vtNone && !subordinators[tk.lower] && !subjectPronouns[tk.lower] && !conjunctions[tk.lower] &&
		!prepositions[tk.lower] && !determiners[tk.lower]
}

// coordinatesVerb reports whether the conjunction at e joins another
// finite verb, with or without a pronoun subject of its own, dated by an
// expression of its own: "fought cancer in 2004 and took six months off in
// early 2009", "and increased by 16 percent in 2006".
func (c *clause) coordinatesVerb(e int) bool {
	n := e + 1
	for n < c.d1 && c.toks[n].word && (c.toks[n].timex || c.adverb(n)) {
		n++
	}
	if n < c.d1 && subjectPronouns[c.toks[n].lower] && !relativePronouns[c.toks[n].lower] {
		n++
	}
	if n >= c.d1 {
		return false
	}
	if t := c.tags[n]; t != vtAux && t != vtModal && t != vtFinite {
		return false
	}
	// Only a conjunct with a date of its own tells another event: "We met
	// them on Monday and agreed" is one.
	for i := n; i < c.d1; i++ {
		tk := c.toks[i]
		if isBarrier(tk) || tk.text == "," || tk.text == "." {
			return false
		}
		if tk.timex {
			return true
		}
	}
	return false
}

// onlyTimexHere is onlyTimex that also lets the dateline's "here" stand
// there ("said here on Tuesday that").
func (c *clause) onlyTimexHere(from, to int) bool {
	for i := from; i < to; i++ {
		if c.toks[i].lower != "here" && !c.onlyTimex(i, i+1) {
			return false
		}
	}
	return true
}

// onlyTimex reports whether toks[from:to] hold no word but a temporal
// expression and its preposition.
func (c *clause) onlyTimex(from, to int) bool {
	for i := from; i < to; i++ {
		if tk := c.toks[i]; tk.word && !tk.timex && !prepositions[tk.lower] && tk.lower != "earlier" && tk.lower != "later" {
			return false
		}
	}
	return true
}

// abs returns the distance of x from zero (a token distance).
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// timeNouns are nouns that name a stretch of time, not an event: a date
// that modifies one ("the January-September period") dates the clause's
// verb.
var timeNouns = setOf("period", "quarter", "half", "span", "stretch", "timeframe")
