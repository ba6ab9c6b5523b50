package extract

import (
	"fmt"
	"sort"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// PublishedOptions says how ResolvePublished treats the articles.
type PublishedOptions struct {
	// Manifest maps article ids or paths to publication dates (canonical
	// form, as ParsePublished returns); it overrides every other source.
	Manifest map[string]string
	// Default is given to articles with no explicit date ("" for none).
	Default string
	// Ignore drops every explicit date first (for testing inference): the
	// manifest, front matter, fields and datelines.
	Ignore bool
	// NoCrossArticle limits inference to each article's own text, as when
	// measuring single-document inference.
	NoCrossArticle bool
	// Guess also gives dates found from written dates alone, which say an
	// article is later than them but not how much later (their confidence
	// is at most 0.3). Without it such articles keep source "none".
	Guess bool
	// Find, when set, replaces the Finder as the source of temporal
	// expressions (for measuring inference on gold annotations).
	Find func(text string, anchor time.Time) []timeline.Timex
}

// Notice is something ResolvePublished tells the user: a conflict between
// sources or an inferred date.
type Notice struct {
	// Article is the id of the article concerned.
	Article string
	// Path and Line are where the article was read from, as in
	// timeline.Article (Line 0 unless the file holds many).
	Path string
	Line int
	// Msg says what happened.
	Msg string
}

// sourceRank orders publication-date sources, most trusted first.
var sourceRank = map[string]int{
	timeline.SourceManifest:    0,
	timeline.SourceFrontMatter: 1,
	timeline.SourceField:       1,
	timeline.SourceHTMLMeta:    2,
	timeline.SourceDateline:    3,
	timeline.SourceFlag:        4,
}

// ResolvePublished settles the publication time of every article in place:
// the manifest, then front matter and fields, then datelines, then Default,
// then inference from the article's body text and from the other articles
// of the run. Articles are classified first when they have no Paragraphs.
//
// When two explicit sources disagree on the day, the more trusted wins and
// the article gets a warning naming both. An inferred date sets
// published_source "inferred", a confidence and the evidence, and yields a
// Notice; an article whose date cannot be inferred keeps source "none" and
// an empty Published. f finds the temporal expressions inference needs; nil
// means NewFinder().
func ResolvePublished(arts []timeline.Article, f *Finder, opt PublishedOptions) []Notice {
	if opt.Find != nil {
		return resolvePublished(arts, opt.Find, opt)
	}
	if f == nil {
		f = NewFinder()
	}
	return resolvePublished(arts, f.Find, opt)
}

// findFunc finds the temporal expressions of text resolved against anchor,
// as Finder.Find does.
type findFunc func(text string, anchor time.Time) []timeline.Timex

// resolvePublished is ResolvePublished with the date finder passed in.
func resolvePublished(arts []timeline.Article, find findFunc, opt PublishedOptions) []Notice {
	datelines := make([]Dateline, len(arts)) // zero: none
	for i := range arts {
		a := &arts[i]
		if a.Paragraphs == nil {
			a.Paragraphs = Classify(a.Text)
		}
		if opt.Ignore {
			a.Published, a.PublishedSource = "", timeline.SourceNone
			a.PublishedConfidence, a.PublishedEvidence = 0, nil
			continue
		}
		d, _ := FindDateline(a.Text, a.Paragraphs) // zero when none
		datelines[i] = d
		settleExplicit(a, explicitDates(a, opt.Manifest, d), d)
	}
	for i := range arts {
		if arts[i].Published == "" && opt.Default != "" {
			arts[i].Published, arts[i].PublishedSource = opt.Default, timeline.SourceFlag
		}
	}
	return inferPublished(arts, datelines, find, opt)
}

// datedSource is one explicit publication date and where it came from.
type datedSource struct {
	pub, source, what string
}

// explicitDates lists the explicit dates of an article, most trusted first;
// d is its dateline (zero: none).
func explicitDates(a *timeline.Article, manifest map[string]string, d Dateline) []datedSource {
	var cands []datedSource
	if v, _, ok := manifestLookup(manifest, a); ok {
		cands = append(cands, datedSource{v, timeline.SourceManifest, "the manifest"})
	}
	if a.Published != "" && a.PublishedSource != timeline.SourceNone {
		src := a.PublishedSource
		if src == "" {
			src = timeline.SourceField
		}
		cands = append(cands, datedSource{a.Published, src, describeSource(src)})
	}
	if d.Published != "" {
		cands = append(cands, datedSource{d.Published, timeline.SourceDateline, fmt.Sprintf("the dateline %q", d.Text)})
	}
	sort.SliceStable(cands, func(i, j int) bool { return rankOf(cands[i].source) < rankOf(cands[j].source) })
	return cands
}

// rankOf returns the trust rank of a source (lower is more trusted).
func rankOf(src string) int {
	if r, ok := sourceRank[src]; ok {
		return r
	}
	return 5
}

// describeSource names a source for warnings.
func describeSource(src string) string {
	switch src {
	case timeline.SourceFrontMatter:
		return "the front matter"
	case timeline.SourceField:
		return "the \"published\" field"
	case timeline.SourceHTMLMeta:
		return "the page's metadata"
	case timeline.SourceDateline:
		return "the dateline"
	case timeline.SourceFlag:
		return "--published"
	}
	return src
}

// settleExplicit gives the article its most trusted explicit date and warns
// about every less trusted one that names another day (and not the same
// instant in another zone), recording each conflict in
// PublishedConflicts, unless a conflict of the same two dates is recorded
// there already (ParseHTML compares a page's metadata with its dateline).
// A dateline without a year ("WASHINGTON, March 31 (Reuters) -") is checked
// too: more than a day away from the date kept, in any year, is a
// conflict. d is the article's dateline (zero: none).
func settleExplicit(a *timeline.Article, cands []datedSource, d Dateline) {
	if len(cands) == 0 {
		a.Published, a.PublishedSource = "", timeline.SourceNone
		return
	}
	best := cands[0]
	a.Published, a.PublishedSource = best.pub, best.source
	recorded := func(other string) bool {
		for _, c := range a.PublishedConflicts {
			if c.Kept == best.pub && c.Other == other || samePublished(c.Kept, best.pub) && samePublished(c.Other, other) {
				return true
			}
		}
		return false
	}
	for _, c := range cands[1:] {
		if samePublished(c.pub, best.pub) || recorded(c.pub) {
			continue
		}
		a.Warnings = append(a.Warnings, fmt.Sprintf("publication date conflict: %s says %s, %s says %s; using %s",
			best.what, best.pub, c.what, c.pub, best.pub))
		a.PublishedConflicts = append(a.PublishedConflicts, timeline.PublishedConflict{Kept: best.pub, Other: c.pub, Source: c.source})
	}
	if d.Published == "" && d.Month != 0 {
		other := fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
		if kept, ok := a.PublishedTime(); ok && !nearDay(timeline.Day(kept.Year(), kept.Month(), kept.Day()), d.Month, d.Day) && !recorded(other) {
			a.Warnings = append(a.Warnings, fmt.Sprintf("publication date conflict: %s says %s, the dateline %q says %s %d; using %s",
				best.what, best.pub, d.Text, d.Month, d.Day, best.pub))
			a.PublishedConflicts = append(a.PublishedConflicts, timeline.PublishedConflict{Kept: best.pub, Other: other, Source: timeline.SourceDateline})
		}
	}
}

// nearDay reports whether month and day fall within a day of kept, in the
// year of kept or the one before or after (a dateline gives no year, and a
// story written late on December 31 may be dated January 1).
func nearDay(kept time.Time, month time.Month, day int) bool {
	for y := kept.Year() - 1; y <= kept.Year()+1; y++ {
		d := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if diff := d.Sub(kept); diff <= 24*time.Hour && diff >= -24*time.Hour {
			return true
		}
	}
	return false
}
