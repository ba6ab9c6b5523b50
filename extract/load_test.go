package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/timeline-tool/timeline/timeline"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		id        string
		title     string
		url       string
		published string
		source    string
		text      string
		errLine   int
		err       string
	}{
		{name: "plain", in: "Body text.\n", id: "a", source: "none", text: "Body text.\n"},
		{name: "front matter", in: "---\ntitle: A letter\npublished: 2017-03-31\nurl: https://example.com/a\n---\nBody.\n",
			id: "a", title: "A letter", url: "https://example.com/a", published: "2017-03-31", source: "front-matter", text: "Body.\n"},
		{name: "front matter RFC 3339 quoted", in: "---\npublished: \"2017-03-31T09:00:00Z\"\n---\nBody.",
			id: "a", published: "2017-03-31T09:00:00Z", source: "front-matter", text: "Body."},
		{name: "front matter written date", in: "---\npublished: March 31, 2017\n---\nBody.",
			id: "a", published: "2017-03-31", source: "front-matter", text: "Body."},
		{name: "front matter id", in: "---\nid: custom\n---\nBody.", id: "custom", source: "none", text: "Body."},
		{name: "front matter CRLF", in: "---\r\ntitle: T\r\n---\r\nBody.\r\n", id: "a", title: "T", source: "none", text: "Body.\r\n"},
		{name: "dateline first line", in: "March 31, 2017 9:11 PM EDT\n\nSan Francisco ...",
			id: "a", published: "2017-03-31T21:11:00-04:00", source: "dateline", text: "March 31, 2017 9:11 PM EDT\n\nSan Francisco ..."},
		{name: "dateline after blank lines", in: "\n\nMar. 31, 2017\nBody.", id: "a", published: "2017-03-31", source: "dateline", text: "\n\nMar. 31, 2017\nBody."},
		{name: "front matter beats dateline", in: "---\npublished: 2017-04-01\n---\nMarch 31, 2017\nBody.",
			id: "a", published: "2017-04-01", source: "front-matter", text: "March 31, 2017\nBody."},
		{name: "sentence is no dateline", in: "On March 31, 2017 the court ruled.\n", id: "a", source: "none", text: "On March 31, 2017 the court ruled.\n"},
		{name: "front matter never closed", in: "---\ntitle: x\nBody.", err: "never closed", errLine: 1},
		{name: "front matter bad line", in: "---\ntitle x\n---\nBody.", err: "not \"key: value\"", errLine: 2},
		{name: "front matter bad date", in: "---\npublished: someday\n---\nBody.", err: "published", errLine: 2},
		{name: "front matter impossible date", in: "---\npublished: February 30, 2017\n---\nBody.", err: "no day 30", errLine: 2},
		{name: "empty after front matter", in: "---\ntitle: x\n---\n\n", err: "empty article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText("f.txt", "a", tt.in)
			if tt.err != "" {
				if err == nil {
					t.Fatalf("no error, want %q", tt.err)
				}
				if !strings.Contains(err.Error(), tt.err) || err.Line != tt.errLine || err.Path != "f.txt" {
					t.Fatalf("error %q (line %d), want %q at line %d", err, err.Line, tt.err, tt.errLine)
				}
				return
			}
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if a.ID != tt.id || a.Title != tt.title || a.URL != tt.url || a.Published != tt.published || a.PublishedSource != tt.source || a.Text != tt.text {
				t.Errorf("got id=%q title=%q url=%q published=%q source=%q text=%q", a.ID, a.Title, a.URL, a.Published, a.PublishedSource, a.Text)
			}
		})
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{in: "2017-03-31", want: "2017-03-31"},
		{in: "2017-03-31T21:11:00-04:00", want: "2017-03-31T21:11:00-04:00"},
		{in: "2017-03-31 21:11", want: "2017-03-31T21:11:00Z"},
		{in: "19980227", want: "1998-02-27"},
		{in: "March 31, 2017 9:11 PM EDT", want: "2017-03-31T21:11:00-04:00"},
		{in: "Friday, March 31, 2017, 9:11 p.m.", want: "2017-03-31T21:11:00Z"},
		{in: "Sept. 25, 2018", want: "2018-09-25"},
		{in: "31 March 2017", want: "2017-03-31"},
		{in: "March 31, 2017 12:05 AM PDT", want: "2017-03-31T00:05:00-07:00"},
		{in: "March 31 2017 21:11", want: "2017-03-31T21:11:00Z"},
		{in: "", err: "empty"},
		{in: "yesterday", err: "cannot read"},
		{in: "Smarch 31, 2017", err: "unknown month"},
		{in: "February 29, 2017", err: "no day 29"},
		{in: "February 29, 2016", want: "2016-02-29"},
		{in: "March 31, 2017 13:00 PM", err: "hour 13"},
		{in: "March 31, 2017 9:11 PM XYZ", err: "unknown time zone"},
		{in: "0000-01-01", err: "cannot read"},
	}
	for _, tt := range tests {
		got, err := ParsePublished(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParsePublished(%q) = %q, %v; want error %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParsePublished(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// writeFiles creates files under dir from a map of relative path to content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoaderInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":              "Alpha.",
		"sub/b.md":           "---\ntitle: Bravo\n---\nBravo.",
		"sub/deeper/c.jsonl": `{"id":"c1","title":"C","published":"2017-03-31","url":"u","text":"Charlie."}` + "\n" + `{"text":"Delta."}` + "\n",
		"sub/ignored.csv":    "x,y",
		"empty/x.png":        "\x89PNG",
		"blank/x.jsonl":      "\n \r\n\t\n",
	})
	tests := []struct {
		name    string
		inputs  []string
		stdin   string
		maxSize int64
		ids     []string
		errs    []string
	}{
		{name: "file", inputs: []string{filepath.Join(dir, "a.txt")}, ids: []string{"a"}},
		{name: "directory walked recursively in name order", inputs: []string{dir}, ids: []string{"a", "b", "c1", "c-2"},
			errs: []string{"x.jsonl: empty file: no articles"}},
		{name: "stdin text", inputs: []string{"-"}, stdin: "Echo.", ids: []string{"stdin"}},
		{name: "stdin jsonl", inputs: []string{"-"}, stdin: `{"id":"s","text":"x"}` + "\n" + `{"id":"t","text":"y"}`, ids: []string{"s", "t"}},
		{name: "stdin jsonl without ids", inputs: []string{"-"}, stdin: `{"text":"x"}` + "\n" + `{"text":"y"}`, ids: []string{"stdin-1", "stdin-2"}},
		{name: "stdin jsonl longer than the article limit, lines within it", inputs: []string{"-"}, maxSize: 64,
			stdin: strings.Repeat(`{"id":"s","text":"A short article."}`+"\n", 10), ids: []string{"s", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7", "s-8", "s-9", "s-10"}},
		{name: "stdin text longer than the article limit", inputs: []string{"-"}, maxSize: 64, stdin: strings.Repeat("A long article. ", 10),
			errs: []string{"-: larger than the 64-byte article limit"}},
		{name: "stdin jsonl after 64 KB of blank lines", inputs: []string{"-"}, stdin: strings.Repeat("\n", 70000) + `{"text":"x"}` + "\n" + `{"text":"y"}`,
			ids: []string{"stdin-70001", "stdin-70002"}},
		{name: "stdin jsonl after a blank start longer than the article limit", inputs: []string{"-"}, maxSize: 64,
			stdin: "\ufeff" + strings.Repeat(" \r\n", 100) + `{"text":"A short article."}`, ids: []string{"stdin-101"}},
		{name: "stdin jsonl whose first line opens with 70 KB of spaces", inputs: []string{"-"}, stdin: strings.Repeat(" ", 70<<10) + `{"id":"s","text":"x"}`,
			ids: []string{"s"}},
		{name: "stdin text after 64 KB of blank lines", inputs: []string{"-"}, stdin: strings.Repeat("\n", 70000) + "Echo.", ids: []string{"stdin"}},
		{name: "stdin text with a blank start longer than the article limit", inputs: []string{"-"}, maxSize: 64, stdin: strings.Repeat("\n", 100) + "Echo.",
			errs: []string{"-: larger than the 64-byte article limit"}},
		{name: "mix with missing file", inputs: []string{filepath.Join(dir, "nope.txt"), filepath.Join(dir, "a.txt")}, ids: []string{"a"},
			errs: []string{"nope.txt: no such file or directory"}},
		{name: "directory without articles", inputs: []string{filepath.Join(dir, "empty")}, errs: []string{"directory holds no articles (.txt, .md, .jsonl, .html, .htm)"}},
		{name: "jsonl of blank lines", inputs: []string{filepath.Join(dir, "blank", "x.jsonl")}, errs: []string{"x.jsonl: empty file: no articles"}},
		{name: "repeated ids made unique", inputs: []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.txt")}, ids: []string{"a", "a-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Loader{Stdin: strings.NewReader(tt.stdin), MaxSize: tt.maxSize}
			arts, errs := l.Load(tt.inputs)
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
				t.Errorf("ids %v, want %v", ids, tt.ids)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %v, want %v", errs, tt.errs)
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tt.errs[i]) {
					t.Errorf("error %q, want %q", e, tt.errs[i])
				}
			}
		})
	}
}

func TestLoaderJSONLErrors(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.jsonl")
	content := `{"id":"ok1","text":"fine","published":"2017-03-31"}` + "\n" +
		`not json` + "\n" +
		`{"id":"notext"}` + "\n" +
		"\n" +
		`{"id":"baddate","text":"t","published":"the 45th of Smarch"}` + "\n" +
		`{"id":"ok2","text":"fine too"}` + "\n" +
		`{"id":"blank","text":"  "}` + "\n" +
		`{"id":"num","text":5}` + "\n" +
		`["an","array"]`
	writeFiles(t, dir, map[string]string{"x.jsonl": content})
	arts, errs := (&Loader{}).Load([]string{p})
	if len(arts) != 2 || arts[0].ID != "ok1" || arts[1].ID != "ok2" {
		t.Fatalf("articles %+v", arts)
	}
	if arts[0].PublishedSource != timeline.SourceField || arts[0].Line != 1 || arts[1].Line != 6 {
		t.Errorf("article 0 source %q line %d, article 1 line %d", arts[0].PublishedSource, arts[0].Line, arts[1].Line)
	}
	want := []string{
		p + ":2: not a JSON object",
		p + ":3: no \"text\" field",
		p + ":5: \"published\": cannot read",
		p + ":7: empty \"text\"",
		p + ":8: \"text\" is a JSON number, want a string",
		p + ":9: not a JSON object but a JSON array",
	}
	if len(errs) != len(want) {
		t.Fatalf("errors %v, want %d", errs, len(want))
	}
	for i, e := range errs {
		if !strings.HasPrefix(e.Error(), want[i]) {
			t.Errorf("error %q, want prefix %q", e, want[i])
		}
	}
}

func TestDecodeText(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE, 'H', 0, 'i', 0, 0x3D, 0xD8, 0x00, 0xDE} // "Hi😀"
	utf16be := []byte{0xFE, 0xFF, 0, 'H', 0, 'i'}
	tests := []struct {
		name string
		in   []byte
		want string
		err  string
	}{
		{name: "utf8", in: []byte("héllo"), want: "héllo"},
		{name: "bom", in: []byte("\xEF\xBB\xBFhello"), want: "hello"},
		{name: "utf16le", in: utf16le, want: "Hi😀"},
		{name: "utf16be", in: utf16be, want: "Hi"},
		{name: "crlf kept", in: []byte("a\r\nb"), want: "a\r\nb"},
		{name: "empty", in: nil, err: "empty file"},
		{name: "binary", in: []byte("PK\x03\x04\x00\x00"), err: "binary file"},
		{name: "invalid utf8", in: []byte("ok\xff\xfe!"), err: "invalid UTF-8 at byte 2"},
		{name: "utf16 odd", in: []byte{0xFF, 0xFE, 'a'}, err: "odd number"},
		{name: "utf16 lone surrogate", in: []byte{0xFF, 0xFE, 0x00, 0xD8, 'a', 0}, err: "invalid UTF-16"},
	}
	for _, tt := range tests {
		got, err := decodeText(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: got %q, %v; want error %q", tt.name, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestLoaderMaxSize(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"big.txt":   strings.Repeat("x", 200),
		"small.txt": "tiny",
		"lines.jsonl": `{"id":"long","text":"` + strings.Repeat("y", 300) + `"}` + "\n" +
			`{"id":"short","text":"ok"}` + "\n",
	})
	l := Loader{MaxSize: 100}
	arts, errs := l.Load([]string{dir})
	if len(arts) != 2 || arts[0].ID != "short" || arts[1].ID != "small" {
		t.Fatalf("articles %+v", arts)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "big.txt: larger than the 100-byte") ||
		!strings.Contains(errs[1].Error(), "lines.jsonl:1: line longer than") {
		t.Fatalf("errors %v", errs)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":     {Data: []byte("March 31, 2017\nBravo.")},
		"a.md":      {Data: []byte("Alpha.")},
		"notes.csv": {Data: []byte("x")},
	}
	arts, errs := (&Loader{}).LoadFS(fsys, "corpus")
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("arts %v errs %v", arts, errs)
	}
	if arts[0].ID != "a" || arts[0].Path != "corpus/a.md" || arts[1].Published != "2017-03-31" {
		t.Errorf("got %+v", arts)
	}
}

func TestLoaderUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "locked.txt")
	writeFiles(t, dir, map[string]string{"locked.txt": "x"})
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errs := (&Loader{}).Load([]string{p})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "permission denied") {
		t.Fatalf("errors %v", errs)
	}
}

// TestLoaderHugeOneLine reads a 100 MB file that is one line, as .txt and
// as .jsonl: both are refused by the default size limit with a clear
// message, without reading the whole file into memory.
func TestLoaderHugeOneLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 200 MB of temporary files")
	}
	dir := t.TempDir()
	line := bytes.Repeat([]byte("March 16 "), (100<<20)/9)
	for _, name := range []string{"huge.txt", "huge.jsonl"} {
		content := line
		if name == "huge.jsonl" {
			content = append(append([]byte(`{"id":"h","text":"`), line...), []byte("\"}\n{\"id\":\"after\",\"text\":\"still read\"}\n")...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, errs := (&Loader{}).Load([]string{dir})
	if len(arts) != 1 || arts[0].ID != "after" {
		t.Errorf("articles %v, want only the line after the huge one", arts)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "huge.jsonl:1: line longer than the 10485760-byte article limit") ||
		!strings.Contains(errs[1].Error(), "huge.txt: larger than the 10485760-byte article limit") {
		t.Errorf("errors %v", errs)
	}
}
