package timeline_test

import (
	"fmt"
	"testing"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

// silverCorpus is the volume corpus of ../shared, from this package's
// directory.
const silverCorpus = "../../shared/data/te3-silver-texts.jsonl"

// BenchmarkMerge merges the mentions of the volume corpus, once and as if
// every article had been reprinted by 3 and by 15 other sources, and
// reports the time per mention, which stays flat as the input grows:
//
//	go test -run '^$' -bench Merge ./timeline
func BenchmarkMerge(b *testing.B) {
	pl := extract.Pipeline{}
	l := &extract.Loader{MaxSize: extract.DefaultMaxArticleSize}
	var failed error
	res := pl.Run(func(emit func(timeline.Article), fail func(*timeline.InputError)) {
		l.Stream([]string{silverCorpus}, emit, func(e *timeline.InputError) { failed = e })
	})
	if failed != nil || len(res.Mentions) == 0 {
		b.Skipf("volume corpus not read: %v", failed)
	}
	for _, copies := range []int{1, 4, 16} {
		var ms []timeline.Mention
		for c := 0; c < copies; c++ {
			for _, m := range res.Mentions {
				m.Article = fmt.Sprintf("%s-%d", m.Article, c)
				ms = append(ms, m)
			}
		}
		b.Run(fmt.Sprintf("x%d", copies), func(b *testing.B) {
			for b.Loop() {
				timeline.Merge(ms)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ms)), "ns/mention")
		})
	}
}
