package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestEvalPublished(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	lines := `{"id": "a", "dct": "1998-08-07", "text": "\n\nNAIROBI, Kenya (AP) _\n\nBombs exploded Friday, on Aug. 7, 1998, officials said.", "timexes": [{"start": 40, "end": 46, "text": "Friday", "type": "DATE", "value": "1998-08-07"}, {"start": 51, "end": 63, "text": "Aug. 7, 1998", "type": "DATE", "value": "1998-08-07"}]}
{"id": "b", "dct": "1998-08-08", "text": "Nothing dated here.", "timexes": []}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"eval-published", "--spans", "gold", "--guess", gold}, {"eval-published", gold}} {
		code, stdout, stderr := run(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
		}
		for _, want := range []string{"true day", "<=7 days", "true year", "any year in text", "none", ">1 year off", "gold.jsonl", "gold.jsonl (explicit date in body)"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, stdout)
			}
		}
	}
	code, stdout, _ := run(t, "", "eval-published", "--spans", "gold", "--guess", gold)
	if code != exitOK || !regexp.MustCompile(`gold\.jsonl\s+2(\s+50\.0%){5}`).MatchString(stdout) {
		t.Errorf("want article a on the true day and year, b none (50%% of 2 each):\n%s", stdout)
	}
	if code, _, stderr := run(t, "", "eval-published"); code != exitUsage || !strings.Contains(stderr, "no gold files") {
		t.Errorf("no files: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "", "eval-published", filepath.Join(dir, "missing.jsonl")); code != exitPartial || !strings.Contains(stderr, "missing.jsonl") {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\": \"x\", \"text\": \"t\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "", "eval-published", bad); code != exitPartial || !strings.Contains(stderr, "bad.jsonl:1: no \"dct\" (or \"published\")") {
		t.Errorf("no dct: exit %d, %q", code, stderr)
	}
}

func TestEvalPublishedBands(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "silver.jsonl")
	// A corpus with "published" instead of "dct" and no annotations.
	lines := `{"id": "a", "published": "1998-08-08", "text": "Bombs exploded Friday, Aug. 7, killing dozens. The 1997 attacks were worse."}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "eval-published", "--guess", "--cross", "--bands", gold)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"confidence", "0.2-0.3", "0.7-1.0", "silver.jsonl"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestEvalBadInput checks that the eval commands name the file, the line and
// the problem of a gold line that does not decode, and that eval and
// eval-published print no score when they read nothing.
func TestEvalBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\": \"x\", \"dct\": \"2017-03-31\", \"text\": 5}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"eval", "eval-published", "eval-timeline"} {
		code, stdout, stderr := run(t, "", cmd, bad)
		if code != exitPartial || !strings.Contains(stderr, "bad.jsonl:1: \"text\" is a JSON number, want a string") {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, stderr)
		}
		if cmd != "eval-timeline" && stdout != "" {
			t.Errorf("%s printed a score of nothing:\n%s", cmd, stdout)
		}
	}
	feed := filepath.Join(filepath.Dir(bad), "feed.jsonl")
	if err := os.WriteFile(feed, []byte("{\"id\": \"x\", \"published\": \"2017-03-31\", \"text\": \"On Monday.\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := run(t, "", "eval", feed); code != exitPartial || stdout != "" || !strings.Contains(stderr, `feed.jsonl:1: no "timexes" field: not a TIMEX3 gold corpus`) {
		t.Errorf("eval of a feed: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, stderr := run(t, "", "eval-published", "--spans", "both", bad); code != exitUsage || !strings.Contains(stderr, `--spans "both": want engine or gold`) {
		t.Errorf("bad --spans: exit %d, %q", code, stderr)
	}
}

// TestEvalTimelineErrors checks that eval-timeline --errors lists a
// recovered dated gold entry whose event has another date, with the gold
// event, our expression and its sentence, and lists none when the date is
// right.
func TestEvalTimelineErrors(t *testing.T) {
	text := "Acme opened a plant on May 3, 2010. Acme closed it in 2012."
	// "opened" (offset 5) is gold-dated 2010-05-03; "closed" (offset 41)
	// is gold-dated 2011, which our event (2012) misses.
	trial := `{"kind": "article", "id": "a1", "dct": "2013-01-01", "text": ` + strconv.Quote(text) + `}
{"kind": "timeline", "entity": "Acme", "entries": [{"order": 0, "date": "2010-05-03", "events": [{"doc_id": "a1", "sent": 0, "token": "opened", "start": 5, "end": 11}]}, {"order": 1, "date": "2011", "events": [{"doc_id": "a1", "sent": 1, "token": "closed", "start": 41, "end": 47}]}]}
`
	path := filepath.Join(t.TempDir(), "trial.jsonl")
	if err := os.WriteFile(path, []byte(trial), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "eval-timeline", "--errors", path)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"recovered 2 (100.0%)", "right date 1", "wrong dates: 1\n",
		`Acme gold 2011 "closed" (a1): event 2012, our expression "2012" = 2012`, "  Acme closed it in 2012."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, `"opened"`) {
		t.Errorf("a right date is listed:\n%s", stdout)
	}
}
