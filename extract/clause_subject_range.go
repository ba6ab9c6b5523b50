// Subject finding: where the subject of a verb group stands. subjectRange
// reads back from the group to the clause start, past adverbs, brackets and
// phrases set off by commas, and follows a relative pronoun to its
// antecedent, a coordinated verb to the verb before, and a participle that
// opens the sentence to the subject after its comma.

package extract

import (
	"strings"
	"unicode"
)

// subjectRange returns the token range of group g's subject.
func (c *clause) subjectRange(g group, gs []group, depth int) (int, int) {
	if !g.finite && g.from > c.d0 && c.toks[g.from-1].timex {
		return 0, 0 // "the quarter ended Sept. 30": the participle tells of the date
	}
	content := false
	end := g.from
	j := g.from - 1
	for ; j >= c.d0; j-- {
		tk := c.toks[j]
		if tk.text == ")" && !content && g.finite {
			if k := c.bracketOpen(j); k > c.d0 {
				// "the Press Trust of India (PTI) reported": the
				// subject stands before the brackets.
				j, end = k, k
				continue
			}
		}
		if tk.text == "--" && !content && (!g.finite && c.tags[g.main] == vtPart ||
			g.finite && g.from == g.main && isPastForm(c.toks[g.main].lower) && c.dashOpen(j) < 0) {
			continue // "meetings here -- scheduled Friday and Saturday --": a participle after a dash
		}
		if tk.text == "--" && !content && g.finite {
			if k := c.dashOpen(j); k > c.d0 {
				// "the Stock Exchange of Thailand -- where foreign
				// investors account for 40 percent -- regained": the
				// subject stands before the dashes.
				j, end = k, k
				continue
			}
		}
		if !c.inDomain(j) || isBarrier(tk) {
			break
		}
		if tk.text == "," && !tk.timex {
			if content {
				break
			}
			// "Jobs, born in San Francisco, has built", "Rep. Dan Burton,
			// R-Ind., said", "The rights, which expire Nov. 21, can be
			// exercised": the subject stands before the phrases set off
			// by commas right before the verb.
			for k := c.openingComma(j); k >= 0 && g.finite; k = c.openingComma(j) {
				j, end = k, k
			}
			continue
		}
		if !tk.word || tk.timex {
			continue
		}
		if subordinators[tk.lower] {
			if !content && relativePronouns[tk.lower] {
				return c.antecedent(j)
			}
			break
		}
		if c.tags[j] != vtNone {
			if gi := groupAt(gs, j); gi >= 0 && gs[gi].finite {
				if !content && depth < 3 {
					return c.subjectRange(gs[gi], gs, depth+1)
				}
				if h := gs[gi]; h.from == h.main && h.from > c.d0 && strings.HasSuffix(c.toks[h.main].lower, "ed") && h.to < g.from &&
					phraseOpener(c.toks[h.to]) && pluralNoun(c.toks[h.from-1].lower) && c.tags[h.from-1] == vtNone && g.finite && g.from < g.main &&
					c.relativeRunsTo(h, g.from) {
					// "Two Italians kidnapped in Gaza by gunmen were
					// released": a past participle with its phrase after a
					// plural noun modifies it; the subject goes on before.
					j = h.from
					continue
				}
				if r := c.reducedRelative(gs[gi]); r > c.d0 && c.toks[r-1].word && c.tags[r-1] == vtNone &&
					!c.toks[r-1].capitalised() && !determiners[c.toks[r-1].lower] && !subjectPronouns[c.toks[r-1].lower] && g.finite && g.from < g.main {
					// "An Islamic teacher believed to have recruited
					// suicide bombers was convicted": "believed to",
					// "suspected of" after a noun modify it.
					j = r
					continue
				}
				if r := c.relativeBefore(gs[gi].from); r >= 0 && g.finite && g.from < g.main && c.relativeRunsTo(gs[gi], g.from) {
					// "A Saudi man who is the spiritual leader of Arab
					// fighters in Chechnya has been killed", "a policeman
					// who faces disciplinary action ..., has taken": the
					// relative clause stands inside the subject, whose
					// head is its antecedent.
					return c.antecedent(r)
				}
				break
			}
		}
		if c.adverb(j) {
			continue
		}
		if conjunctions[tk.lower] {
			if !content {
				// "Apple was started by Jobs in 1976, and launched the
				// iTunes Music Store": a verb coordinated with one before
				// shares its subject.
				if p := c.finiteBefore(gs, j); p >= 0 && depth < 3 {
					return c.subjectRange(gs[p], gs, depth+1)
				}
				continue
			}
		}
		if prepositions[tk.lower] && !content {
			continue
		}
		content = true
	}
	if !content {
		lw := c.toks[g.main].lower
		part := !g.finite && c.tags[g.main] == vtPart ||
			g.finite && g.from == c.d0 && g.main == g.from && c.toks[g.from].capitalised() && isPastForm(lw) // "Founded in 1989,": no subject before it
		if j < c.d0 && part && !fronting[lw] {
			return c.frontedSubject(g, gs)
		}
		return 0, 0
	}
	return j + 1, end
}

// reducedRelatives are the past participles that, with "to" or "of"
// after them, modify the noun before them ("a man believed to be", "a
// teacher suspected of").
var reducedRelatives = setOf("believed", "thought", "suspected", "alleged", "accused", "reported", "said", "known", "expected", "feared")

// reducedRelative returns the index of the participle of reducedRelatives
// that opens group h with "to" or "of" after it ("suspected of"), or that
// stands before h's "to" ("believed to have recruited"), or -1.
func (c *clause) reducedRelative(h group) int {
	f := h.from
	if reducedRelatives[c.toks[f].lower] && f+1 < len(c.toks) && (c.toks[f+1].lower == "to" || c.toks[f+1].lower == "of") {
		return f
	}
	if f-2 >= c.d0 && c.toks[f-1].lower == "to" && reducedRelatives[c.toks[f-2].lower] {
		return f - 2
	}
	return -1
}

// adverb reports whether token i is an adverb that stands aside of a
// clause: a verb adverb, a lower-case -ly word or a capitalised one before
// a comma ("Unfortunately,").
func (c *clause) adverb(i int) bool {
	tk := c.toks[i]
	if verbAdverbs[tk.lower] {
		return true
	}
	if !strings.HasSuffix(tk.lower, "ly") || lyNouns[tk.lower] {
		return false
	}
	return !tk.capitalised() || i+1 < len(c.toks) && c.toks[i+1].text == ","
}

// bracketOpen returns the "(" that opens the brackets closed at j, when
// they hold one to four words and nothing else but a hyphen or a
// period ("(PTI)", "(AMV)"), or -1.
func (c *clause) bracketOpen(j int) int {
	for k := j - 1; k >= c.d0 && k >= j-5; k-- {
		tk := c.toks[k]
		switch {
		case tk.text == "(":
			if k < j-1 {
				return k
			}
			return -1
		case tk.word && !tk.timex, tk.text == "-", tk.text == ".":
		default:
			return -1
		}
	}
	return -1
}

// frontedSubject returns the token range of the subject of the clause
// after a past participle phrase that opens the sentence ("Founded in
// 1989, APEC is a major regional forum": APEC was founded): the words
// after the phrase's comma up to the next comma or finite verb, or an
// empty range.
func (c *clause) frontedSubject(g group, gs []group) (int, int) {
	k := g.to
	for ; k < c.d1; k++ {
		tk := c.toks[k]
		if isBarrier(tk) || c.tags[k] != vtNone && groupAt(gs, k) >= 0 && gs[groupAt(gs, k)].finite {
			return 0, 0
		}
		if tk.text == "," && !tk.timex {
			break
		}
	}
	from := k + 1
	for e := from; e < c.d1; e++ {
		tk := c.toks[e]
		if isBarrier(tk) || tk.text == "," && !tk.timex || subordinators[tk.lower] {
			return 0, 0
		}
		if gi := groupAt(gs, e); gi >= 0 && gs[gi].finite {
			if e == from || subjectPronouns[c.toks[from].lower] && e == from+1 {
				return 0, 0 // no subject, or a pronoun: "Founded in 1989, it is"
			}
			return from, e
		}
	}
	return 0, 0
}

// openingComma returns the comma that opens the phrase the comma at j
// closes, when a word stands before it and the phrase holds a word: the
// comma before j with no barrier between (commas inside a date, as in
// "February 24, 1955", do not count); -1 when there is none. A phrase
// opening with a preposition ("Two officials, including Attorney General
// Jeff Sessions, rebuked") names who the subject is and is kept.
func (c *clause) openingComma(j int) int {
	words, bracket := false, false
	for i := j - 1; i > c.d0; i-- {
		tk := c.toks[i]
		if tk.text == ")" {
			if k := c.bracketBack(i); k > c.d0 {
				// "which accounts for two-thirds of the US gross domestic
				// product (GDP)": brackets inside a relative clause.
				i, words, bracket = k, true, true
				continue
			}
		}
		if isBarrier(tk) || !c.inDomain(i) {
			return -1
		}
		if tk.text == "," && !tk.timex {
			if words && (c.toks[i-1].word || closingQuote(c.toks[i-1].text)) && c.parenthetical(i) &&
				(!bracket || i+1 < len(c.toks) && (c.toks[i+1].lower == "which" || c.toks[i+1].lower == "who" || c.toks[i+1].lower == "whose")) {
				return i
			}
			return -1
		}
		words = words || tk.word
	}
	return -1
}

// dashOpen returns the "--" that opens the phrase the "--" at j closes,
// when a word stands before it and no other barrier between, or -1.
func (c *clause) dashOpen(j int) int {
	for k := j - 1; k > c.d0; k-- {
		tk := c.toks[k]
		if tk.text == "--" {
			if c.toks[k-1].word {
				return k
			}
			return -1
		}
		if isBarrier(tk) || !c.inDomain(k) {
			return -1
		}
	}
	return -1
}

// bracketBack returns the "(" that opens the brackets closed at j when
// they hold at most eight tokens and no barrier or comma, or -1.
func (c *clause) bracketBack(j int) int {
	if n := j + 1; n < len(c.toks) && (c.toks[n].text == "-" || c.toks[n].text == "--" || c.toks[n].text == "—" || c.toks[n].text == "–") {
		return -1 // a dateline's "(Xinhua) --"
	}
	for k := j - 1; k > c.d0 && k >= j-9; k-- {
		tk := c.toks[k]
		if tk.text == "(" {
			return k
		}
		if isBarrier(tk) || tk.text == "," || !c.inDomain(k) {
			return -1
		}
	}
	return -1
}

// parenthetical reports whether the phrase after the comma at i is set
// off from a subject before it by how it starts: a participle ("born in
// San Francisco", "facing troops"), a relative pronoun ("which expire Nov.
// 21"), a determiner ("a monarchist himself", "the parent of"), a number
// ("54", "98.6%-owned"), "of" and a name ("of Lewisburg"), a title
// ("chairman"), a name after a name ("Burton, R-Ind.", "Phoenix,
// Ariz.") or a short reporting clause ("he said"). A phrase with another start may be the subject itself ("At the
// same time, production costs, compared with a year ago, were boosted";
// "J.C. Matlock, chairman, said"), and one opening with another
// preposition names who the subject is ("Two officials, including
// Attorney General Jeff Sessions, rebuked").
func (c *clause) parenthetical(i int) bool {
	f := i + 1
	for f+1 < len(c.toks) && c.toks[f].word && (c.toks[f].lower == "also" || c.toks[f].lower == "himself" || c.toks[f].lower == "herself") {
		f++ // "Rafik Hariri, also a prominent anti-Syrian figure,"
	}
	if f >= len(c.toks) || !c.toks[f].word {
		return false
	}
	tk := c.toks[f]
	switch {
	case c.tags[f] == vtPart || c.tags[f] == vtIng:
		return true
	case tk.lower == "who" || tk.lower == "which" || tk.lower == "whose" || tk.lower == "whom":
		return true
	case tk.lower == "of":
		return f+1 < len(c.toks) && c.toks[f+1].capitalised()
	case determiners[tk.lower] && !subordinators[tk.lower] || startsDigit(tk.lower):
		return true
	case tk.capitalised() && !subjectPronouns[tk.lower]:
		return c.toks[i-1].capitalised() && !c.toks[i-1].timex && !sentenceAdverbs[c.toks[i-1].lower] && !isTitleWord(tk.text) || isTitleWord(tk.text) && !c.toks[i-1].capitalised()
	}
	if isTitleWord(tk.text) {
		return true
	}
	// "This switch, he said, would happen": a reporting clause.
	n, last := 0, ""
	for j := f; j < len(c.toks) && c.toks[j].text != ","; j++ {
		if c.toks[j].word {
			n, last = n+1, c.toks[j].lower
		}
	}
	return n <= 4 && speechVerbs[last]
}

// finiteBefore returns the index of the last finite verb group of gs
// ending before token j in the domain with no barrier between, or -1.
func (c *clause) finiteBefore(gs []group, j int) int {
	for gi := len(gs) - 1; gi >= 0; gi-- {
		g := gs[gi]
		if g.to > j {
			continue
		}
		for i := g.to; i < j; i++ {
			if isBarrier(c.toks[i]) || !c.inDomain(i) {
				return -1
			}
		}
		if g.finite && c.inDomain(g.main) {
			return gi
		}
	}
	return -1
}

// relativeBefore returns the index of "who" or "which" right before
// token i (adverbs aside), which opens the relative clause of the verb
// group at i, or -1.
func (c *clause) relativeBefore(i int) int {
	j := i - 1
	for j >= c.d0 && c.toks[j].word && c.adverb(j) {
		j--
	}
	if j > c.d0 && (c.toks[j].lower == "who" || c.toks[j].lower == "which") {
		return j
	}
	// "a pilot whose F-16 fighter went down ... was listed": "whose"
	// and its noun open the relative clause.
	for k, n := j, 0; k > c.d0 && n < 4 && c.toks[k].word && c.tags[k] == vtNone; k, n = k-1, n+1 {
		if c.toks[k].lower == "whose" {
			return k
		}
	}
	return -1
}

// relativeRunsTo reports whether the relative clause of group rg may run
// on up to token e, where a verb group with an auxiliary takes its
// antecedent as subject: no subordinator, time conjunction ("since the
// crisis began"), pronoun subject ("recommend he remain") nor other verb
// stands between, and rg's verb takes no clause ("which said Kate was
// invited").
func (c *clause) relativeRunsTo(rg group, e int) bool {
	lw := c.toks[rg.main].lower
	if takesClauseWord(lw) {
		return false
	}
	for i := rg.to; i < e; i++ {
		tk := c.toks[i]
		if tk.word && !tk.timex && (subordinators[tk.lower] || timeConjunctions[tk.lower] || subjectPronouns[tk.lower] || c.tags[i] != vtNone && c.tags[i] != vtIng) {
			return false
		}
	}
	return true
}

// antecedent returns the noun phrase before the relative pronoun at j.
func (c *clause) antecedent(j int) (int, int) {
	e := j
	for e-1 >= c.d0 && (c.toks[e-1].text == "," || c.toks[e-1].text == "(" || closingQuote(c.toks[e-1].text)) {
		e-- // "the iPhone, which", "the iPhone (which", "the \"Golden Team,\" which"
	}
	if e-1 > c.d0 && c.toks[e-1].text == ")" {
		if k := c.bracketOpen(e - 1); k > c.d0 && c.toks[k-1].capitalised() {
			e = k // "the Moro National Liberation Front (MNLF), which"
		}
	}
	s := c.npStart(e)
	if s < e && c.toks[j].lower == "who" && s-1 > c.d0 && c.toks[s-1].lower == "of" && c.thingPhrase(s, e) {
		// "one of the greatest footballers of all time who led", "the
		// minister of health, who": no person after "of"; the phrase
		// before it is who.
		if p := c.npStart(s - 1); p < s-1 {
			if p-3 > c.d0 && c.toks[p-1].lower == "of" && c.toks[p-2].lower == "one" && c.toks[p-3].text == "," && c.toks[p-4].capitalised() {
				// "Ferenc Puskas, one of the greatest footballers of
				// all time who led": the name the phrase stands beside.
				return c.npStart(p - 3), p - 3
			}
			return p, e
		}
	}
	if s < e && c.toks[j].lower == "who" && s-1 > c.d0 && c.allNames(s, e) &&
		(c.toks[s-1].lower == "from" || c.toks[s-1].lower == "in" || c.toks[s-1].lower == "of" && orgWords[c.toks[e-1].lower]) {
		// "three young men from Central Java and West Java who", "13
		// leaders of the People's Democracy Party (Hadep) who": the
		// people, not the places or organisations (but "congratulations from Foreign
		// Minister Ikeda, who": the minister).
		person := false
		for _, a := range c.d.ctx.actors(c.k, s, e) {
			person = person || a.person
		}
		for i := s; i < e; i++ {
			person = person || personTitles[c.toks[i].lower]
		}
		if p := c.npStart(s - 1); !person && p < s-1 && !c.toks[s-2].capitalised() && c.toks[s-2].word {
			return p, e
		}
	}
	if s < e && e == j && c.toks[j].lower == "which" && s-1 > c.d0 && c.allNames(s, e) &&
		(c.toks[s-1].lower == "in" || c.toks[s-1].lower == "at" || c.toks[s-1].lower == "to" || c.toks[s-1].lower == "from") {
		// "the Alpine Ski Competition in China which opened": a
		// relative clause with no comma restricts no place's name; it
		// tells of the phrase the place stands after.
		if p := c.npStart(s - 1); p < s-1 && c.toks[s-2].word {
			return p, s - 1
		}
	}
	if s < e && s-2 > c.d0 && c.toks[s-1].lower == "of" && c.allNames(s, e) && c.toks[s-2].capitalised() && !articles[c.toks[s].lower] {
		// "The Bank of New York, which", "the Republic of Cyprus,
		// which": a name with "of" inside it is one antecedent.
		if p := c.npStart(s - 1); p < s-1 && c.allNames(p, s-1) {
			return p, e
		}
	}
	return s, e
}

// thingPhrase reports whether the noun phrase toks[s:e] names no person:
// lower-case words ending in a singular noun that is no person's title
// ("all time", "health").
func (c *clause) thingPhrase(s, e int) bool {
	for i := s; i < e; i++ {
		if tk := c.toks[i]; !tk.word || tk.capitalised() || tk.timex {
			return false
		}
	}
	last := c.toks[e-1].lower
	return !strings.HasSuffix(last, "s") && !personTitles[last] && !personNouns[last]
}

// personNouns are singular nouns for people that a relative "who"
// after "of" may stand for ("a descendant of the boy king who").
var personNouns = setOf("man", "woman", "boy", "girl", "child", "person", "leader", "king", "queen",
	"family", "couple", "team", "group", "public", "crew", "victim", "player", "candidate", "official")

// npStart returns where the noun phrase that ends before token e starts:
// back to a preposition, subordinator, verb or punctuation, or to its
// determiner.
func (c *clause) npStart(e int) int {
	s := e
	for s-1 >= c.d0 {
		tk := c.toks[s-1]
		if !tk.word || prepositions[tk.lower] || subordinators[tk.lower] || c.tags[s-1] != vtNone {
			break
		}
		s--
		if determiners[tk.lower] && !(s-1 >= c.d0 && (c.toks[s-1].lower == "and" || c.toks[s-1].lower == "or")) {
			break // the noun phrase starts at its determiner ("five Iraqis and a Libyan who")
		}
	}
	return s
}

// allNames reports whether the words of toks[s:e] are capitalised, hold a
// capital ("pro-Kurdish"), or are "and" or an article: "Central Java and
// West Java", "the pro-Kurdish People's Democracy Party".
func (c *clause) allNames(s, e int) bool {
	for i := s; i < e; i++ {
		if tk := c.toks[i]; tk.word && !tk.capitalised() && tk.lower != "and" && !articles[tk.lower] && strings.IndexFunc(tk.text, unicode.IsUpper) < 0 {
			return false
		}
	}
	return true
}

// groupAt returns the index of the group holding token j, or -1.
func groupAt(gs []group, j int) int {
	for gi, g := range gs {
		if j >= g.from && j < g.to {
			return gi
		}
	}
	return -1
}
