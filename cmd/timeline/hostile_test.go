package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/timeline-tool/timeline/timeline"
)

// goodArticle is read beside every hostile input: it must come through
// whatever the other input does.
const goodArticle = "---\npublished: 2017-03-31\ntitle: Good\n---\nOn March 16, the chief justice sent a letter.\n"

// hostileCase is one broken input run through the whole command beside
// goodArticle.
type hostileCase struct {
	name string
	// setup writes the inputs into dir and returns them (the command's
	// arguments after the flags).
	setup func(t *testing.T, dir string) []string
	// args are flags added after "--out DIR/out".
	args []string
	// prepare, when set, readies the output path before the run.
	prepare func(t *testing.T, out string)
	code    int
	// stderr are substrings the messages must hold; DIR stands for the
	// test's directory.
	stderr []string
	// errs is the number of entries under "errors" in timeline.json.
	errs int
	// noJSON is set when timeline.json cannot be written.
	noJSON bool
	// maxAlloc, when set, bounds the bytes allocated by the run.
	maxAlloc uint64
	// check, when set, looks further at the timeline written.
	check func(t *testing.T, dir string, tl *timeline.Timeline)
}

// writeInput writes content to dir/name and returns the path.
func writeInput(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// one returns a setup that writes a single input file.
func one(name string, content []byte) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		return []string{writeInput(t, dir, name, content)}
	}
}

// refused is a case of one file, name, that the command refuses with the
// message "DIR/name" then msg, exiting 1 with one error in timeline.json.
func refused(caseName, name string, content []byte, msg string) hostileCase {
	return hostileCase{
		name:   caseName,
		setup:  one(name, content),
		code:   1,
		stderr: []string{"DIR/" + name + msg},
		errs:   1,
	}
}

// utf16File encodes s as UTF-16 with a byte order mark.
func utf16File(s string, order binary.AppendByteOrder) []byte {
	b := []byte{0xFF, 0xFE}
	if order == binary.AppendByteOrder(binary.BigEndian) {
		b = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

// hugeLine writes a file of size bytes that is one line of words, 1 MB at
// a time.
func hugeLine(t *testing.T, p string, prefix string, size int) {
	t.Helper()
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := bytes.Repeat([]byte("March 16 "), (1<<20)/9)
	n, _ := f.WriteString(prefix)
	for n < size {
		k, err := f.Write(chunk[:min(len(chunk), size-n)])
		if err != nil {
			t.Fatal(err)
		}
		n += k
	}
}

// article returns the article of tl with id, failing the test without it.
func article(t *testing.T, tl *timeline.Timeline, id string) timeline.Article {
	t.Helper()
	for _, a := range tl.Articles {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no article %q among %+v", id, tl.Articles)
	return timeline.Article{}
}

// mentionsOf returns every dated or unresolved mention of article id.
func mentionsOf(tl *timeline.Timeline, id string) []timeline.Mention {
	var ms []timeline.Mention
	for _, e := range tl.Events {
		for _, m := range e.Mentions {
			if m.Article == id {
				ms = append(ms, m)
			}
		}
	}
	for _, m := range tl.Unresolved {
		if m.Article == id {
			ms = append(ms, m)
		}
	}
	return ms
}

// hasDate reports whether article id has a mention of value.
func hasDate(tl *timeline.Timeline, id, value string) bool {
	for _, m := range mentionsOf(tl, id) {
		if m.Value == value {
			return true
		}
	}
	return false
}

// sane checks that every event has a real calendar interval, in order.
func sane(t *testing.T, tl *timeline.Timeline) {
	t.Helper()
	prev := ""
	for _, e := range tl.Events {
		s, err1 := time.Parse(timeline.DayLayout, e.Date.Start)
		en, err2 := time.Parse(timeline.DayLayout, e.Date.End)
		if err1 != nil || err2 != nil || en.Before(s) || s.Year() < 1 || en.Year() > 9999 {
			t.Errorf("event %s: date %+v", e.ID, e.Date)
		}
		if e.Date.Start < prev {
			t.Errorf("event %s out of order", e.ID)
		}
		prev = e.Date.Start
		for _, m := range e.Mentions {
			if len(m.Value) == 10 && !strings.HasPrefix(m.Value, "XXXX") {
				if _, err := time.Parse(timeline.DayLayout, m.Value); err != nil {
					t.Errorf("mention %q resolved to no calendar day %s", m.Text, m.Value)
				}
			}
		}
	}
}

// TestHostileInputs runs the command over each kind of broken input of
// issue 9, always beside a good article: the bad input is reported on
// stderr naming the file (and line) and the problem, listed under "errors"
// in timeline.json, and the good article is still read; nothing crashes and
// no temporary file is left behind.
func TestHostileInputs(t *testing.T) {
	many := 100000
	if testing.Short() {
		many = 10000
	}
	tests := []hostileCase{
		{
			name:   "missing file",
			setup:  func(t *testing.T, dir string) []string { return []string{filepath.Join(dir, "missing.txt")} },
			code:   1,
			stderr: []string{"DIR/missing.txt: no such file or directory"},
			errs:   1,
		},
		{
			name: "unreadable file",
			setup: func(t *testing.T, dir string) []string {
				p := writeInput(t, dir, "locked.txt", []byte("On March 20 it closed."))
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
				if f, err := os.Open(p); err == nil {
					f.Close()
					t.Skip("chmod 000 does not stop this user reading (root)")
				}
				return []string{p}
			},
			code:   1,
			stderr: []string{"DIR/locked.txt: permission denied"},
			errs:   1,
		},
		{
			name: "directory without articles",
			setup: func(t *testing.T, dir string) []string {
				writeInput(t, dir, "pictures/a.png", []byte("\x89PNG\r\n\x1a\n"))
				return []string{filepath.Join(dir, "pictures")}
			},
			code:   1,
			stderr: []string{"DIR/pictures: directory holds no articles"},
			errs:   1,
		},
		{
			// Chmod cannot stop root, so this case runs only for other users.
			name: "unreadable file in a directory",
			setup: func(t *testing.T, dir string) []string {
				writeInput(t, dir, "desk/open.txt", []byte("---\npublished: 2017-03-31\n---\nOn March 21, the court sat.\n"))
				p := writeInput(t, dir, "desk/locked.txt", []byte("On March 20 it closed."))
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
				if f, err := os.Open(p); err == nil {
					f.Close()
					t.Skip("chmod 000 does not stop this user reading (root)")
				}
				return []string{filepath.Join(dir, "desk")}
			},
			code:   1,
			stderr: []string{"DIR/desk/locked.txt: permission denied"},
			errs:   1,
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if !hasDate(tl, "open", "2017-03-21") {
					t.Errorf("the readable file of the directory was not read: %+v", tl.Articles)
				}
			},
		},
		{
			// Chmod cannot stop root, so this case runs only for other users:
			// one error, the directory's, not a second saying it holds nothing.
			name: "unreadable directory",
			setup: func(t *testing.T, dir string) []string {
				p := filepath.Dir(writeInput(t, dir, "locked/a.txt", []byte("On March 20 it closed.")))
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(p, 0o755) })
				if _, err := os.ReadDir(p); err == nil {
					t.Skip("chmod 000 does not stop this user reading (root)")
				}
				return []string{p}
			},
			code:   1,
			stderr: []string{"DIR/locked: permission denied"},
			errs:   1,
		},
		{
			name:   "standard input with nothing",
			setup:  func(t *testing.T, dir string) []string { return []string{"-"} },
			code:   1,
			stderr: []string{"timeline: -: empty file"},
			errs:   1,
		},
		{
			// An article given twice (here good.txt, which the run adds at
			// the end) is read once: it is one source of its events.
			name: "the same article twice",
			setup: func(t *testing.T, dir string) []string {
				return []string{filepath.Join(dir, "good.txt"), filepath.Join(dir, ".", "good.txt")}
			},
			stderr: []string{"DIR/good.txt: warning: given twice; read once"},
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if len(tl.Articles) != 1 || len(tl.Events) != 1 || tl.Events[0].SourceCount != 1 {
					t.Errorf("articles %+v, events %+v: want good once", tl.Articles, tl.Events)
				}
			},
		},
		refused("empty .jsonl", "feed.jsonl", nil, ": empty file: no articles"),
		refused(".jsonl of blank lines", "blank.jsonl", []byte("\n  \n\n"), ": empty file: no articles"),
		refused("saved page without an article", "nav.html", []byte(`<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`),
			": no article found in the page"),
		refused("empty file", "empty.txt", nil, ": empty file"),
		refused("blank file", "blank.md", []byte("\n  \r\n\t\n"), ": empty article: no text"),
		refused("binary file", "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), ": binary file (holds NUL bytes)"),
		refused("invalid UTF-8", "latin1.txt", []byte("On March 20 the caf\xe9 closed."), ": invalid UTF-8 at byte 19 (convert the file to UTF-8)"),
		{
			name:  "UTF-8 byte order mark",
			setup: one("bom.txt", []byte("\xef\xbb\xbf---\npublished: 2017-03-31\n---\nOn March 20, the court answered.\n")),
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if a := article(t, tl, "bom"); a.PublishedSource != timeline.SourceFrontMatter || !hasDate(tl, "bom", "2017-03-20") {
					t.Errorf("front matter after the BOM not read or date not found: %+v", a)
				}
			},
		},
		{
			name:  "UTF-16 LE with byte order mark",
			setup: one("le.txt", utf16File("---\npublished: 2017-03-31\n---\nOn March 20, the court answered.\n", binary.LittleEndian)),
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if a := article(t, tl, "le"); a.Published != "2017-03-31" || !hasDate(tl, "le", "2017-03-20") {
					t.Errorf("UTF-16 LE not decoded: %+v %+v", a, mentionsOf(tl, "le"))
				}
			},
		},
		{
			name:  "UTF-16 BE with byte order mark",
			setup: one("be.txt", utf16File("March 31, 2017\n\nOn March 20, the court answered – “at last”.\n", binary.BigEndian)),
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if a := article(t, tl, "be"); a.Published != "2017-03-31" || a.PublishedSource != timeline.SourceDateline || !hasDate(tl, "be", "2017-03-20") {
					t.Errorf("UTF-16 BE not decoded: %+v %+v", a, mentionsOf(tl, "be"))
				}
			},
		},
		{
			name: "CRLF line ends",
			setup: one("crlf.txt", []byte("---\r\ntitle: Windows story\r\npublished: 2017-03-31\r\n---\r\n"+
				"The court met.\r\n\r\nOn March 20, the court answered.\r\nOn Friday, it closed.\r\n")),
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				a := article(t, tl, "crlf")
				if a.Title != "Windows story" || a.Published != "2017-03-31" || a.PublishedSource != timeline.SourceFrontMatter {
					t.Errorf("front matter with CRLF: %+v", a)
				}
				data, err := os.ReadFile(filepath.Join(dir, "crlf.txt"))
				if err != nil {
					t.Fatal(err)
				}
				body := string(data[bytes.Index(data, []byte("The court")):])
				ms := mentionsOf(tl, "crlf")
				if len(ms) != 2 {
					t.Fatalf("mentions %+v, want March 20 and Friday", ms)
				}
				for _, m := range ms {
					if body[m.Start:m.End] != m.Text || !strings.HasPrefix(body[m.SentenceStart:], m.Sentence) || strings.ContainsRune(m.Sentence, '\r') {
						t.Errorf("mention %q at %d-%d, sentence %q at %d: offsets do not fit the text", m.Text, m.Start, m.End, m.Sentence, m.SentenceStart)
					}
				}
			},
		},
		{
			name: "one huge line over --max-size",
			setup: func(t *testing.T, dir string) []string {
				hugeLine(t, filepath.Join(dir, "huge.txt"), "", 16<<20)
				hugeLine(t, filepath.Join(dir, "huge.jsonl"), `{"id":"h","text":"`, 16<<20)
				f, err := os.OpenFile(filepath.Join(dir, "huge.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprint(f, "\"}\n{\"id\":\"after\",\"published\":\"2017-03-31\",\"text\":\"On March 20, the court answered.\"}\n")
				f.Close()
				return []string{filepath.Join(dir, "huge.txt"), filepath.Join(dir, "huge.jsonl")}
			},
			args: []string{"--max-size", "1000000"},
			code: 1,
			stderr: []string{
				"DIR/huge.txt: larger than the 1000000-byte article limit: 16777216 bytes (raise --max-size)",
				"DIR/huge.jsonl:1: line longer than the 1000000-byte article limit (raise --max-size)",
			},
			errs:     2,
			maxAlloc: 16 << 20,
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if a := article(t, tl, "after"); a.Line != 2 || !hasDate(tl, "after", "2017-03-20") {
					t.Errorf("the line after the huge one: %+v", a)
				}
			},
		},
		{
			name: "bad .jsonl lines",
			setup: one("feed.jsonl", []byte(`{"id":"first","published":"2017-03-31","text":"On March 20, the court answered."}`+"\n"+
				`<html>not json</html>`+"\n"+
				`{"id":"notext","title":"No text"}`+"\n"+
				`{"id":"baddate","published":"the 45th of Smarch","text":"On March 21 it sat."}`+"\n"+
				`{"id":"last","published":"2017-03-31","text":"On March 22, it closed."}`+"\n")),
			code: 1,
			stderr: []string{
				"DIR/feed.jsonl:2: not a JSON object",
				"DIR/feed.jsonl:3: no \"text\" field",
				"DIR/feed.jsonl:4: \"published\": ",
			},
			errs: 3,
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if !hasDate(tl, "first", "2017-03-20") || !hasDate(tl, "last", "2017-03-22") {
					t.Errorf("good lines not read: %+v", tl.Articles)
				}
				for i, want := range []int{2, 3, 4} {
					if e := tl.Errors[i]; e.Line != want || !strings.HasSuffix(e.Path, "feed.jsonl") {
						t.Errorf("error %d: %+v, want line %d", i, e, want)
					}
				}
			},
		},
		refused("front matter never closed", "unclosed.md", []byte("---\ntitle: Open\npublished: 2017-03-31\n\nOn March 20, the court answered.\n"), ":1: front matter opened on line 1 is never closed"),
		{
			// Precedence (extract.ResolvePublished): front matter, then the
			// dateline, then --published for articles with no date at all.
			name: "conflicting publication dates",
			setup: func(t *testing.T, dir string) []string {
				return []string{
					writeInput(t, dir, "conflict.txt", []byte("---\npublished: 2017-03-31\n---\nMarch 30, 2017\n\nOn March 20, the court answered.\n")),
					writeInput(t, dir, "dateline.txt", []byte("March 30, 2017\n\nOn March 20, the court answered.\n")),
					writeInput(t, dir, "undated.txt", []byte("On March 20, the court answered.\n")),
				}
			},
			args:   []string{"--published", "2017-01-01"},
			stderr: []string{`DIR/conflict.txt: warning: publication date conflict: the front matter says 2017-03-31, the dateline "March 30, 2017" says 2017-03-30; using 2017-03-31`},
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				for _, w := range []struct{ id, pub, src string }{
					{"conflict", "2017-03-31", timeline.SourceFrontMatter},
					{"dateline", "2017-03-30", timeline.SourceDateline},
					{"undated", "2017-01-01", timeline.SourceFlag},
				} {
					if a := article(t, tl, w.id); a.Published != w.pub || a.PublishedSource != w.src {
						t.Errorf("%s: published %q from %q, want %q from %q", w.id, a.Published, a.PublishedSource, w.pub, w.src)
					}
				}
				if a := article(t, tl, "conflict"); len(a.Warnings) != 1 {
					t.Errorf("conflict warnings %q, want one", a.Warnings)
				}
			},
		},
		{
			// A notice names the file, and the line and id in a .jsonl.
			name: "notices name the file",
			setup: func(t *testing.T, dir string) []string {
				return []string{
					writeInput(t, dir, "undated.txt", []byte("On Friday, the court answered.\n")),
					writeInput(t, dir, "feed.jsonl", []byte(`{"id":"first","published":"2017-03-31","text":"On March 20, the court answered."}`+"\n"+
						`{"id":"second","text":"On Friday, the court closed."}`+"\n")),
				}
			},
			stderr: []string{
				"DIR/undated.txt: publication date inferred: 2017-03-31",
				"DIR/feed.jsonl:2 (second): publication date inferred: 2017-03-31",
			},
		},
		{
			name: "impossible dates",
			setup: one("impossible.txt", []byte("---\npublished: 2017-03-31\n---\n"+
				"On February 30, 2017, the court met. On Feb. 29 it sat again. It ruled on April 31. "+
				"Filed 2017-02-30 and 2017-13-01 and 0000-00-00. In year 0 nothing happened, nor in year 99999. "+
				"The 99999th day passed. On March 32 it closed. On 31/02/2017 it opened.\n")),
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				for _, m := range mentionsOf(tl, "impossible") {
					for _, bad := range []string{"02-29", "02-30", "02-31", "04-31", "-13-", "03-32", "0000", "99999"} {
						if strings.Contains(m.Value, bad) && !strings.HasPrefix(m.Value, "XXXX") {
							t.Errorf("%q resolved to %s", m.Text, m.Value)
						}
					}
				}
			},
		},
		{
			name: "an article of 100,000 dates",
			setup: func(t *testing.T, dir string) []string {
				var sb strings.Builder
				sb.WriteString("---\npublished: 2017-03-31\n---\n")
				day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
				for i := range many {
					// Half of them the same day, half over 500 days.
					d := day.AddDate(0, 0, i%1000)
					if i%2 == 0 {
						d = time.Date(2017, 3, 16, 0, 0, 0, 0, time.UTC)
					}
					fmt.Fprintf(&sb, "On %s %d, %d, the court met.", d.Month(), d.Day(), d.Year())
					if i%10 == 9 {
						sb.WriteString("\n\n")
					} else {
						sb.WriteByte(' ')
					}
				}
				return []string{writeInput(t, dir, "many.txt", []byte(sb.String()))}
			},
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				n := len(mentionsOf(tl, "many"))
				if n != many {
					t.Errorf("%d mentions, want %d", n, many)
				}
				if len(tl.Events) < 501 || len(tl.Events) > 501+many/10 {
					t.Errorf("%d events of 501 different days", len(tl.Events))
				}
			},
		},
		{
			name:   "usage error",
			setup:  func(t *testing.T, dir string) []string { return nil },
			args:   []string{"--max-size", "0"},
			code:   2,
			stderr: []string{"--max-size 0: want a number >= 1"},
			noJSON: true,
		},
		{
			name:  "output directory is a file",
			setup: func(t *testing.T, dir string) []string { return nil },
			args:  []string{"--format", "html,json,tml"},
			prepare: func(t *testing.T, out string) {
				writeInput(t, filepath.Dir(out), filepath.Base(out), []byte("precious"))
			},
			code: 1,
			stderr: []string{"writing DIR/out/timeline.html: ", "writing DIR/out/timeline.json: ", "writing DIR/out/tml/good.tml: ",
				"1 article read (0 failed), 1 event, wrote nothing\n"},
			noJSON: true,
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if data, err := os.ReadFile(filepath.Join(dir, "out")); err != nil || string(data) != "precious" {
					t.Errorf("the file in the way was changed: %q, %v", data, err)
				}
			},
		},
		{
			// The page is written in full to a temporary file whose rename
			// then fails: the temporary file must go.
			name:  "output file is a directory",
			setup: func(t *testing.T, dir string) []string { return nil },
			prepare: func(t *testing.T, out string) {
				writeInput(t, filepath.Join(out, "timeline.html"), "keep.txt", []byte("x"))
			},
			code:   1,
			stderr: []string{"writing DIR/out/timeline.html: "},
		},
		{
			name:  "read-only output directory",
			setup: func(t *testing.T, dir string) []string { return nil },
			prepare: func(t *testing.T, out string) {
				writeInput(t, out, "timeline.json", []byte("old"))
				if err := os.Chmod(out, 0o555); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(out, 0o755) })
				if f, err := os.CreateTemp(out, "probe"); err == nil {
					f.Close()
					os.Remove(f.Name())
					t.Skip("a read-only directory is writable by this user (root)")
				}
			},
			code:   1,
			stderr: []string{"writing DIR/out/timeline.json: "},
			noJSON: true,
			check: func(t *testing.T, dir string, tl *timeline.Timeline) {
				if data, _ := os.ReadFile(filepath.Join(dir, "out", "timeline.json")); string(data) != "old" {
					t.Errorf("old timeline.json changed to %.40q", data)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runHostile(t, tt)
		})
	}
}

// TestHostileHugeFile reads a 100 MB file that is one line with the
// default --max-size (10 MB): refused from its size, without reading it.
func TestHostileHugeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 100 MB file")
	}
	runHostile(t, hostileCase{
		setup: func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, "huge.txt")
			hugeLine(t, p, "", 100<<20)
			return []string{p}
		},
		code:     1,
		stderr:   []string{"DIR/huge.txt: larger than the 10485760-byte article limit: 104857600 bytes (raise --max-size)"},
		errs:     1,
		maxAlloc: 16 << 20,
	})
}

// runHostile runs one case: the case's inputs and goodArticle into DIR/out.
func runHostile(t *testing.T, tt hostileCase) {
	dir := t.TempDir()
	good := writeInput(t, dir, "good.txt", []byte(goodArticle))
	inputs := tt.setup(t, dir)
	out := filepath.Join(dir, "out")
	if tt.prepare != nil {
		tt.prepare(t, out)
	}
	args := append(append([]string{"--out", out}, tt.args...), inputs...)
	args = append(args, good)
	var stdout, stderr bytes.Buffer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	code := Run(args, strings.NewReader(""), &stdout, &stderr)
	runtime.ReadMemStats(&after)
	msgs := stderr.String()
	if code != tt.code {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, msgs)
	}
	for _, want := range tt.stderr {
		if want = strings.ReplaceAll(want, "DIR", dir); !strings.Contains(msgs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, msgs)
		}
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("exit %d, %.1f MB allocated", code, float64(alloc)/(1<<20))
	if tt.maxAlloc > 0 && alloc > tt.maxAlloc {
		t.Errorf("allocated %d MB, want at most %d MB", alloc>>20, tt.maxAlloc>>20)
	}
	// No temporary output is left anywhere.
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
	var tl timeline.Timeline
	if !tt.noJSON {
		tl = readTimeline(t, out)
		if a := article(t, &tl, "good"); a.Published != "2017-03-31" || !hasDate(&tl, "good", "2017-03-16") {
			t.Errorf("the good article was not read whole: %+v", a)
		}
		if len(tl.Errors) != tt.errs {
			t.Errorf("errors %+v, want %d", tl.Errors, tt.errs)
		}
		for _, e := range tl.Errors {
			if !strings.Contains(msgs, "timeline: "+e.Error()) {
				t.Errorf("error %q of timeline.json not on stderr", e.Error())
			}
		}
		sane(t, &tl)
	}
	if tt.check != nil {
		tt.check(t, dir, &tl)
	}
}
