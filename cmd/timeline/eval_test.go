package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eval --agreement adds the gold's agreement with itself to the scores;
// a gold timex without a text (missed here) does not stop it.
func TestEvalAgreement(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	lines := `{"id": "a", "dct": "1998-08-07", "text": "Bombs exploded Friday, officials said.", "timexes": [{"start": 15, "end": 21, "text": "Friday", "type": "DATE", "value": "1998-08-07"}, {"start": 23, "end": 32, "type": "DATE", "value": "PRESENT_REF"}]}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "eval", "--agreement", gold)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"value ", "== gold agreement", "missed: 1; 0 are phrases the gold leaves unmarked elsewhere"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if _, stdout, _ := run(t, "", "eval", gold); strings.Contains(stdout, "gold agreement") {
		t.Errorf("agreement printed without --agreement:\n%s", stdout)
	}
}
