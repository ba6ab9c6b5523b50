// Actors and pronouns: the actors a clause names (the subject's first, then
// the object's or the nominal event's, else the sentence's) and the earlier
// actor a "he", "she" or "they" subject refers to.

package extract

import "strings"

// collectActors lists the subject's actors first, then those named in the
// object or the nominal event, then (when there are none) the sentence's.
func (c *clause) collectActors() {
	add := func(as []actor) { c.actors = appendNewActors(c.actors, as) }
	if c.owner != "" && c.owner != "pronoun" {
		add(c.d.ctx.normalise([]string{c.owner}))
	}
	add(c.subj)
	add(c.subjMods)
	if c.nominal[1] > 0 {
		add(c.d.ctx.actors(c.k, c.nominal[1], min(c.nominal[1]+5, c.d1)))
	}
	if c.obj[1] > c.obj[0] {
		add(c.d.ctx.actors(c.k, c.obj[0], c.obj[1]))
	}
	if len(c.actors) == 0 && c.g != nil {
		// A participle or infinitive clause ("writing in a letter released
		// Friday") takes the subject of the finite verb before it.
		gs := groups(c.toks, c.tags)
		for gi := len(gs) - 1; gi >= 0; gi-- {
			g := gs[gi]
			if g.from < c.g.from && g.finite && c.inDomain(g.main) {
				from, to := c.subjectRange(g, gs, 0)
				add(c.d.ctx.actors(c.k, from, to))
				break
			}
		}
	}
	if len(c.actors) == 0 && c.quote && c.g == nil {
		// A quotation with no verb ("the text “Steve Jobs 1955-2011”"):
		// the names it holds.
		add(c.d.ctx.actors(c.k, c.d0, c.d1))
	}
	if len(c.actors) == 0 && c.quote {
		// A quotation with no names: its speaker.
		var as []actor
		for _, a := range c.d.sentenceActors(c.k) {
			if !c.toks[a.from].quote {
				as = append(as, a)
			}
		}
		add(as)
	}
	if len(c.actors) == 0 && c.g == nil {
		add(c.d.sentenceActors(c.k))
	}
}

// appendNewActors appends to out the actors of as whose name out does not
// hold yet, as it grows: a name is listed once ("Apple Computer CEO and
// co-founder Steve Jobs" names Jobs twice).
func appendNewActors(out, as []actor) []actor {
next:
	for _, a := range as {
		for _, b := range out {
			if b.name == a.name {
				continue next
			}
		}
		out = append(out, a)
	}
	return out
}

// actorNames returns the actors' short names.
func (c *clause) actorNames() []string { return namesOf(c.actors) }

// namesOf returns the short names of as.
func namesOf(as []actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.name)
	}
	return out
}

// resolve returns the actors that pronoun p (he, she, they) before token
// `before` of the current sentence most likely refers to: the last person
// for he and she, the last pair of people joined by "and" (or the last
// organisation) for they, looking back at most four sentences.
func (c *clause) resolve(p string, before int) []actor {
	if p != "they" {
		if a, ok := c.resolveSubject(before); ok {
			return []actor{a}
		}
	}
	if as := c.lastActors(p, before, 4, func(a actor) bool { return a.person }); as != nil {
		return as
	}
	// No known person: a one-word name that is no organisation, in this
	// sentence or the one before ("Cantil-Sakauye ... She").
	nameish := func(a actor) bool { return !strings.Contains(a.name, " ") && !orgLike(a.name) }
	if as := c.lastActors(p, before, 1, nameish); as != nil {
		return as
	}
	if p == "they" {
		for k := c.k - 1; k >= 0 && k >= c.k-2; k-- {
			as := c.d.sentenceActors(k)
			for i := len(as) - 1; i >= 0; i-- {
				if !as[i].person && orgLike(as[i].name) {
					return []actor{as[i]}
				}
			}
		}
	}
	return nil
}

// lastActors returns the last actor that ok accepts (for p "he" or "she"),
// or the last two it accepts that "and" joins (for "they"), looking back
// from token `before` of the current sentence through at most back
// sentences before it; nil when there is none.
func (c *clause) lastActors(p string, before, back int, ok func(actor) bool) []actor {
	for k := c.k; k >= 0 && k >= c.k-back; k-- {
		as := c.d.sentenceActors(k)
		toks := c.d.toks[k]
		for i := len(as) - 1; i >= 0; i-- {
			a := as[i]
			if k == c.k && a.to > before || !ok(a) {
				continue
			}
			if p != "they" {
				return []actor{a}
			}
			if i > 0 && ok(as[i-1]) && as[i-1].to+1 == a.from && toks[a.from-1].lower == "and" {
				return []actor{as[i-1], a}
			}
		}
	}
	return nil
}

// resolveSubject resolves he or she before token `before` of the current
// sentence to the subject of the main clause it continues: the subject of
// the first finite verb before the pronoun in its sentence, else of the
// previous sentences', going back through sentences whose subject is
// itself he or she ("Jobs, born in San Francisco, built ... He started
// Apple ... One year later he was fired": Jobs), at most four sentences.
// It resolves only to a subject that is one person or one name like a
// person's (see nameLike) and no organisation's,
// and gives up (false) at a sentence whose subject is something else, so
// that a name merely mentioned in an object ("his post as CEO") or a
// subordinate clause is not taken for the pronoun's referent before the
// subject that the text goes on about.
func (c *clause) resolveSubject(before int) (actor, bool) {
	for k := c.k; k >= 0 && k >= c.k-4; k-- {
		lim := len(c.d.toks[k])
		if k == c.k {
			lim = before
		}
		from, to, ok := c.d.mainSubject(k, lim)
		if !ok {
			if k == c.k {
				continue // no clause before the pronoun
			}
			return actor{}, false
		}
		toks := c.d.toks[k]
		var words []string
		for i := from; i < to; i++ {
			if toks[i].word && !toks[i].timex {
				words = append(words, toks[i].lower)
			}
		}
		if len(words) == 1 && (words[0] == "he" || words[0] == "she") {
			continue // the same referent, named further back ("One year later he was fired")
		}
		as := c.d.ctx.actors(k, from, to)
		if len(as) == 1 && (as[0].person || nameLike(strings.Fields(as[0].name)) && !orgLike(as[0].name)) {
			return as[0], true
		}
		return actor{}, false
	}
	return actor{}, false
}

// mainSubject returns the token range of the subject of the first finite
// verb group of sentence k that starts before token lim and stands outside
// quotations, and whether there is one with a subject.
func (d *doc) mainSubject(k, lim int) (int, int, bool) {
	toks, tags := d.toks[k], d.sentenceTags(k)
	gs := groups(toks, tags)
	sc := clause{d: d, k: k, toks: toks, tags: tags, d0: 0, d1: len(toks)}
	for _, g := range gs {
		if g.from >= lim {
			break
		}
		if !g.finite || toks[g.main].quote {
			continue
		}
		from, to := sc.subjectRange(g, gs, 0)
		for from < to && !toks[from].word {
			from++
		}
		if from >= to {
			return 0, 0, false
		}
		return from, to, true
	}
	return 0, 0, false
}

// orgLike reports whether name ends with an organisation word or is an
// acronym.
func orgLike(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return orgWords[strings.ToLower(last)] || (len(f) == 1 && strings.ToUpper(last) == last && len(last) > 1)
}
