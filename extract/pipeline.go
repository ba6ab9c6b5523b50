package extract

import (
	"github.com/timeline-tool/timeline/timeline"
)

// Options configures Process.
type Options struct {
	// IncludeCaptions makes mentions of dates outside body text too
	// (captions, credits, playlists, boilerplate), marked by their section.
	IncludeCaptions bool
}

// Process finds the temporal expressions of an article whose paragraphs and
// publication time are settled, and the event mentions of those in body text
// (or in every section with IncludeCaptions).
func Process(a *timeline.Article, f *Finder, opt Options) ([]timeline.Timex, []timeline.Mention) {
	anchor, _ := a.PublishedTime()
	txs := f.Find(a.Text, anchor)
	for i := range txs {
		txs[i].Section = a.SectionAt(txs[i].Start)
	}
	var keep []timeline.Timex
	for _, t := range txs {
		if t.Section == timeline.SectionBody || opt.IncludeCaptions {
			keep = append(keep, t)
		}
	}
	return txs, Mentions(a, keep)
}
