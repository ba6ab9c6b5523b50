package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// hostileKinds name the adversarial texts of hostileText.
var hostileKinds = []string{"dates-one-sentence", "dated-sentences", "relative", "digit-run", "years", "one-word", "dots"}

// hostileText is an adversarial article body of kind, of about n bytes, made
// by repeating a unit: what a broken scraper or a malicious page might hand
// the extractor.
func hostileText(kind string, n int) string {
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	var head, tail string
	var unit func(i int) string
	switch kind {
	case "dates-one-sentence": // one sentence that is nothing but dates
		head, tail = "The court met on ", "and then it closed."
		unit = func(i int) string { return fmt.Sprintf("%s %d, %d, ", months[i%12], i%28+1, 1990+i%30) }
	case "dated-sentences": // a date in every short sentence
		unit = func(i int) string {
			return fmt.Sprintf("On %s %d, %d, the court met. ", months[i%12], i%28+1, 1990+i%30)
		}
	case "relative": // one sentence of relative expressions that all need resolving
		head, tail = "He said ", "it was over."
		rel := []string{"last Friday, ", "two weeks ago, ", "earlier this month, ", "the year before, ", "since late January, "}
		unit = func(i int) string { return rel[i%len(rel)] }
	case "digit-run": // one run of digits, no space
		unit = func(int) string { return "2017031620170331" }
	case "years": // numbers that could be years, one line
		unit = func(i int) string { return fmt.Sprintf("%d ", 1000+i%9000) }
	case "one-word": // one huge line with no space and no punctuation
		unit = func(int) string { return "abcdefghij" }
	case "dots": // abbreviation dots and month words with no day
		unit = func(int) string { return "Feb. Jan. Mar. U.S. Dr. " }
	default:
		panic("unknown kind " + kind)
	}
	var sb strings.Builder
	sb.WriteString(head)
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(unit(i))
	}
	sb.WriteString(tail)
	return sb.String()
}

// BenchmarkFindHostile runs Process (the dates and their event mentions)
// over each adversarial text at 64 KB (1x) and 256 KB (4x). Linear time
// shows as equal MB/s at both sizes:
//
//	go test -run '^$' -bench FindHostile -count 3 ./extract/
func BenchmarkFindHostile(b *testing.B) {
	const base = 64 << 10
	anchor := time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC)
	for _, kind := range hostileKinds {
		for _, rep := range []int{1, 4} {
			text := hostileText(kind, base*rep)
			b.Run(fmt.Sprintf("%s/%dx", kind, rep), func(b *testing.B) {
				f := NewFinder()
				b.SetBytes(int64(len(text)))
				n := 0
				for b.Loop() {
					a := timeline.Article{ID: "x", Text: text, Published: anchor.Format(timeline.DayLayout), PublishedSource: timeline.SourceFlag}
					a.Paragraphs = Classify(a.Text)
					_, ms := Process(&a, f, Options{})
					n += len(ms)
				}
				b.ReportMetric(float64(n)/float64(b.N), "mentions/op")
			})
		}
	}
}
