package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// tmlTag is a TIMEX3 read back from a TimeML document.
type tmlTag struct {
	attrs map[string]string
	text  string
}

// readTimeML parses a TimeML document with encoding/xml and returns the
// DCT's TIMEX3 (nil when absent), the TIMEX3s of TEXT and the TEXT without
// tags.
func readTimeML(t *testing.T, data []byte) (dct *tmlTag, tags []tmlTag, text string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var stack []string
	var cur *tmlTag
	var body strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, data)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 && tk.Name.Local != "TimeML" {
				t.Fatalf("root is <%s>, want <TimeML>", tk.Name.Local)
			}
			stack = append(stack, tk.Name.Local)
			if tk.Name.Local == "TIMEX3" {
				cur = &tmlTag{attrs: map[string]string{}}
				for _, a := range tk.Attr {
					cur.attrs[a.Name.Local] = a.Value
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tk.Name.Local == "TIMEX3" {
				if len(stack) > 0 && stack[len(stack)-1] == "DCT" {
					dct = cur
				} else {
					tags = append(tags, *cur)
				}
				cur = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(tk)
			}
			if len(stack) > 0 && (stack[len(stack)-1] == "TEXT" || len(stack) > 1 && stack[len(stack)-2] == "TEXT") {
				body.WriteString(string(tk))
			}
		}
	}
	return dct, tags, body.String()
}

func TestTimeMLArticle(t *testing.T) {
	tl := exportFixture()
	cases := []struct {
		art     int
		dct     string // "" for no DCT
		tids    string
		values  string
		dropped string
	}{
		// The overlapping "16, 2017" and the expression past the end are dropped.
		{0, "2017-03-31", "t1 t2 t3 t4 t5", "2017-03-31T21:11 2017-03-16 2017-03 2017-W13 2015", ""},
		{1, "", "t1 t2 t3 t4", "2017-03-16 2017-Q2 2017-SU 201", ""},
		{2, "2017-03-31", "t1", "2017-03-16", ""},
	}
	for _, c := range cases {
		a := &tl.Articles[c.art]
		var buf bytes.Buffer
		if err := TimeMLArticle(&buf, a); err != nil {
			t.Fatal(err)
		}
		dct, tags, text := readTimeML(t, buf.Bytes())
		switch {
		case c.dct == "" && dct != nil:
			t.Errorf("%s: DCT %v, want none", a.ID, dct.attrs)
		case c.dct != "" && dct == nil:
			t.Errorf("%s: no DCT, want %s", a.ID, c.dct)
		case dct != nil:
			if dct.attrs["value"] != c.dct || dct.attrs["functionInDocument"] != "CREATION_TIME" || dct.attrs["tid"] != "t0" {
				t.Errorf("%s: DCT %v, want value %s", a.ID, dct.attrs, c.dct)
			}
		}
		var tids, values []string
		for _, tg := range tags {
			tids = append(tids, tg.attrs["tid"])
			values = append(values, tg.attrs["value"])
		}
		if got := strings.Join(tids, " "); got != c.tids {
			t.Errorf("%s: tids %q, want %q", a.ID, got, c.tids)
		}
		if got := strings.Join(values, " "); got != c.values {
			t.Errorf("%s: values %q, want %q", a.ID, got, c.values)
		}
		// The text reads back as the article's, but for what XML cannot hold.
		want := strings.ReplaceAll(xmlText(a.Text), "&#xD;", "\r")
		want = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(want)
		if text != want {
			t.Errorf("%s: text reads back as\n%q\nwant\n%q", a.ID, text, want)
		}
	}
	// The mod of the month with END, and the text of each tag.
	var buf bytes.Buffer
	TimeMLArticle(&buf, &tl.Articles[0])
	_, tags, _ := readTimeML(t, buf.Bytes())
	if tags[2].attrs["mod"] != "END" || tags[2].text != "late March 2017" || tags[0].attrs["type"] != "TIME" {
		t.Errorf("tag t3 = %v %q", tags[2].attrs, tags[2].text)
	}
	if _, ok := tags[1].attrs["mod"]; ok {
		t.Errorf("mod written when empty: %v", tags[1].attrs)
	}
}

func TestTimeMLHostile(t *testing.T) {
	text := "a\x00b <x> & \"q\" \xff\xfe \uFFFE ]]> 2017"
	a := &timeline.Article{ID: `id"<&>`, Title: "t\x01", Published: "not a date", Text: text, Timexes: []timeline.Timex{
		{Start: len(text) - 4, End: len(text), Type: `DA"TE`, Value: "2017<", Mod: "&"},
		{Start: 3, End: 2}, {Start: -1, End: 2},
		{Start: strings.Index(text, "\uFFFE") + 1, End: len(text)}, // inside a character
	}}
	var buf bytes.Buffer
	if err := TimeMLArticle(&buf, a); err != nil {
		t.Fatal(err)
	}
	dct, tags, _ := readTimeML(t, buf.Bytes())
	if dct != nil {
		t.Errorf("DCT for an unreadable publication date: %v", dct.attrs)
	}
	if len(tags) != 1 || tags[0].attrs["value"] != "2017<" || tags[0].attrs["mod"] != "&" || tags[0].attrs["type"] != `DA"TE` {
		t.Errorf("tags = %v", tags)
	}
}

func TestTimeMLStdout(t *testing.T) {
	tl := exportFixture()
	var all bytes.Buffer
	if err := TimeML(&all, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	for _, f := range TimeMLFiles(tl, Options{}) {
		f.Write(&want)
	}
	if !bytes.Equal(all.Bytes(), want.Bytes()) {
		t.Error("--stdout output is not the files concatenated")
	}
	if n := bytes.Count(all.Bytes(), []byte("<?xml")); n != len(tl.Articles) {
		t.Errorf("%d documents, want %d", n, len(tl.Articles))
	}
}

func TestFileName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"000_a4fd8b4fc85934cc", "000_a4fd8b4fc85934cc"},
		{"../../etc/passwd", "_._.._etc_passwd"},
		{"..", "_."},
		{"", "article"},
		{"a b/c\\d:e", "a_b_c_d_e"},
		{"Zoë", "Zo_"},
		{strings.Repeat("x", 300), strings.Repeat("x", 120)},
	} {
		if got := fileName(c.in); got != c.want {
			t.Errorf("fileName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	tl := &timeline.Timeline{Articles: []timeline.Article{{ID: "a"}, {ID: "A"}, {ID: "a/"}, {ID: "a_"}}}
	var got []string
	for _, f := range TimeMLFiles(tl, Options{}) {
		got = append(got, f.Path)
	}
	if g, w := strings.Join(got, " "), "tml/a.tml tml/A-2.tml tml/a_.tml tml/a_-2.tml"; g != w {
		t.Errorf("files %s, want %s", g, w)
	}
}
