// Title building: the extractive title of a clause (subject, verb group and
// object, or the noun a temporal expression modifies), its words without the
// date, and the cut to maxTitleWords at a phrase boundary.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// title builds the extractive title: subject + verb group + object, or the
// noun an expression modifies, at most 12 words, without the date itself.
func (c *clause) title() string {
	var w []string
	if c.nominal[1] > 0 {
		if c.owner == "pronoun" && len(c.subj) > 0 {
			w = append(w, possessiveOf(c.subj[0].name))
		} else if c.owner != "" && c.owner != "pronoun" {
			w = append(w, c.ownerAs)
		} else if c.dateOwner {
			for i := c.t0; i < c.t1; i++ {
				if c.toks[i].word {
					w = append(w, c.toks[i].display())
				}
			}
		}
		w = append(w, c.words(c.nominal[0], c.nominal[1])...)
		e := c.nominal[1]
		if e < c.d1 && prepositions[c.toks[e].lower] {
			f := e + 1
			for f < c.d1 && f-e <= 6 && c.toks[f].word && !subordinators[c.toks[f].lower] && c.tags[f] == vtNone {
				f++
			}
			w = append(w, c.words(e, f)...)
		}
		t := finishTitle(w)
		if t != "" && !strings.Contains(t, " ") && c.bareNominal() {
			// "the 1967 war" is "1967 war", not a bare "War".
			var d []string
			for i := c.t0; i < c.t1; i++ {
				if c.toks[i].word {
					d = append(d, c.toks[i].display())
				}
			}
			if !c.toks[c.nominal[1]-1].capitalised() {
				t = strings.ToLower(t[:1]) + t[1:]
			}
			return finishTitle(append(d, t))
		}
		return t
	}
	if c.g == nil {
		// No verb: the words of the sentence (or quotation) cut at a
		// phrase boundary ("Spanish league results", "Result from FIFA
		// Club World Cup football tournament"), which read, not a list
		// of its names. Words that are all capitalised are a name
		// ("Earlier this week, Attorney General Sessions", a fragment):
		// its actors tell it, as they tell the event it merges with.
		if w := c.words(c.d0, c.d1); hasLower(w) {
			return finishTitle(w)
		}
		return finishTitle(c.actorNames())
	}
	if lw := c.toks[c.g.main].lower; c.inverted() && c.toks[c.g.from-1].text == "," && lw != "told" && lw != "tells" && lw != "asked" && c.subjectToComma() {
		// "Flights were postponed because of fog in the area Saturday
		// night, said the Federal Aviation Administration": the
		// speaker after the verb, not the words before its comma.
		return c.invertedTitle()
	}
	switch {
	case len(c.subj) > 0 && len(c.subjNP) == 0:
		w = append(w, joinNames(namesOf(c.subj)))
	case c.pronoun != "":
		w = append(w, c.pronoun)
	default:
		w = append(w, c.subjNP...)
	}
	if len(w) == 0 && c.inverted() {
		return c.invertedTitle()
	}
	if len(w) == 0 && (c.tags[c.g.from] == vtAux || c.tags[c.g.from] == vtModal) {
		// No subject found for a tensed auxiliary ("..., which is expected
		// in late May"): a title starting with it reads as nothing; the
		// clause's domain read from its start up to the object's end
		// reads. (A bare past form with no subject is most often a
		// participle: ", compared with $3 million", and stays.)
		return finishTitle(c.words(c.d0, max(c.obj[1], c.g.to)))
	}
	if r, verb := c.reported(); len(r) > 0 && len(w) > 0 && !strings.HasPrefix(strings.Join(r, " "), strings.Join(w, " ")) {
		// "Exports of black pearls rose 46 percent, officials said
		// Friday": what was said, not "Officials said", when the cut
		// keeps its verb and it does not start with the speaker.
		sw := w[:len(w):len(w)]
		for i := c.g.from; i < c.g.to; i++ {
			if tk := c.toks[i]; tk.word && !tk.timex && c.tags[i] != vtNone {
				sw = append(sw, tk.lower) // "said", "was announced"
			}
		}
		n := len(strings.Fields(strings.Join(sw, " ")))
		t := finishTitle(append(sw, r...))
		for _, f := range strings.Fields(t)[min(n, len(strings.Fields(t))):] {
			if f == verb {
				return t
			}
		}
	}
	if f := c.g.from; f > c.d0 && c.toks[f-1].lower == "to" && (c.tags[f] == vtBase || c.tags[f] == vtAuxNF) && len(w) > 0 {
		w = append(w, "to") // "Mac OS X Lion, to be released in mid-2011"
	}
	for i := c.g.from; i < c.g.to; i++ {
		tk := c.toks[i]
		if tk.word && !tk.timex && !(strings.HasSuffix(tk.lower, "ly") && c.tags[i] == vtNone) && tk.lower != "also" {
			if i == 0 && len(w) > 0 && !tk.allCaps() {
				w = append(w, tk.lower) // "Born in 1927 in Budapest, Puskas": "Puskas born in Budapest"
				continue
			}
			w = append(w, tk.display())
		}
	}
	w = append(w, c.words(c.obj[0], c.obj[1])...)
	return finishTitle(w)
}

// bareNominal reports whether the nominal event is one word right after
// its date ("the 1975 coup", "the March surplus"), which alone tells
// little.
func (c *clause) bareNominal() bool {
	n := 0
	for i := c.nominal[0]; i < c.nominal[1]; i++ {
		if c.toks[i].word {
			n++
		}
	}
	return n == 1 && c.t1 == c.nominal[0] && c.t0 < c.t1
}

// hasLower reports whether one of the words w starts with a lower-case
// letter or a digit: words that tell something, not only a name.
func hasLower(w []string) bool {
	for _, x := range w {
		if r, _ := utf8.DecodeRuneInString(x); unicode.IsLower(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// reported returns the title words of the clause a speech verb at the
// end of its sentence reports ("Exports of French Polynesian black pearls
// rose 46 percent in 1996, officials said Friday": "exports of French
// Polynesian black pearls rose 46 percent"), or nil: the verb has no
// object but its date, and its subject follows a comma that ends the
// reported clause, whose first finite verb outside a relative or
// subordinate clause heads it.
func (c *clause) reported() (words []string, verb string) {
	g := c.g
	if lw := c.toks[g.main].lower; !g.finite || !takesClauseWord(lw) && timeline.Lemma(lw) != "report" {
		return nil, "" // "said", "reported", "confirmed", "announced"
	}
	for i := c.obj[0]; i < c.obj[1]; i++ {
		if tk := c.toks[i]; tk.word && !tk.timex && !prepositions[tk.lower] && !dateModifiers[tk.lower] && tk.lower != "here" && !c.adverb(i) {
			return nil, ""
		}
	}
	gs := groups(c.toks, c.tags)
	from, _ := c.subjectRange(*g, gs, 0)
	if from <= c.d0+1 || c.toks[from-1].text != "," {
		return nil, ""
	}
	end := from - 1
	for gi := range gs {
		rg := gs[gi]
		if rg.from >= end {
			break
		}
		if !rg.finite || rg.from <= c.d0 || !c.inDomain(rg.main) || c.opensSubordinate(rg.from) {
			continue
		}
		r := clause{d: c.d, k: c.k, toks: c.toks, tags: c.tags, quote: c.quote, d0: c.d0, d1: end, t0: end, t1: end, g: &gs[gi]}
		if r.relativeClause() {
			continue
		}
		r.verb = r.toks[rg.main].text
		r.readSubject(gs)
		r.readObject()
		if len(r.subj) == 0 && len(r.subjNP) == 0 && r.pronoun == "" {
			return nil, ""
		}
		w := strings.Fields(r.title())
		if len(w) == 0 || w[len(w)-1] == r.toks[rg.main].display() && r.tags[rg.main] == vtAux {
			// "Germany is": the clause's words stop at a quotation.
			return nil, ""
		}
		// The reported clause's first word keeps its capital only when
		// it is a name written so ("Russia", "Durian"): "exports of",
		// "investors are racing", not "Exports of".
		lower := true
		for j := c.d0; j < end; j++ {
			if tk := c.toks[j]; tk.word && strings.EqualFold(tk.display(), w[0]) {
				lower = !tk.allCaps() && w[0] != "I" && (!tk.capitalised() || j == c.d0 && c.commonWord(tk.lower))
				break
			}
		}
		if lower {
			w[0] = strings.ToLower(w[0][:1]) + w[0][1:]
		}
		return w, r.toks[rg.main].display()
	}
	return nil, ""
}

// commonWord reports whether lw, the capitalised first word of a
// sentence, is a common word, which a title writes in lower case: a
// function word or number word, or a word the article writes in lower
// case elsewhere ("Police", "Thousands"); "Russia", "Japanese" and
// "Dexia" keep their capital.
func (c *clause) commonWord(lw string) bool {
	if determiners[lw] || numberWords[lw] || subjectPronouns[lw] || prepositions[lw] || conjunctions[lw] {
		return true
	}
	for _, toks := range c.d.toks {
		for _, tk := range toks {
			if tk.lower == lw && tk.word && !tk.capitalised() {
				return true
			}
		}
	}
	return false
}

// opensSubordinate reports whether the verb group at i opens, with its
// subject, a subordinate clause: a subordinator or a time conjunction
// stands before it in its clause ("when the power is on").
func (c *clause) opensSubordinate(i int) bool {
	for j := i - 1; j >= c.d0; j-- {
		tk := c.toks[j]
		if !tk.word || c.tags[j] != vtNone {
			return false
		}
		if subordinators[tk.lower] || timeConjunctions[tk.lower] {
			return true
		}
	}
	return false
}

// subjectToComma reports whether the subject found for the verb runs up
// to the comma right before it, so that it is the end of the reported
// clause ("fog in the area Saturday night, said the FAA"), not a subject
// with a phrase set off by commas ("Nkandu, chairman of the agency,
// told a meeting").
func (c *clause) subjectToComma() bool {
	gs := groups(c.toks, c.tags)
	from, to := c.subjectRange(*c.g, gs, 0)
	return from < to && to == c.g.from
}

// invertedTitle is the title of a clause whose speaker follows its
// speech verb ("..., said on Tuesday Mike Cox"): the speaker and the verb.
func (c *clause) invertedTitle() string {
	e := c.speakerStart()
	for e < c.obj[1] && !(prepositions[c.toks[e].lower] && c.toks[e].lower != "of" && !c.toks[e].timex &&
		!(e+1 < c.obj[1] && c.toks[e+1].capitalised())) &&
		c.toks[e].lower != "here" && c.toks[e].lower != "there" {
		e++ // the speaker ends before "in a statement", "here"
	}
	return finishTitle(append(c.words(c.speakerStart(), e), c.toks[c.g.main].lower))
}

// inverted reports whether the chosen verb is a speech verb after a comma
// or quotation mark whose speaker follows it ("...," said Shi Yongxin,
// abbot): a name or a noun phrase with a determiner, with no verb, up to
// the end of the object.
func (c *clause) inverted() bool {
	g := c.g
	if !g.finite || g.from != g.main || g.from <= c.d0 || c.toks[g.from-1].word || !speechVerbs[c.toks[g.main].lower] {
		return false
	}
	first := true
	for i := c.speakerStart(); i < c.obj[1]; i++ {
		tk := c.toks[i]
		if !tk.word || tk.timex {
			continue
		}
		if c.tags[i] != vtNone || subordinators[tk.lower] || subjectPronouns[tk.lower] {
			return false
		}
		if first && !tk.capitalised() && !determiners[tk.lower] && !possessiveNoun(tk) {
			return false
		}
		first = false
	}
	return !first
}

// speakerStart returns the first token of the object past a date and
// its preposition ("said on Tuesday Mike Cox").
func (c *clause) speakerStart() int {
	i := c.obj[0]
	for i < c.obj[1] && (c.toks[i].timex || prepositions[c.toks[i].lower] && i+1 < c.obj[1] && c.toks[i+1].timex) {
		i++
	}
	return i
}

// possessiveOf writes the possessive of a name: "Trump’s", "the States’".
func possessiveOf(name string) string {
	if strings.HasSuffix(name, "s") || strings.HasSuffix(name, "S") {
		return name + "’"
	}
	return name + "’s"
}

// possessiveAs writes the possessive of name with the apostrophe the
// possessive word t was written with ("Brazil's", "Beatles'"), or as
// possessiveOf does when t carries none.
func possessiveAs(name string, t token) string {
	w := t.display()
	for _, suf := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			return name + suf
		}
	}
	return possessiveOf(name)
}

// words returns the words of toks[from:to] for a title: no punctuation, no
// temporal expression, and no preposition left standing before one.
func (c *clause) words(from, to int) []string {
	var w []string
	for i := from; i < to && i < len(c.toks); i++ {
		tk := c.toks[i]
		if isCurrency(tk.text) && !tk.timex && i+1 < to && i+1 < len(c.toks) && c.toks[i+1].word && !c.toks[i+1].timex &&
			startsDigit(c.toks[i+1].lower) {
			// "$ 5.41", "US$ 49": the sign goes with its amount.
			w = append(w, tk.display()+c.toks[i+1].text)
			i++
			continue
		}
		if tk.text == "%" && len(w) > 0 && i > from && c.toks[i-1].word && startsDigit(c.toks[i-1].text) {
			w[len(w)-1] += "%" // "up 82 %"
			continue
		}
		if !tk.word || tk.timex {
			continue
		}
		if (prepositions[tk.lower] || dateModifiers[tk.lower]) && i+1 < len(c.toks) && c.toks[i+1].timex &&
			!(particles[tk.lower] && tk.lower != "over" && i > 0 && c.tags[i-1] != vtNone) {
			continue // "in", "late", "early" before a date go with it; not "edged up (Monday)"
		}
		if i+2 < len(c.toks) && c.toks[i+2].timex && (dateModifiers[tk.lower] && prepositions[c.toks[i+1].lower] ||
			prepositions[tk.lower] && !particles[tk.lower] && dateModifiers[c.toks[i+1].lower]) {
			continue // "late on Friday", "on early Saturday"
		}
		if prepositions[tk.lower] && i+2 < len(c.toks) && articles[c.toks[i+1].lower] && c.toks[i+2].timex {
			j := i + 2
			for j < len(c.toks) && (c.toks[j].timex || (c.toks[j].text == "-" || c.toks[j].text == "/") && j+1 < len(c.toks) && c.toks[j+1].timex) {
				j++
			}
			if j >= len(c.toks) || !c.toks[j].word || timeNouns[c.toks[j].lower] {
				continue // "in (the July-to-September period)", not "in the March 16 letter"
			}
		}
		if timeNouns[tk.lower] && i > 0 && c.toks[i-1].timex && !(i+1 < len(c.toks) && c.toks[i+1].lower == "of") {
			continue // "in the July-to-September period" goes with its date
		}
		if tk.lower == "here" && !c.quote {
			continue // the dateline's place, which a timeline merging articles does not have
		}
		if tk.lower == "as" && i+3 < len(c.toks) && dateModifiers[c.toks[i+1].lower] && c.toks[i+2].lower == "as" && c.toks[i+3].timex {
			i += 2
			continue // "as early as Tuesday"
		}
		if (i == c.obj[0] || c.onlyTimexHere(c.obj[0], i)) && tk.lower == "that" {
			continue
		}
		if (tk.lower == "the" || tk.lower == "a" || tk.lower == "an") && !(i > from && (c.toks[i-1].capitalised() || c.toks[i-1].lower == "of") && i+1 < to && c.toks[i+1].capitalised()) {
			continue
		}
		w = append(w, tk.display())
	}
	return w
}

// joinNames writes "A", "A and B", "A, B and C".
func joinNames(n []string) string {
	switch len(n) {
	case 0:
		return ""
	case 1:
		return n[0]
	}
	return strings.Join(n[:len(n)-1], ", ") + " and " + n[len(n)-1]
}

// maxTitleWords is the most words a title keeps.
const maxTitleWords = 12

// finishTitle cuts w to at most maxTitleWords words at a phrase boundary
// (see titleCut), drops dangling function words at the end (and, when it
// cut, a dangling auxiliary) and capitalises the first letter, unless the
// first word is a name like iPhone.
func finishTitle(w []string) string {
	s := strings.Join(w, " ")
	f := strings.Fields(s)
	all := f
	cut := len(f) > maxTitleWords
	if cut {
		f = f[:titleCut(f, maxTitleWords)]
	}
	for len(f) > 1 {
		lw := strings.ToLower(f[len(f)-1])
		// (determiners hold "that", "which" and "his", "her", "its", "their")
		if prepositions[lw] && !particle(f, all) || determiners[lw] || conjunctions[lw] || lw == "who" {
			f = f[:len(f)-1]
			continue
		}
		// A title cut short does not end on an auxiliary ("... agents
		// will"). (A final -ing word may be a noun: grant funding.)
		if cut && len(f) > 3 && (modals[lw] || auxFinite[lw] || auxNonFinite[lw] || lw == "to") {
			f = f[:len(f)-1]
			continue
		}
		if len(f) > 4 && conjunctions[strings.ToLower(f[len(f)-2])] && saysWord(lw) {
			// "Ekeus accused Iraq of continuing to hide biological
			// weapons and said": a speech verb cut from what it says.
			f = f[:len(f)-2]
			continue
		}
		break
	}
	s = strings.Join(f, " ")
	r, n := utf8.DecodeRuneInString(s)
	if n > 0 && unicode.IsLower(r) && !(len(f) > 0 && strings.IndexFunc(f[0], unicode.IsUpper) > 0) {
		// A name written with a lower-case first letter (iPhone, eBay)
		// keeps it.
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// titleCut returns how many of the words f a title cut to at most max
// words keeps: all words before the last word at or before max that starts
// a phrase (see phraseStart), so that the cut never falls inside a noun
// phrase ("... at her annual State of the Judiciary | address"), keeping
// at least half of max; max when no phrase starts there.
func titleCut(f []string, max int) int {
	if len(f) <= max {
		return len(f)
	}
	cut := max
	for i := max; i >= max/2; i-- {
		if prev := strings.ToLower(f[i-1]); determiners[strings.ToLower(f[i])] && isPastForm(prev) && !auxFinite[prev] && !auxNonFinite[prev] {
			continue // "... last lifted | its key official cash rate": a verb keeps its object's start
		}
		if phraseStart(f, i) {
			cut = i
			break
		}
	}
	// A clause the cut leaves a stub of, at most three words, goes whole:
	// "... against extradition | and handed", "... in Indian board |
	// until his faction", "... to speak to me | I knew I". (A longer
	// one reads: "... before he leaves for United States".)
	from := cut - 3
	if from < max/2 {
		from = max / 2
	}
	for i := from; i < cut; i++ {
		if clauseStart(f, i) && !(clausePronouns[strings.ToLower(f[i])] && hasVerb(f[i+1:cut])) {
			return i
		}
	}
	if k := verbGroupEnd(f, cut); k > cut && k <= max+3 {
		// "... said a senior government politician | was to be
		// prosecuted": a cut inside a verb group would leave its
		// subject without its verb; the group goes whole, its main
		// verb too, when that runs at most three words over.
		return k
	}
	return cut
}

// verbGroupEnd returns the end of the verb group of auxiliaries, modals
// and "to" starting at f[i] with a finite auxiliary or modal there or
// right before, after its main verb, or i when f[i] starts none.
func verbGroupEnd(f []string, i int) int {
	verbal := func(w string) bool {
		lw := strings.ToLower(w)
		return auxFinite[lw] || modals[lw] || auxNonFinite[lw] || lw == "to"
	}
	finite := func(w string) bool {
		lw := strings.ToLower(w)
		return auxFinite[lw] || modals[lw]
	}
	if i <= 0 || i >= len(f) || !verbal(f[i]) || !finite(f[i]) && !(verbal(f[i-1]) && finite(f[i-1])) && !(i > 1 && verbal(f[i-1]) && finite(f[i-2])) {
		return i
	}
	k := i
	for k < len(f) && (verbal(f[k]) || k > i && (strings.HasSuffix(f[k], "ly") || groupAdverbs[f[k]])) {
		k++
	}
	if k >= len(f) || f[k] != strings.ToLower(f[k]) || prepositions[f[k]] || determiners[f[k]] || startsDigit(f[k]) || groupAdverbs[f[k]] {
		return i // "were | in Paris": no main verb
	}
	pw := strings.ToLower(f[k-1])
	if !isPastForm(f[k]) && !strings.HasSuffix(f[k], "ing") && !modals[pw] && pw != "to" && pw != "do" && pw != "does" && pw != "did" {
		return i // "is | the major stumbling block", "had | neither": no verb after it
	}
	return k + 1
}

// groupAdverbs stand inside a verb group: "will soon start", "must also
// be lifted".
var groupAdverbs = setOf("also", "soon", "not", "now", "still", "never", "already", "then", "further")

// hasVerb reports whether the words w hold a word that is no auxiliary
// nor modal: a pronoun with its verb ("saying they disagreed") is a
// clause a title keeps.
func hasVerb(w []string) bool {
	for _, x := range w {
		if lx := strings.ToLower(x); !auxFinite[lx] && !modals[lx] && !auxNonFinite[lx] {
			return true
		}
	}
	return false
}

// clauseStart reports whether f[i] opens a clause of its own: a
// subordinator, a subject pronoun ("he", not "it", which may be an
// object), "until", "after" and the like before a pronoun or a
// possessive ("until his faction"), or "and", "but" or "or" before a
// verb or a pronoun.
func clauseStart(f []string, i int) bool {
	lw := strings.ToLower(f[i])
	if subordinators[lw] && lw != "so" || clausePronouns[lw] {
		return true
	}
	if i+1 >= len(f) {
		return false
	}
	nw := f[i+1]
	if timeConjunctions[lw] {
		// "until his faction was thrown out", "after they"
		return clausePronouns[strings.ToLower(nw)] || nw == "his" || nw == "her" || nw == "their"
	}
	if !conjunctions[lw] {
		return false
	}
	return nw == strings.ToLower(nw) && (auxFinite[nw] || modals[nw] || isPastForm(nw)) || clausePronouns[strings.ToLower(nw)]
}

// timeConjunctions open a clause as well as a preposition's phrase.
var timeConjunctions = setOf("until", "before", "after", "since", "as")

// clausePronouns are the subject pronouns that are no object pronoun.
var clausePronouns = setOf("he", "she", "they", "we", "i")

// phraseStart reports whether f[i] starts a phrase: a preposition,
// conjunction, determiner, subordinator, subject pronoun or auxiliary,
// outside a name ("of the" in "State of the Judiciary", "and" in
// "Sessions and Kelly" do not), nor a determiner after a number or
// another determiner ("10 most"), nor a conjunction after a possessive
// ("men's and women's golds").
func phraseStart(f []string, i int) bool {
	lw := strings.ToLower(f[i])
	if !(prepositions[lw] || determiners[lw] || subordinators[lw] || subjectPronouns[lw] ||
		modals[lw] || auxFinite[lw] || auxNonFinite[lw] || conjunctions[lw]) {
		return false
	}
	if determiners[lw] && i > 0 {
		// "one of 10 most significant events": a determiner after a number
		// or another determiner is inside the phrase.
		pw := strings.ToLower(f[i-1])
		if determiners[pw] || startsDigit(pw) {
			return false
		}
	}
	if (lw == "and" || lw == "or") && i > 0 && timeline.StripPossessive(normWord(f[i-1])) != normWord(f[i-1]) {
		return false // "the men's and women's golds"
	}
	if !nameConnectors[lw] {
		return true
	}
	l := i - 1
	for l > 0 && nameConnectors[strings.ToLower(f[l])] {
		l--
	}
	r := i + 1
	for r < len(f) && nameConnectors[strings.ToLower(f[r])] {
		r++
	}
	return !(l >= 0 && startsUpper(f[l]) && r < len(f) && startsUpper(f[r]))
}

// particle reports whether the last of the words f, a prefix of all, is
// a particle that ends a phrasal verb ("must step down", "talks broke
// down", "kicked off"), which a title may end on: after a lower-case word
// that is no function word, plural noun or number ("16 Tests up",
// "kilometers down", "be out" stay cut), and not before "to" ("release
// up to 1,000").
func particle(f, all []string) bool {
	if len(f) < 2 || !particles[strings.ToLower(f[len(f)-1])] {
		return false
	}
	if len(all) > len(f) && strings.ToLower(all[len(f)]) == "to" {
		return false
	}
	pw := f[len(f)-2]
	if pw != strings.ToLower(pw) || startsDigit(pw) || prepositions[pw] || determiners[pw] ||
		auxNonFinite[pw] || auxFinite[pw] || modals[pw] || pw == "to" {
		return false
	}
	return isPastForm(pw) || strings.HasSuffix(pw, "ing") || !strings.HasSuffix(pw, "s")
}

// particles end a phrasal verb.
var particles = setOf("up", "down", "out", "off", "over")

// dateModifiers are the words that modify a date right after them ("late
// Wednesday", "early next year"), which a title leaves out with it.
var dateModifiers = setOf("earlier", "later", "early", "late")
