package render

import (
	"html/template"
	"io"

	"github.com/timeline-tool/timeline/timeline"
)

// HTML writes the timeline page.
//
// STUB: replaced by the timeline page (issue 6).
func HTML(w io.Writer, tl *timeline.Timeline, opt Options) error {
	return stubPage.Execute(w, tl)
}

var stubPage = template.Must(template.New("page").Parse(`<!doctype html><meta charset="utf-8"><title>Timeline</title>
<ol>{{range .Events}}<li>{{.Date.Value}}: {{.Title}}</li>{{end}}</ol>
`))
