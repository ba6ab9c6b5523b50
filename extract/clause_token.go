// Tokens: appendTokens cuts a sentence into the words and punctuation marks
// the clause reader reads (a possessive, a currency sign or an
// abbreviation's period kept with its word), with their case, name and
// quotation flags; quoteSpans finds the quotations; display writes a token
// back for a title.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	text  string // as written, "’s" and trailing periods of abbreviations kept
	lower string // lower case, curly apostrophes made straight
	start int    // byte offset in the article text (it ends at start+len(text))
	word  bool   // letters or digits (not punctuation)
	upper bool   // starts with an upper-case letter: see capitalised
	name  bool   // may be part of a name: see nameWord
	quote bool   // inside a quotation
	timex bool   // part of a temporal expression
}

// end returns the byte offset in the article text where the token ends.
func (t *token) end() int { return t.start + len(t.text) }

// capitalised reports whether the token starts with an upper-case letter.
func (t token) capitalised() bool { return t.upper }

// allCaps reports whether the token is an acronym of two or more capitals
// ("ICE", "DHS").
func (t token) allCaps() bool {
	n := 0
	for _, r := range t.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// appendTokens appends the tokens of text[s:e] to toks. Words keep inner
// hyphens, apostrophes and periods ("Cantil-Sakauye", "don’t", "U.S."); a
// word ending in "-" before a capitalised word is joined to it ("Cantil-
// Sakauye"). Possessive "’s" stays part of the word, and so does the
// apostrophe of a plural possessive ("States’").
func appendTokens(toks []token, text string, s, e int) []token {
	i := s
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			if r == '-' && i+n < e && text[i+n] == '-' {
				n++ // "--", a dash: one token, a barrier (see isBarrier)
			}
			toks = append(toks, token{text: text[i : i+n], lower: text[i : i+n], start: i, upper: unicode.IsUpper(r)})
			i += n
			continue
		}
		j := i + n
		for j < e {
			c, m := utf8.DecodeRuneInString(text[j:e])
			if isWordRune(c) {
				j += m
				continue
			}
			if c == ',' && thousands(text[i:j], text[j+1:e]) {
				j += 4 // "358,000", "$3,500": one number
				continue
			}
			if c == '-' || c == '\'' || c == '’' || c == '.' || c == '&' {
				nx, _ := utf8.DecodeRuneInString(text[j+m : e])
				if j+m < e && isWordRune(nx) {
					j += m
					continue
				}
				if c == '-' && j+m < e {
					// "Cantil- Sakauye": a hyphenated name broken by a space.
					k := j + m
					for k < e && text[k] == ' ' {
						k++
					}
					nx, _ = utf8.DecodeRuneInString(text[k:e])
					if k > j+m && k < e && unicode.IsUpper(nx) && startsUpper(text[i:j]) {
						j = k
						continue
					}
				}
				if c == '.' && abbrevDot(text[i:j]) {
					j += m
				}
				if (c == '\'' || c == '’') && (text[j-1] == 's' || text[j-1] == 'S') && !singleQuoteOpen(text[s:i]) &&
					!strings.HasPrefix(text[j+m:e], "'") && !strings.HasPrefix(text[j+m:e], "’") {
					j += m // a plural possessive: "States’"
				}
			}
			break
		}
		if k := dollarAfter(text[j:e]); k > 0 && isCurrencyPrefix(text[i:j]) {
			j += k // "US$", "HK$", "US $ 5": a currency, not a name
		}
		lower := ""
		if k := detachedPossessive(text[j:e], text[j-1], func() bool { return singleQuoteOpen(text[s:i]) }); k > 0 {
			// "Apple 's", "Beatles '": a pre-tokenised possessive.
			lower = normWord(text[i:j] + strings.Join(strings.Fields(text[j:j+k]), ""))
			j += k
		}
		if lower == "" && startsUpper(text[i:j]) && !nameBefore(toks) && !strings.ContainsAny(text[i:j], "'’") {
			j += detachedHyphen(text[j:e]) // "Wal - Mart": a pre-tokenised hyphenated name
		}
		w := text[i:j]
		if lower == "" {
			lower = normWord(w)
		}
		toks = append(toks, token{text: w, lower: lower, start: i, word: true, upper: startsUpper(w)})
		i = j
	}
	return toks
}

// nameBefore reports whether the last of toks is a capitalised word other
// than "The", which a name after it may continue.
func nameBefore(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	t := toks[len(toks)-1]
	return t.word && t.upper && t.lower != "the"
}

// detachedHyphen returns the length of a hyphen written apart from its
// words, as in pre-tokenised text, and the capitalised word after it at
// the start of rest (what follows a capitalised word that starts a name),
// or 0: " - Mart" in "passed Wal - Mart to". The word after must end the
// name, so that a dash between two names ("San Jose - Cisco", "Tony Blair
// - Sun Exclusive") stays one.
func detachedHyphen(rest string) int {
	if !strings.HasPrefix(rest, " - ") {
		return 0
	}
	k := len(" - ")
	r, n := utf8.DecodeRuneInString(rest[k:])
	if !unicode.IsUpper(r) {
		return 0
	}
	k += n
	for k < len(rest) {
		c, m := utf8.DecodeRuneInString(rest[k:])
		if !unicode.IsLetter(c) {
			break
		}
		k += m
	}
	after := strings.TrimLeft(rest[k:], " ")
	if after == "" || startsUpper(after) {
		return 0
	}
	return k
}

// detachedPossessive returns the length of a possessive written apart from
// its word, as in pre-tokenised text, at the start of rest (what follows a
// word whose last byte is last), or 0: " 's", " ’s" or " ' s" before a
// non-word character, and " '" or " ’" after a word ending in s before
// another word ("the Beatles ' Apple Corps"), unless a single quotation
// is open (quoted tells whether one was opened before the word; it is
// asked only then), which the apostrophe then closes.
func detachedPossessive(rest string, last byte, quoted func() bool) int {
	n := len(rest) - len(strings.TrimLeft(rest, " "))
	if n == 0 || n > 2 {
		return 0
	}
	k := n
	switch {
	case strings.HasPrefix(rest[k:], "'"):
		k++
	case strings.HasPrefix(rest[k:], "’"):
		k += len("’")
	default:
		return 0
	}
	wordAfter := func(at int) bool {
		r, _ := utf8.DecodeRuneInString(rest[at:])
		return at < len(rest) && isWordRune(r)
	}
	for _, p := range []string{"s", " s"} {
		if strings.HasPrefix(rest[k:], p) && !wordAfter(k+len(p)) && !strings.HasPrefix(rest[k+len(p):], "'") {
			return k + len(p)
		}
	}
	if (last == 's' || last == 'S') && strings.HasPrefix(rest[k:], " ") && wordAfter(k+1) && !quoted() {
		return k
	}
	return 0
}

// thousands reports whether a comma between w, a word that ends in a
// digit, and rest groups the thousands of one number: three digits and no
// fourth follow it.
func thousands(w, rest string) bool {
	if w == "" || w[len(w)-1] < '0' || w[len(w)-1] > '9' || len(rest) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if rest[k] < '0' || rest[k] > '9' {
			return false
		}
	}
	return len(rest) == 3 || rest[3] < '0' || rest[3] > '9'
}

// isCurrencyPrefix reports whether w, written right before "$", names
// the country of a dollar: one to three capitals ("US$ 49", "HK$").
func isCurrencyPrefix(w string) bool {
	if len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// dollarAfter returns the length of the "$" (or " $") at the start of
// rest when an amount follows it, else 0.
func dollarAfter(rest string) int {
	k := 0
	if strings.HasPrefix(rest, " $") {
		k = 1
	}
	if !strings.HasPrefix(rest[k:], "$") {
		return 0
	}
	a := strings.TrimLeft(rest[k+1:], " ")
	if a == "" || a[0] < '0' || a[0] > '9' {
		return 0
	}
	return k + 1
}

// isCurrency reports whether s is a currency sign a number follows: "$",
// "€", "£", "¥" or a dollar with its country ("US$").
func isCurrency(s string) bool {
	switch s {
	case "$", "€", "£", "¥":
		return true
	}
	if !strings.HasSuffix(s, "$") {
		return false
	}
	s = strings.TrimRight(strings.TrimSuffix(s, "$"), " ")
	return len(s) > 0 && isCurrencyPrefix(s)
}

// display returns the token as a title writes it: a possessive written
// apart ("Apple 's") joined to its word.
func (t token) display() string {
	if strings.ContainsAny(t.text, " \t\n") {
		return strings.Join(strings.Fields(t.text), "")
	}
	return t.text
}

// singleQuoteOpen reports whether before (the sentence up to a word)
// opens a single quotation ("‘", or "'" at the start of a word), so that
// an apostrophe after the word may close it rather than mark a plural
// possessive: "called it 'a sham on sanctuary cities'". (Two apostrophes
// in a row, a typewriter's closing double quote, close a quotation too.)
func singleQuoteOpen(before string) bool {
	return strings.Contains(before, "‘") || strings.HasPrefix(before, "'") || strings.Contains(before, " '")
}

// abbrevDot reports whether a period after w belongs to w: dotted acronyms
// ("U.S"), initials ("G") and known abbreviations ("Sept", "Gov").
func abbrevDot(w string) bool {
	if strings.Contains(w, ".") || isInitial(w) {
		return true
	}
	lw := strings.ToLower(w)
	return titleAbbrev[lw] || monthAbbrev[lw] || otherAbbrev[lw]
}

// isWordRune reports whether r is a letter or a digit, with an ASCII fast
// path.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// normWord lower-cases w, makes curly apostrophes straight and joins a
// name broken after its hyphen.
func normWord(w string) string {
	if plain, upper := plainASCII(w); plain {
		// Most words: lower-casing is all they need, and nothing when
		// they have no capital.
		if !upper {
			return w
		}
		return strings.ToLower(w)
	}
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "’", "'")
	if strings.Contains(w, "- ") {
		w = strings.Join(strings.Fields(w), "")
	}
	return w
}

// plainASCII reports whether w is ASCII with no hyphen before a space,
// and whether it has a capital.
func plainASCII(w string) (plain, upper bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '-' && i+1 < len(w) && w[i+1] == ' ' {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	return true, upper
}

// quoteSpans returns the byte spans of text inside quotation marks: curly
// “…” pairs and straight "…" pairs, a quotation left open running to the
// end of its paragraph.
func quoteSpans(text string) []Span {
	var out []Span
	open := -1
	straight := false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\n' {
			i++ // no quotation mark nor paragraph break
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || (r == '"' && open < 0):
			if open < 0 {
				open, straight = i, r == '"'
			}
		case r == '”' || (r == '"' && open >= 0):
			if open >= 0 && (r == '”' || straight) {
				out = append(out, Span{open, i + n})
				open = -1
			}
		case r == '\n' && i+1 < len(text) && text[i+1] == '\n':
			if open >= 0 {
				out = append(out, Span{open, i})
				open = -1
			}
		}
		i += n
	}
	if open >= 0 {
		out = append(out, Span{open, len(text)})
	}
	return out
}

// inSpans reports whether [s, e) lies within one of spans (sorted).
func inSpans(spans []Span, s, e int) bool {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].End <= s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(spans) && spans[lo].Start <= s && e <= spans[lo].End
}
