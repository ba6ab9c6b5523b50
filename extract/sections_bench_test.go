package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkClassify classifies the articles of the silver corpus (skipped
// when ../../shared is absent).
func BenchmarkClassify(b *testing.B) {
	fh, err := os.Open("../../shared/data/te3-silver-texts.jsonl")
	if err != nil {
		b.Skip("../../shared/data absent")
	}
	defer fh.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(texts) < 500 {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) == nil {
			texts = append(texts, d.Text)
			size += len(d.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Classify(t)
		}
	}
}
