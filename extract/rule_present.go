package extract

import "strings"

// A bare weekday that no tense cue dates may still look ahead by the
// present tense of its clause: news tells a scheduled event in the simple
// present ("Benitez's side host Watford on Saturday", "the Act comes into
// force on Monday") or the progressive ("is traveling to Somalia on
// Tuesday"), and a past one in the past. presentAhead reads the clause with
// the verb tagger of the clause reader (tagVerbs, groups), so that a
// present form counts only as the finite verb of a subject.

// presentReach is how many tokens on either side of a weekday presentAhead
// reads of its sentence.
const presentReach = 60

// presentAhead reports whether the verb that governs the bare weekday at
// tokens [i, j) looks ahead (see presentGroup): the last finite verb group
// before it in its sentence, or, when the weekday opens the sentence ("On
// Thursday, Fiorentina take on Juventus"), the first finite one after it
// that opens no relative clause. Not a weekday of a range (open from Monday
// to Friday: a habit), nor one that a word pointing back (after,
// following, since, according to, ", with") or an -ing clause after a
// comma parts from the verb.
func (p *parser) presentAhead(i, j int) bool {
	if p.weekdayRange(i, j) {
		return false // open for trade from Monday to Friday: every week
	}
	// the sentence, not across a line break: a headline above tells the
	// past in the present (Apple unveils new laptops / In a Wednesday
	// media event, Apple released)
	s := i
	for s > 0 && i-s < presentReach && !p.t[s].nl && !p.clauseStop(s-1) {
		s--
	}
	e := j
	for e < len(p.t) && e-j < presentReach && !p.t[e].nl && !p.clauseStop(e) {
		e++
	}
	if e < len(p.t) && p.clauseStop(e) {
		e++ // the closing mark
	}
	from, at, to := int(p.t[s].s), int(p.t[i].s), int(p.t[j-1].e)
	p.clauseToks = appendTokens(p.clauseToks[:0], p.text, from, int(p.t[e-1].e))
	toks := p.clauseToks
	w, we := -1, -1
	for x := range toks {
		if toks[x].start >= at && toks[x].start < to {
			toks[x].timex = true
			if w < 0 {
				w = x
			}
			we = x + 1
		}
	}
	if w < 0 {
		return false
	}
	tags := tagVerbs(toks)
	for x := 1; x < len(toks); x++ {
		// the verbs of scheduled events the clause reader does not know
		if tags[x] == vtNone && toks[x].word && !toks[x].capitalised() && !toks[x].timex &&
			scheduledForm(toks[x].lower) && toks[x-1].word && (subjectBefore(toks, tags, x, x-1) || teamNouns[toks[x-1].lower]) {
			tags[x] = vtFinite
		}
	}
	for x := 2; x < len(toks); x++ {
		// a verb that an aside in brackets cuts from its subject:
		// "Tickets costing 45 pounds (88 dollars) go on sale Wednesday"
		if tags[x] == vtNone && toks[x-1].text == ")" && toks[x].word && !toks[x].capitalised() && !toks[x].timex &&
			(isPresentForm(toks[x].lower) || scheduledForm(toks[x].lower)) {
			// a name takes the -s form: "a Knesset (parliament) vote" is
			// a noun
			if o := asideOpen(toks, x-1); o > 0 && toks[o-1].word && subjectBefore(toks, tags, x, o-1) &&
				(!toks[o-1].capitalised() || strings.HasSuffix(toks[x].lower, "s")) {
				tags[x] = vtFinite
			}
		}
	}
	gs := groups(toks, tags)
	var g *group
	for k := range gs {
		if gs[k].to <= w && gs[k].finite {
			g = &gs[k] // the last finite group before; to and -ing forms after it are its own
		}
	}
	if g == nil {
		// the weekday opens the sentence: On Thursday, X take on Y
		for x := 0; x < w; x++ {
			if toks[x].word && !prepositions[toks[x].lower] && !conjunctions[toks[x].lower] && toks[x].lower != "early" && toks[x].lower != "late" {
				return false
			}
		}
		for k := range gs {
			if gs[k].from >= we && gs[k].finite {
				if gs[k].from > 0 && (relativePronouns[toks[gs[k].from-1].lower] || subordinators[toks[gs[k].from-1].lower]) {
					continue // On Thursday, Ozawa, who heads the party, promised
				}
				g = &gs[k]
				break
			}
		}
		if g == nil {
			return false
		}
	}
	for x := g.to; x < w; x++ {
		// the weekday dates an event before: "is preparing a return
		// following the death Thursday", "is heading for victory, with
		// a partial count on Monday giving him a lead"
		// a report neither: "is moving closer, according to a report
		// Wednesday"
		if backWords[toks[x].lower] || toks[x].lower == "with" && x > 0 && toks[x-1].text == "," {
			return false
		}
	}
	for k := range gs {
		// an -ing clause between the verb and the weekday that a comma
		// opens is its own: "the speed is slowing down, the index going
		// up 7 points, breaking the previous record on Monday"
		h := &gs[k]
		if h.from >= g.to && h.to <= w && tags[h.from] == vtIng && h.from > 0 && !toks[h.from-1].word {
			return false
		}
	}
	return presentGroup(toks, tags, g, w)
}

// presentGroup reports whether the finite verb group g looks ahead: a
// finite base or -s form of a known verb (comes, meet), not also a past
// form (hit, beat), nor one of reporting or of a state of mind
// (notScheduled); a base form only after a plural, a name or a pronoun;
// be with an -ing form (is traveling), with "to" (is to be signed), with
// a participle of plan (is scheduled to, are expected to) or alone in a
// sentence with no past verb (the deadline is Thursday); "can" with a
// base form; will or shall, which tense reads no further than its clause
// ("We will go back to Baidoa to present and discuss our laws on Sunday");
// the present passive right before the weekday w (nominations are
// announced Tuesday; not "are accused of killing two men on Monday").
func presentGroup(toks []token, tags []vtag, g *group, w int) bool {
	first, main := toks[g.from].lower, toks[g.main].lower
	switch {
	case g.to-g.from == 1 && tags[g.main] == vtFinite && ambiguousPast[main] && conditionalPlural(toks, g.from):
		// beat, hit, set after "if they": the present of a condition
		// ("can pull level provided that they beat Tottenham on Sunday")
		return true
	case g.to-g.from == 1 && tags[g.main] == vtFinite:
		if !isPresentForm(main) && !scheduledForm(main) || isPastForm(main) || ambiguousPast[main] {
			return false
		}
		b := presentBase(main)
		if b == main && g.from > 0 {
			// a base form after a plural, a name or a pronoun, not
			// after a noun phrase that may own it as a noun (the
			// highest point)
			pw := toks[g.from-1]
			if o := asideOpen(toks, g.from-1); o > 0 {
				pw = toks[o-1] // the subject before an aside in brackets
			}
			if !(pw.capitalised() || subjectPronouns[pw.lower] || teamNouns[pw.lower] || strings.HasSuffix(pw.lower, "s") && !strings.HasSuffix(pw.lower, "ss")) {
				return false
			}
		}
		return !reportingVerbs[b] && !speechVerbs[main] && !notScheduled[b]
	case (first == "is" || first == "are" || first == "am") && g.main > g.from && strings.HasSuffix(main, "ing"):
		return main != "saying" && main != "telling"
	case (first == "can" || first == "cannot") && tags[g.main] == vtBase:
		return true
	case first == "will" || first == "shall":
		return true
	case first == "is" || first == "are" || first == "am":
		if g.to-g.from == 1 {
			if g.to < len(toks) && toks[g.to].lower == "to" {
				return true // is to be signed on Friday
			}
			// be alone, in a sentence that tells nothing in the past:
			// "The deadline is 1600 GMT Thursday", "The next match is a
			// day-night match at Kingsmead on Wednesday"; not "the polls
			// are in contrast to a poll on Wednesday that showed"
			return !pastInSentence(toks, tags)
		}
		// are expected to announce, is scheduled for; "set" only before
		// to or for (is set to open; not "was set up")
		nx := ""
		if g.to < len(toks) {
			nx = toks[g.to].lower
		}
		if tags[g.main] == vtPart && g.main == g.to-1 && (g.to == w || g.to == w-1 && toks[g.to].lower == "on") {
			return true // nominations are announced Tuesday
		}
		return tenseCues[main]&cuePlan != 0 && (main != "set" || nx == "to" || nx == "for")
	}
	return false
}

// asideOpen returns the index of the "(" that the ")" at token k closes,
// at most ten tokens back, else -1.
func asideOpen(toks []token, k int) int {
	if k < 0 || toks[k].text != ")" {
		return -1
	}
	for o := k - 1; o >= 0 && o >= k-10; o-- {
		switch toks[o].text {
		case "(":
			return o
		case ")", ".", ";":
			return -1
		}
	}
	return -1
}

// conditionalPlural reports whether the verb at token v follows a plural
// or first- or second-person pronoun after "if", "unless" or "provided
// (that)": a form such as "beat" there is the present, not the past (the
// past of a condition would read "if they had beaten").
func conditionalPlural(toks []token, v int) bool {
	if v < 2 || !pluralPronouns[toks[v-1].lower] {
		return false
	}
	c := toks[v-2].lower
	if c == "that" && v >= 3 {
		c = toks[v-3].lower
	}
	return c == "if" || c == "unless" || c == "provided" || c == "providing"
}

// pluralPronouns are the subject pronouns a verb takes without -s.
var pluralPronouns = setOf("they", "we", "you", "i")

// presentBase returns the base of a present form: meets → meet, flies →
// fly, goes → go; a base form is its own.
func presentBase(w string) string {
	known := func(b string) bool { return baseVerbs[b] || scheduledVerbs[b] }
	switch {
	case known(w):
		return w
	case strings.HasSuffix(w, "ies") && known(w[:len(w)-3]+"y"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "es") && known(w[:len(w)-2]):
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "s")
}

// scheduledVerbs are verbs of scheduled events that news tells in the
// present and the clause reader's baseVerbs lack: "Juventus host Cagliari
// on Sunday", "Cohen flies into Tokyo on Monday". presentAhead alone reads
// them, after a subject, as verbs.
var scheduledVerbs = setOf("host", "play", "travel", "fly", "arrive", "kick", "shift", "celebrate",
	"entertain", "resume", "wrap")

// scheduledForm reports whether w is a base or -s form of scheduledVerbs.
func scheduledForm(w string) bool { return scheduledVerbs[presentBase(w)] }

// notScheduled are verbs whose present tells no scheduled event: of a
// state of mind ("the shame many citizens feel about the finding on
// Saturday"), and of reporting or judging, which news tells in the present
// of a past act ("confirms the crash on Monday"). presentGroup asks the
// clause reader's reportingVerbs and the speaker's speechVerbs first, so
// this holds only what those lack.
var notScheduled = setOf("feel", "believe", "think", "know", "want", "need", "seem", "appear",
	"like", "love", "hate", "fear", "hope", "mean", "understand", "remain", "worry", "prefer",
	"own", "agree", "disagree", "doubt", "suspect", "remember", "deny", "blame",
	"accuse", "admit", "acknowledge", "recognize", "concede", "confirm", "praise", "criticize",
	"criticise", "suggest", "describe", "report", "announce", "warn", "urge")

// weekdayRange reports whether the weekday at tokens [i, j) begins or ends
// a range of weekdays (from Monday to Friday, Monday through Friday), which
// in the present tells a habit.
func (p *parser) weekdayRange(i, j int) bool {
	to := func(k int) bool { return p.isAny(k, "to", "through", "till", "until") || p.punct(k, '-') }
	return to(j) && p.capWord(j+1, cWeekday) || to(i-1) && p.capWord(i-2, cWeekday)
}

// backWords part a weekday from the verb before them: it dates an earlier
// event ("is preparing a return following the death Thursday", "is heading
// to Russia after winning the Trophy Friday") or a report ("according to a
// report Wednesday").
var backWords = setOf("after", "following", "since", "according")

// teamNouns are the nouns of a team that British news gives a plural verb:
// "Benitez's side host Watford on Saturday".
var teamNouns = setOf("side", "team", "squad", "club", "eleven")

// pastInSentence reports whether a finite verb of the sentence is in the
// past: a past form, or was, were or had.
func pastInSentence(toks []token, tags []vtag) bool {
	for k := range toks {
		switch {
		case tags[k] == vtFinite && isPastForm(toks[k].lower):
			return true
		case tags[k] == vtAux && (toks[k].lower == "was" || toks[k].lower == "were" || toks[k].lower == "had"):
			return true
		}
	}
	return false
}
