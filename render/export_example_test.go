package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/timeline-tool/timeline/render"
	"github.com/timeline-tool/timeline/timeline"
)

// exampleTimeline is one article and two events: a day and a month.
func exampleTimeline() *timeline.Timeline {
	day := timeline.Date{Value: "2017-03-16", Grain: timeline.GrainDay, Start: "2017-03-16", End: "2017-03-16"}
	month := timeline.Date{Value: "2017-03", Grain: timeline.GrainMonth, Mod: "END", Start: "2017-03-21", End: "2017-03-31"}
	return &timeline.Timeline{
		Version:  timeline.FormatVersion,
		Articles: []timeline.Article{{ID: "time", Title: "TIME", Published: "2017-03-31", PublishedSource: timeline.SourceFlag}},
		Events: []timeline.Event{
			{ID: "e1", Date: day, Title: "Chief Justice writes, \"stop\"",
				Summary: "On March 16, the Chief Justice wrote.", Actors: []string{"Tani Cantil-Sakauye"}, Sources: []string{"time"},
				Mentions: []timeline.Mention{{Article: "time", Sentence: "On March 16, the Chief Justice wrote."}}},
			{ID: "e2", Date: month, Title: "ICE replies", Sources: []string{"time"}},
		},
	}
}

func ExampleCSV() {
	var buf bytes.Buffer
	render.CSV(&buf, exampleTimeline(), render.Options{})
	// Lines end in CRLF, as RFC 4180 says; shown here with LF.
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	// Output:
	// value,start,end,grain,title,actors,sources,first_sentence,mod,id
	// 2017-03-16,2017-03-16,2017-03-16,day,"Chief Justice writes, ""stop""",Tani Cantil-Sakauye,time,"On March 16, the Chief Justice wrote.",,e1
	// 2017-03,2017-03-21,2017-03-31,month,ICE replies,,time,,END,e2
}

func ExampleMarkdown() {
	render.Markdown(os.Stdout, exampleTimeline(), render.Options{Title: "Courthouse arrests"})
	// Output:
	// # Courthouse arrests
	//
	// 2 events from 1 article, March 16, 2017 to late March 2017.
	//
	// ## March 16, 2017: Chief Justice writes, "stop"
	//
	// Source: TIME
	//
	// > On March 16, the Chief Justice wrote. (TIME)
	//
	// ## late March 2017: ICE replies
	//
	// Source: TIME
	//
	// ## Articles
	//
	// - TIME (time), published March 31, 2017
}

// The page is self-contained but for echarts, which it loads from
// EchartsSrc (or go-echarts' CDN) unless EchartsJS inlines it.
func ExampleHTML() {
	var buf bytes.Buffer
	opt := render.Options{Title: "Courthouse arrests", EchartsSrc: "echarts.min.js"}
	if err := render.HTML(&buf, exampleTimeline(), opt); err != nil {
		fmt.Println(err)
		return
	}
	page := buf.String()
	fmt.Println(strings.Contains(page, "<title>Courthouse arrests</title>"))
	fmt.Println(strings.Count(page, `<li class="entry `), "entries in the story")
	fmt.Println(strings.Contains(page, `src="echarts.min.js"`))
	// Output:
	// true
	// 2 entries in the story
	// true
}
