package render

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	tl := exportFixture()
	var buf bytes.Buffer
	if err := CSV(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(bytes.ReplaceAll(buf.Bytes(), []byte("\r\n"), nil), []byte("\n")) {
		t.Error("a line ends in a bare LF, RFC 4180 wants CRLF")
	}
	r := csv.NewReader(bytes.NewReader(buf.Bytes()))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("does not read back: %v", err)
	}
	if got := strings.Join(rows[0], ","); got != "value,start,end,grain,title,actors,sources,first_sentence,mod,id" {
		t.Errorf("header %s", got)
	}
	if len(rows) != len(tl.Events)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(tl.Events)+1)
	}
	for i, e := range tl.Events {
		row := rows[i+1]
		want := []string{e.Date.Value, e.Date.Start, e.Date.End, string(e.Date.Grain), oneLine(e.Title),
			strings.Join(e.Actors, "; "), strings.Join(e.Sources, "; "), firstSentence(&e), e.Date.Mod, e.ID}
		for j := range want {
			if row[j] != want[j] {
				t.Errorf("event %d, column %s = %q, want %q", i, rows[0][j], row[j], want[j])
			}
		}
	}
	// The first sentence is the first mention's, on one line and valid UTF-8.
	for _, row := range rows[1:] {
		if row[3] == "day" && row[7] != "On March 16, 2017, Chief Justice Tani Cantil-Sakauye wrote to Sessions & Kelly: \"stop <stalking> courthouses\"." {
			t.Errorf("first sentence %q", row[7])
		}
	}
}
