package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// The -update flag rewrites the golden files. It is defined here only when
// no other test file of the package has defined it already.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata/")
	}
}

// updateGolden reports whether -update was given.
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenFormats are the formats with golden files: every format but the
// page, which has its own tests.
func goldenFormats(t *testing.T) []Format {
	t.Helper()
	var fs []Format
	for _, n := range FormatNames() {
		if n != "html" {
			fs = append(fs, Formats()[n])
		}
	}
	if len(fs) != 6 {
		t.Fatalf("formats with golden files = %d, want 6 (json, timelinejs, csv, md, ics, tml)", len(fs))
	}
	return fs
}

// renderAll renders every file of a format into memory, by path.
func renderAll(t *testing.T, f Format, tl *timeline.Timeline, opt Options) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, of := range f.Outputs(tl, opt) {
		var buf bytes.Buffer
		if err := of.Write(&buf); err != nil {
			t.Fatalf("%s: %s: %v", f.Name, of.Path, err)
		}
		if _, dup := out[of.Path]; dup {
			t.Fatalf("%s: two files at %s", f.Name, of.Path)
		}
		out[of.Path] = buf.Bytes()
	}
	return out
}

// TestGolden compares every export of the fixture timeline with its golden
// file under testdata/golden (go test ./render -run Golden -update rewrites
// them).
func TestGolden(t *testing.T) {
	for _, f := range goldenFormats(t) {
		t.Run(f.Name, func(t *testing.T) {
			for path, got := range renderAll(t, f, exportFixture(), fixtureOptions) {
				golden := filepath.Join("testdata", "golden", filepath.FromSlash(path))
				if updateGolden() {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./render -run Golden -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s (run with -update after checking the change):\n%s", path, golden, firstDiff(got, want))
				}
			}
		})
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + quoteLine(gl) + "\nwant: " + quoteLine(wl)
		}
	}
	return "(same lines)"
}

func quoteLine(s string) string { return strconv.Quote(s) }

// TestDeterministic renders every format twice from two fresh copies of the
// same input and wants the same bytes.
func TestDeterministic(t *testing.T) {
	for _, f := range goldenFormats(t) {
		a := renderAll(t, f, exportFixture(), fixtureOptions)
		b := renderAll(t, f, exportFixture(), fixtureOptions)
		if len(a) != len(b) {
			t.Fatalf("%s: %d files, then %d", f.Name, len(a), len(b))
		}
		for p := range a {
			if !bytes.Equal(a[p], b[p]) {
				t.Errorf("%s: %s differs between two runs:\n%s", f.Name, p, firstDiff(b[p], a[p]))
			}
		}
	}
}

// TestFormatsRegistered checks the registry: every format of --format, the
// file it writes, and that html and json keep working.
func TestFormatsRegistered(t *testing.T) {
	want := map[string]string{
		"html": "timeline.html", "json": "timeline.json", "timelinejs": "timelinejs.json",
		"csv": "timeline.csv", "md": "timeline.md", "ics": "timeline.ics", "tml": "tml/",
	}
	fs := Formats()
	if len(fs) != len(want) {
		t.Errorf("Formats() has %d formats, want %d", len(fs), len(want))
	}
	for name, file := range want {
		f, ok := fs[name]
		if !ok {
			t.Errorf("format %q missing", name)
			continue
		}
		if f.File != file || f.Name != name || f.Write == nil {
			t.Errorf("format %q = {%q, %q, write %v}, want file %q", name, f.Name, f.File, f.Write != nil, file)
		}
	}
	list, err := ParseFormats("html, JSON,timelinejs,csv,md,ics,tml,csv")
	if err != nil || len(list) != 7 {
		t.Fatalf("ParseFormats = %d formats, %v; want 7, nil", len(list), err)
	}
	if _, err := ParseFormats("pdf"); err == nil {
		t.Error("ParseFormats(pdf) succeeded")
	}
	var paths []string
	for _, of := range fs["tml"].Outputs(exportFixture(), Options{}) {
		paths = append(paths, of.Path)
	}
	if got, want := strings.Join(paths, " "), "tml/000_time.tml tml/wapo_001_Zo_.tml tml/003.tml"; got != want {
		t.Errorf("tml files = %s, want %s", got, want)
	}
	if outs := fs["json"].Outputs(exportFixture(), Options{}); len(outs) != 1 || outs[0].Path != "timeline.json" {
		t.Errorf("json outputs = %+v", outs)
	}
}

// TestEmptyTimeline renders a timeline without articles or events: every
// format must still write a valid, non-empty document.
func TestEmptyTimeline(t *testing.T) {
	tl := &timeline.Timeline{Version: timeline.FormatVersion, Events: []timeline.Event{}}
	for _, f := range goldenFormats(t) {
		var buf bytes.Buffer
		if err := f.Write(&buf, tl, Options{}); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if f.Name != "tml" && buf.Len() == 0 {
			t.Errorf("%s: empty output", f.Name)
		}
	}
}
