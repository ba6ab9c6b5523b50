package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Sentences splits text into sentences and returns their byte spans, in
// order, without the surrounding white space. A sentence ends at a blank
// line, at a line break unless the next line continues it in lower case, and
// after '.', '!', '?' or '…' (with any closing quotes and brackets) when the
// next sentence starts: an upper-case letter, a digit or an opening quote,
// with or without a space between (“custody.”Gascón told TIME” splits, but
// “custody,”Gascón told TIME” does not).
//
// A period does not end a sentence after a title ("Gov.", "Dr."), after an
// initial ("Tani G. Cantil-Sakauye"), after a month before a number ("Sept.
// 25"), or after an abbreviation or a dotted acronym ("Inc.", "U.S.") unless
// the next word is one that commonly opens a sentence ("The", "He", "But").
// A lower-case word after the punctuation never starts a sentence.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := trimSpace(text, start, end)
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	inStraight := false // inside a "straight" quotation in this paragraph
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '"' && c != '.' && c != '!' && c != '?' {
			i++ // nothing that ends a sentence or a quotation
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			inStraight = false
			if lineBreakEnds(text, i) {
				emit(i)
			}
			i += n
			continue
		case r == '"':
			inStraight = !inStraight
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + n
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			end, closed := skipClosers(text, j, &inStraight)
			if breaksAfter(text, i, r, end, closed, inStraight) {
				emit(end)
			}
			i = end
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

// skipClosers moves past closing quotes and brackets at j. A straight quote
// is a closer only inside a straight quotation. It reports whether it moved.
func skipClosers(text string, j int, inStraight *bool) (int, bool) {
	moved := false
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == '"' && *inStraight:
			*inStraight = false
		case r == '”' || r == '’' || r == '\'' || r == ')' || r == ']':
		default:
			return j, moved
		}
		j += n
		moved = true
	}
	return j, moved
}

// breaksAfter decides whether the terminal punctuation r at i, whose
// closers end at end, ends a sentence.
func breaksAfter(text string, i int, r rune, end int, closed, inStraight bool) bool {
	if end >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	spaced := unicode.IsSpace(next)
	k := end
	for k < len(text) {
		c, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(c) || c == '\n' {
			break
		}
		k += n
	}
	if k >= len(text) || text[k] == '\n' {
		return true
	}
	first, _ := utf8.DecodeRuneInString(text[k:])
	opens := first == '“' || first == '‘' || first == '(' || first == '[' || (first == '"' && !inStraight)
	switch {
	case !spaced && !closed && !opens:
		// "3.5", "U.S", "e.g" inside a word: no break.
		return false
	case unicode.IsLower(first):
		return false
	case !(unicode.IsUpper(first) || unicode.IsDigit(first) || opens):
		return false
	}
	if r != '.' || closed {
		return true
	}
	word := wordBefore(text, i)
	if word == "" {
		return true
	}
	nextWord := wordAt(text, k)
	lw := strings.ToLower(strings.TrimSuffix(word, "."))
	switch {
	case titleAbbrev[lw]:
		return false
	case monthAbbrev[lw]:
		return !unicode.IsDigit(first) && sentenceOpeners[nextWord]
	case isInitial(word) || strings.Contains(word, ".") || otherAbbrev[lw]:
		return sentenceOpeners[nextWord]
	}
	return true
}

// lineBreakEnds reports whether the line break at i ends a sentence: always
// at a blank line, and otherwise unless the line runs on into a next line
// that starts in lower case.
func lineBreakEnds(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !unicode.IsLower(r)
}

// wordBefore returns the word (letters, digits, inner periods) that ends
// just before byte i.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		j -= n
	}
	return strings.TrimLeft(text[j:i], ".")
}

// wordAt returns the run of letters starting at byte k.
func wordAt(text string, k int) string {
	j := k
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[k:j]
}

// isInitial reports whether w is one upper-case letter ("G" in "Tani G.").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// trimSpace narrows [s, e) of text to exclude white space at both ends.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// titleAbbrev are abbreviations that stand before a name and so never end a
// sentence.
var titleAbbrev = setOf("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col",
	"sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "prof", "rev", "hon", "pres", "supt",
	"atty", "st", "mt", "ft", "messrs", "sens", "reps", "gens", "govs", "no", "nos", "vol",
	"fig", "pp", "ex")

// monthAbbrev are abbreviated month names: "Sept. 25" never breaks.
var monthAbbrev = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec")

// otherAbbrev are abbreviations that may end a sentence: they break only
// before a word that commonly opens one.
var otherAbbrev = setOf("inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "vs",
	"approx", "dept", "est", "calif", "ariz", "mass", "wash", "conn", "ill", "fla", "tex",
	"penn", "mich", "minn", "wis", "ore", "colo", "okla", "tenn", "ky", "va", "md", "ga",
	"ala", "miss", "la", "nev", "neb", "kan", "del", "ind", "ark", "wyo", "mont", "univ",
	"assn", "bros", "div", "am", "pm", "al", "cf", "ed", "eds")

// sentenceOpeners are words that often start a sentence and rarely follow
// an abbreviation inside one.
var sentenceOpeners = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
	"But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "After",
	"Before", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our",
	"My", "As", "Some", "Many", "Most", "Meanwhile", "However", "Still", "Then", "Now",
	"Since", "Although", "Though", "Because", "Earlier", "Later", "Last", "Next", "What",
	"Why", "How", "Who", "Where", "One", "Two", "No", "Not", "Such", "Under", "By", "With")

// setOf builds a lookup set; used only for package-level tables.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
