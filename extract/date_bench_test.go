package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// silverTexts reads the TempEval-3 silver texts from ../../shared, or skips.
func silverTexts(tb testing.TB) ([]string, []time.Time) {
	tb.Helper()
	fh, err := os.Open(filepath.Join("..", "..", "shared", "data", "te3-silver-texts.jsonl"))
	if err != nil {
		tb.Skip("shared data absent:", err)
	}
	defer fh.Close()
	var texts []string
	var anchors []time.Time
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a struct{ Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		t, _ := time.Parse("2006-01-02", a.Published)
		texts = append(texts, a.Text)
		anchors = append(anchors, t)
	}
	return texts, anchors
}

// BenchmarkFind runs the Finder over the whole silver corpus (1x) and over
// the corpus concatenated five times into each text (5x, one document per
// article repeated), reporting MB/s. Linear time shows as equal MB/s:
//
//	go test -run '^$' -bench Find -benchtime 5x ./extract/
func BenchmarkFind(b *testing.B) {
	texts, anchors := silverTexts(b)
	for _, rep := range []int{1, 5} {
		docs := make([]string, len(texts))
		size := 0
		for i, t := range texts {
			docs[i] = strings.Repeat(t+"\n\n", rep)
			size += len(docs[i])
		}
		b.Run(map[int]string{1: "1x", 5: "5x"}[rep], func(b *testing.B) {
			f := NewFinder()
			b.SetBytes(int64(size))
			n := 0
			for b.Loop() {
				for i, d := range docs {
					n += len(f.Find(d, anchors[i]))
				}
			}
			b.ReportMetric(float64(n)/float64(b.N), "timexes/op")
		})
	}
}

// TestSilverLinear checks on the silver corpus that 5x the text takes at
// most 5.5x the time (best of three runs each). Timing on a shared
// machine is noisy, so it runs only when asked:
//
//	TIMELINE_TIMING=1 go test -run SilverLinear -v ./extract/
func TestSilverLinear(t *testing.T) {
	if os.Getenv("TIMELINE_TIMING") == "" {
		t.Skip("timing test: set TIMELINE_TIMING=1")
	}
	texts, anchors := silverTexts(t)
	texts, anchors = texts[:min(400, len(texts))], anchors[:min(400, len(anchors))]
	one := strings.Join(texts, "\n\n")
	five := strings.Repeat(one+"\n\n", 5)
	f := NewFinder()
	best := func(s string) time.Duration {
		var b time.Duration
		for range 3 {
			start := time.Now()
			f.Find(s, anchors[0])
			if d := time.Since(start); b == 0 || d < b {
				b = d
			}
		}
		return b
	}
	best(five) // warm up: heap and caches
	t1, t5 := best(one), best(five)
	ratio := float64(t5) / float64(t1)
	t.Logf("1x %v, 5x %v: %.2fx the time", t1, t5, ratio)
	if ratio > 5.5 {
		t.Errorf("5x input took %.2fx the time (%v vs %v)", ratio, t5, t1)
	}
}
