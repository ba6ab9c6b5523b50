package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestMDText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text, with commas.", "plain text, with commas."},
		{"*bold* _it_ `code`", `\*bold\* \_it\_ \` + "`code\\`"},
		{"[link](x) ![img](y)", `\[link\](x) !\[img\](y)`},
		{"</script> <b>", `\</script\> \<b\>`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"+ not a list", `\+ not a list`},
		{"= not setext", `\= not setext`},
		{"2017. not a list", `2017\. not a list`},
		{"1) not a list", `1\) not a list`},
		{"a | b ~~c~~ $5 & $6", `a \| b \~\~c\~\~ \$5 \& \$6`},
		{`back\slash`, `back\\slash`},
		{"two\nlines\r\n  and  spaces\t", "two lines and spaces"},
		{"Zoë 東京 — “quotes”", "Zoë 東京 — “quotes”"},
		{"in-word - dash", "in-word - dash"},
	} {
		if got := mdText(c.in); got != c.want {
			t.Errorf("mdText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	tl := exportFixture()
	var buf bytes.Buffer
	if err := Markdown(&buf, tl, fixtureOptions); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	if !strings.HasPrefix(md, "# Courthouse arrests, 2017 — \"ICE\" \\& \\<the courts\\>\n") {
		t.Errorf("title line: %q", strings.SplitN(md, "\n", 2)[0])
	}
	for _, want := range []string{
		"\n## week of March 27, 2017: A busy week\n",
		"\n## late March 2017: \\- 1. \\*ICE\\*",
		"\n## the 2010s: ",
		"\n## March 31, 2017, 9:11 PM: Gascón tells TIME\n",
		"\nSources: [Sessions \\& Kelly: \"ICE\" \\<script\\>alert(1)\\</script\\>](<https://time.com/4720348/ice?a=1&b=(2)>), wapo/001 Zoë, LA Times, with commas; semicolons \\\\ and a line break\n",
		"\n> 東京 — The letter of March 16, 2017, said: \\*do not\\* \\[arrest\\] people \\| in court \\# now. (LA Times",
		"\n- wapo/001 Zoë, publication date unknown\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("handout lacks %q", want)
		}
	}
	// Outside link destinations, every < is escaped; javascript: is never linked.
	dest := regexp.MustCompile(`\]\(<[^<>]*>\)`)
	for _, l := range strings.Split(dest.ReplaceAllString(md, "]"), "\n") {
		for i := strings.IndexByte(l, '<'); i >= 0; i = strings.IndexByte(l, '<') {
			if i == 0 || l[i-1] != '\\' {
				t.Errorf("unescaped < in %q", l)
				break
			}
			l = l[i+1:]
		}
	}
	if strings.Contains(md, "javascript:") {
		t.Error("javascript: address written")
	}
	// The repeated sentence of the March 16 event is quoted once.
	if n := strings.Count(md, "> On March 16, 2017"); n != 1 {
		t.Errorf("sentence quoted %d times, want 1", n)
	}
}

func TestMarkdownUntitled(t *testing.T) {
	tl := exportFixture()
	tl.Events[0].Title, tl.Events[0].Summary = "", ""
	var buf bytes.Buffer
	if err := Markdown(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\n## the 2010s\n") {
		t.Errorf("untitled event heading is not its date alone:\n%s", buf.String())
	}
}

// TestMarkdownReprint checks that a sentence two articles print word for
// word is quoted once, followed by both sources.
func TestMarkdownReprint(t *testing.T) {
	day := timeline.Date{Value: "2017-03-29", Grain: timeline.GrainDay, Start: "2017-03-29", End: "2017-03-29"}
	const s = "The letter was sent Wednesday."
	tl := &timeline.Timeline{
		Articles: []timeline.Article{{ID: "wapo"}, {ID: "ktla"}, {ID: "time"}},
		Events: []timeline.Event{{ID: "e1", Date: day, Title: "Letter sent", Sources: []string{"wapo", "ktla", "time"},
			Mentions: []timeline.Mention{{Article: "wapo", Sentence: s}, {Article: "time", Sentence: "On March 29 they replied."}, {Article: "ktla", Sentence: s},
				{Article: "time", Sentence: "Photo taken March 29.", Timex: timeline.Timex{Section: timeline.SectionCaption}}}}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	if !strings.Contains(md, "> "+s+" (wapo, ktla)\n") || strings.Count(md, s) != 1 {
		t.Errorf("the reprinted sentence is not quoted once with both sources:\n%s", md)
	}
	if !strings.Contains(md, "> Photo taken March 29. (time; caption)\n") {
		t.Errorf("the caption quote does not say it is one:\n%s", md)
	}
}
