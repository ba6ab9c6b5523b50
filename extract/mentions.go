package extract

import (
	"github.com/timeline-tool/timeline/timeline"
)

// Mentions returns the event mention of every resolved timex: the sentence
// it stands in, the clause's verb and actors, and a short title.
//
// STUB: replaced by event mentions (issue 5).
func Mentions(a *timeline.Article, timexes []timeline.Timex) []timeline.Mention {
	var ms []timeline.Mention
	for _, t := range timexes {
		if t.Type != timeline.TypeDate && t.Type != timeline.TypeTime {
			continue
		}
		ms = append(ms, timeline.Mention{Article: a.ID, Timex: t})
	}
	return ms
}
