// Subject reading: what the subject of the chosen verb group is, once
// subjectRange has found where it stands. readSubject keeps its actors
// (names that modify the head apart), a resolved or unresolved pronoun, or
// its words as written, without a preposition's phrase that runs on.

package extract

import (
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// readSubject finds the subject of the chosen group: the words before it
// back to the clause start, or the antecedent of "who"/"which", or the
// subject of a verb it is coordinated with.
func (c *clause) readSubject(gs []group) {
	from, to := c.subjectRange(*c.g, gs, 0)
	if from >= to {
		c.subjNP = c.dateSubject()
		return
	}
	acts := c.d.ctx.actors(c.k, from, to)
	// A date in the possessive stays in the subject: "tomorrow's vote".
	possDate := c.t1 > c.t0 && possessiveNoun(c.toks[c.t1-1]) && c.t0 >= from && c.t1 <= to
	var words []string
	var at []int // the token of each word
	keep := func(i int) { words, at = append(words, c.toks[i].display()), append(at, i) }
	ofTail, ppTail, prepSeen := false, false, false
	// A preposition's phrase after the head (ppTail): its first words
	// (tail, from token tailFrom) stay when they are few.
	tailFrom, tail, tailOpen, tailCut := -1, 0, false, false
	for i := from; i < to; i++ {
		tk := c.toks[i]
		if !tk.word || tk.timex && !(possDate && i >= c.t0 && i < c.t1) {
			if ppTail && tk.text != "-" && tk.text != "'" && tk.text != "’" && !tk.timex {
				tailOpen = false
			}
			continue
		}
		if !prepSeen && !ppTail && !ofTail && len(words) > 0 && len(words) == len(at) && at[0] == from && i == at[len(at)-1]+1 && i+1 < to &&
			(c.tags[i] == vtIng || c.tags[i] == vtPart || len(tk.lower) > 4 && strings.HasSuffix(tk.lower, "ed") && !tk.capitalised()) &&
			c.tags[i-1] == vtNone && c.g.finite && c.g.from < c.g.main &&
			(pluralNoun(c.toks[i-1].lower) && phraseOpener(c.toks[i+1]) ||
				reducedRelatives[tk.lower] && (c.toks[i+1].lower == "to" || c.toks[i+1].lower == "of")) {
			// "Seven British soldiers accused of beating an Iraqi
			// teenager to death with rifle butts were acquitted": a
			// participle phrase right after the subject's plural head
			// modifies it; the head stays. So does "believed to",
			// "suspected of" after a singular one ("An Islamic teacher
			// believed to have recruited suicide bombers").
			break
		}
		if ppTail {
			if tailOpen && !prepositions[tk.lower] && c.tags[i] == vtNone && !subordinators[tk.lower] {
				if articles[tk.lower] && i+1 < to && !c.toks[i+1].capitalised() {
					continue // "Flooding in (the) area", as titles write it; not "in The Hague"
				}
				keep(i)
				tail++
			} else {
				tailOpen, tailCut = false, true
			}
			continue
		}
		if ofTail && !prepositions[tk.lower] {
			continue
		}
		if prepositions[tk.lower] && inActors(acts, i) && len(words) > 0 {
			keep(i)
			continue // "Organization for Economic Cooperation and Development"
		}
		if len(words) == 0 && i+1 < to && sentenceAdverbials[tk.lower+" "+c.toks[i+1].lower] {
			i++
			continue // "In fact the month of March is": no phrase of the subject
		}
		if tk.lower == "at" && i+1 < to && (c.toks[i+1].lower == "least" || c.toks[i+1].lower == "most") {
			keep(i) // "At least 10,000 had arrived": a quantity, no phrase
			continue
		}
		if prepositions[tk.lower] {
			ofTail = false
			last := ""
			if len(words) > 0 {
				last = strings.ToLower(words[len(words)-1])
			}
			if tk.lower == "of" && len(words) > 0 && c.g.finite && !determiners[last] && !headAfterOf(last) && !c.onlyTimex(i, to) && len(acts) == 0 &&
				!(i+2 < to && c.tags[i+1] == vtIng && determiners[c.toks[i+2].lower]) {
				// "developer releases of each product were made": the
				// head stands before "of" ("Eight of the killings" after);
				// not before a gerund with its object ("stopped short of
				// predicting a final vote": no noun owns "of"; "pieces of
				// banking legislation" keep theirs).
				ofTail = true
				continue
			}
			if tk.lower == "of" && !prepSeen && len(words) > 0 && (partitives[last] || startsDigit(last)) && allQuantity(words) &&
				!c.memberOfName(last, i+1, to) {
				// ("Six members of the Muslim Brotherhood were charged":
				// the members of a named body are the head, not the body;
				// "members of the public" are the public.)
				// "A total of 32,879 people between the ages of three and
				// 69": the head follows, and may yet take a phrase of
				// its own.
				words, at = words[:0], at[:0]
				continue
			}
			if len(words) == 0 && !prepSeen && i+1 < to && c.toks[i+1].timex && c.onlyTimex(i, c.timexEnd(i+1)) {
				continue // "In 1829 the annual boat race between ...": a date opens the subject
			}
			if !(i+1 < to && c.toks[i+1].timex && c.onlyTimex(i, to)) { // "The two presidents on Friday signed"
				longOf := tk.lower == "of" && len(words) > 0 && !c.shortTail(i, to, len(words))
				if !prepSeen && c.g.finite && c.nounHead(words, at, from, to, tk.lower) &&
					!(longOf && c.ofName(acts, i, words) == i && (personTitles[strings.ToLower(words[len(words)-1])] || personAfter(acts, i))) {
					if longOf {
						// "The daughter of Sukarno, Megawati, said", "The
						// rebels of the National Liberation Front in Sudan
						// attacked": the head keeps the name right after
						// "of" when the two make at most five words; the
						// rest of the phrase is dropped (its names modify
						// the head), rather than the subject being read
						// from its last phrase ("Sudan attacked"). A
						// title's head ("the head of the IAEA, Mohamed
						// ElBaradei") or a phrase naming a person ("The
						// co-founder of Apple Inc. Steve Jobs") is read
						// from there as before.
						ppTail, tailFrom = true, i
						if e := c.ofName(acts, i, words); e > i {
							keep(i)
							for j := i + 1; j < e; j++ {
								if c.toks[j].word && !c.toks[j].timex && !articles[c.toks[j].lower] {
									keep(j)
								}
							}
							i = e - 1
						}
						continue
					}
					if i+1 < to && c.toks[i+1].timex {
						// "A mainland spokesman on Wednesday also called":
						// the date and what follows it are no part of the
						// subject.
						ppTail, tailFrom = true, i
						continue
					}
					// "Kibaki's last visit to China was", "Officials in
					// Baghdad said": a noun phrase from the clause's start
					// heads the subject, the phrase after the preposition
					// modifies it.
					ppTail, tailOpen, tailFrom = true, true, i
					keep(i)
					tail++
					continue
				}
				prepSeen = true
				words, at = words[:0], at[:0]
			}
			continue
		}
		if tk.lower == "here" && !c.quote {
			continue // "meetings here": the dateline's place, as in the object
		}
		if len(words) == 0 && sentenceAdverbs[tk.lower] && !conjunctions[tk.lower] && tk.lower != "then" && tk.lower != "yet" && tk.lower != "so" && i+1 < to {
			continue // "However the cartel was ready": no part of the subject
		}
		if (tk.lower == "early" || tk.lower == "late") && i+1 < len(c.toks) && c.toks[i+1].timex {
			continue // "The US Congress early Saturday gave"
		}
		if len(words) == 0 && conjunctions[tk.lower] ||
			strings.HasSuffix(tk.lower, "ly") && c.adverb(i) {
			continue // "He briefly made"
		}
		keep(i)
	}
	if ppTail && (tailCut || len(words) > 5) {
		// A phrase that runs on, or makes the subject long, is dropped:
		// "Share prices in Taiwan closed" is "Share prices closed".
		words, at = words[:len(words)-tail], at[:len(at)-tail]
	}
	if n := len(words); n > 1 && complementAdjectives[strings.ToLower(words[n-1])] && at[n-1]+1 < to && prepositions[c.toks[at[n-1]+1].lower] {
		// "supporters loyal (to the former ruler)": the adjective goes
		// with its phrase.
		words, at = words[:len(words)-1], at[:len(at)-1]
	}
	if tailFrom >= 0 {
		// The names in the preposition's phrase modify the head: "a
		// school principal in southwest China was sacked".
		head := acts[:0:0]
		for _, a := range acts {
			if a.from >= tailFrom {
				c.subjMods = append(c.subjMods, a)
			} else {
				head = append(head, a)
			}
		}
		acts = head
	}
	if len(acts) > 0 {
		// A name before another one with no conjunction between modifies
		// it: "the co-founder of Apple Inc. Steve Jobs" is Jobs, "German
		// defense minister Rudolf Scharping" Scharping, "the American
		// computer company Apple" Apple. A possessive name owns it.
		heads := acts[:0:0]
		owner := ""
		for i, a := range acts {
			if i+1 < len(acts) && c.modifies(a, acts[i+1]) {
				if possessiveNoun(c.toks[a.to-1]) {
					owner = possessiveAs(a.name, c.toks[a.to-1])
				}
				c.subjMods = append(c.subjMods, a)
				continue
			}
			heads = append(heads, a)
		}
		acts = heads
		c.subj = appendNewActors(nil, acts)
		// The names head the subject ("Sessions and Kelly wrote") unless a
		// noun follows them ("California’s courts are closed") or they are
		// not coordinated ("The Beatles' label Apple Corps", "The American
		// computer company Apple").
		last := acts[len(acts)-1].to
		for last < to && (!c.toks[last].word || c.toks[last].timex || verbAdverbs[c.toks[last].lower] || prepositions[c.toks[last].lower]) {
			last++
		}
		if last >= to && c.coordinated(c.subj) {
			if owner != "" && len(c.subj) == 1 {
				// "Kopp's Chevrolet Cavalier", "the Beatles' label Apple Corps"
				c.subjNP = []string{owner, c.subj[0].name}
			}
			return
		}
	}
	if len(words) == 1 && strings.ToLower(words[0]) == "it" && from > c.d0 && adverbialSubordinators[c.toks[from-1].lower] {
		// "Microsoft Longhorn is expected to ... when it is released":
		// "it" after a subordinator is the main clause's subject named.
		if gi := c.finiteBefore(gs, from-1); gi >= 0 {
			if f, t := c.subjectRange(gs[gi], gs, 1); f < t {
				if as := c.d.ctx.actors(c.k, f, t); len(as) == 1 && !as[0].person && c.onlyName(as[0], f, t) {
					c.subj = as
					return
				}
			}
		}
	}
	if len(words) == 1 && (strings.ToLower(words[0]) == "it" || strings.ToLower(words[0]) == "they") && c.speakerIt(gs, from, strings.ToLower(words[0])) {
		return
	}
	if len(words) == 1 && pronounRefs[strings.ToLower(words[0])] {
		if a := c.resolve(strings.ToLower(words[0]), from); len(a) > 0 {
			c.subj = a
			return
		}
		c.pronoun = words[0]
		return
	}
	if allDeterminers(words) && (len(words) > 0 || c.antecedentOf(to)) {
		// The subject is a date ("the last quarter, which ended December
		// 30"): it stays, as written.
		var date []string
		for i := from; i < to; i++ {
			if tk := c.toks[i]; tk.word && tk.timex && !determiners[tk.lower] {
				date = append(date, tk.display())
			}
		}
		if len(date) > 0 {
			words = date
		}
	}
	for len(words) > 1 && determiners[strings.ToLower(words[0])] && !negatives[strings.ToLower(words[0])] && !numberWords[strings.ToLower(words[0])] &&
		!(len(at) == len(words) && c.toks[at[0]].timex) { // "This year's festival", not "Year's festival"
		words = words[1:]
		if len(at) > len(words) {
			at = at[1:]
		}
	}
	if len(words) > 2 {
		// Articles inside the subject go, as titles write it ("Corruption
		// and (the) rape allegations"), not before a name ("of The
		// Hague") nor a lone first word's.
		kw, ka := words[:1:1], at[:1:1]
		for i := 1; i < len(words); i++ {
			if articles[strings.ToLower(words[i])] && i+1 < len(words) && words[i+1] == strings.ToLower(words[i+1]) {
				continue
			}
			kw = append(kw, words[i])
			if i < len(at) {
				ka = append(ka, at[i])
			}
		}
		words, at = kw, ka
	}
	if len(words) > 5 && !(len(words) <= 8 && coordination(words)) {
		// The last five words, and the whole of a name cut there:
		// "Apple Computer's iTunes downloadable music service". (Two
		// conjuncts of up to eight words stay whole: "Beijing Municipal
		// Observatory and neighbouring Tianjin Municipal Observatory".)
		k := len(words) - 5
		for k > 0 && c.toks[at[k]].name && c.toks[at[k-1]].name && at[k-1] == at[k]-1 {
			k--
		}
		words = words[k:]
		for len(words) > 1 && conjunctions[words[0]] {
			words = words[1:]
		}
	}
	c.subjNP = words
}

// phraseOpener reports whether t opens the object or phrase of a
// participle before it ("accused of beating", "carrying his casket",
// "hoping to sign", "carrying 50 students"), which a noun after an -ing
// modifier does not ("financing requirement").
func phraseOpener(t token) bool {
	return t.word && !t.timex && (determiners[t.lower] || prepositions[t.lower] || t.lower == "to" || startsDigit(t.lower))
}

// memberOfName reports whether last, the word before "of", is "member"
// or "members" and a name starts at token i, after "of" and an article:
// the members of a named body head the subject ("Six members of the
// Muslim Brotherhood were charged"), while "members of the public" are
// the public.
func (c *clause) memberOfName(last string, i, to int) bool {
	if last != "members" && last != "member" {
		return false
	}
	if i < to && articles[c.toks[i].lower] {
		i++
	}
	return i < to && c.toks[i].word && !c.toks[i].timex && c.toks[i].capitalised()
}

// nounHead reports whether words, read from the subject's start at token
// from up to a preposition prep, make a noun phrase the preposition's
// phrase modifies ("Kibaki's last visit to China", "Share prices in
// Taiwan"): a phrase that starts the clause, has no verb, pronoun or verb
// adverb, and does not
// end in a word that makes a preposition or a quantity with the next one
// ("according to", "more than").
func (c *clause) nounHead(words []string, at []int, from, to int, prep string) bool {
	if len(words) == 0 || !postModifiers[prep] {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if determiners[last] || prepMakers[last] {
		return false
	}
	if prep == "of" && (headAfterOf(last) && !c.memberOfName(last, at[len(at)-1]+2, to) || capStop[last]) {
		return false // "Eight of the killings", "because of", "One of the men"
	}
	// The phrase starts the clause: its sentence, a comma's phrase, or the
	// complement of a speech verb ("said no decision on the case was").
	opens := at[0] == c.d0
	if p := at[0] - 1; p >= 0 {
		pt := c.toks[p]
		if c.tags[p] != vtNone && !c.speechBefore(at[0]) && !c.antecedentOf(to) || pt.text == ")" || pt.text == "]" || subordinators[pt.lower] {
			return false // "chickens who died Saturday at a farm"
		}
		opens = opens || c.tags[p] != vtNone || pt.text == "," && !c.finiteIn(c.d0, p)
	}
	for k, i := range at {
		lw := c.toks[i].lower
		if k == 0 && len(at) == 1 && c.tags[i] == vtIng && opens && !c.toks[i].capitalised() == (i != c.d0) &&
			prep != "to" && prep != "on" && i+1 < len(c.toks) && c.toks[i+1].lower == prep {
			continue // a gerund heads the subject: "flooding in the area killed", not "looking to become"
		}
		if c.tags[i] != vtNone || subjectPronouns[lw] || verbAdverbs[lw] || sentenceAdverbs[lw] {
			return false // "She died on Nov. 22 and", "Egypt and Pakistan already cooperate in"
		}
	}
	return true
}

// finiteIn reports whether toks[from:to] hold a finite verb: "In
// mid-August, flooding" opens with an adverbial, "fired back, writing"
// with a clause.
func (c *clause) finiteIn(from, to int) bool {
	for i := from; i < to; i++ {
		if t := c.tags[i]; t == vtFinite || t == vtAux || t == vtModal {
			return true
		}
	}
	return false
}

// antecedentOf reports whether a subject ending at token to is the
// antecedent of a relative pronoun after it ("recruited three young men
// from Central Java who"): a noun phrase in an object, which a verb
// before it does not make a clause of.
func (c *clause) antecedentOf(to int) bool {
	for to < c.d1 && (c.toks[to].text == "," || closingQuote(c.toks[to].text)) {
		to++
	}
	return to < c.d1 && (c.toks[to].lower == "who" || c.toks[to].lower == "which")
}

// speechBefore reports whether token i opens the complement of a finite
// speech verb right before it: "said no decision".
func (c *clause) speechBefore(i int) bool {
	p := i - 1
	if p < c.d0 || c.tags[p] == vtNone || !c.toks[p].word {
		return false
	}
	return sayVerbs[timeline.Lemma(c.toks[p].lower)]
}

// sayVerbs are the lemmas of the speech verbs whose object is a clause
// rather than a noun phrase ("said no decision was", not "announced a
// ban on").
var sayVerbs = setOf("say", "add", "state", "note", "claim", "insist", "explain", "argue")

// personAfter reports whether one of the names as after token i is a
// person's, or follows another name right away ("Apple Inc. Steve
// Jobs": the name of the head in apposition).
func personAfter(as []actor, i int) bool {
	for k, a := range as {
		if a.from > i && (a.person || k > 0 && as[k-1].from > i && as[k-1].to == a.from) {
			return true
		}
	}
	return false
}

// ofName returns the end of the name that follows "of" at token i
// (after articles) when the words before it, "of" and the name make at
// most five words and the name ends the noun phrase; else i.
func (c *clause) ofName(acts []actor, i int, words []string) int {
	n := 0
	for _, w := range words {
		if !articles[strings.ToLower(w)] {
			n++
		}
	}
	j := i + 1
	for j < len(c.toks) && articles[c.toks[j].lower] {
		j++
	}
	for _, a := range acts {
		if a.from != j || possessiveNoun(c.toks[a.to-1]) {
			continue // "the leader of Iraq's largest party"
		}
		if e := a.to; e < len(c.toks) && c.toks[e].word && !c.toks[e].timex && c.tags[e] == vtNone &&
			!prepositions[c.toks[e].lower] && !subordinators[c.toks[e].lower] {
			continue // "the pullback of Hong Kong property shares": the name modifies a noun
		}
		w := 0
		for k := a.from; k < a.to; k++ {
			if c.toks[k].word && !articles[c.toks[k].lower] {
				w++
			}
		}
		if n+1+w <= 5 {
			return a.to
		}
	}
	return i
}

// headAfterOf reports whether a noun phrase whose word before "of" is w
// (lower case) has its head after "of" ("Eight of the killings", "tens of
// thousands of people") or is no noun phrase ("because of", "ahead of").
func headAfterOf(w string) bool { return partitives[w] || ofPrepositions[w] || startsDigit(w) }

// shortTail reports whether the phrase of the preposition at i runs to
// the subject's end at to with at most 5-n words, preposition included:
// "The stock capital of Apple Inc tripled" keeps its phrase; "a
// spokesman of the Israel Defense Force in Jerusalem confirmed" is read
// from its last phrase.
func (c *clause) shortTail(i, to, n int) bool {
	for j := i + 1; j < to; j++ {
		tk := c.toks[j]
		if !tk.word || tk.timex {
			if tk.text == "," || isBarrier(tk) {
				return false
			}
			continue
		}
		if prepositions[tk.lower] || c.tags[j] != vtNone || subordinators[tk.lower] {
			return false
		}
		n++
	}
	return n+1 <= 5
}

// onlyName reports whether the tokens from:to hold no word but a's name
// and a determiner before it: "The United Nations", not "the plane,
// believed to be a two-seater Cessna".
func (c *clause) onlyName(a actor, from, to int) bool {
	for i := from; i < to; i++ {
		if tk := c.toks[i]; tk.word && !tk.timex && (i < a.from || i >= a.to) && !determiners[tk.lower] {
			return false
		}
	}
	return true
}

// inActors reports whether token i lies inside one of the names as:
// "Organization for Economic Cooperation".
func inActors(as []actor, i int) bool {
	for _, a := range as {
		if a.from <= i && i < a.to {
			return true
		}
	}
	return false
}

// modifies reports whether actor a, named before b in a subject, modifies
// or owns b rather than being coordinated with it: a owns b ("Kopp's
// Chevrolet Cavalier"), stands right before it ("Apple Inc. Steve Jobs"),
// or is joined to it by lower-case words ending with a title or an
// organisation's noun ("German defense minister Rudolf Scharping", "the
// American computer company Apple"). A preposition between puts b in a
// phrase of its own: "Kibaki's last visit to China" owns the visit, not
// China.
func (c *clause) modifies(a, b actor) bool {
	if a.to == b.from {
		return true
	}
	for j := a.to; j < b.from; j++ {
		if tk := c.toks[j]; !tk.word || tk.capitalised() || tk.lower == "and" || tk.lower == "or" || tk.lower == "&" || c.tags[j] != vtNone || prepositions[tk.lower] {
			return false
		}
	}
	if possessiveNoun(c.toks[a.to-1]) {
		return true
	}
	last := c.toks[b.from-1].lower
	return personTitles[last] || titleWords[last] || orgWords[last]
}

// coordinated reports whether the actors as, in order, are joined by
// nothing but "and", "or", "&", determiners and commas, none owning the
// next. A name that modifies the next one (c.subjMods) and the words that
// join it to that one are part of it: "Olmert and Palestinian president
// Mahmud Abbas" coordinates Olmert and Abbas.
func (c *clause) coordinated(as []actor) bool {
	for i := 1; i < len(as); i++ {
		if possessiveNoun(c.toks[as[i-1].to-1]) {
			return false
		}
		end := as[i].from
		for _, m := range c.subjMods {
			if m.from >= as[i-1].to && m.to <= as[i].from && m.from < end {
				end = m.from
			}
		}
		for j := as[i-1].to; j < end; j++ {
			if tk := c.toks[j]; tk.word && tk.lower != "and" && tk.lower != "or" && tk.lower != "&" && !determiners[tk.lower] {
				return false
			}
		}
	}
	return true
}

// dateSubject returns the words of a temporal expression that is the
// subject of the chosen group ("2007 was the year of the iPhone",
// "Unfortunately, that day has come"): one standing right before the group
// (adverbs aside) and after nothing but the clause start, a comma or
// adverbs. A title keeps it as written. Nil when there is none.
func (c *clause) dateSubject() []string {
	j := c.g.from - 1
	for j >= c.d0 && c.toks[j].word && !c.toks[j].timex && c.adverb(j) {
		j--
	}
	e := j + 1
	for j >= c.d0 && c.toks[j].timex && c.inDomain(j) {
		j--
	}
	if j+1 == e || j >= c.d0 && c.toks[j].word {
		return nil // no date, or one after a word ("on Tuesday urged")
	}
	for i := j; i >= c.d0; i-- {
		tk := c.toks[i]
		if isBarrier(tk) || !c.inDomain(i) {
			break
		}
		if tk.word && !c.adverb(i) && !tk.timex && !(prepositions[tk.lower] && i+1 < len(c.toks) && c.toks[i+1].timex) {
			return nil // (a date's phrase before a comma stands aside: "In 1996, Nov. 7 was renamed")
		}
	}
	var w []string
	for i := j + 1; i < e; i++ {
		if c.toks[i].word {
			w = append(w, c.toks[i].display())
		}
	}
	return w
}

// timexEnd returns the end of the run of temporal expression tokens
// from token i.
func (c *clause) timexEnd(i int) int {
	for i < len(c.toks) && c.toks[i].timex {
		i++
	}
	return i
}

// allQuantity reports whether words hold nothing but determiners,
// numbers and partitive nouns: "A total", "tens", "Eight".
func allQuantity(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if !determiners[lw] && !partitives[lw] && !startsDigit(lw) {
			return false
		}
	}
	return true
}

// allDeterminers reports whether words hold nothing but determiners.
func allDeterminers(words []string) bool {
	for _, w := range words {
		if !determiners[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// speakerIt reads "it" at token from as the speaker of the speech verb
// it is the subject of the complement of ("The agency said it expected",
// "Kenya Airways has announced it will introduce", "The IEA said Thursday
// that it has revised"): when the verb's subject is names of no person or
// a noun phrase ending in an organisation's noun, the clause takes it as
// its subject and speakerIt reports true. A person, a pronoun or a plural
// noun ("She said it was", "Officials said it") is no referent of "it".
// For p0 "they" the speaker is a plural noun phrase or names ("Police
// said they would make an announcement").
func (c *clause) speakerIt(gs []group, from int, p0 string) bool {
	p := from - 1
	that := false // "said Thursday that it"
	for p >= c.d0 && (c.toks[p].timex || !that && c.toks[p].lower == "that" ||
		c.toks[p].word && prepositions[c.toks[p].lower] && p+1 < from && c.toks[p+1].timex) {
		that = that || c.toks[p].lower == "that"
		p--
	}
	if p < c.d0 || !c.toks[p].word {
		return false
	}
	gi := groupAt(gs, p)
	if gi < 0 || !gs[gi].finite || gs[gi].to != p+1 || gs[gi].main >= from {
		return false
	}
	lw := c.toks[gs[gi].main].lower
	if !saysWord(lw) && timeline.Lemma(lw) != "announce" {
		return false
	}
	for f, t := c.subjectRange(gs[gi], gs, 1); f < t; f++ {
		if subjectPronouns[c.toks[f].lower] {
			return false // "She said it was": not the speaker
		}
	}
	g, subj, np, mods, pron := c.g, c.subj, c.subjNP, c.subjMods, c.pronoun
	c.g, c.subj, c.subjNP, c.subjMods, c.pronoun = &gs[gi], nil, nil, nil, ""
	c.readSubject(gs)
	ok := c.pronoun == "" && (len(c.subj) > 0 || len(c.subjNP) > 0)
	if p0 == "they" {
		// "British police probing the killings said they would", "Sessions
		// and Kelly said they": a plural speaker.
		if len(c.subj) == 1 {
			n := strings.ToLower(c.subj[0].name)
			ok = ok && !c.subj[0].person && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss")
		}
		if len(c.subj) == 0 && len(c.subjNP) > 0 {
			ok = ok && pluralNoun(strings.ToLower(c.subjNP[len(c.subjNP)-1]))
		}
	} else {
		for _, a := range c.subj {
			ok = ok && !a.person
		}
		if len(c.subj) == 0 && len(c.subjNP) > 0 {
			last := strings.ToLower(c.subjNP[len(c.subjNP)-1])
			ok = ok && (orgWords[last] || itNouns[last])
		}
	}
	c.g = g
	if !ok {
		c.subj, c.subjNP, c.subjMods, c.pronoun = subj, np, mods, pron
	}
	return ok
}

// pluralNoun reports whether w (lower case) reads as a plural noun:
// "officials", "police", not "class" or "news".
func pluralNoun(w string) bool {
	if w == "police" || w == "people" || w == "authorities" {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && w != "news" && !orgWords[w] && !startsDigit(w)
}

// itNouns are nouns, besides orgWords, of a speaker that "it" may stand
// for: "the government said it would".
var itNouns = setOf("government", "coalition", "management", "military", "firm", "carrier",
	"airline", "team", "club", "country", "regime", "cabinet", "embassy", "alliance", "operator",
	"giant", "maker", "manufacturer", "producer", "retailer", "insurer", "lender", "broker")

// articles are the articles a title leaves out.
var articles = setOf("the", "a", "an")

// negatives are the determiners a subject keeps: "No decision on the case
// was expected" is not "Decision ... was expected".
var negatives = setOf("no", "neither")

// numberWords are the determiners that count, which a subject keeps:
// "Three positive cases were confirmed".
var numberWords = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// complementAdjectives are adjectives that follow a noun with a phrase of
// their own ("supporters loyal to", "cases related to").
var complementAdjectives = setOf("loyal", "related", "close", "notorious", "linked", "opposed",
	"similar", "due", "attached", "critical", "responsible", "known", "famous", "affiliated")

// sentenceAdverbials are two-word adverbials that may open a clause with
// no comma, which are no part of its subject.
var sentenceAdverbials = setOf("in fact", "in addition", "in particular", "in turn", "in short",
	"in general", "in contrast", "in effect", "of course", "for example", "for instance", "at present",
	"in practice", "in return", "by contrast", "above all", "after all")

// coordination reports whether words join two phrases with "and" or "or"
// after their first word.
func coordination(words []string) bool {
	for _, w := range words[1:] {
		if lw := strings.ToLower(w); lw == "and" || lw == "or" {
			return true
		}
	}
	return false
}
