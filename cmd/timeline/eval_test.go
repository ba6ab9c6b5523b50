package main

import (
	"bytes"
	"errors"
	"io"
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

// failWriter fails every write, as a full disk or a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestEvalEmptyOrUnwritable checks that each eval command refuses a gold file
// that holds nothing, naming it, rather than scoring zero documents, and that
// a score that cannot be written makes the command fail.
func TestEvalEmptyOrUnwritable(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	blank := filepath.Join(dir, "blank.jsonl")
	gold := filepath.Join(dir, "gold.jsonl")
	trial := filepath.Join(dir, "trial.jsonl")
	for p, content := range map[string]string{
		empty: "",
		blank: "\n \n",
		gold:  `{"id": "a", "dct": "1998-08-07", "text": "Bombs exploded Friday.", "timexes": [{"start": 15, "end": 21, "text": "Friday", "type": "DATE", "value": "1998-08-07"}]}` + "\n",
		trial: `{"kind": "article", "id": "a", "dct": "2008-06-09", "text": "On June 9, Apple showed the phone."}` + "\n",
	} {
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		args   []string
		stdout io.Writer
		code   int
		stderr string
	}{
		{"eval empty", []string{"eval", empty}, nil, exitPartial, "timeline eval: " + empty + ": empty file: no documents\n"},
		{"eval blank lines", []string{"eval", blank}, nil, exitPartial, "timeline eval: " + blank + ": empty file: no documents\n"},
		{"eval-published empty", []string{"eval-published", empty}, nil, exitPartial, "timeline eval-published: " + empty + ": empty file: no documents\n"},
		{"eval-timeline empty", []string{"eval-timeline", blank}, nil, exitPartial, "timeline eval-timeline: " + blank + `: no articles (no line of "kind":"article")` + "\n"},
		{"eval unwritable", []string{"eval", gold}, failWriter{}, exitPartial, "timeline eval: writing output: no space left on device\n"},
		{"eval-published unwritable", []string{"eval-published", gold}, failWriter{}, exitPartial, "timeline eval-published: writing output: no space left on device\n"},
		{"eval-timeline unwritable", []string{"eval-timeline", trial}, failWriter{}, exitPartial, "timeline eval-timeline: writing output: no space left on device\n"},
		{"eval bad flag", []string{"eval", "--bogus"}, nil, exitUsage, "unknown flag: --bogus\nRun 'timeline eval --help' for usage.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			var w io.Writer = &out
			if tt.stdout != nil {
				w = tt.stdout
			}
			code := Run(tt.args, strings.NewReader(""), w, &errb)
			if code != tt.code || !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d, %q", code, errb.String(), tt.code, tt.stderr)
			}
			if tt.stdout == nil && tt.code != exitOK && out.Len() > 0 {
				t.Errorf("printed a score of nothing:\n%s", out.String())
			}
		})
	}
}
