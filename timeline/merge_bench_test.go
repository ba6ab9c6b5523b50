package timeline_test

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

// silverCorpus is the volume corpus of ../shared, from this package's
// directory.
const silverCorpus = "../../shared/data/te3-silver-texts.jsonl"

// silverMentions reads the articles and mentions of the volume corpus,
// skipping the benchmark when it cannot.
func silverMentions(b *testing.B) ([]timeline.Article, []timeline.Mention) {
	pl := extract.Pipeline{}
	l := &extract.Loader{MaxSize: extract.DefaultMaxArticleSize}
	var failed error
	res := pl.Run(func(emit func(timeline.Article), fail func(*timeline.InputError)) {
		l.Stream([]string{silverCorpus}, emit, func(e *timeline.InputError) { failed = e })
	})
	if failed != nil || len(res.Mentions) == 0 {
		b.Skipf("volume corpus not read: %v", failed)
	}
	return res.Articles, res.Mentions
}

// BenchmarkMerge merges the mentions of the volume corpus, once and as if
// every article had been reprinted by 3 and by 15 other sources, and
// reports the time per mention, which stays flat as the input grows:
//
//	go test -run '^$' -bench Merge ./timeline
func BenchmarkMerge(b *testing.B) {
	_, mentions := silverMentions(b)
	for _, copies := range []int{1, 4, 16} {
		var ms []timeline.Mention
		for c := 0; c < copies; c++ {
			for _, m := range mentions {
				m.Article = fmt.Sprintf("%s-%d", m.Article, c)
				ms = append(ms, m)
			}
		}
		b.Run(fmt.Sprintf("x%d", copies), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				timeline.Merge(ms)
			}
			reportPerMention(b, len(ms), cpuTime()-cpu)
		})
	}
}

// BenchmarkBuild builds the timeline of the volume corpus's mentions:
// the merge, then the events made of its groups and their actors named
// across the run, which the merge benchmark leaves out:
//
//	go test -run '^$' -bench Build ./timeline
func BenchmarkBuild(b *testing.B) {
	articles, ms := silverMentions(b)
	cpu := cpuTime()
	for b.Loop() {
		timeline.Build(articles, ms, timeline.Options{})
	}
	reportPerMention(b, len(ms), cpuTime()-cpu)
}

// reportPerMention reports the time per mention of n mentions a loop,
// and the CPU time per mention (user and system, every thread, the
// collector's too), which other work on a shared machine disturbs less.
func reportPerMention(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/mention")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*n), "cpu-ns/mention")
}

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
