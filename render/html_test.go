package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestHTMLGolden renders the small fixture and compares it with the golden
// page; go test ./render -run TestHTMLGolden -update rewrites it.
func TestHTMLGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"page/small.html", Options{Title: "ICE arrests at California courthouses", EchartsSrc: EchartsCDN()}},
		{"page/small-source-lanes.html", Options{Lanes: "source", EchartsJS: []byte("/* echarts stand-in </script> */")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := HTML(&buf, fixtureTimeline(), tc.opt); err != nil {
				t.Fatal(err)
			}
			var again bytes.Buffer
			if err := HTML(&again, fixtureTimeline(), tc.opt); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Fatal("two renderings of the same timeline differ")
			}
			golden := filepath.Join("testdata", tc.name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("page differs from %s (run with -update after checking the change)", golden)
			}
		})
	}
}

// TestHTMLEscapes renders a timeline whose every text holds markup and
// script, and checks that the page source holds them only escaped: as HTML
// entities in the story, as \u003c escapes in the data block, and nowhere in
// the chart options. TestBrowserHostile checks the same in a real browser.
func TestHTMLEscapes(t *testing.T) {
	tl := hostileTimeline()
	for _, opt := range []Options{{Title: hostile}, {Title: hostile, Lanes: "source", EchartsJS: []byte("var echarts;")}} {
		var buf bytes.Buffer
		if err := HTML(&buf, tl, opt); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		if strings.Contains(page, "alert(1)</script>") || strings.Contains(page, "<script>alert") {
			t.Error("the article's script stands raw in the page")
		}
		if n := strings.Count(strings.ToLower(page), "<script"); n != 4 {
			t.Errorf("page has %d script elements, want 4 (data, page, echarts, chart)", n)
		}
		if strings.Contains(page, `href="javascript:`) {
			t.Error("a javascript: address was kept")
		}
		// The story: each title reads back, once unescaped, as written.
		titles := regexp.MustCompile(`<h4 class="title">(.*?)</h4>`).FindAllStringSubmatch(page, -1)
		if len(titles) != len(tl.Events) {
			t.Fatalf("%d titles in the story, want %d", len(titles), len(tl.Events))
		}
		for i, m := range titles {
			if strings.ContainsAny(m[1], `<>"'`) {
				t.Errorf("title %d is not escaped: %s", i, m[1])
			}
			if got := html.UnescapeString(m[1]); got != tl.Events[i].Title {
				t.Errorf("title %d reads %q, want %q", i, got, tl.Events[i].Title)
			}
		}
		// The data block: no markup, and it decodes to the same text.
		m := regexp.MustCompile(`(?s)<script type="application/json" id="timeline-data">(.*?)</script>`).FindStringSubmatch(page)
		if m == nil {
			t.Fatal("no data block")
		}
		if strings.ContainsAny(m[1], "<>&") {
			t.Error("data block holds raw <, > or &")
		}
		var d pageData
		if err := json.Unmarshal([]byte(m[1]), &d); err != nil {
			t.Fatal(err)
		}
		if d.Events[0].Title != tl.Events[0].Title || !strings.Contains(d.Events[0].Summary[0], hostile) {
			t.Errorf("data block reads %q / %q", d.Events[0].Title, d.Events[0].Summary)
		}
		// The chart options: numbers and our own callbacks only.
		opt := page[strings.Index(page, "TimelineChart.start("):]
		opt = opt[:strings.Index(opt, "</script>")]
		if strings.Contains(opt, "alert") || strings.Contains(opt, "Sessions") {
			t.Errorf("article text in the chart options: %s", opt)
		}
	}
}

// TestHTMLEmpty renders a timeline with no events: a page that says so,
// with no chart.
func TestHTMLEmpty(t *testing.T) {
	for _, tl := range []*timeline.Timeline{nil, {}} {
		var buf bytes.Buffer
		if err := HTML(&buf, tl, Options{}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		if !strings.Contains(page, "No dated events") || strings.Contains(page, "TimelineChart.start") {
			t.Errorf("empty page:\n%s", page[strings.Index(page, "<body>"):])
		}
	}
}

// TestHTMLSectionLabel checks that a quote from outside body text (kept by
// --include-captions) says where it stands, and a body quote says nothing.
func TestHTMLSectionLabel(t *testing.T) {
	tl := fixtureTimeline()
	e := &tl.Events[0]
	cap := e.Mentions[0]
	cap.Section, cap.Sentence = timeline.SectionCaption, "A photo caption of "+cap.Text+"."
	cap.SentenceStart = cap.Start - len("A photo caption of ")
	e.Mentions = append(e.Mentions, cap)
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `<span class="section-label">`); n != 1 || !strings.Contains(buf.String(), `<span class="section-label">caption</span> A photo caption of`) {
		t.Errorf("%d section labels; want one on the caption quote", n)
	}
}

func TestHTMLBadLanes(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, fixtureTimeline(), Options{Lanes: "colour"}); err == nil {
		t.Error("unknown lanes accepted")
	}
}

// TestInlineScript checks that an inlined script cannot end its element.
func TestInlineScript(t *testing.T) {
	got := inlineScript([]byte(`a("</script>"); b("</SCRIPT >"); /* <!-- */`))
	if want := `a("<\/script>"); b("<\/SCRIPT >"); /* <\!-- */`; got != want {
		t.Errorf("inlineScript = %s, want %s", got, want)
	}
}

// TestHTMLOddInput renders events no extractor should make but a hand-edited
// timeline.json may hold: no dates, offsets out of range, invalid UTF-8,
// unknown sources, duplicate ids. The page must still render.
func TestHTMLOddInput(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "x", Title: "no date at all"},
		{ID: "x", Title: "bad \xff utf-8", Date: timeline.Date{Value: "2017-03", Grain: timeline.GrainMonth, Start: "2017-03-01", End: "2017-03-31"},
			Summary: "s \xff", Sources: []string{"missing"},
			Mentions: []timeline.Mention{{Article: "missing", Sentence: "s \xff", SentenceStart: 50, Timex: timeline.Timex{Start: 10, End: 2000, Text: "zz"}}}},
		{Title: "unparsable date", Date: timeline.Date{Value: "2017-13", Grain: timeline.GrainMonth, Start: "2017-13-01", End: "2017-13-31"}},
		{Title: "backwards", Date: timeline.Date{Value: "2017-03-05", Grain: timeline.GrainDay, Start: "2017-03-05", End: "2017-03-01"}},
	}}
	for _, lanes := range []string{"actor", "source"} {
		var buf bytes.Buffer
		if err := HTML(&buf, tl, Options{Lanes: lanes}); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(buf.String(), `<li class="entry`); n != len(tl.Events) {
			t.Errorf("%d entries, want %d", n, len(tl.Events))
		}
		if strings.Count(buf.String(), `id="x"`) != 0 {
			t.Error("duplicate event ids used as anchors")
		}
	}
}

// TestChartCallbacks checks the go-echarts rule for functions in options:
// no double quotes, and they must reach the page as code, not strings.
func TestChartCallbacks(t *testing.T) {
	option, err := chartOption(fixtureTimeline(), newStory(fixtureTimeline(), "actor"))
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range []string{jsRenderItem, jsTooltip, jsLaneLabel} {
		if strings.Contains(fn, `"`) {
			t.Errorf("double quote in %s", fn)
		}
		if !strings.Contains(option, ":"+fn) {
			t.Errorf("%s is not in the options as code", fn)
		}
	}
	if !strings.Contains(option, `"labelLayout":{"hideOverlap":true}`) || !strings.Contains(option, `"type":"time"`) {
		t.Errorf("options lack the time axis or label layout: %s", option)
	}
}

// TestHTMLEcharts checks where the page gets echarts from: inlined from
// EchartsJS (then nothing else has an address: the page is self-contained),
// else from EchartsSrc or the CDN, with the notice shown when it fails.
func TestHTMLEcharts(t *testing.T) {
	page := func(opt Options) string {
		t.Helper()
		var buf bytes.Buffer
		if err := HTML(&buf, fixtureTimeline(), opt); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	stand := "var echarts = {stand: 'in'}; /* </script> <!-- */"
	inl := page(Options{EchartsJS: []byte(stand)})
	if !strings.Contains(inl, `var echarts = {stand: 'in'}; /* <\/script> <\!-- */`) {
		t.Error("EchartsJS is not inlined (with </script and <!-- escaped)")
	}
	for _, bad := range []string{"<script src", "<link", "<img", "@import", "url(http", `id="chart-notice"`} {
		if strings.Contains(inl, bad) {
			t.Errorf("self-contained page contains %q", bad)
		}
	}
	cdn := page(Options{})
	if !strings.Contains(cdn, `<script src="`+EchartsCDN()+`"></script>`) || !strings.Contains(cdn, `id="chart-notice" hidden`) {
		t.Error("default page should load echarts from the CDN and carry the hidden notice")
	}
	if strings.Count(cdn, "<script src") != 1 {
		t.Error("default page loads more than echarts")
	}
	own := page(Options{EchartsSrc: "echarts.min.js"})
	if !strings.Contains(own, `<script src="echarts.min.js"></script>`) {
		t.Error("EchartsSrc is not used")
	}
}

// BenchmarkHTML renders the small fixture page.
func BenchmarkHTML(b *testing.B) {
	tl := fixtureTimeline()
	for b.Loop() {
		if err := HTML(io.Discard, tl, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
