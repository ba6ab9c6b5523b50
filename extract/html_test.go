package extract

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// seed003 is the clean text of seed 003 (LA Times, published 2017-03-31),
// whose body the test pages in testdata/html carry.
const seed003 = "../seeds/003_fe5852cdf87d1a3f.txt"

// seedBody returns the body paragraphs of seed 003: its text without the
// two photo-caption lines at the top.
func seedBody(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile(seed003)
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(data), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return paras[2:]
}

// testPage wraps head elements and article paragraphs in a page with
// navigation, a cookie banner and a related-stories list.
func testPage(head string, body ...string) []byte {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">" + head + "</head><body>\n")
	sb.WriteString(`<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>` + "\n")
	sb.WriteString(`<div class="cookie-consent">We use cookies. Policy updated on January 5, 2016. <button>OK</button></div>` + "\n")
	sb.WriteString("<article><h1>Chief justice rebuked</h1>\n")
	for _, p := range body {
		if strings.HasPrefix(p, "<") {
			sb.WriteString(p + "\n")
			continue
		}
		sb.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	sb.WriteString("</article>\n")
	sb.WriteString(`<section class="related-stories"><h2>Related</h2><ul><li><a href="/a">Older story</a> <time datetime="2016-02-01">Feb. 1, 2016</time></li></ul></section>` + "\n")
	sb.WriteString("</body></html>\n")
	return []byte(sb.String())
}

// filler is article text long enough to count as an article.
var filler = []string{
	"Two top Trump administration officials on Friday rebuked California's chief justice for accusing federal agents of stalking undocumented immigrants in state courthouses.",
	"The officials were responding to a March 16 letter from the chief justice, asking that agents stop using courthouses as bait to arrest undocumented immigrants.",
}

func TestParseHTMLTestPages(t *testing.T) {
	body := seedBody(t)
	noise := []string{
		"cookie", "Cookie", "Accept all", "Privacy Policy", // cookie banners
		"Latest video", "Judge blocks", "Now playing", "border wall", "(2:05)", // video playlists
		"Getty", "speaks at the White House", "Sacramento on Jan. 12", "File photo", "State of the Judiciary address in Sacramento", // photo captions
		"Related", "sanctuary cities\n", "Older story", "El Paso", // related stories
		"Subscribe", "Search", "Obituaries", "Recent Posts", "Archives", // navigation
		"Advertisement", "Share", "Facebook", "newsletter", "Great reporting", "Copyright", "All rights reserved",
	}
	tests := []struct {
		file, title, url, published string
	}{
		{"seed003-story.html",
			"Sessions and Kelly rebuke California chief justice over ICE ‘stalking’ remark",
			"https://www.latimes.com/politics/la-pol-ca-sessions-kelly-cantil-sakauye-20170331-story.html",
			"2017-03-31T13:05:00-07:00"},
		{"seed003-wordpress-cp1252.html",
			"Trump officials rebuke chief justice over ‘stalking’",
			"https://courier.example.com/2017/03/31/trump-officials-rebuke-chief-justice/",
			"2017-03-31T16:20:00-07:00"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := filepath.Join("testdata", "html", tt.file)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, ierr := ParseHTML(p, "x", data)
			if ierr != nil {
				t.Fatal(ierr)
			}
			if want := strings.Join(body, "\n\n"); a.Text != want {
				t.Errorf("text is not the seed's body paragraphs separated by blank lines:\n%s", a.Text)
			}
			for _, n := range noise {
				if strings.Contains(a.Text, n) {
					t.Errorf("text holds page furniture %q", n)
				}
			}
			if a.Title != tt.title || a.URL != tt.url || a.Published != tt.published ||
				a.PublishedSource != timeline.SourceHTMLMeta || a.Path != p || len(a.Warnings) > 0 {
				t.Errorf("got title %q url %q published %q (%s) path %q warnings %q", a.Title, a.URL, a.Published, a.PublishedSource, a.Path, a.Warnings)
			}
		})
	}
}

// TestParseHTMLMislabelledArticle checks that an article whose container
// has a furniture-like class (a theme's "with-sidebar" layout, share
// widgets enabled) is not thrown away with the furniture.
func TestParseHTMLMislabelledArticle(t *testing.T) {
	body := seedBody(t)
	var sb strings.Builder
	sb.WriteString(`<html><body><div class="layout layout--with-sidebar share-enabled"><div class="text">`)
	for _, p := range body {
		sb.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	sb.WriteString(`</div></div><div class="sidebar"><p>Most read: Lakers win on March 30, 2017, a long story about a basketball game.</p></div></body></html>`)
	a, ierr := ParseHTML("p.html", "p", []byte(sb.String()))
	if ierr != nil {
		t.Fatal(ierr)
	}
	if a.Text != strings.Join(body, "\n\n") {
		t.Errorf("text:\n%s", a.Text)
	}
}

// eventKey is what an event says, without the article ids and offsets
// that differ between two versions of the same article.
func eventKey(e timeline.Event) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%+v %q %q %q %d:", e.Date, e.Title, e.Summary, e.Actors, e.MentionCount)
	for _, m := range e.Mentions {
		fmt.Fprintf(&sb, " [%q %s %s %q %q]", m.Text, m.Value, m.Section, m.Sentence, m.Verb)
	}
	return sb.String()
}

// TestHTMLSameEventsAsCleanText runs each test page and the clean text of
// seed 003 through the pipeline and Build: the events must be the same.
func TestHTMLSameEventsAsCleanText(t *testing.T) {
	run := func(input, published string) ([]timeline.Event, []timeline.Mention) {
		t.Helper()
		l := Loader{}
		p := Pipeline{Published: PublishedOptions{Default: published}, Workers: 1}
		res := p.Run(func(emit func(timeline.Article), fail func(*timeline.InputError)) {
			l.Stream([]string{input}, emit, fail)
		})
		if len(res.Errors) > 0 || len(res.Articles) != 1 {
			t.Fatalf("%s: %d articles, errors %v", input, len(res.Articles), res.Errors)
		}
		if res.Articles[0].Published != published {
			t.Fatalf("%s: published %q, want %q", input, res.Articles[0].Published, published)
		}
		tl := timeline.Build(res.Articles, res.Mentions, timeline.Options{})
		return tl.Events, tl.Unresolved
	}
	for _, tt := range []struct{ page, published string }{
		{"seed003-story.html", "2017-03-31T13:05:00-07:00"},
		{"seed003-wordpress-cp1252.html", "2017-03-31T16:20:00-07:00"},
	} {
		t.Run(tt.page, func(t *testing.T) {
			htmlEvents, htmlUnres := run(filepath.Join("testdata", "html", tt.page), tt.published)
			cleanEvents, cleanUnres := run(seed003, tt.published)
			if len(htmlEvents) != len(cleanEvents) {
				t.Errorf("page gives %d events, clean text %d", len(htmlEvents), len(cleanEvents))
			}
			for i := 0; i < len(htmlEvents) && i < len(cleanEvents); i++ {
				if h, c := eventKey(htmlEvents[i]), eventKey(cleanEvents[i]); h != c {
					t.Errorf("event %d differs:\npage:  %s\nclean: %s", i, h, c)
				}
			}
			if len(htmlUnres) != len(cleanUnres) {
				t.Errorf("page leaves %d expressions unresolved, clean text %d", len(htmlUnres), len(cleanUnres))
			}
			t.Logf("%d events from each version", len(htmlEvents))
		})
	}
}

func TestParseHTMLPublished(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	tests := []struct {
		name, head string
		body       []string
		published  string
		source     string
		warning    string // a substring of the only warning, "" for none
	}{
		{"article:published_time", `<meta property="article:published_time" content="2017-03-31T13:05:00-07:00">`, nil,
			"2017-03-31T13:05:00-07:00", timeline.SourceHTMLMeta, ""},
		{"og:published_time as name", `<meta name="og:published_time" content="2017-03-31">`, nil,
			"2017-03-31", timeline.SourceHTMLMeta, ""},
		{"zone without colon", `<meta property="article:published_time" content="2017-03-31T13:05:00-0700">`, nil,
			"2017-03-31T13:05:00-07:00", timeline.SourceHTMLMeta, ""},
		{"fractional seconds UTC", `<meta property="article:published_time" content="2017-03-31T20:05:00.000Z">`, nil,
			"2017-03-31T20:05:00Z", timeline.SourceHTMLMeta, ""},
		{"RFC 1123", `<meta name="pubdate" content="Fri, 31 Mar 2017 20:05:00 GMT">`, nil,
			"2017-03-31T20:05:00Z", timeline.SourceHTMLMeta, ""},
		{"JSON-LD object", ld(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2017-03-31T09:00:00Z"}`), nil,
			"2017-03-31T09:00:00Z", timeline.SourceHTMLMeta, ""},
		{"JSON-LD @graph prefers the article", ld(`{"@graph":[{"@type":"WebPage","datePublished":"2010-01-01"},{"@type":"NewsArticle","datePublished":"2017-03-31"}]}`), nil,
			"2017-03-31", timeline.SourceHTMLMeta, ""},
		{"JSON-LD array with type list", ld(`[{"@type":"Organization"},{"@type":["ReportageNewsArticle"],"datePublished":"2017-03-31"}]`), nil,
			"2017-03-31", timeline.SourceHTMLMeta, ""},
		{"JSON-LD in CDATA", ld(`<![CDATA[{"@type":"BlogPosting","datePublished":"2017-03-31"}]]>`), nil,
			"2017-03-31", timeline.SourceHTMLMeta, ""},
		{"bad JSON-LD ignored", ld(`{"@type":"NewsArticle","datePublished":`), nil,
			"", timeline.SourceNone, ""},
		{"dc.date", `<meta name="dc.date" content="2017-03-31">`, nil, "2017-03-31", timeline.SourceHTMLMeta, ""},
		{"DC.date.issued", `<meta name="DC.date.issued" content="2017-03-31">`, nil, "2017-03-31", timeline.SourceHTMLMeta, ""},
		{"pubdate meta", `<meta name="pubdate" content="2017-03-31">`, nil, "2017-03-31", timeline.SourceHTMLMeta, ""},
		{"itemprop datePublished", `<meta itemprop="datePublished" content="2017-03-31">`, nil, "2017-03-31", timeline.SourceHTMLMeta, ""},
		{"time in the article", "", []string{`<p class="byline">By Staff <time datetime="2017-03-31T08:00:00-07:00">March 31</time></p>`},
			"2017-03-31T08:00:00-07:00", timeline.SourceHTMLMeta, ""},
		{"time pubdate", "", []string{`<time pubdate datetime="2017-03-31">Friday</time>`},
			"2017-03-31", timeline.SourceHTMLMeta, ""},
		{"time only in related stories is not the article's", "", nil, "", timeline.SourceNone, ""},
		{"microdata of related stories is not the article's", "", []string{`<ul class="most-read"><li itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2016-05-05"><a href="/b">Other</a></li></ul>`},
			"", timeline.SourceNone, ""},
		{"open graph beats JSON-LD and time", `<meta property="article:published_time" content="2017-03-31">` +
			ld(`{"@type":"NewsArticle","datePublished":"2017-03-30"}`), []string{`<time datetime="2017-03-29">`},
			"2017-03-31", timeline.SourceHTMLMeta, ""},
		{"bad value falls back with a warning", `<meta property="article:published_time" content="yesterday">` +
			ld(`{"@type":"NewsArticle","datePublished":"2017-03-31"}`), nil,
			"2017-03-31", timeline.SourceHTMLMeta, `"yesterday" is not a date`},
		{"dateline without metadata", "", []string{"March 30, 2017"}, "2017-03-30", timeline.SourceDateline, ""},
		{"dateline agrees", `<meta property="article:published_time" content="2017-03-31T21:11:00-04:00">`,
			[]string{"March 31, 2017 9:11 PM EDT"}, "2017-03-31T21:11:00-04:00", timeline.SourceHTMLMeta, ""},
		{"dateline agrees on the instant", `<meta property="article:published_time" content="2017-04-01T01:11:00Z">`,
			[]string{"March 31, 2017 9:11 PM EDT"}, "2017-04-01T01:11:00Z", timeline.SourceHTMLMeta, ""},
		{"metadata and dateline disagree: metadata wins", `<meta property="article:published_time" content="2017-03-31T13:05:00-07:00">`,
			[]string{"March 30, 2017"}, "2017-03-31T13:05:00-07:00", timeline.SourceHTMLMeta,
			`page metadata <meta article:published_time> says 2017-03-31T13:05:00-07:00 but the dateline "March 30, 2017" says 2017-03-30; using the metadata`},
		{"dateline below the byline", `<meta name="dc.date" content="2017-03-31">`,
			[]string{"By Staff Writer", "Published: March 29, 2017"}, "2017-03-31", timeline.SourceHTMLMeta, `dateline "Published: March 29, 2017" says 2017-03-29`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ierr := ParseHTML("p.html", "p", testPage(tt.head, append(tt.body, filler...)...))
			if ierr != nil {
				t.Fatal(ierr)
			}
			if a.Published != tt.published || a.PublishedSource != tt.source {
				t.Errorf("published %q (%s), want %q (%s)", a.Published, a.PublishedSource, tt.published, tt.source)
			}
			switch {
			case tt.warning == "" && len(a.Warnings) > 0:
				t.Errorf("unexpected warnings %q", a.Warnings)
			case tt.warning != "" && (len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], tt.warning)):
				t.Errorf("warnings %q, want one holding %q", a.Warnings, tt.warning)
			}
			if conflict := strings.Contains(tt.warning, "dateline"); conflict != (len(a.PublishedConflicts) == 1) ||
				len(a.PublishedConflicts) == 1 && a.PublishedConflicts[0].Kept != a.Published {
				t.Errorf("conflicts %+v, want one: %v", a.PublishedConflicts, conflict)
			}
		})
	}
}

func TestParseHTMLTitleAndURL(t *testing.T) {
	tests := []struct {
		name, head, title, url string
	}{
		{"canonical beats og:url", `<title>Sessions and Kelly rebuke the chief justice - Site</title><link rel="canonical" href="https://a.example/c"><meta property="og:url" content="https://a.example/og">`,
			"Sessions and Kelly rebuke the chief justice", "https://a.example/c"},
		{"og:url", `<meta property="og:url" content="https://a.example/og"><meta property="og:title" content="OG title">`,
			"OG title", "https://a.example/og"},
		{"JSON-LD url", `<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://a.example/ld"}}</script>`,
			"", "https://a.example/ld"},
		{"rel with several tokens", `<link rel="Canonical nofollow" href=" https://a.example/c ">`, "", "https://a.example/c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ierr := ParseHTML("p.html", "p", testPage(tt.head, filler...))
			if ierr != nil {
				t.Fatal(ierr)
			}
			if a.URL != tt.url || (tt.title != "" && a.Title != tt.title) {
				t.Errorf("title %q url %q, want %q %q", a.Title, a.URL, tt.title, tt.url)
			}
		})
	}
}

func TestParseHTMLCharsets(t *testing.T) {
	text := "Le président a déclaré « nous réglerons l’affaire » à la Cour suprême, a rapporté le journal vendredi dans un long article consacré à la crise."
	tests := []struct {
		name  string
		bytes []byte
	}{
		{"utf-8 with BOM", append([]byte("\ufeff"), testPage("", text, text)...)},
		{"windows-1252 meta charset", encode1252(strings.Replace(string(testPage("", text, text)), `charset="utf-8"`, `charset="windows-1252"`, 1))},
		{"iso-8859-1 http-equiv", encode1252(strings.Replace(string(testPage("", strings.ReplaceAll(text, "’", "'"), strings.ReplaceAll(text, "’", "'"))), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, 1))},
		{"undeclared windows-1252 bytes", encode1252(strings.Replace(string(testPage("", text, text)), `<meta charset="utf-8">`, "", 1))},
		{"utf-16le with BOM", encodeUTF16LE(string(testPage("", text, text)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ierr := ParseHTML("p.html", "p", tt.bytes)
			if ierr != nil {
				t.Fatal(ierr)
			}
			if !strings.Contains(a.Text, "président a déclaré « nous réglerons l") || !strings.Contains(a.Text, "Cour suprême") {
				t.Errorf("text not decoded: %q", a.Text)
			}
		})
	}
}

// encode1252 encodes s, which holds only Latin-1 letters and ’, in
// windows-1252.
func encode1252(s string) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r == '’':
			b = append(b, 0x92)
		case r < 256:
			b = append(b, byte(r))
		default:
			panic(fmt.Sprintf("rune %q not in the test's windows-1252 subset", r))
		}
	}
	return b
}

// encodeUTF16LE encodes s (no surrogates) as UTF-16LE with a byte order mark.
func encodeUTF16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestParseHTMLNoArticle(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"empty file", "", "empty file"},
		{"blank", " \n\t ", "empty file"},
		{"empty body", "<html><head><title>Nothing</title></head><body></body></html>", "no article found"},
		{"navigation only", `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>` +
			`<div class="cookie-banner">We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you accept our use of cookies as described in our policy.</div>` +
			`<footer>Copyright 2017. All rights reserved. Terms of use. Privacy policy. Contact us. About us. Careers. Advertise with us. Site map.</footer></body></html>`, "no article found"},
		{"not found page", `<html><body><h1>404</h1><p>Sorry, this page was not found.</p><p><a href="/">Back to the homepage</a></p></body></html>`, "no article found"},
		{"script-only app shell", `<html><body><div id="root"></div><script>` + strings.Repeat("render(app);", 100) + `</script></body></html>`, "no article found"},
		{"binary", "\x00\x01\x02\xff\xfe\x00PK\x03\x04", "no article found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ierr := ParseHTML("dir/page.html", "page", []byte(tt.page))
			if ierr == nil {
				t.Fatal("no error")
			}
			if msg := ierr.Error(); !strings.HasPrefix(msg, "dir/page.html: ") || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q, want it to name the file and say %q", msg, tt.want)
			}
		})
	}
}

func TestLoaderHTML(t *testing.T) {
	dir := t.TempDir()
	page := testPage(`<meta property="article:published_time" content="2017-03-31"><link rel="canonical" href="https://a.example/x">`, filler...)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("pages/a.html", page)
	write("pages/b.HTM", page)
	write("pages/c.txt", []byte("Plain text."))
	write("pages/skip.css", []byte("body{}"))
	jsonl := write("lines.jsonl", []byte(
		fmt.Sprintf(`{"id":"j1","html":%q}`+"\n", page)+
			fmt.Sprintf(`{"html":%q,"published":"2017-04-02","title":"Own title","url":"https://own.example/"}`+"\n", page)+
			`{"id":"j3","html":"<html><body><nav>Home</nav></body></html>"}`+"\n"+
			`{"id":"j4","text":"Text wins.","html":"<p>ignored</p>"}`+"\n"))
	big := write("big.html", testPage("", append(filler, strings.Repeat("Long paragraph text. ", 600))...))

	t.Run("directory", func(t *testing.T) {
		arts, errs := (&Loader{}).Load([]string{filepath.Join(dir, "pages")})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var got []string
		for _, a := range arts {
			got = append(got, a.ID+" "+a.PublishedSource)
		}
		if want := "a html-meta|b html-meta|c none"; strings.Join(got, "|") != want {
			t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
		}
		if arts[0].URL != "https://a.example/x" || arts[0].Path != filepath.Join(dir, "pages", "a.html") {
			t.Errorf("url %q path %q", arts[0].URL, arts[0].Path)
		}
	})
	t.Run("jsonl html field", func(t *testing.T) {
		arts, errs := (&Loader{}).Load([]string{jsonl})
		if len(arts) != 3 {
			t.Fatalf("%d articles, errors %v", len(arts), errs)
		}
		a, b := arts[0], arts[1]
		if a.ID != "j1" || a.Line != 1 || a.Published != "2017-03-31" || a.PublishedSource != timeline.SourceHTMLMeta || a.URL != "https://a.example/x" || !strings.Contains(a.Text, "rebuked California") {
			t.Errorf("line 1: %+v", a)
		}
		if b.ID != "lines-2" || b.Line != 2 || b.Published != "2017-04-02" || b.PublishedSource != timeline.SourceField || b.Title != "Own title" || b.URL != "https://own.example/" {
			t.Errorf("line 2: %+v", b)
		}
		if arts[2].ID != "j4" || arts[2].Text != "Text wins." {
			t.Errorf("line 4: %+v", arts[2])
		}
		if len(errs) != 1 || errs[0].Line != 3 || !strings.Contains(errs[0].Error(), "lines.jsonl:3: no article found") {
			t.Errorf("errors %v, want one for line 3", errs)
		}
	})
	t.Run("stdin page", func(t *testing.T) {
		arts, errs := (&Loader{Stdin: strings.NewReader("\n  " + string(page))}).Load([]string{"-"})
		if len(errs) > 0 || len(arts) != 1 || arts[0].PublishedSource != timeline.SourceHTMLMeta {
			t.Fatalf("articles %+v errors %v", arts, errs)
		}
	})
	t.Run("max size", func(t *testing.T) {
		arts, errs := (&Loader{MaxSize: 4096}).Load([]string{big})
		if len(arts) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "big.html: larger than the 4096-byte article limit") {
			t.Errorf("articles %d errors %v", len(arts), errs)
		}
		arts, errs = (&Loader{}).Load([]string{big})
		if len(arts) != 1 || len(errs) != 0 {
			t.Errorf("default limit: articles %d errors %v", len(arts), errs)
		}
	})
}

// TestParseHTMLLargePage checks that a page of several megabytes, the
// size of a saved page with inline scripts and a long comment thread, is
// read in reasonable time.
func TestParseHTMLLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("large page")
	}
	var body []string
	body = append(body, filler...)
	for i := 0; i < 2000; i++ {
		body = append(body, fmt.Sprintf(`<div class="comment"><p>Comment %d: I read this on March %d and agree with every word of it.</p><button>Reply</button></div>`, i, i%28+1))
	}
	head := `<script>` + strings.Repeat("var x = 1;", 100000) + `</script>`
	page := testPage(head, body...)
	start := time.Now()
	a, ierr := ParseHTML("big.html", "big", page)
	if ierr != nil {
		t.Fatal(ierr)
	}
	if strings.Contains(a.Text, "Comment 1:") || !strings.Contains(a.Text, "rebuked California") {
		t.Errorf("wrong text: %.300q", a.Text)
	}
	t.Logf("%d-byte page read in %v", len(page), time.Since(start))
}

// TestParseHTMLDeepNesting checks that deeply nested markup neither
// crashes nor hangs the parser.
func TestParseHTMLDeepNesting(t *testing.T) {
	page := strings.Repeat("<div>", 50000) + strings.Join(filler, " ") + strings.Repeat("</div>", 50000)
	start := time.Now()
	_, ierr := ParseHTML("deep.html", "deep", []byte(page))
	if ierr == nil || !strings.HasPrefix(ierr.Error(), "deep.html: ") {
		t.Errorf("error %v, want one naming the file", ierr)
	}
	t.Logf("50000 nested divs: %v in %v", ierr, time.Since(start))
}
