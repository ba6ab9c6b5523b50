package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// FuzzParseHTML checks that no page makes ParseHTML panic, and that what
// it returns is well formed: valid UTF-8 text of paragraphs, a publication
// time in canonical form with a known source, or an error naming the file.
func FuzzParseHTML(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add(testPage(`<meta property="article:published_time" content="2017-03-31">`, append([]string{"March 30, 2017"}, filler...)...))
	f.Add(testPage(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2017-03-31T13:05:00-0700"}]}</script>`, filler...))
	f.Add([]byte(`<meta charset="koi8-r"><p>` + strings.Repeat("\xf0\xd2\xc9\xd7\xc5\xd4 ", 40) + `</p>`))
	f.Add([]byte("<p>" + strings.Repeat("<div>", 600) + "x"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, ierr := ParseHTML("f.html", "f", data)
		if ierr != nil {
			if ierr.Path != "f.html" || ierr.Msg == "" {
				t.Fatalf("bad error %#v", ierr)
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("bad text %q", a.Text)
		}
		switch a.PublishedSource {
		case timeline.SourceHTMLMeta, timeline.SourceDateline:
			if _, ok := a.PublishedTime(); !ok {
				t.Fatalf("published %q (%s) is not canonical", a.Published, a.PublishedSource)
			}
		case timeline.SourceNone:
			if a.Published != "" {
				t.Fatalf("published %q with source none", a.Published)
			}
		default:
			t.Fatalf("source %q", a.PublishedSource)
		}
	})
}
