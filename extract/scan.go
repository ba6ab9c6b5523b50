package extract

// This file holds the single pass over the text: a byte-level tokenizer that
// looks every word up in the date lexicon once. The rules then run over the
// tokens, and only where a cue token stands (see headClasses and
// parser.run), so the cost per byte is the cost of the tokenizer.

// tokKind is the kind of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // a run of letters (and any non-ASCII bytes)
	tkNum                  // a run of ASCII digits
	tkPunct                // one ASCII punctuation byte
)

// tok is one token of the text. Offsets are bytes; a token never splits a
// UTF-8 sequence because only ASCII bytes end a word.
type tok struct {
	s, e int32   // byte offsets, text[s:e]
	num  int32   // value of a number token (-1 when more than 9 digits)
	lid  uint16  // the lexicon index of a word, 0 when none
	kind tokKind // word, number or punctuation
	nd   uint8   // digits of a number token (at most 255 counted)
	c    byte    // the byte of a punctuation token
	capt bool    // a word starting with an upper-case ASCII letter
	nl   bool    // a line break stands between the previous token and this one
}

// maxLexWord is the longest word looked up in the lexicon.
const maxLexWord = 14

// tokenize splits text into tokens, appending to toks (reused between calls).
func tokenize(text string, toks []tok) []tok {
	var buf [maxLexWord]byte
	n := len(text)
	nl := false
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '\n':
			nl = true
			i++
		case c >= '0' && c <= '9':
			j := i
			v := 0
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				v = -1
			}
			toks = append(toks, tok{s: int32(i), e: int32(j), kind: tkNum, num: int32(v), nd: uint8(min(j-i, 255)), nl: nl})
			nl = false
			i = j
		case isLetter(c) || c >= 0x80:
			j := i
			for j < n && (isLetter(text[j]) || text[j] >= 0x80) {
				j++
			}
			t := tok{s: int32(i), e: int32(j), kind: tkWord, capt: c >= 'A' && c <= 'Z', nl: nl}
			if j-i <= maxLexWord {
				w := buf[:j-i]
				ascii := true
				for k := range w {
					b := text[i+k]
					if b >= 0x80 {
						ascii = false
						break
					}
					if b >= 'A' && b <= 'Z' {
						b += 'a' - 'A'
					}
					w[k] = b
				}
				if ascii {
					t.lid = lexicon[string(w)]
				}
			}
			toks = append(toks, t)
			nl = false
			i = j
		default:
			toks = append(toks, tok{s: int32(i), e: int32(i + 1), kind: tkPunct, c: c, nl: nl})
			nl = false
			i++
		}
	}
	return toks
}

// lex returns the lexicon entry of a word token, nil when none.
func (t *tok) lex() *lexEntry {
	if t.lid == 0 {
		return nil
	}
	return &lexTable[t.lid]
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
