package extract

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
)

// failAfter reads r, then fails.
type failAfter struct{ r io.Reader }

func (f failAfter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("disk on fire")
	}
	return n, err
}

func TestReadGoldErrors(t *testing.T) {
	ok := `{"id":"a","dct":"2017-03-31","text":"Né March 16.","timexes":[{"start":3,"end":11,"text":"March 16","type":"DATE","value":"2017-03-16"}]}` + "\n"
	tests := []struct {
		name string
		r    io.Reader
		want string
	}{
		{"not JSON", strings.NewReader(ok + "\n{oops\n"), "g.jsonl:3: not a JSON object"},
		{"no timexes", strings.NewReader(ok + `{"id":"b","text":"x"}`), `g.jsonl:2: no "timexes" field`},
		{"offsets outside", strings.NewReader(`{"id":"b","text":"x","timexes":[{"start":0,"end":5,"text":"x"}]}`), "g.jsonl:1: timex \"x\": offsets 0-5 outside"},
		{"read failure names the line it was reading", failAfter{strings.NewReader(ok)}, "g.jsonl:2: disk on fire"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(tt.r, "g.jsonl")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	docs, err := ReadGold(strings.NewReader(ok), "g.jsonl")
	if err != nil || len(docs) != 1 {
		t.Fatalf("%v %v", docs, err)
	}
	if g := docs[0].Timexes[0]; docs[0].Text[g.Start:g.End] != "March 16" {
		t.Errorf("character offsets not made byte offsets: %d-%d", g.Start, g.End)
	}
}

func TestScanError(t *testing.T) {
	err := ScanError("gold.jsonl", 3, bufio.ErrTooLong)
	if got, want := err.Error(), "gold.jsonl:4: line longer than 64 MB"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
