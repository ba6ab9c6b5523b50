// Word lists of the clause reader: the closed classes it consults when it
// finds a subject, its head and a title's phrase boundaries, beside the
// verb and function-word lists of clause_verbs.go, and two word-shape tests.

package extract

// adverbialSubordinators open a clause that tells when, why or on what
// condition the main clause holds.
var adverbialSubordinators = setOf("when", "after", "before", "once", "until", "since",
	"because", "if", "unless", "while", "as")

// sentenceAdverbs open a clause without a comma: "However on Sunday MBC
// was forced".
var sentenceAdverbs = setOf("however", "meanwhile", "then", "yet", "so", "but", "and", "or",
	"thus", "hence", "instead", "besides", "moreover", "furthermore", "nevertheless")

// postModifiers are the prepositions whose phrase may modify the noun
// before it ("the visit to China", "troops in Iraq").
var postModifiers = setOf("of", "in", "on", "at", "for", "with", "from", "to", "into", "about",
	"against", "over", "under", "between", "among", "within", "across", "near", "behind",
	"inside", "outside", "toward", "towards", "around")

// prepMakers are words that make a preposition or a quantity with the
// word after them: "according to", "due to", "more than", "compared with".
var prepMakers = setOf("according", "compared", "due", "thanks", "prior", "rather", "more",
	"less", "fewer", "close", "next", "up", "out", "away", "instead", "ahead", "because")

// fronting are the participles that open a sentence as prepositions do,
// with no subject of their own: "Compared with the previous month, the
// orders dropped".
var fronting = setOf("compared", "given", "provided", "granted", "based", "considered",
	"excluded", "included", "adjusted", "seen", "taken", "put")

// partitives are the words a quantity of something is told with: the
// head of "tens of thousands of people", "parts of the industry" comes
// after "of".
var partitives = setOf("tens", "hundreds", "thousands", "millions", "billions", "dozens",
	"scores", "part", "parts", "half", "majority", "minority", "rest", "number", "couple",
	"lot", "lots", "series", "bunch", "kind", "type", "sort", "piece", "share", "percent",
	"members", "member", "none", "both", "either", "neither", "each", "top", "bulk", "total", "average",
	"maximum", "minimum", "handful")

// ofPrepositions are the words that make a preposition with "of" (ahead
// of, because of, instead of, in front of): no noun heads a subject there
// ("ahead of the sentencing scheduled on March 7").
var ofPrepositions = setOf("ahead", "because", "instead", "out", "outside", "inside", "regardless",
	"irrespective", "apart", "prior", "short", "front", "behalf", "spite", "lieu", "wake", "courtesy")

// lyNouns are words ending in -ly that are no adverbs.
var lyNouns = setOf("family", "rally", "ally", "assembly", "supply", "monopoly", "anomaly",
	"italy", "july", "fly", "belly", "bully", "jelly", "lily", "holly", "reply", "daily",
	"early", "only", "likely", "friendly", "elderly", "costly", "deadly", "unlikely", "holy",
	"oily", "silly", "ugly", "lonely", "lively", "kelly", "sally", "emily", "billy", "molly")

// conjunctions are the coordinating conjunctions: a subject does not start
// with one, a title does not end with one, and one starts a phrase.
var conjunctions = setOf("and", "or", "but")

// relativePronouns open a relative clause.
var relativePronouns = setOf("who", "which", "that")

// pronounRefs are the pronouns resolved to a previous actor.
var pronounRefs = setOf("he", "she", "they")

// nameConnectors are the words that join capitalised words into one name.
var nameConnectors = setOf("of", "the", "and", "for", "&", "de")

// startsDigit reports whether w starts with a digit.
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// closingQuote reports whether s is a quotation mark that may close a
// quotation ("This 'switch', he said, would").
func closingQuote(s string) bool {
	return s == "'" || s == "’" || s == "\"" || s == "”"
}
