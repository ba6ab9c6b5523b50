package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// run calls Run and returns the exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// readTimeline reads and decodes timeline.json from dir.
func readTimeline(t *testing.T, dir string) timeline.Timeline {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatalf("timeline.json: %v", err)
	}
	return tl
}

func TestRunSeeds(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := run(t, "", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout %q, want nothing", stdout)
	}
	if !strings.Contains(stderr, "5 articles read (0 failed)") || !strings.Contains(stderr, "timeline.html") {
		t.Errorf("summary line missing: %q", stderr)
	}
	for _, f := range []string{"timeline.html", "timeline.json"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	tl := readTimeline(t, dir)
	if tl.Version != 1 || len(tl.Articles) != 5 {
		t.Fatalf("version %d, %d articles", tl.Version, len(tl.Articles))
	}
	for _, a := range tl.Articles {
		if !strings.HasPrefix(a.Path, "seeds/") || a.PublishedSource == "" {
			t.Errorf("article %+v", a)
		}
	}
	if tl.Articles[0].Published != "2017-03-31T21:11:00-04:00" || tl.Articles[0].PublishedSource != "dateline" {
		t.Errorf("seed 000 published %q from %q", tl.Articles[0].Published, tl.Articles[0].PublishedSource)
	}
	for i := 1; i < len(tl.Events); i++ {
		a, b := tl.Events[i-1].Date, tl.Events[i].Date
		if a.Start > b.Start || a.Start == b.Start && a.End > b.End {
			t.Errorf("events %d and %d out of order: %v, %v", i-1, i, a, b)
		}
	}
}

// TestSeedsGolden compares the seeds' timeline.json with
// testdata/seeds/timeline.json; run with -update to rewrite it.
func TestSeedsGolden(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := run(t, "", "--out", dir, "--format", "json"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("..", "..", "testdata", "seeds", "timeline.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/timeline -run Golden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("timeline.json differs from %s; inspect with -update and git diff", golden)
	}
}

func TestRunFlags(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
		// without is text stdout must not hold.
		without string
	}{
		{name: "help", args: []string{"--help"}, code: 0, stdout: "Usage:"},
		{name: "extract help", args: []string{"extract", "--help"}, code: 0, stdout: "Usage: timeline extract", without: "--format"},
		{name: "extract help lacks build's flags", args: []string{"extract", "-h"}, code: 0, stdout: "--published", without: "--out"},
		{name: "help word", args: []string{"help"}, code: 0, stdout: "--published"},
		{name: "version", args: []string{"--version"}, code: 0, stdout: "timeline " + version},
		{name: "unknown flag", args: []string{"--bogus"}, code: 2, stderr: "unknown flag: --bogus"},
		{name: "bad published", args: []string{"--published", "someday"}, code: 2, stderr: "--published"},
		{name: "bad format", args: []string{"--format", "pdf", "--out", "x"}, code: 2, stderr: "unknown format \"pdf\""},
		{name: "bad lanes", args: []string{"--lanes", "colour"}, code: 2, stderr: "--lanes"},
		{name: "negative top", args: []string{"--top", "-1"}, code: 2, stderr: "--top -1: want a number >= 0"},
		{name: "negative jobs", args: []string{"-j", "-2"}, code: 2, stderr: "--jobs -2: want a number >= 0"},
		{name: "zero max-size", args: []string{"--max-size", "0"}, code: 2, stderr: "--max-size 0: want a number >= 1"},
		{name: "extract build-only flag", args: []string{"extract", "--format", "csv", "--published", "2017-03-31"}, code: 0, stdout: `"value":"2017-03-16"`, stderr: "--format only applies to build; ignored"},
		{name: "extract bad min-sources", args: []string{"extract", "--min-sources", "-1"}, code: 2, stderr: "--min-sources -1"},
		{name: "stdout with out", args: []string{"--stdout", "--format", "csv", "--out", "site"}, code: 0, stdout: "value,start,end", stderr: "--out site: ignored with --stdout"},
		{name: "stdout with two formats", args: []string{"--stdout", "--format", "html,json"}, code: 2, stderr: "exactly one"},
		{name: "missing echarts", args: []string{"--echarts-js", "/nonexistent/echarts.min.js"}, code: 2, stderr: "--echarts-js"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) ||
				tt.without != "" && strings.Contains(stdout, tt.without) {
				t.Errorf("exit %d stdout %q stderr %q; want %d, %q, %q", code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestRunPartialFailure(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(good, []byte("---\npublished: 2017-03-31\n---\nOn March 16, the chief justice sent a letter.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := run(t, "", "--out", out, good, bad, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	for _, want := range []string{bad + ":1: not a JSON object", "missing.txt: no such file or directory", "1 article read (2 failed)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	tl := readTimeline(t, out)
	if len(tl.Articles) != 1 || len(tl.Errors) != 2 || tl.Errors[0].Line != 1 {
		t.Errorf("articles %d errors %+v", len(tl.Articles), tl.Errors)
	}
}

func TestRunNothingReadable(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := run(t, "", "--out", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(stderr, "nothing written") {
		t.Fatalf("exit %d stderr %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "timeline.json")); !os.IsNotExist(err) {
		t.Errorf("timeline.json written for no articles")
	}
}

func TestRunStdin(t *testing.T) {
	code, stdout, stderr := run(t, "On Friday the court closed.", "--published", "2017-03-31", "--stdout", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal([]byte(stdout), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Articles) != 1 || tl.Articles[0].ID != "stdin" || tl.Articles[0].Published != "2017-03-31" || tl.Articles[0].PublishedSource != "flag" {
		t.Errorf("articles %+v", tl.Articles)
	}
}

func TestRunExtract(t *testing.T) {
	code, stdout, stderr := run(t, `{"id":"x","published":"2017-03-31","text":"On March 16 she wrote."}`, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		for _, k := range []string{"article", "start", "end", "text", "type", "value", "mod", "grain", "section"} {
			if _, ok := m[k]; !ok {
				t.Errorf("line %q lacks %q", line, k)
			}
		}
	}
}

// TestRunManifestUnused checks that a manifest entry naming no article read
// (a typo) is reported, and the entries that do are not.
func TestRunManifestUnused(t *testing.T) {
	m := filepath.Join(t.TempDir(), "dates.csv")
	if err := os.WriteFile(m, []byte("id,published\n001_6779a4a048971ba3,2017-03-31\n000_typo,2017-03-31\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "", "--stdout", "--format", "csv", "--manifest", m)
	if code != exitOK || !strings.Contains(stderr, "--manifest: warning: 1 entry names no article read: 000_typo\n") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
