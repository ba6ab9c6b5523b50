package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

// TestResolvePublishedSeeds checks the seeds with no flags: 000 keeps its
// dateline; 001-004, which carry no date, are inferred to 2017-03-31 (or
// the day after) from their text and the other seeds.
func TestResolvePublishedSeeds(t *testing.T) {
	f := extract.NewFinder()
	arts := seedArticles(t)
	if len(f.Find(arts[0].Text, time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC))) == 0 {
		t.Fatal("the date engine finds no date in the first seed")
	}
	notices := extract.ResolvePublished(arts, f, extract.PublishedOptions{})
	for _, a := range arts {
		if strings.HasPrefix(a.ID, "000") {
			if a.Published != "2017-03-31T21:11:00-04:00" || a.PublishedSource != timeline.SourceDateline {
				t.Errorf("%s: %q from %s, want the dateline 2017-03-31T21:11:00-04:00", a.ID, a.Published, a.PublishedSource)
			}
			continue
		}
		if (a.Published != "2017-03-31" && a.Published != "2017-04-01") || a.PublishedSource != timeline.SourceInferred {
			t.Errorf("%s: %q from %s (%.2f, %q), want 2017-03-31 inferred", a.ID, a.Published, a.PublishedSource, a.PublishedConfidence, a.PublishedEvidence)
		}
		if a.PublishedConfidence <= 0.3 || len(a.PublishedEvidence) == 0 {
			t.Errorf("%s: confidence %.2f, evidence %q", a.ID, a.PublishedConfidence, a.PublishedEvidence)
		}
		found := false
		for _, n := range notices {
			found = found || (n.Article == a.ID && strings.Contains(n.Msg, a.Published))
		}
		if !found {
			t.Errorf("%s: no notice of the inferred date", a.ID)
		}
	}
}
