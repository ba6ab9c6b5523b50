package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// actor is a person or organisation named in a sentence.
type actor struct {
	name     string // short name: "Sessions", "American Civil Liberties Union of California"
	from, to int    // token indices [from, to) of the name chunk
	person   bool
}

// actorContext is what Mentions learns about an article's names before it
// reads the mentions: which words are names, which titles stand for whom,
// which short names are people.
type actorContext struct {
	midCaps map[string]bool   // words seen capitalised inside a sentence
	single  map[string]bool   // words standing alone as a name
	aliases map[string]string // lower-case title → short name
	persons map[string]bool   // short names of people
	sents   [][]token         // the tokens of every sentence
	chunks  [][][2]int        // the name chunks of every sentence, once midCaps and single are settled
}

// newActorContext reads every sentence's tokens once.
func newActorContext(sents [][]token) *actorContext {
	c := &actorContext{midCaps: map[string]bool{}, single: map[string]bool{},
		aliases: map[string]string{}, persons: map[string]bool{}, sents: sents, chunks: make([][][2]int, len(sents))}
	for _, toks := range sents {
		for i, t := range toks {
			if i > 0 && t.word && t.capitalised() && toks[i-1].word {
				c.midCaps[timeline.StripPossessive(t.lower)] = true
			}
		}
	}
	// A sentence's chunks depend on single only where an "and" may join
	// two people; others are read once.
	settled := make([]bool, len(sents))
	for k, toks := range sents {
		chunks, usedSingle := c.chunksOf(toks)
		for _, ch := range chunks {
			if ch[1]-ch[0] == 1 {
				c.single[timeline.StripPossessive(toks[ch[0]].lower)] = true
			}
		}
		c.chunks[k], settled[k] = chunks, !usedSingle
	}
	for k, toks := range sents {
		if !settled[k] {
			c.chunks[k], _ = c.chunksOf(toks)
		}
		for _, ch := range c.chunks[k] {
			words := chunkWords(toks[ch[0]:ch[1]])
			t := lastTitle(words)
			if t < 0 || t == len(words)-1 || !nameLike(words[t+1:]) {
				continue
			}
			short := c.shortName(words[t+1:])
			c.persons[short] = true
			title := strings.ToLower(strings.Join(trimPlaces(words[:t+1]), " "))
			tw := strings.Fields(title)
			for k := 0; k < len(tw); k++ {
				key := strings.Join(tw[k:], " ")
				if _, ok := c.aliases[key]; !ok {
					c.aliases[key] = short
				}
			}
		}
	}
	return c
}

// actors returns the actors named in the tokens from:to of sentence k, in
// order.
func (c *actorContext) actors(k, from, to int) []actor {
	var out []actor
	toks := c.sents[k]
	place := -1 // end of the last chunk named as a place
	for _, ch := range c.chunks[k] {
		if ch[0] < from || ch[1] > to {
			continue
		}
		// A name after "in", "at", "across" or "near" is where the event
		// took place, not who acted ("arrests ... in Los Angeles County and
		// El Paso"), and so is a name joined to such a place by "and".
		if ch[0] > from && locatives[toks[ch[0]-1].lower] ||
			place >= 0 && ch[0] == place+1 && (toks[place].lower == "and" || toks[place].lower == "or" || toks[place].lower == ",") {
			place = ch[1]
			continue
		}
		// A name before a common noun it modifies names what the noun is
		// about, not who acted: "her annual State of the Judiciary
		// address", "the Cesar Chavez holiday".
		if modifierChunk(toks, ch) {
			continue
		}
		// "World No. 2 Rafael Nadal": a rank's label, no actor.
		if ch[1]+1 < len(toks) && toks[ch[1]].lower == "no." && startsDigit(toks[ch[1]+1].lower) {
			continue
		}
		// "California's chief justice" is the chief justice the article
		// names ("Chief Justice Tani G. Cantil-Sakauye"), not California.
		if who, end := c.possessedTitle(toks, ch[1], to); who != "" {
			out = append(out, actor{name: who, person: true, from: ch[0], to: end})
			continue
		}
		words := chunkWords(toks[ch[0]:ch[1]])
		if roleChunk(toks, ch, words) {
			continue
		}
		for _, a := range c.normalise(words) {
			a.from, a.to = ch[0], ch[1]
			out = append(out, a)
		}
	}
	return out
}

// roleChunk reports whether the name chunk ch of toks, of words, is a
// title alone naming a role rather than the person who holds it: a chunk
// of title words after a word that is no determiner nor possessive ("his
// post as CEO", "the role of Chief Executive", "was named CEO"). "The
// CEO", "his chief of staff" and a title opening the sentence or a clause
// stand for the person the article gave the title.
func roleChunk(toks []token, ch [2]int, words []string) bool {
	if ch[0] == 0 || len(words) == 0 || !isTitleWord(words[0]) || !personTitles[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words {
		if !isTitleWord(w) {
			return false
		}
	}
	p := toks[ch[0]-1]
	return p.word && !determiners[p.lower] && timeline.StripPossessive(p.lower) == p.lower
}

// possessedTitle reads the lower-case title after a possessive name chunk
// ending at token end ("California's chief justice") and returns the person
// the article gave that title, and the token after the title; "" when the
// chunk is no possessive or the title names nobody in the article.
func (c *actorContext) possessedTitle(toks []token, end, to int) (string, int) {
	if end == 0 || end >= to || timeline.StripPossessive(toks[end-1].lower) == toks[end-1].lower {
		return "", 0
	}
	key := ""
	for k := end; k < to && k < end+3 && toks[k].word && !toks[k].capitalised(); k++ {
		if key != "" {
			key += " "
		}
		key += toks[k].lower
		if who, ok := c.aliases[key]; ok {
			return who, k + 1
		}
	}
	return "", 0
}

// modifierChunk reports whether the name chunk ch of toks modifies the
// lower-case noun after it ("the Cesar Chavez holiday"): a noun of
// modifiedNouns, in the plural too, or one of verbishNouns in the singular
// with a determiner among the two words before the name, so that a
// subject and its verb ("Obama will address", "the Senate acts") stay. A
// possessive name owns the noun rather than modifies it, and stays.
func modifierChunk(toks []token, ch [2]int) bool {
	if ch[1] >= len(toks) {
		return false
	}
	if last := toks[ch[1]-1].lower; timeline.StripPossessive(last) != last {
		return false
	}
	n := toks[ch[1]]
	if !n.word || n.capitalised() || n.timex {
		return false
	}
	if modifiedNouns[n.lower] || modifiedNouns[strings.TrimSuffix(n.lower, "s")] {
		return true
	}
	if !verbishNouns[n.lower] {
		return false
	}
	for j := ch[0] - 1; j >= 0 && j >= ch[0]-2; j-- {
		if determiners[toks[j].lower] {
			return true
		}
		if !toks[j].word {
			break
		}
	}
	return false
}

// modifiedNouns are common nouns a name before them modifies, naming
// what or whom they are about or after: a speech, a holiday, a law, a
// building, an award.
var modifiedNouns = setOf("speech", "lecture", "sermon", "holiday", "day", "anniversary",
	"festival", "law", "amendment", "doctrine", "statute", "monument", "memorial", "statue",
	"prize", "medal", "trophy", "scholarship", "fellowship", "era", "weekend")

// verbishNouns are modified nouns that are verbs too ("the Cesar Chavez
// Act" but "Congress acts"): they count only in the singular, after a
// determiner.
var verbishNouns = setOf("address", "act", "bill", "building", "award", "bridge", "tower",
	"honor", "honour", "celebration", "ceremony", "parade")

// locatives are the prepositions before a place name.
var locatives = setOf("in", "at", "across", "near", "outside", "throughout")

// normalise turns a name chunk into actors: titles dropped from people
// ("Attorney General Jeff Sessions" is "Sessions"), a title alone resolved
// through the article's aliases ("the Attorney General" is "Sessions"),
// people coordinated by "and" split.
func (c *actorContext) normalise(words []string) []actor {
	if len(words) == 0 {
		return nil
	}
	if t := lastTitle(words); t >= 0 {
		if t < len(words)-1 && nameLike(words[t+1:]) {
			return []actor{{name: c.shortName(words[t+1:]), person: true}}
		}
		if t == len(words)-1 && personTitles[strings.ToLower(words[t])] {
			title := strings.ToLower(strings.Join(trimPlaces(words), " "))
			tw := strings.Fields(title)
			for k := 0; k < len(tw); k++ {
				if s, ok := c.aliases[strings.Join(tw[k:], " ")]; ok {
					return []actor{{name: s, person: true}}
				}
			}
			return []actor{{name: strings.Join(trimPlaces(words), " "), person: true}}
		}
	}
	if len(words) >= 2 && len(words) <= 4 && nameLike(words) && c.single[strings.ToLower(words[len(words)-1])] {
		return []actor{{name: words[len(words)-1], person: true}}
	}
	name := strings.Join(words, " ")
	return []actor{{name: name, person: c.persons[name]}}
}

// shortName returns the word that stands for the person named by name
// (the words after a title): the last ("Jeff Sessions" is "Sessions"),
// or the first when the article uses it alone and not the last (the
// family name first: "Hu Jintao" is "Hu"); a name ending in a numeral or
// "Jr." is kept whole ("John Paul II").
func (c *actorContext) shortName(name []string) string {
	last := name[len(name)-1]
	if len(name) == 1 {
		return last
	}
	if nameSuffixes[strings.ToLower(last)] {
		return strings.Join(name, " ")
	}
	first := name[0]
	if len(name) == 2 && c.single[strings.ToLower(first)] && !c.single[strings.ToLower(last)] {
		return first
	}
	return last
}

// nameSuffixes end a person's name without being one: "John Paul II",
// "Martin Luther King Jr."
var nameSuffixes = setOf("ii", "iii", "iv", "v", "vi", "jr.", "jr", "sr.", "sr")

// chunksOf returns the token ranges of capitalised name chunks: runs of
// capitalised words joined by "of", "of the", "for", "&", and by "and" inside
// organisation names ("Immigration and Customs Enforcement"), never across
// temporal expressions. It reports whether it asked single (whether an
// "and" may join two people), on which the chunks then depend.
func (c *actorContext) chunksOf(toks []token) (out [][2]int, usedSingle bool) {
	for i := 0; i < len(toks); {
		if !c.nameStart(toks, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if companyEnd[toks[j-1].lower] && !companyEnd[toks[j].lower] {
				// "Apple Inc. Steve Jobs": a company's suffix ends its
				// name, after another one ("Matsuzakaya Co. Ltd.").
				break
			}
			if j-1 == i && ownerEnd(toks[i:]) {
				break // "the Beatles' Apple Corps": the owner is a name of its own
			}
			if nameWord(toks[j]) {
				j++
				continue
			}
			// connectors: of, of the, for, &, and
			k := j
			lw := toks[k].lower
			if lw == "of" || lw == "for" || lw == "&" || lw == "and" || lw == "de" {
				k++
				if k < len(toks) && toks[k].lower == "the" && lw != "and" {
					k++
				}
			}
			if k == j || k >= len(toks) || !nameWord(toks[k]) {
				break
			}
			if lw == "and" && !orgAnd(toks, i, j, k) {
				break
			}
			if lw == "and" {
				usedSingle = true
				if c.personChunk(toks[i:j]) {
					break
				}
			}
			j = k + 1
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out, usedSingle
}

// ownerEnd reports whether the possessive name word toks[0], a name of one
// word, ends before the name words after it, which it owns: not when they
// make a company's name ("Moody's Investors Service Inc."); a possessive
// inside a longer name ("Worldwide Developer's Conference") is not asked.
func ownerEnd(toks []token) bool {
	p := toks[0]
	if timeline.StripPossessive(p.lower) == p.lower {
		return false
	}
	for _, n := range toks[1:] {
		if !nameWord(n) {
			break
		}
		if companyEnd[n.lower] || orgWords[n.lower] {
			return false // "Moody's Investors Service Inc."
		}
	}
	return true
}

// companyEnd are the suffixes that end a company's name.
var companyEnd = setOf("inc.", "inc", "corp.", "co.", "ltd.", "ltd", "llc", "plc", "l.p.", "n.v.", "s.a.", "ag")

// nameStart reports whether a name chunk can start at toks[i].
func (c *actorContext) nameStart(toks []token, i int) bool {
	t := toks[i]
	if !nameWord(t) {
		return false
	}
	lw := timeline.StripPossessive(t.lower)
	if capStop[lw] {
		return false
	}
	if i == 0 || !toks[i-1].word && toks[i-1].text != "," {
		// Sentence-initial (or after a quote or bracket): a name only if
		// the article writes it capitalised elsewhere, or a name follows.
		if t.allCaps() || c.midCaps[lw] || lw != t.lower && len(lw) > 2 || strings.Contains(t.text[1:], "-") {
			return true // "California’s", "Cantil-Sakauye"
		}
		if i+1 < len(toks) && toks[i+1].word && speechVerbs[toks[i+1].lower] {
			return true // "Gascón told"
		}
		if i+2 < len(toks) && toks[i+1].lower == "and" && nameWord(toks[i+2]) {
			return true // "Sessions and Kelly"
		}
		return i+1 < len(toks) && nameWord(toks[i+1]) && !capStop[toks[i+1].lower]
	}
	return true
}

// personChunk reports whether toks name a person: a title and a name, or
// a word the article uses alone as a name.
func (c *actorContext) personChunk(toks []token) bool {
	words := chunkWords(toks)
	if t := lastTitle(words); t >= 0 && t < len(words)-1 && nameLike(words[t+1:]) {
		return true
	}
	return len(words) == 1 && c.single[strings.ToLower(words[0])]
}

// orgAnd reports whether "and" at toks[j] joins one organisation name
// rather than two names: the chunk already has "of", or the words after
// "and" end with an organisation word.
func orgAnd(toks []token, i, j, k int) bool {
	for _, t := range toks[i:j] {
		if t.lower == "of" {
			return true
		}
	}
	e := k
	for e < len(toks) && nameWord(toks[e]) {
		e++
	}
	return orgWords[timeline.StripPossessive(toks[e-1].lower)]
}

// nameWord reports whether t can be part of a name: a capitalised word not
// in a temporal expression.
func nameWord(t token) bool { return t.name }

// isNameWord computes nameWord once a token's timex is settled. "No." is
// the number sign of a rank or a series ("the No. 1 music seller"), no
// name.
func isNameWord(t token) bool {
	if !t.word || t.timex || !t.capitalised() || strings.HasSuffix(t.text, "$") {
		return false
	}
	lw := timeline.StripPossessive(t.lower)
	return !months[lw] && !weekdays[lw] && lw != "i" && lw != "no."
}

// chunkWords returns the words of a chunk as written, without the
// possessive of its last word (an owner's: "Apple's"), "U.S." and "The"
// dropped at the front and broken hyphenated names joined. A possessive
// that more words of the chunk follow is part of the name and stays
// ("McDonald's Corp.", "Moody's Investors Service Inc.": chunksOf ends a
// name at an owner's possessive, see ownerEnd).
func chunkWords(toks []token) []string {
	var w []string
	for i, t := range toks {
		s := t.text
		if strings.Contains(s, " ") {
			s = strings.Join(strings.Fields(s), "")
		}
		if i == len(toks)-1 {
			s = timeline.StripPossessive(s)
		}
		w = append(w, s)
	}
	for len(w) > 1 && (w[0] == "U.S." || w[0] == "US" || w[0] == "The" || w[0] == "U.S") {
		w = w[1:]
	}
	return w
}

// lastTitle returns the index of the last title word in words, or -1.
func lastTitle(words []string) int {
	last := -1
	for i, w := range words {
		if isTitleWord(w) {
			last = i
		}
	}
	return last
}

// isTitleWord reports whether w, in any case, is a title word or a
// person's title.
func isTitleWord(w string) bool { return inLower(w, titleWords, personTitles) }

// inLower reports whether the lower case of w is in one of sets. ASCII
// words are lowered into a buffer, so the look-ups make no string.
func inLower(w string, sets ...map[string]bool) bool {
	var buf [32]byte
	if b := lowerASCII(buf[:], w); b != nil {
		for _, set := range sets {
			if set[string(b)] {
				return true
			}
		}
		return false
	}
	lw := strings.ToLower(w)
	for _, set := range sets {
		if set[lw] {
			return true
		}
	}
	return false
}

// lowerASCII returns the lower case of w written into buf (as
// strings.ToLower would make it), or nil when w is not ASCII or longer
// than buf. Map look-ups with string(b) then need no string.
func lowerASCII(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// nameLike reports whether words look like a person's name: one to four
// capitalised words or initials, none an organisation word or a title.
func nameLike(words []string) bool {
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if inLower(w, orgWords, titleWords, personTitles, nameJoiners) {
			return false
		}
	}
	return true
}

// nameJoiners are the small words inside organisation names, never in a
// person's.
var nameJoiners = setOf("of", "and", "the")

// trimPlaces drops words before the first title word ("California Chief
// Justice" is titled "Chief Justice").
func trimPlaces(words []string) []string {
	for i, w := range words {
		if isTitleWord(w) {
			return words[i:]
		}
	}
	return words
}

// personTitles are the last words of titles that name one person.
var personTitles = setOf("general", "justice", "secretary", "president", "governor", "gov.",
	"sen.", "senator", "rep.", "representative", "mayor", "judge", "director", "commissioner",
	"minister", "chancellor", "attorney", "spokesman", "spokeswoman", "chairman", "chairwoman",
	"ceo", "chief", "officer", "sheriff", "ambassador", "king", "queen", "prince", "pope",
	"councilman", "councilwoman", "councilmember", "dr.", "mr.", "mrs.", "ms.", "prof.",
	"rev.", "lt.", "gen.", "col.", "capt.", "sgt.", "speaker", "leader", "founder",
	"executive", "head", "chair", "superintendent", "pastor", "bishop", "cardinal", "dean")

// titleWords may stand inside a title before its last word ("Department of
// Homeland Security Secretary").
var titleWords = setOf("vice", "deputy", "district", "city", "county", "prime", "assistant",
	"associate", "acting", "former", "senior", "legal", "state", "homeland", "security",
	"department", "dhs", "doj", "fbi", "chief", "attorney", "general", "interim", "majority",
	"minority", "house", "senate", "supreme", "court", "superior", "federal", "national",
	"white", "u.s.", "us")

// orgWords end or mark organisation names.
var orgWords = setOf("department", "departments", "enforcement", "security", "services",
	"affairs", "council", "commission", "committee", "association", "union", "agency",
	"bureau", "court", "courts", "exchange", "company", "corp", "corp.", "inc", "inc.",
	"corporation", "party", "board", "office", "bank", "group", "institute", "university",
	"administration", "legislature", "police", "county", "times", "post", "network",
	"foundation", "center", "centre", "fund", "organization", "organisation", "ministry",
	"parliament", "congress", "senate", "house", "church", "school", "college", "hospital",
	"channel", "news", "press", "journal", "airlines", "motors", "industries", "holdings",
	"republic", "kingdom", "states", "nations", "patrol", "guard", "army", "navy", "force")

// capStop are capitalised words that do not start names.
var capStop = setOf("the", "a", "an", "this", "that", "these", "those", "he", "she", "it",
	"they", "we", "you", "his", "her", "its", "their", "our", "my", "but", "and", "or", "so",
	"in", "on", "at", "for", "if", "when", "while", "after", "before", "as", "since", "some",
	"many", "most", "such", "another", "other", "no", "not", "yet", "there", "here", "what",
	"why", "how", "who", "where", "which", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "to", "from", "with", "by", "of", "about", "also",
	"frankly", "however", "meanwhile", "still", "then", "now", "all", "both", "each",
	"every", "any", "last", "next", "earlier", "later", "today", "tomorrow", "yesterday",
	"mr", "mrs", "ms", "story", "read", "contact", "related", "photo", "video", "watch",
	"advertisement", "although", "though", "because", "despite", "among",
	"until", "unless", "whether", "even", "just", "only", "more", "less", "once", "over")

// speechVerbs after a capitalised word make it a speaker's name.
var speechVerbs = setOf("said", "says", "told", "tells", "wrote", "writes", "added", "asked",
	"explained", "noted", "argued", "recalled", "insisted", "announced")

// months and weekdays are never names.
var months = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
	"jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")

// weekdays are the lower-case names of the days of the week.
var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday")
