package extract

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/timeline-tool/timeline/timeline"
)

// fakeSource emits n articles, every third one with a repeated id, and an
// error after every tenth.
func fakeSource(n int) Source {
	return func(emit func(timeline.Article), fail func(*timeline.InputError)) {
		for i := 0; i < n; i++ {
			id := fmt.Sprintf("a%d", i)
			if i%3 == 2 {
				id = "dup"
			}
			emit(timeline.Article{ID: id, Text: fmt.Sprintf("Article %d. On March 16 it happened.", i),
				Published: "2017-03-31", PublishedSource: timeline.SourceField})
			if i%10 == 9 {
				fail(&timeline.InputError{Path: "in.jsonl", Line: i + 1, Msg: "bad"})
			}
		}
	}
}

func TestPipelineOrderAndIDs(t *testing.T) {
	for _, workers := range []int{1, 4} {
		for _, keep := range []bool{false, true} {
			p := Pipeline{Workers: workers, KeepText: keep}
			res := p.Run(fakeSource(100))
			if len(res.Articles) != 100 || len(res.Errors) != 10 {
				t.Fatalf("workers %d: %d articles, %d errors", workers, len(res.Articles), len(res.Errors))
			}
			seen := map[string]bool{}
			for i, a := range res.Articles {
				if want := fmt.Sprintf("Article %d.", i); keep && a.Text[:len(want)] != want {
					t.Fatalf("workers %d: article %d is %q: input order lost", workers, i, a.Text)
				}
				if !keep && a.Text != "" {
					t.Fatalf("text kept without KeepText")
				}
				if seen[a.ID] {
					t.Fatalf("id %q repeated", a.ID)
				}
				seen[a.ID] = true
			}
			if res.Articles[2].ID != "dup" || res.Articles[5].ID != "dup-2" {
				t.Errorf("ids %q %q, want dup, dup-2", res.Articles[2].ID, res.Articles[5].ID)
			}
			for i, e := range res.Errors {
				if e.Line != 10*i+10 {
					t.Errorf("error %d at line %d: input order lost", i, e.Line)
				}
			}
		}
	}
}

func TestPipelineProgress(t *testing.T) {
	calls, last := 0, 0
	p := Pipeline{Workers: 2, Progress: func(n int, _ int64) { calls++; last = n }}
	p.Run(fakeSource(7))
	if calls != 7 || last != 7 {
		t.Errorf("progress called %d times, last %d; want 7, 7", calls, last)
	}
}

// undatedSource emits n articles without a publication date.
func undatedSource(n int) Source {
	return func(emit func(timeline.Article), fail func(*timeline.InputError)) {
		for i := 0; i < n; i++ {
			emit(timeline.Article{ID: fmt.Sprintf("u%d", i), PublishedSource: timeline.SourceNone,
				Text: fmt.Sprintf("Article %d. The council met on March 16, 2017.", i)})
		}
	}
}

func TestPipelineHeldBytes(t *testing.T) {
	tests := []struct {
		name string
		held int64
	}{
		{"all held", 0},
		{"none held", -1},
		{"two held", 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := (&Pipeline{Workers: 2, HeldBytes: tt.held}).Run(undatedSource(5))
			if len(res.Articles) != 5 || len(res.Mentions) != 5 {
				t.Fatalf("%d articles, %d mentions; want 5, 5", len(res.Articles), len(res.Mentions))
			}
			for i, m := range res.Mentions {
				if m.Article != fmt.Sprintf("u%d", i) || m.Value != "2017-03-16" {
					t.Errorf("mention %d: %s %s", i, m.Article, m.Value)
				}
			}
		})
	}
}

func TestPipelineDetachesMentions(t *testing.T) {
	var texts []string
	src := func(emit func(timeline.Article), fail func(*timeline.InputError)) {
		for i := 0; i < 3; i++ {
			text := fmt.Sprintf("Article %d. The council met on March 16, 2017.", i)
			texts = append(texts, text)
			emit(timeline.Article{ID: fmt.Sprintf("a%d", i), Text: text, Published: "2017-03-31", PublishedSource: timeline.SourceField})
		}
	}
	res := (&Pipeline{Workers: 1}).Run(src)
	if len(res.Mentions) != 3 {
		t.Fatalf("%d mentions", len(res.Mentions))
	}
	inside := func(s, text string) bool {
		if s == "" {
			return false
		}
		p, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return p >= b && p < b+uintptr(len(text))
	}
	for i, m := range res.Mentions {
		for _, s := range append([]string{m.Text, m.Sentence, m.Verb, m.Title}, m.Actors...) {
			if inside(s, texts[i]) {
				t.Errorf("mention %d: %q still points into the article text", i, s)
			}
		}
	}
}

// TestPipelineKeepTextInfers checks that keeping the texts (as the TimeML
// export does) leaves inference from the other articles of the run as it is
// without: an undated article takes its date from a dated one.
func TestPipelineKeepTextInfers(t *testing.T) {
	for _, keep := range []bool{false, true} {
		res := (&Pipeline{Workers: 2, KeepText: keep, KeepTimexes: keep}).Run(sameStorySource)
		if len(res.Articles) != 2 {
			t.Fatalf("KeepText %v: %d articles", keep, len(res.Articles))
		}
		if a := res.Articles[1]; a.PublishedSource != timeline.SourceInferred || a.Published == "" {
			t.Errorf("KeepText %v: undated article got %q from %q; want an inferred date", keep, a.Published, a.PublishedSource)
		}
	}
}

// sameStorySource emits a dated article and an undated one telling the same
// story, which only the dated one can date.
func sameStorySource(emit func(timeline.Article), fail func(*timeline.InputError)) {
	emit(timeline.Article{ID: "dated", Published: "2017-03-31", PublishedSource: timeline.SourceField,
		Text: "The court replied on March 29 to the letter the chief justice sent March 16."})
	emit(timeline.Article{ID: "undated", PublishedSource: timeline.SourceNone,
		Text: "The court replied Wednesday to the letter the chief justice sent March 16."})
}

// TestPipelineHeldBytesInfers checks that an undated article is held for
// the run's evidence only within HeldBytes: beyond it, its own text alone
// cannot date it.
func TestPipelineHeldBytesInfers(t *testing.T) {
	tests := []struct {
		held     int64
		inferred bool
	}{
		{0, true},    // the default holds it
		{1000, true}, // within the budget
		{10, false},  // larger than the budget
		{-1, false},  // none held
	}
	for _, tt := range tests {
		res := (&Pipeline{Workers: 2, HeldBytes: tt.held}).Run(sameStorySource)
		if len(res.Articles) != 2 {
			t.Fatalf("HeldBytes %d: %d articles", tt.held, len(res.Articles))
		}
		a := res.Articles[1]
		if got := a.PublishedSource == timeline.SourceInferred; got != tt.inferred {
			t.Errorf("HeldBytes %d: undated article got %q from %q; want inferred %v", tt.held, a.Published, a.PublishedSource, tt.inferred)
		}
	}
}
