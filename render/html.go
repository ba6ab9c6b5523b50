package render

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"regexp"

	"github.com/go-echarts/go-echarts/v2/charts"

	"github.com/timeline-tool/timeline/timeline"
)

//go:embed assets/page.html.tmpl assets/page.css assets/page.js assets/chart.js
var assets embed.FS

// pageTemplate is the page, parsed once.
var pageTemplate = template.Must(template.New("page.html.tmpl").ParseFS(assets, "assets/page.html.tmpl"))

// pageView is what the page template is executed with.
type pageView struct {
	*story
	Title, Summary     string
	ChartID            string
	ChartHeight        int
	Data               template.JS
	Option             template.JS
	CSS                template.CSS
	PageJS, ChartJS    template.JS
	EchartsInline      template.JS
	EchartsSrc         string
	ArticleCount       int
	FirstDate, EndDate string
}

// HTML writes the timeline page: a chart of the events (go-echarts), the
// story told event by event with each source's words, a step-through and an
// ordering exercise for teaching, and a print stylesheet. All article text is
// escaped: the story by html/template, and the chart and the scripts read it
// from a JSON data block in which <, > and & are escaped; the chart options
// themselves hold only numbers. With opt.EchartsJS the page is
// self-contained: it inlines that echarts.min.js. Otherwise it loads echarts
// from opt.EchartsSrc (default EchartsCDN) and, when it cannot (no network),
// says so above the chart; the story and the exercises need no network. The
// same timeline and options always give the same bytes.
func HTML(w io.Writer, tl *timeline.Timeline, opt Options) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("render: html page: %v", r)
		}
	}()
	if tl == nil {
		tl = &timeline.Timeline{}
	}
	laneBy := opt.Lanes
	switch laneBy {
	case "", "actor":
		laneBy = "actor"
	case "source":
	default:
		return fmt.Errorf("render: unknown lanes %q (want actor or source)", opt.Lanes)
	}
	st := newStory(tl, laneBy)
	v := pageView{
		story:       st,
		Title:       opt.Title,
		ChartID:     chartID,
		ChartHeight: chartHeight(len(st.Lanes)),
		CSS:         template.CSS(asset("assets/page.css")),
		PageJS:      template.JS(asset("assets/page.js")),
		ChartJS:     template.JS(asset("assets/chart.js")),
	}
	if v.Title == "" {
		v.Title = "Timeline"
	}
	v.Summary = summaryLine(tl)
	data, err := st.dataJSON(tl)
	if err != nil {
		return err
	}
	v.Data = template.JS(data)
	if len(st.Entries) > 0 {
		option, err := chartOption(tl, st)
		if err != nil {
			return err
		}
		v.Option = template.JS(option)
		switch {
		case len(opt.EchartsJS) > 0:
			v.EchartsInline = template.JS(inlineScript(opt.EchartsJS))
		case opt.EchartsSrc != "":
			v.EchartsSrc = opt.EchartsSrc
		default:
			v.EchartsSrc = EchartsCDN()
		}
	}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, v); err != nil {
		return fmt.Errorf("render: html page: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// asset returns one of the page's embedded files.
func asset(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	return string(b)
}

// summaryLine says how many events from how many articles the page shows,
// and over what dates.
func summaryLine(tl *timeline.Timeline) string {
	n := len(tl.Events)
	s := fmt.Sprintf("%d %s from %d %s", n, pick(n, "event", "events"), len(tl.Articles), pick(len(tl.Articles), "article", "articles"))
	if n > 0 {
		first, last := WriteDate(tl.Events[0].Date), WriteDate(tl.Events[n-1].Date)
		if first == last {
			s += ", " + first
		} else {
			s += ", " + first + " to " + last
		}
	}
	return s
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// scriptEnd matches what would end or confuse a script element when it
// stands in inlined JavaScript.
var scriptEnd = regexp.MustCompile(`(?i)</(script)|<!--`)

// inlineScript makes a script safe to inline: "</script" becomes
// "<\/script" and "<!--" becomes "<\!--", which mean the same inside the
// strings, regular expressions and comments where they can appear.
func inlineScript(js []byte) string {
	return scriptEnd.ReplaceAllStringFunc(string(js), func(m string) string {
		return m[:1] + `\` + m[1:]
	})
}

// EchartsCDN returns the address go-echarts loads echarts from, which the
// page uses unless Options gives EchartsJS or EchartsSrc.
func EchartsCDN() string {
	c := charts.NewCustom()
	return c.AssetsHost + "echarts.min.js"
}
