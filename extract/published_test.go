package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

func TestReadManifest(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             map[string]string
		err              string // substring of the error, "" for none
	}{
		{"csv with header", "m.csv", "id_or_path,published\n000_a,2017-03-31\nseeds/001.txt,\"March 31, 2017 9:11 PM EDT\"\n",
			map[string]string{"000_a": "2017-03-31", "seeds/001.txt": "2017-03-31T21:11:00-04:00"}, ""},
		{"csv without header, comments, blank lines", "m.csv", "# dates\n\na, 2017-03-30\n./dir/../b.txt,20170329\n",
			map[string]string{"a": "2017-03-30", "b.txt": "2017-03-29"}, ""},
		{"json object", "m.json", `{"a": "2017-03-31", "b": "2017-03-30T10:00:00Z"}`,
			map[string]string{"a": "2017-03-31", "b": "2017-03-30T10:00:00Z"}, ""},
		{"json array", "m.json", `[{"id": "a", "published": "2017-03-31"}, {"path": "x/b.txt", "date": "Mar 30, 2017"}]`,
			map[string]string{"a": "2017-03-31", "x/b.txt": "2017-03-30"}, ""},
		{"json without .json ending", "m.txt", ` {"a": "2017-03-31"}`, map[string]string{"a": "2017-03-31"}, ""},
		{"csv bad date", "m.csv", "id,published\na,2017-03-31\nb,someday\n", nil, "m.csv:3: b: cannot read \"someday\""},
		{"csv three columns", "m.csv", "a,2017-03-31\nb,2017-03-31,x\n", nil, "m.csv:2: want 2 columns"},
		{"csv bad quote", "m.csv", "a,2017-03-31\nb,\"2017\n", nil, "m.csv:2:"},
		{"csv conflicting repeat", "m.csv", "a,2017-03-31\nb,2017-03-30\na,2017-03-29\n", nil, "m.csv:3: a is given 2017-03-29 here and 2017-03-31 on line 1"},
		{"json syntax", "m.json", "{\n\"a\": \"2017-03-31\",\n\"b\" \"2017\"\n}", nil, "m.json:3:"},
		{"json bad date", "m.json", "{\n\"a\": \"2017-03-31\",\n\"b\": \"soon\"\n}", nil, "m.json:3: b: cannot read"},
		{"json number", "m.json", "{\n\"a\": 2017\n}", nil, "m.json:2: \"a\": want a date string, got a JSON number"},
		{"json array entry without date", "m.json", "[\n{\"id\": \"a\", \"published\": \"2017-03-31\"},\n{\"id\": \"b\"}\n]", nil, "m.json:3: each entry needs"},
		{"json scalar", "m.json", `"2017"`, nil, "m.json:1: want a JSON object or array"},
		{"json truncated", "m.json", "{\"a\": \"2017-03-31\"", nil, "m.json:1:"},
		{"empty", "m.csv", " \n", nil, "m.csv: empty file"},
		{"header only", "m.csv", "id,published\n", nil, "m.csv: no entries"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := ReadManifest(p)
			if tt.err != "" {
				if err == nil {
					t.Fatalf("got %v, want error %q", got, tt.err)
				}
				msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
				if !strings.Contains(msg, tt.err) {
					t.Fatalf("error %q, want it to contain %q", msg, tt.err)
				}
				if _, ok := err.(*timeline.InputError); !ok {
					t.Errorf("error is %T, want *timeline.InputError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := ReadManifest(filepath.Join(dir, "missing.csv")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}

func TestFindDateline(t *testing.T) {
	tests := []struct {
		text      string
		pub       string
		mon       time.Month
		day       int
		wantFound bool
	}{
		{"March 31, 2017 9:11 PM EDT\n\nStory text that goes on.", "2017-03-31T21:11:00-04:00", 0, 0, true},
		{"Posted: Mar 31, 2017\nStory text.", "2017-03-31", 0, 0, true},
		{"Updated 9:11 PM ET, Fri March 31, 2017\nStory text.", "2017-03-31T21:11:00-04:00", 0, 0, true},
		{"Published January 5, 2017 10:00 AM ET\nStory text.", "2017-01-05T10:00:00-05:00", 0, 0, true},
		{"Headline of the story\nJune 9 , 2008\nApple Computer today launched a phone.", "2008-06-09", 0, 0, true},
		{"By Jane Doe | March 30, 2017\nStory text.", "2017-03-30", 0, 0, true},
		{"WASHINGTON, March 31 (Reuters) - The officials said so.", "", time.March, 31, true},
		{"WASHINGTON, March 31, 2017 (Reuters) - The officials said so.", "2017-03-31", 0, 0, true},
		{"Now playing\n01:17\nOld video title\nPHOTO: Pool\nLOS ANGELES, Feb. 2 (AP) — The story.", "", time.February, 2, true},
		{"NAIROBI, Kenya (AP) _\n\nBombs exploded Friday.", "", 0, 0, false},
		{"The letter was sent on March 29, 2017.\nMore.", "", 0, 0, false},
		{"One.\nTwo.\nThree.\nFour.\nFive.\nMarch 31, 2017", "", 0, 0, false},
		{"WASHINGTON, Feb 30 (Reuters) - No such day.", "", 0, 0, false},
	}
	for _, tt := range tests {
		d, ok := FindDateline(tt.text, Classify(tt.text))
		if ok != tt.wantFound || d.Published != tt.pub || d.Month != tt.mon || d.Day != tt.day {
			t.Errorf("FindDateline(%q) = %+v, %v; want %q %v %d, %v", tt.text, d, ok, tt.pub, tt.mon, tt.day, tt.wantFound)
		}
	}
}

func TestResolvePublishedExplicit(t *testing.T) {
	art := func(id, pub, src, text string) timeline.Article {
		return timeline.Article{ID: id, Path: "in/" + id + ".txt", Published: pub, PublishedSource: src, Text: text}
	}
	const body = "The officials said they disagreed.\n"
	tests := []struct {
		name     string
		a        timeline.Article
		opt      PublishedOptions
		pub, src string
		warn     string // substring of the only warning, "" for none
	}{
		{"front matter kept", art("a", "2017-03-31", timeline.SourceFrontMatter, body), PublishedOptions{}, "2017-03-31", timeline.SourceFrontMatter, ""},
		{"dateline found", art("a", "", timeline.SourceNone, "Posted: Mar 30, 2017\n"+body), PublishedOptions{}, "2017-03-30", timeline.SourceDateline, ""},
		{"front matter beats dateline", art("a", "2017-03-31", timeline.SourceFrontMatter, "Posted: Mar 30, 2017\n"+body), PublishedOptions{},
			"2017-03-31", timeline.SourceFrontMatter, `the front matter says 2017-03-31, the dateline "Posted: Mar 30, 2017" says 2017-03-30; using 2017-03-31`},
		{"same day, no warning", art("a", "2017-03-31", timeline.SourceField, "March 31, 2017 9:11 PM EDT\n"+body), PublishedOptions{}, "2017-03-31", timeline.SourceField, ""},
		{"same instant in another zone, no warning", art("a", "2017-04-01T01:11:00Z", timeline.SourceField, "March 31, 2017 9:11 PM EDT\n"+body), PublishedOptions{},
			"2017-04-01T01:11:00Z", timeline.SourceField, ""},
		{"yearless wire dateline a day off, no warning", art("a", "2017-04-01", timeline.SourceField, "WASHINGTON, March 31 (Reuters) - "+body), PublishedOptions{},
			"2017-04-01", timeline.SourceField, ""},
		{"yearless wire dateline across new year, no warning", art("a", "2018-01-01", timeline.SourceField, "WASHINGTON, Dec. 31 (Reuters) - "+body), PublishedOptions{},
			"2018-01-01", timeline.SourceField, ""},
		{"yearless wire dateline days off", art("a", "2017-04-05", timeline.SourceField, "WASHINGTON, March 31 (Reuters) - "+body), PublishedOptions{},
			"2017-04-05", timeline.SourceField, `the "published" field says 2017-04-05, the dateline "WASHINGTON, March 31 (Reuters) -" says March 31; using 2017-04-05`},
		{"conflict the loader reported is not repeated", timeline.Article{ID: "a", Published: "2017-03-31T10:00:00Z", PublishedSource: timeline.SourceHTMLMeta,
			Text:               "March 29, 2017 9:11 PM EDT\n" + body,
			Warnings:           []string{`publication date: page metadata <meta article:published_time> says 2017-03-31T10:00:00Z but the dateline "March 29, 2017 9:11 PM EDT" says 2017-03-29T21:11:00-04:00; using the metadata`},
			PublishedConflicts: []timeline.PublishedConflict{{Kept: "2017-03-31T10:00:00Z", Other: "2017-03-29T21:11:00-04:00", Source: timeline.SourceDateline}}},
			PublishedOptions{}, "2017-03-31T10:00:00Z", timeline.SourceHTMLMeta, "page metadata <meta article:published_time>"},
		{"manifest by id beats field", art("a", "2017-03-31", timeline.SourceField, body), PublishedOptions{Manifest: map[string]string{"a": "2017-04-02"}},
			"2017-04-02", timeline.SourceManifest, `the manifest says 2017-04-02, the "published" field says 2017-03-31`},
		{"manifest by path", art("a", "", timeline.SourceNone, body), PublishedOptions{Manifest: map[string]string{"in/a.txt": "2017-04-02"}}, "2017-04-02", timeline.SourceManifest, ""},
		{"manifest by file name", art("a", "", timeline.SourceNone, body), PublishedOptions{Manifest: map[string]string{"a.txt": "2017-04-02"}}, "2017-04-02", timeline.SourceManifest, ""},
		{"default fills in", art("a", "", timeline.SourceNone, body), PublishedOptions{Default: "2017-03-31"}, "2017-03-31", timeline.SourceFlag, ""},
		{"default does not override", art("a", "2017-03-30", timeline.SourceFrontMatter, body), PublishedOptions{Default: "2017-03-31"}, "2017-03-30", timeline.SourceFrontMatter, ""},
		{"ignore drops, default fills", art("a", "2017-03-30", timeline.SourceFrontMatter, "Posted: Mar 30, 2017\n"+body),
			PublishedOptions{Ignore: true, Default: "2017-03-31", Manifest: map[string]string{"a": "2017-04-02"}}, "2017-03-31", timeline.SourceFlag, ""},
		{"ignore with nothing to infer", art("a", "2017-03-30", timeline.SourceFrontMatter, body), PublishedOptions{Ignore: true}, "", timeline.SourceNone, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []timeline.Article{tt.a}
			ResolvePublished(arts, NewFinder(), tt.opt)
			a := arts[0]
			if a.Published != tt.pub || a.PublishedSource != tt.src {
				t.Errorf("got %q from %s, want %q from %s", a.Published, a.PublishedSource, tt.pub, tt.src)
			}
			switch {
			case tt.warn == "" && len(a.Warnings) > 0:
				t.Errorf("unexpected warnings %q", a.Warnings)
			case tt.warn != "" && (len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], tt.warn)):
				t.Errorf("warnings %q, want one containing %q", a.Warnings, tt.warn)
			}
		})
	}
}

// TestPublishedConflictsTyped checks that a conflict is known by the
// typed record, not by the wording of a warning: a warning that merely
// names both dates hides nothing, and resolving twice warns once.
func TestPublishedConflictsTyped(t *testing.T) {
	for _, tt := range []struct {
		name  string
		a     timeline.Article
		other string // the Other of the one conflict wanted
	}{
		{"a warning naming both dates is no conflict",
			timeline.Article{ID: "a", Published: "2017-03-31", PublishedSource: timeline.SourceFrontMatter,
				Text: "Posted: Mar 30, 2017\nThe officials said they disagreed.\n", Warnings: []string{"a note on 2017-03-31 and 2017-03-30"}},
			"2017-03-30"},
		{"a yearless dateline",
			timeline.Article{ID: "a", Published: "2017-04-05", PublishedSource: timeline.SourceField,
				Text: "WASHINGTON, March 31 (Reuters) - The officials said they disagreed.\n"},
			"--03-31"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			arts := []timeline.Article{tt.a}
			ResolvePublished(arts, NewFinder(), PublishedOptions{})
			ResolvePublished(arts, NewFinder(), PublishedOptions{})
			a := arts[0]
			want := []timeline.PublishedConflict{{Kept: tt.a.Published, Other: tt.other, Source: timeline.SourceDateline}}
			if !reflect.DeepEqual(a.PublishedConflicts, want) {
				t.Errorf("conflicts %+v, want %+v", a.PublishedConflicts, want)
			}
			if n := len(a.Warnings) - len(tt.a.Warnings); n != 1 {
				t.Errorf("%d conflict warnings, want 1: %q", n, a.Warnings)
			}
		})
	}
}

func TestUnusedManifestKeys(t *testing.T) {
	arts := []timeline.Article{
		{ID: "a", Path: "in/a.txt"},
		{ID: "feed-2", Path: "in/feed.jsonl", Line: 2, URL: "https://news.example/b"},
		{ID: "c", Path: "in/c.md"},
	}
	m := map[string]string{
		"a":                      "2017-03-31", // by id
		"https://news.example/b": "2017-03-31", // by URL
		"in/c.md":                "2017-03-31", // by path
		"c.md":                   "2017-03-31", // by file name, also used
		"typo":                   "2017-03-31",
		"in/d.txt":               "2017-03-31",
	}
	got := strings.Join(UnusedManifestKeys(m, arts), " ")
	if want := "in/d.txt typo"; got != want {
		t.Errorf("unused keys %q, want %q", got, want)
	}
}
