package extract

import (
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// FuzzClassify checks that Classify and FindDateline never panic and that
// paragraphs are non-empty, in order and within the text.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{"Now playing\n01:17\nTitle\n(CNN) —\nBody.", "March 31, 2017 9:11 PM EDT\n\nText.", "WASHINGTON, March 31 (Reuters) - X", "a\r\nb\n\n(", "Posted: 9:11 PM ET, Fri March 31, 2017"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ps := Classify(text)
		end := 0
		for _, p := range ps {
			if p.Start < end || p.End <= p.Start || p.End > len(text) {
				t.Fatalf("bad paragraph %+v after %d in %d bytes", p, end, len(text))
			}
			end = p.End
		}
		FindDateline(text, ps)
		a := timeline.Article{ID: "x", Text: text, Paragraphs: ps, PublishedSource: timeline.SourceNone}
		cs := cluesOf(&a, nil)
		decide(termsOf(cs, yearCluesOf(text, cs)))
		phraseAround(text, len(text)/2, len(text)/2)
		sentenceAround(text, len(text)/2, len(text)/2)
	})
}
