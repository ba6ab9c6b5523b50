// Verb and function-word lists: the irregular and common verb forms,
// auxiliaries, modals and verb adverbs tagVerbs reads, and the
// determiners, prepositions and subject pronouns the whole clause reader
// consults.

package extract

import (
	"github.com/timeline-tool/timeline/timeline"
)

// irregularPastOnly are irregular forms that are past tense but not past
// participles: after a subject they are finite.
var irregularPastOnly = setOf("arose", "bore", "became", "began", "bit", "blew", "broke", "came",
	"chose", "did", "drew", "drank", "drove", "ate", "fell", "fled", "flew", "forbade", "forgot",
	"forgave", "froze", "gave", "went", "grew", "hid", "knew", "overcame", "oversaw", "overtook",
	"rode", "rang", "rose", "ran", "saw", "shook", "sang", "sank", "spoke", "stole", "struck",
	"swore", "swam", "took", "tore", "threw", "underwent", "undertook", "woke", "wore", "withdrew",
	"wrote", "was", "were")

// baseVerbs are common verbs whose base and -s forms are recognised as
// present-tense verbs after a subject ("the letter reads", "they insist").
var baseVerbs = setOf("say", "tell", "write", "read", "make", "want", "need", "agree",
	"disagree", "insist", "object", "argue", "claim", "believe", "think", "know", "plan",
	"expect", "hope", "seek", "serve", "require", "include", "continue", "remain", "seem",
	"appear", "allow", "ask", "call", "consider", "face", "give", "go",
	"get", "take", "come", "show", "keep", "hold", "bring", "meet", "send", "sell", "buy",
	"pay", "lead", "run", "own", "stand", "oppose", "support", "deny", "reject", "accept",
	"approve", "announce", "launch", "release", "report", "warn", "threaten", "urge",
	"vow", "pledge", "promise", "refuse", "fail", "decide", "order", "rule", "sue", "file",
	"charge", "accuse", "blame", "criticize", "criticise", "praise", "respond", "reply",
	"add", "note", "explain", "suggest", "point", "mean", "describe", "estimate", "predict",
	"intend", "try", "help", "use", "become", "look", "feel", "fear", "worry", "like",
	"love", "hate", "prefer", "favor", "favour", "hit", "lose", "win", "beat", "join",
	"leave", "open", "close", "end", "start", "begin", "stop", "cut", "raise", "drop",
	"rise", "fall", "grow", "increase", "reduce", "lower", "have", "do", "contend", "maintain",
	"acknowledge", "admit", "concede", "confirm", "recognize", "understand", "demand",
	"arrest", "detain", "deport", "prohibit", "hinder", "block", "withhold", "strip",
	"challenge", "assail", "rebuke", "chastise", "mark", "sign", "veto", "pass",
	"vote", "elect", "appoint", "nominate", "resign", "retire", "die", "kill", "attack",
	"invade", "visit", "tour", "unveil", "introduce", "ship", "offer", "provide", "produce",
	"sued", "apologize", "apologise", "acquire", "merge", "invest", "employ", "hire", "fire",
	"follow")

// modals are modal verbs; the word after one is a base verb.
var modals = setOf("will", "would", "can", "could", "may", "might", "shall", "should", "must",
	"wo", "ca", "ought")

// auxFinite are finite forms of be, have and do.
var auxFinite = setOf("is", "are", "was", "were", "am", "has", "have", "had", "does", "do", "did")

// auxNonFinite are non-finite forms of be and have.
var auxNonFinite = setOf("be", "been", "being", "having")

// verbAdverbs may stand inside a verb group ("had explicitly given").
var verbAdverbs = setOf("not", "n't", "never", "also", "already", "still", "just", "now",
	"then", "recently", "reportedly", "first", "since", "ever", "even", "jointly", "repeatedly",
	"only", "further", "later", "previously", "immediately", "once", "again", "apparently",
	"allegedly")

// reportingVerbs are verbs of saying: a clause they head reports an event
// rather than being it.
var reportingVerbs = setOf("say", "tell", "add", "state", "note", "explain", "argue",
	"claim", "insist", "told", "write", "according", "continue", "reiterate", "recall")

// saysWord reports whether lw, a lower-case word, is a speech verb
// ("said", "told") or a form of a reporting verb ("stated", "notes").
func saysWord(lw string) bool {
	return speechVerbs[lw] || reportingVerbs[timeline.Lemma(lw)]
}

// takesClauseWord reports whether lw, a lower-case word, is a verb whose
// object may be a clause: saysWord's verbs and clauseVerbs ("warned",
// "confirmed").
func takesClauseWord(lw string) bool {
	return saysWord(lw) || clauseVerbs[timeline.Lemma(lw)]
}

// determiners open a noun phrase: the word after one is not a verb.
var determiners = setOf("a", "an", "the", "this", "that", "these", "those", "his", "her",
	"its", "their", "our", "my", "your", "some", "any", "no", "every", "each", "another",
	"such", "both", "all", "many", "most", "several", "few", "which", "whose", "what",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// prepositions are common prepositions.
var prepositions = setOf("of", "in", "on", "at", "by", "for", "with", "from", "to", "into",
	"onto", "about", "against", "over", "under", "after", "before", "during", "since",
	"until", "till", "through", "between", "among", "without", "within", "across", "toward",
	"towards", "upon", "around", "near", "despite", "amid", "like", "per", "via", "than",
	"including", "regarding", "concerning", "following", "as", "behind", "beyond", "inside",
	"outside", "off", "out", "up", "down")

// subjectPronouns may stand as the subject of a finite verb.
var subjectPronouns = setOf("he", "she", "it", "they", "we", "i", "you", "who", "which", "that")

// nonVerbEd are words ending in "ed" that are not verbs.
var nonVerbEd = setOf("red", "bed", "need", "speed", "seed", "feed", "indeed", "shed",
	"sacred", "naked", "wicked", "hundred", "kindred", "breed", "creed", "deed", "greed",
	"weed", "led", "fled", "bred", "wed", "embed", "proceed", "succeed", "exceed", "reed",
	"so-called", "skied", "ragged", "rugged", "beloved", "aged", "learned", "alleged",
	"unprecedented", "unexpected", "unrelated", "united", "based", "concerned", "related",
	"limited", "detailed", "advanced", "supposed", "armed", "married", "retired", "noted",
	"experienced", "sophisticated", "complicated", "dedicated", "talented", "interested")

// participleOnly are past participles that are never a simple past: after
// no auxiliary they open a participle phrase ("Jobs, born in San Francisco
// on February 24, 1955, has built"), not a finite clause.
var participleOnly = setOf("born", "borne", "given", "taken", "written", "seen", "known",
	"shown", "chosen", "spoken", "broken", "driven", "eaten", "fallen", "forgotten", "frozen",
	"hidden", "ridden", "risen", "shaken", "stolen", "sworn", "torn", "worn", "thrown", "grown",
	"drawn", "flown", "blown", "done", "gone", "been", "beaten", "bitten", "forbidden", "begun")

// irregularBase returns the base form of an irregular past or participle.
func irregularBase(w string) (string, bool) { return timeline.IrregularBase(w) }
