package extract

import (
	"fmt"

	"github.com/timeline-tool/timeline/timeline"
)

// PublishedOptions says how ResolvePublished treats the articles.
type PublishedOptions struct {
	// Manifest maps article ids or paths to publication dates (canonical
	// form, as ParsePublished returns); it overrides every other source.
	Manifest map[string]string
	// Default is given to articles with no explicit date ("" for none).
	Default string
	// Ignore drops every explicit date first (for testing inference).
	Ignore bool
}

// Notice is something ResolvePublished tells the user: a conflict between
// sources or an inferred date.
type Notice struct {
	Article string
	Msg     string
}

// ResolvePublished settles the publication time of every article in place:
// the manifest, then front matter and fields, then datelines, then Default,
// then inference from the article's text and from the other articles.
//
// STUB: replaced by publication-date resolution (issue 4).
func ResolvePublished(arts []timeline.Article, f *Finder, opt PublishedOptions) []Notice {
	for i := range arts {
		if arts[i].Published == "" && opt.Default != "" {
			arts[i].Published, arts[i].PublishedSource = opt.Default, timeline.SourceFlag
		}
	}
	return nil
}

// ReadManifest reads a CSV or JSON file mapping article ids or paths to
// publication dates.
//
// STUB: replaced by publication-date resolution (issue 4).
func ReadManifest(path string) (map[string]string, error) {
	return nil, fmt.Errorf("%s: --manifest is not implemented yet", path)
}
