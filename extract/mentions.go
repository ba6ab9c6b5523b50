package extract

import (
	"sort"
	"strings"

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
// quotation dates. Pronoun subjects ("she", "they") take the last fitting
// actor named before in the article.
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
	tags   [][]vtag // computed on demand
	quotes []Span
	ctx    *actorContext
	actors [][]actor // sentences' actors, for pronouns: see sentenceActors
	read   []bool    // which sentences' actors are in actors
}

// sentenceActors returns the actors of sentence k, read when first asked.
func (d *doc) sentenceActors(k int) []actor {
	if !d.read[k] {
		d.actors[k] = d.ctx.actors(d.toks[k], 0, len(d.toks[k]))
		d.read[k] = true
	}
	return d.actors[k]
}

func newDoc(text string, timexes []timeline.Timex) *doc {
	d := &doc{text: text, sents: Sentences(text), quotes: quoteSpans(text)}
	d.toks = make([][]token, len(d.sents))
	d.tags = make([][]vtag, len(d.sents))
	ti := 0
	for k, s := range d.sents {
		toks := clauseTokens(text, s.Start, s.End)
		for i := range toks {
			toks[i].quote = inSpans(d.quotes, toks[i].start, toks[i].end)
			for ti < len(timexes) && timexes[ti].End <= toks[i].start {
				ti++
			}
			for x := ti; x < len(timexes) && timexes[x].Start < toks[i].end; x++ {
				if timexes[x].End > toks[i].start {
					toks[i].timex = true
					break
				}
			}
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
	toks := d.toks[k]
	if d.tags[k] == nil {
		d.tags[k] = tagVerbs(toks)
	}
	c := clause{d: d, k: k, toks: toks, tags: d.tags[k], quote: m.Quote}
	c.read(t)
	m.Verb, m.Actors, m.Title = c.verb, c.actorNames(), c.title()
	return m
}
