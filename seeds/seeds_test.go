package seeds

import (
	"io/fs"
	"path"
	"strings"
	"testing"
)

// Every seed file has an outlet in sources.csv, and sources.csv names no
// file that is not there.
func TestTitlesCoverEverySeed(t *testing.T) {
	titles, err := Titles()
	if err != nil {
		t.Fatal(err)
	}
	txt, err := fs.Glob(FS(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(txt) != 5 {
		t.Fatalf("%d seed files, want 5", len(txt))
	}
	for _, f := range txt {
		if titles[f] == "" {
			t.Errorf("%s has no title in sources.csv", f)
		}
	}
	if len(titles) != len(txt) {
		t.Errorf("sources.csv has %d entries for %d files", len(titles), len(txt))
	}
}

func TestArticlesAreTitled(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"000_a4fd8b4fc85934cc.txt": "TIME", "004_ac78b9b2fc46637d.txt": "KTLA"}
	if len(arts) != 5 {
		t.Fatalf("%d articles, want 5", len(arts))
	}
	for _, a := range arts {
		if a.Title == "" {
			t.Errorf("%s: no title", a.Path)
		}
		if w, ok := want[path.Base(a.Path)]; ok && a.Title != w {
			t.Errorf("%s: title %q, want %q", a.Path, a.Title, w)
		}
	}
}

func TestParseTitles(t *testing.T) {
	for _, c := range []struct{ in, err string }{
		{"# file,title\na.txt,TIME\nb.txt,\"Reuters, London\"\n", ""},
		{"a.txt,TIME,extra\n", "want file,title"},
		{"a.txt\n", "want file,title"},
		{"a.txt,TIME\na.txt,CNN\n", "a.txt named twice"},
		{"a.txt,\"TIME\n", "quoted-field"},
	} {
		m, err := parseTitles([]byte(c.in))
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%q: %v", c.in, err)
		case c.err == "" && (m["a.txt"] != "TIME" || m["b.txt"] != "Reuters, London"):
			t.Errorf("%q: got %v", c.in, m)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%q: error %v, want one with %q", c.in, err, c.err)
		}
	}
}
