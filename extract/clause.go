// Verb reading: tagVerbs tags each token of a sentence with its verb role
// (modal, auxiliary, finite, participle, -ing, base form) from a lexicon
// and word shape, and groups joins auxiliaries, adverbs and the main verb
// into verb groups, finite or not, that the clause reader picks from.

package extract

import (
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// vtag is the verb role a token plays, as far as a lexicon and word shape
// tell without a part-of-speech tagger.
type vtag uint8

const (
	vtNone   vtag = iota
	vtModal       // will, would, could ...
	vtAux         // finite be/have/do: is, was, has, had, did
	vtAuxNF       // be, been, being, having
	vtFinite      // a finite main verb: sent, announced, says
	vtPart        // a past participle: given (after have), married (after get)
	vtIng         // an -ing form
	vtBase        // a base form after a modal, "to" or "did"
)

// group is a verb group: auxiliaries, adverbs and the main verb, as in
// "had explicitly given" or "would block".
type group struct {
	from, to int  // token indices [from, to)
	main     int  // index of the main verb
	finite   bool // the group has a tense: it heads a clause
}

// verbClass is what tagVerbs needs to know of a lower-case word, read
// with one look-up: the sets it belongs to.
type verbClass uint16

const (
	vcModal verbClass = 1 << iota
	vcAuxFinite
	vcAuxNonFinite
	vcDeterminer
	vcPreposition
	vcBaseVerb
	vcNotIng
	vcVerbAdverb
	vcSubjectPronoun
)

// verbClasses gives the verbClass of every word of those sets.
var verbClasses = func() map[string]verbClass {
	m := map[string]verbClass{}
	for _, s := range []struct {
		set map[string]bool
		c   verbClass
	}{
		{modals, vcModal}, {auxFinite, vcAuxFinite}, {auxNonFinite, vcAuxNonFinite},
		{determiners, vcDeterminer}, {prepositions, vcPreposition}, {baseVerbs, vcBaseVerb},
		{notIng, vcNotIng}, {verbAdverbs, vcVerbAdverb}, {subjectPronouns, vcSubjectPronoun},
	} {
		for w, in := range s.set {
			if in {
				m[w] |= s.c
			}
		}
	}
	return m
}()

// tagVerbs tags every token of a sentence with its verb role.
func tagVerbs(toks []token) []vtag {
	tags := make([]vtag, len(toks))
	cls := make([]verbClass, len(toks))
	for i := range toks {
		cls[i] = verbClasses[toks[i].lower]
	}
	// prev returns the index of the word before i, skipping adverbs that
	// stand inside verb groups, or -1.
	prev := func(i int) int {
		for j := i - 1; j >= 0; j-- {
			if !toks[j].word {
				return -1
			}
			if cls[j]&vcVerbAdverb == 0 && !strings.HasSuffix(toks[j].lower, "ly") {
				return j
			}
		}
		return -1
	}
	for i, t := range toks {
		if !t.word || t.timex {
			continue
		}
		if t.capitalised() && i > 0 && toks[i-1].word {
			continue // a name, not a verb
		}
		lw, c := t.lower, cls[i]
		p := prev(i)
		plw := ""
		if p >= 0 {
			plw = toks[p].lower
		}
		imm, ic := "", verbClass(0)
		if i > 0 {
			imm, ic = toks[i-1].lower, cls[i-1]
		}
		switch {
		case c&vcModal != 0:
			tags[i] = vtModal
		case p >= 0 && (tags[p] == vtModal || plw == "did" || plw == "does" || plw == "do") &&
			c&(vcDeterminer|vcPreposition|vcSubjectPronoun|vcVerbAdverb) == 0: // lw is no function word
			if c&vcAuxNonFinite != 0 || lw == "have" {
				tags[i] = vtAuxNF
			} else {
				tags[i] = vtBase
			}
		case c&vcAuxFinite != 0:
			tags[i] = vtAux
		case c&vcAuxNonFinite != 0:
			tags[i] = vtAuxNF
		case plw == "to" && (c&vcBaseVerb != 0 || lw == "be" || lw == "have"):
			tags[i] = vtBase
		case p >= 0 && (tags[p] == vtAux || tags[p] == vtAuxNF) && isParticiple(lw):
			tags[i] = vtPart
		case i > 0 && possessiveNoun(toks[i-1]):
			// "Thursday's closing price", "Apple's marketing": a noun.
		case strings.HasSuffix(lw, "ing") && len(lw) > 4 && c&vcNotIng == 0:
			tags[i] = vtIng
		case (ic&vcDeterminer != 0 && !((imm == "which" || imm == "that" || (imm == "this" || imm == "that") && i == 1) && isPastForm(lw))) ||
			(ic&vcPreposition != 0 && imm != "to") || len(imm) > 2 && strings.HasSuffix(imm, "s'"):
			// "the alleged abuser", "in limited cases", "the prosecutors'
			// charges": not a verb.
		case participleOnly[lw]:
			tags[i] = vtPart // "Jobs, born in San Francisco": no finite verb
		case isPastForm(lw):
			if imm == "get" || imm == "got" || imm == "getting" || reducedClause[imm] {
				tags[i] = vtPart // "got married", "when asked", "as expected"
			} else {
				tags[i] = vtFinite
			}
		case pastBeforeObject[lw] && imm != "" && ic&^vcSubjectPronoun == 0 && toks[i-1].word &&
			i+1 < len(toks) && objectOpeners[toks[i+1].lower]:
			// "French troops left the southern port", "The incident
			// late Wednesday left the man", "North put forth the
			// formula": a past form shared with the base or a noun,
			// after a word of no verb class but a subject pronoun (a
			// noun, name, pronoun or date) and before its object's
			// determiner or the particle "forth".
			tags[i] = vtFinite
		case isPresentForm(lw) && subjectBefore(toks, tags, i, p):
			tags[i] = vtFinite
		}
	}
	// "the quarter ended Sept. 30": a past form between two dates
	// modifies the first.
	for i := 1; i+1 < len(toks); i++ {
		if tags[i] == vtFinite && toks[i-1].timex && toks[i+1].timex {
			tags[i] = vtPart
		}
	}
	// "a 4.2 percent registered urban unemployment rate", "the newly
	// elected president": a past form after an article and nothing but
	// numbers and -ly adverbs, before a lower-case word that is no
	// function word, modifies the noun after it.
	for i := 1; i+1 < len(toks); i++ {
		if tags[i] != vtFinite {
			continue
		}
		if !isPastForm(toks[i].lower) {
			// "the 3.0-percent rule": a present form after an article
			// and a number is a noun.
			if a := i - 2; a >= 0 && startsDigit(toks[i-1].lower) && !toks[i-1].timex && (toks[a].lower == "the" || toks[a].lower == "a") {
				tags[i] = vtNone
			}
			continue
		}
		j := i - 1
		for j > 0 && toks[j].word && !toks[j].timex && tags[j] == vtNone && (startsDigit(toks[j].lower) ||
			toks[j].lower == "percent" || strings.HasSuffix(toks[j].lower, "ly") && cls[j]&vcDeterminer == 0) {
			j--
		}
		n := toks[i+1]
		if j < i-1 && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the") &&
			n.word && !n.timex && !n.capitalised() && verbClasses[n.lower] == 0 && !conjunctions[n.lower] && !subordinators[n.lower] {
			tags[i] = vtNone
		}
	}
	// "the woman detained had gone": a past form followed by a finite verb
	// modifies the noun before it.
	for i := 0; i+1 < len(toks); i++ {
		if tags[i] == vtFinite && strings.HasSuffix(toks[i].lower, "ed") {
			n := i + 1
			for n+1 < len(toks) && toks[n].timex {
				n++ // "An iOS update released Thursday came with"
			}
			if toks[n].word && (tags[n] == vtAux || tags[n] == vtModal || tags[n] == vtFinite) {
				tags[i] = vtPart
			}
		}
	}
	return tags
}

// reducedClause are the subordinators that a past participle follows in a
// clause with no subject nor auxiliary: "when asked", "if elected", "as
// expected", "than planned".
var reducedClause = setOf("when", "while", "if", "unless", "once", "until", "though",
	"although", "as", "than")

// possessiveNoun reports whether t is a noun or name in the possessive
// ("Apple's", "Wednesday's"), which a noun follows, not a verb; "it's",
// "he's" and "there's" are contractions of is or has.
func possessiveNoun(t token) bool {
	if !t.word {
		return false
	}
	s := timeline.StripPossessive(t.lower)
	return s != t.lower && !contracted[s]
}

// contracted are the words whose "'s" is "is" or "has".
var contracted = setOf("it", "he", "she", "that", "there", "here", "what", "who", "where",
	"how", "let", "this", "everyone", "everybody", "nobody", "someone", "one")

// singularDeterminers open a singular noun phrase, whose present verb
// ends in -s.
var singularDeterminers = setOf("a", "an", "each", "every", "this", "that", "another")

// ownedNoun reports whether the word p ends a noun phrase that a
// possessive or a determiner opens within the three words before it.
func ownedNoun(toks []token, p int) bool {
	for j := p - 1; j >= 0 && j >= p-3; j-- {
		if !toks[j].word {
			return false
		}
		if possessiveNoun(toks[j]) || determiners[toks[j].lower] {
			return true
		}
	}
	return false
}

// isParticiple reports whether lw is a past participle form.
func isParticiple(lw string) bool {
	if participleOnly[lw] {
		return true
	}
	if _, ok := irregularBase(lw); ok && !irregularPastOnly[lw] {
		return true
	}
	return strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "en") || strings.HasSuffix(lw, "ing")
}

// isPastForm reports whether lw looks like a simple past: an irregular past
// or a regular -ed word that is not a known adjective.
func isPastForm(lw string) bool {
	if _, ok := irregularBase(lw); ok {
		return !ambiguousPast[lw]
	}
	if shortPast[lw] {
		return true // "died": four letters
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && !nonVerbEd[lw] &&
		(!strings.HasPrefix(lw, "un") || unVerbs[lw]) && !strings.Contains(lw, "-")
}

// unVerbs are past forms of verbs starting with "un", which most often
// starts an adjective ("unnamed", "unarmed").
var unVerbs = setOf("unveiled", "unleashed", "uncovered", "unlocked", "unsealed", "unloaded",
	"unfolded", "unraveled", "unravelled", "unplugged", "unwrapped", "unearthed", "unseated",
	"unblocked", "unfroze", "unified", "undertook", "underwent", "undermined", "underscored",
	"understood", "undercut")

// isPresentForm reports whether lw is a known verb in its base or -s form.
func isPresentForm(lw string) bool {
	if baseVerbs[lw] {
		return true
	}
	if strings.HasSuffix(lw, "ies") {
		return baseVerbs[lw[:len(lw)-3]+"y"]
	}
	if strings.HasSuffix(lw, "es") && baseVerbs[lw[:len(lw)-2]] {
		return true
	}
	return strings.HasSuffix(lw, "s") && baseVerbs[lw[:len(lw)-1]]
}

// subjectBefore reports whether the word p before the present form at i
// (adverbs skipped; -1: none) can be its subject: a pronoun, a name, a noun
// after a determiner, or a plural noun.
func subjectBefore(toks []token, tags []vtag, i, p int) bool {
	if p < 0 {
		return false
	}
	pt := toks[p]
	switch {
	case subjectPronouns[pt.lower]:
		return true
	case pt.capitalised():
		// "Gascón says", "Sessions and Kelly object"
		return true
	case determiners[pt.lower] || prepositions[pt.lower] || tags[p] != vtNone:
		return false
	case p > 0 && determiners[toks[p-1].lower]:
		// "a compatible release": after "a", "each" or "this" the verb
		// takes -s; a base form is a noun.
		return !singularDeterminers[toks[p-1].lower] || strings.HasSuffix(toks[i].lower, "s")
	case p < i-1 && verbAdverbs[toks[i-1].lower] && ownedNoun(toks, p):
		// "Thailand's own bourse still remains": a verb adverb between the
		// noun and the present form makes it a verb, which "Yi Jianlian's
		// 25 points" and "Sunday's coal mine fire" lack.
		return true
	}
	return strings.HasSuffix(pt.lower, "s") && !strings.HasSuffix(pt.lower, "ss") && !strings.HasSuffix(toks[i].lower, "s")
}

// groups returns the verb groups of a sentence in order.
func groups(toks []token, tags []vtag) []group {
	var out []group
	for i := 0; i < len(toks); {
		if tags[i] == vtNone {
			i++
			continue
		}
		g := group{from: i, main: i}
		g.finite = tags[i] == vtModal || tags[i] == vtAux || tags[i] == vtFinite
		j, last := i+1, tags[i]
		for j < len(toks) {
			auxBefore := last == vtModal || last == vtAux || last == vtAuxNF
			if auxBefore && tags[j] != vtNone {
				last = tags[j]
				j++
				continue
			}
			if auxBefore && toks[j].word && (verbAdverbs[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly")) &&
				j+1 < len(toks) && tags[j+1] != vtNone {
				j++
				continue
			}
			break
		}
		g.to = j
		for k := g.to - 1; k >= g.from; k-- {
			if tags[k] == vtFinite || tags[k] == vtPart || tags[k] == vtIng || tags[k] == vtBase {
				g.main = k
				break
			}
			if k == g.from {
				// only auxiliaries: "was a response", "have been reports"
				for m := g.to - 1; m >= g.from; m-- {
					if tags[m] != vtNone {
						g.main = m
						break
					}
				}
			}
		}
		out = append(out, g)
		i = j
	}
	return out
}

// isBarrier reports whether t ends a clause for the purposes of finding a
// verb's subject and object.
func isBarrier(t token) bool {
	if t.word {
		return false
	}
	switch t.text {
	case ";", ":", "(", ")", "[", "]", "—", "–", "“", "”", "\"", "--":
		return true
	}
	return false
}

// subordinators open a subordinate clause.
var subordinators = setOf("that", "which", "who", "whom", "whose", "because", "while",
	"although", "though", "unless", "whether", "where", "if", "so", "when")

// notIng are words ending in -ing that are not verbs.
var notIng = setOf("during", "including", "according", "regarding", "concerning", "something",
	"nothing", "anything", "everything", "thing", "things", "morning", "evening", "king",
	"spring", "string", "ceiling", "bring", "sing", "ring", "wing", "sibling", "darling",
	"ongoing", "outstanding", "notwithstanding", "pending", "following", "funding",
	"building", "meeting", "hearing", "ruling", "briefing", "landing", "wedding")

// ambiguousPast are irregular past forms that are more often something
// else ("left" as a direction, "set" as a noun).
var ambiguousPast = setOf("left", "set", "put", "cut", "hit", "cost", "let", "read", "lay",
	"bid", "bound", "shut", "quit", "split", "spread", "beat", "become", "come",
	"run", "been", "had", "did", "was", "were", "done", "gone")

// pastBeforeObject are the ambiguous past forms that tagVerbs takes for
// finite verbs before their object's determiner.
var pastBeforeObject = setOf("left", "set", "put", "cut", "hit", "let", "shut", "quit", "split", "spread", "beat")

// objectOpeners are the words that may follow pastBeforeObject's verbs
// when they are finite: the determiners that open their object, and the
// particle "forth" ("put forth the formula").
var objectOpeners = setOf("the", "a", "an", "his", "her", "its", "their", "our", "forth")

// shortPast are past forms of four letters, which isPastForm's length
// test leaves out ("bed", "red" and the like are shorter).
var shortPast = setOf("died", "tied", "owed", "vied", "lied")
