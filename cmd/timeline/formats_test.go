package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// readTree returns every file under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestFormatsWritten writes every format of the seeds into --out twice and
// wants the same files, byte for byte.
func TestFormatsWritten(t *testing.T) {
	var trees []map[string][]byte
	for i := 0; i < 2; i++ {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		code := Run([]string{"--out", dir, "--format", "html,json,timelinejs,csv,md,ics,tml", "--published", "2017-03-31"}, nil, &stdout, &stderr)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "tml (5 files)") {
			t.Errorf("summary line: %s", stderr.String())
		}
		trees = append(trees, readTree(t, dir))
	}
	var names []string
	for n := range trees[0] {
		names = append(names, n)
	}
	sort.Strings(names)
	want := "timeline.csv timeline.html timeline.ics timeline.json timeline.md timelinejs.json " +
		"tml/000_a4fd8b4fc85934cc.tml tml/001_6779a4a048971ba3.tml tml/002_b0f446a062e6803a.tml " +
		"tml/003_fe5852cdf87d1a3f.tml tml/004_ac78b9b2fc46637d.tml"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("files written:\n%s\nwant\n%s", got, want)
	}
	// The build keeps article text for tml (Format.NeedsText).
	if tml := trees[0]["tml/000_a4fd8b4fc85934cc.tml"]; !bytes.Contains(tml, []byte("San Francisco District Attorney George Gascón")) {
		t.Errorf("tml/000_a4fd8b4fc85934cc.tml lacks the article text:\n%.400s", tml)
	}
	for _, n := range names {
		if !bytes.Equal(trees[0][n], trees[1][n]) {
			t.Errorf("%s differs between two runs", n)
		}
	}
}

func TestFormatsStdout(t *testing.T) {
	for _, c := range []struct {
		format string
		code   int
		want   string
		count  int
	}{
		{"tml", exitOK, "<?xml", 5},
		{"ics", exitOK, "BEGIN:VCALENDAR\r\n", 1},
		{"csv", exitOK, "value,start,end,grain,", 1},
		{"md", exitOK, "# Timeline\n", 1},
		{"timelinejs", exitOK, `"events": [`, 1},
		{"csv,md", exitUsage, "", 0},
		{"pdf", exitUsage, "", 0},
	} {
		var stdout, stderr bytes.Buffer
		code := Run([]string{"--format", c.format, "--stdout", "--published", "2017-03-31"}, nil, &stdout, &stderr)
		if code != c.code {
			t.Errorf("--format %s --stdout: exit %d, want %d (%s)", c.format, code, c.code, stderr.String())
		}
		if n := strings.Count(stdout.String(), c.want); c.want != "" && n != c.count {
			t.Errorf("--format %s --stdout: %q %d times, want %d", c.format, c.want, n, c.count)
		}
	}
}

// TestFormatsSameTimeline checks that asking for tml, which keeps the
// articles' text, leaves timeline.json as it is without (publication dates
// inferred from the other seeds included).
func TestFormatsSameTimeline(t *testing.T) {
	var jsons [][]byte
	for _, formats := range []string{"json", "json,tml"} {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		if code := Run([]string{"-q", "--out", dir, "--format", formats}, nil, &stdout, &stderr); code != exitOK {
			t.Fatalf("--format %s: exit %d: %s", formats, code, stderr.String())
		}
		data, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
		if err != nil {
			t.Fatal(err)
		}
		jsons = append(jsons, data)
	}
	if !bytes.Equal(jsons[0], jsons[1]) {
		t.Errorf("timeline.json differs with --format json,tml")
	}
}
