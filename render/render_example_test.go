package render_test

import (
	"fmt"
	"os"

	"github.com/timeline-tool/timeline/render"
	"github.com/timeline-tool/timeline/timeline"
)

func ExampleParseFormats() {
	formats, err := render.ParseFormats("json, csv,tml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range formats {
		fmt.Println(f.Name, f.File, f.NeedsText)
	}
	_, err = render.ParseFormats("json,pdf")
	fmt.Println(err)
	// Output:
	// json timeline.json false
	// csv timeline.csv false
	// tml tml/ true
	// unknown format "pdf" (want one of csv, html, ics, json, md, timelinejs, tml)
}

func ExampleJSON() {
	day := timeline.Date{Value: "2017-03-16", Grain: timeline.GrainDay, Start: "2017-03-16", End: "2017-03-16"}
	m := timeline.Mention{Article: "time", Sentence: "On March 16, the Chief Justice wrote.", Verb: "wrote"}
	m.Start, m.End, m.Text, m.Type, m.Value, m.Grain, m.Section = 3, 11, "March 16", timeline.TypeDate, "2017-03-16", timeline.GrainDay, timeline.SectionBody
	tl := &timeline.Timeline{
		Version:  timeline.FormatVersion,
		Articles: []timeline.Article{{ID: "time", Path: "time.txt", Published: "2017-03-31", PublishedSource: timeline.SourceFlag}},
		Events: []timeline.Event{{ID: "e-2017-03-16-1", Date: day, Title: "Chief Justice wrote",
			Summary: m.Sentence, Actors: []string{"Chief Justice"}, Sources: []string{"time"},
			SourceCount: 1, MentionCount: 1, Mentions: []timeline.Mention{m}}},
	}
	render.JSON(os.Stdout, tl, render.Options{})
	// Output:
	// {
	//   "version": 1,
	//   "articles": [
	//     {
	//       "id": "time",
	//       "title": "",
	//       "path": "time.txt",
	//       "published": "2017-03-31",
	//       "published_source": "flag"
	//     }
	//   ],
	//   "events": [
	//     {
	//       "id": "e-2017-03-16-1",
	//       "date": {
	//         "value": "2017-03-16",
	//         "grain": "day",
	//         "start": "2017-03-16",
	//         "end": "2017-03-16",
	//         "mod": ""
	//       },
	//       "title": "Chief Justice wrote",
	//       "summary": "On March 16, the Chief Justice wrote.",
	//       "actors": [
	//         "Chief Justice"
	//       ],
	//       "sources": [
	//         "time"
	//       ],
	//       "source_count": 1,
	//       "mention_count": 1,
	//       "mentions": [
	//         {
	//           "article": "time",
	//           "start": 3,
	//           "end": 11,
	//           "text": "March 16",
	//           "type": "DATE",
	//           "value": "2017-03-16",
	//           "mod": "",
	//           "grain": "day",
	//           "section": "body",
	//           "sentence": "On March 16, the Chief Justice wrote.",
	//           "sentence_start": 0,
	//           "verb": "wrote"
	//         }
	//       ]
	//     }
	//   ]
	// }
}
