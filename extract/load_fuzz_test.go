package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// FuzzParseText checks that reading a text article never panics and that an
// article it returns is valid UTF-8 text lying within the input.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"", "Body.", "---\ntitle: x\n---\nBody.", "---\n", "---\r\n---\r\n", "---\ntitle x\n---\n",
		"March 31, 2017 9:11 PM EDT\n\nText.", "---\npublished: February 30, 2017\n---\nx",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a, err := ParseText("f.txt", "f", s)
		if err != nil {
			if err.Path != "f.txt" || err.Msg == "" {
				t.Fatalf("error without file or message: %+v", err)
			}
			return
		}
		if !strings.HasSuffix(s, a.Text) {
			t.Fatalf("text %q is not the tail of the input", a.Text)
		}
		if a.Published != "" {
			if _, ok := a.PublishedTime(); !ok {
				t.Fatalf("published %q does not parse back", a.Published)
			}
		}
	})
}

// FuzzLoadJSONL checks that reading .jsonl never panics and that every line
// yields either an article or an error naming the line.
func FuzzLoadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x"}`, "{\n}", `{"text":null}`, `{"text":"x","published":"2017-13-45"}`,
		"\xEF\xBB\xBF{\"text\":\"bom\"}", `[1,2]`, "\n\n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var arts []timeline.Article
		var errs []*timeline.InputError
		l := Loader{MaxSize: 1 << 16}
		l.parseJSONL("x.jsonl", bytes.NewReader(data), func(a timeline.Article) { arts = append(arts, a) },
			func(e *timeline.InputError) { errs = append(errs, e) })
		for _, a := range arts {
			if !utf8.ValidString(a.Text) || a.Line < 1 {
				t.Fatalf("bad article %+v", a)
			}
		}
		for _, e := range errs {
			if e.Path != "x.jsonl" || e.Msg == "" {
				t.Fatalf("bad error %+v", e)
			}
		}
	})
}

// FuzzDecodeText checks that decoding never panics and returns valid UTF-8.
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"", "abc", "\xEF\xBB\xBFa", "\xFF\xFEa\x00", "\xFE\xFF\x00a", "\xff", "a\x00b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeText(data)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("decodeText(%q) = invalid UTF-8 %q", data, s)
		}
	})
}

// FuzzParsePublished checks that a date it accepts is canonical: parsing its
// output gives the output again.
func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2017-03-31", "March 31, 2017 9:11 PM EDT", "31 Mar 2017", "20170331", "Feb 29, 2015", "99999-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := ParsePublished(s)
		if err != nil {
			return
		}
		again, err := ParsePublished(out)
		if err != nil || again != out {
			t.Fatalf("ParsePublished(%q) = %q, which reads back as %q, %v", s, out, again, err)
		}
	})
}
