package extract

import (
	"fmt"
	"testing"

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
