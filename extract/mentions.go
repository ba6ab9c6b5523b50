package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// Mentions returns the event mention of every date and time expression in
// timexes: the sentence it stands in, the main verb of the clause it
// modifies, the actors of that clause and a short extractive title (actor +
// verb + object, at most 12 words). Durations, sets and the vague
// PRESENT_REF/PAST_REF/FUTURE_REF name no event and are skipped;
// expressions that could not be resolved still make mentions, so that the
// timeline can report them.
//
// A date inside a quotation is read inside that quotation (Quote is set);
// a reporting clause ("Gascón told TIME") is not taken for the event the
// quotation dates. He and she take the subject they continue (the named
// subject of the main clause before them, back through sentences whose
// subject is he or she), else the last fitting actor named before in the
// article; they takes the last pair of people or organisation. Text
// written token by token ("Apple 's", "US$ 49") reads as written prose.
func Mentions(a *timeline.Article, timexes []timeline.Timex) []timeline.Mention {
	var keep []timeline.Timex
	for _, t := range timexes {
		if (t.Type == timeline.TypeDate || t.Type == timeline.TypeTime) && !strings.HasSuffix(t.Value, "_REF") &&
			t.Start >= 0 && t.End <= len(a.Text) && t.Start < t.End {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].Start < keep[j].Start })
	d := newDoc(a.Text, keep)
	ms := make([]timeline.Mention, 0, len(keep))
	for _, t := range keep {
		ms = append(ms, d.mention(a.ID, t))
	}
	return ms
}

// doc is an article read for mentions: its sentences, their tokens and
// what is known of its names.
type doc struct {
	text   string
	sents  []Span
	toks   [][]token
	tags   [][]vtag // computed on demand: see sentenceTags
	quotes []Span
	ctx    *actorContext
	actors [][]actor // sentences' actors, for pronouns: see sentenceActors
	read   []bool    // which sentences' actors are in actors
}

// sentenceTags returns the verb tags of sentence k, tagged when first
// asked.
func (d *doc) sentenceTags(k int) []vtag {
	if d.tags[k] == nil {
		d.tags[k] = tagVerbs(d.toks[k])
	}
	return d.tags[k]
}

// sentenceActors returns the actors of sentence k, read when first asked.
func (d *doc) sentenceActors(k int) []actor {
	if !d.read[k] {
		d.actors[k] = d.ctx.actors(k, 0, len(d.toks[k]))
		d.read[k] = true
	}
	return d.actors[k]
}

// newDoc splits text into sentences (capped at MaxSentenceBytes, see
// capSentences) and tokens, marking the tokens inside quotations and those
// of the timexes, and builds the document's actor context; verb tags and
// actors are read per sentence on demand (sentenceTags, sentenceActors).
func newDoc(text string, timexes []timeline.Timex) *doc {
	d := &doc{text: text, sents: capSentences(text, Sentences(text), timexes, MaxSentenceBytes), quotes: quoteSpans(text)}
	d.toks = make([][]token, len(d.sents))
	d.tags = make([][]vtag, len(d.sents))
	ti := 0
	// The sentences' tokens share one array (about one token in five
	// bytes of news); each sentence's slice is capped, so that it never
	// grows into the next.
	n := 2 * len(d.sents)
	for _, s := range d.sents {
		n += (s.End - s.Start) / 5
	}
	buf := make([]token, 0, n)
	for k, s := range d.sents {
		from := len(buf)
		buf = appendTokens(buf, text, s.Start, s.End)
		toks := buf[from:len(buf):len(buf)]
		for i := range toks {
			toks[i].quote = inSpans(d.quotes, toks[i].start, toks[i].end())
			for ti < len(timexes) && timexes[ti].End <= toks[i].start {
				ti++
			}
			for x := ti; x < len(timexes) && timexes[x].Start < toks[i].end(); x++ {
				if timexes[x].End > toks[i].start {
					toks[i].timex = true
					break
				}
			}
			toks[i].name = isNameWord(toks[i])
		}
		d.toks[k] = toks
	}
	d.ctx = newActorContext(d.toks)
	d.actors = make([][]actor, len(d.sents))
	d.read = make([]bool, len(d.sents))
	return d
}

// sentenceOf returns the index of the sentence holding byte off, or -1.
func (d *doc) sentenceOf(off int) int {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > off })
	if k < len(d.sents) && d.sents[k].Start <= off {
		return k
	}
	return -1
}

// mention reads the event that timex t dates.
func (d *doc) mention(article string, t timeline.Timex) timeline.Mention {
	m := timeline.Mention{Article: article, Timex: t}
	k := d.sentenceOf(t.Start)
	if k < 0 {
		m.Sentence = strings.TrimSpace(t.Text)
		m.SentenceStart = t.Start
		m.Quote = inSpans(d.quotes, t.Start, t.End)
		return m
	}
	s := d.sents[k]
	m.Sentence, m.SentenceStart = d.text[s.Start:s.End], s.Start
	m.Quote = inSpans(d.quotes, t.Start, t.End)
	c := clause{d: d, k: k, toks: d.toks[k], tags: d.sentenceTags(k), quote: m.Quote}
	c.read(t)
	m.Verb, m.Actors, m.Title = c.verb, c.actorNames(), c.title()
	if c.g == nil && c.quote {
		// A quotation with no verb ("a program to get us out of there by
		// this time next year"): the sentence around it tells who said
		// or did what ("Reid indicated he would be willing").
		around := clause{d: d, k: k, toks: d.toks[k], tags: d.sentenceTags(k)}
		around.read(t)
		if around.g != nil {
			m.Title = around.title()
		}
	}
	return m
}

// MaxSentenceBytes bounds the sentences that mentions are read in. No
// sentence of the TimeBank, AQUAINT or TempEval-3 corpora is longer than
// about 600 bytes; a longer "sentence" (a list of dates, a page with no
// punctuation) is cut into pieces of at most this size, so that reading a
// mention stays bounded and extraction linear in the article's length, and
// no mention carries a huge sentence.
const MaxSentenceBytes = 1000

// capSentences cuts every span of sents longer than max bytes into pieces
// of at most max bytes (a piece may be longer only to hold a whole
// expression of timexes, sorted by Start). A cut falls after the last comma
// or semicolon of a piece's second half, else at its last space, else
// anywhere on a rune boundary, and never inside an expression.
func capSentences(text string, sents []Span, timexes []timeline.Timex, max int) []Span {
	var out []Span
	ti := 0
	for _, s := range sents {
		start := s.Start
		for s.End-start > max {
			cut := pieceEnd(text, start, start+max)
			for ti < len(timexes) && timexes[ti].End <= cut {
				ti++
			}
			// timexes[ti] is the first expression ending after cut: move the
			// cut before it, or after it when it starts the piece.
			if ti < len(timexes) && timexes[ti].Start < cut {
				if timexes[ti].Start > start {
					cut = timexes[ti].Start
				} else {
					cut = timexes[ti].End
				}
			}
			if cut >= s.End {
				break
			}
			if a, b := trimSpace(text, start, cut); b > a {
				out = append(out, Span{a, b})
			}
			start = cut
		}
		if a, b := trimSpace(text, start, s.End); b > a {
			out = append(out, Span{a, b})
		}
	}
	return out
}

// pieceEnd returns where to cut text[start:limit]: after its last comma or
// semicolon in the second half, else at its last space, else at the last
// character boundary at or before limit (after the first character when
// that is longer than the limit).
func pieceEnd(text string, start, limit int) int {
	half := start + (limit-start)/2
	if i := strings.LastIndexAny(text[half:limit], ",;"); i >= 0 {
		return half + i + 1
	}
	if i := strings.LastIndexAny(text[start:limit], " \t\n"); i > 0 {
		return start + i
	}
	end := limit
	for end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	if end == start { // a limit shorter than the first character
		end = start + 1
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
	}
	return end
}
