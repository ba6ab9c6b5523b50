package extract_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/seeds"
	"github.com/timeline-tool/timeline/timeline"
)

var updateSections = flag.Bool("update-sections", false, "rewrite testdata/pubsections golden files")

// seedArticles returns the seeds with their paragraphs classified.
func seedArticles(t *testing.T) []timeline.Article {
	t.Helper()
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		arts[i].Paragraphs = extract.Classify(arts[i].Text)
	}
	return arts
}

// TestClassifySeedsGolden compares the sections of every seed with
// testdata/pubsections/seeds.golden (rewrite with -update-sections).
func TestClassifySeedsGolden(t *testing.T) {
	var b strings.Builder
	for _, a := range seedArticles(t) {
		fmt.Fprintf(&b, "== %s\n", a.ID)
		for _, p := range a.Paragraphs {
			s := a.Text[p.Start:p.End]
			if r := []rune(s); len(r) > 60 {
				s = string(r[:60]) + "…"
			}
			fmt.Fprintf(&b, "%-11s %5d %5d %s\n", p.Section, p.Start, p.End, s)
		}
	}
	golden := filepath.Join("testdata", "pubsections", "seeds.golden")
	if *updateSections {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-sections to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("sections differ from %s (run with -update-sections after checking):\n%s", golden, b.String())
	}
}

// TestClassifySeeds checks what the issue asks of the seeds' sections.
func TestClassifySeeds(t *testing.T) {
	arts := seedArticles(t)
	byID := map[string]timeline.Article{}
	for _, a := range arts {
		byID[a.ID[:3]] = a
	}
	para := func(a timeline.Article, prefix string) (timeline.Paragraph, bool) {
		for _, p := range a.Paragraphs {
			if strings.HasPrefix(a.Text[p.Start:p.End], prefix) {
				return p, true
			}
		}
		return timeline.Paragraph{}, false
	}
	wantSection := func(id, prefix string, want timeline.Section) {
		t.Helper()
		p, ok := para(byID[id], prefix)
		if !ok {
			t.Errorf("%s: no paragraph starts %q", id, prefix)
			return
		}
		if p.Section != want {
			t.Errorf("%s: %q is %s, want %s", id, prefix, p.Section, want)
		}
	}
	// 002: nothing before "(CNN) —" is body; the dateline itself is one.
	cnn := byID["002"]
	d, ok := para(cnn, "(CNN)")
	if !ok || d.Section != timeline.SectionDateline {
		t.Fatalf("002: (CNN) dateline not found: %+v", d)
	}
	for _, p := range cnn.Paragraphs {
		if p.Start < d.Start && p.Section == timeline.SectionBody {
			t.Errorf("002: body before the dateline: %q", cnn.Text[p.Start:p.End])
		}
		if p.Start > d.Start && p.Section != timeline.SectionBody {
			t.Errorf("002: story paragraph is %s: %q", p.Section, cnn.Text[p.Start:p.End])
		}
	}
	// 004: the archive notice and the 2015 caption are not body.
	wantSection("004", "This is an archived article", timeline.SectionBoilerplate)
	wantSection("004", "U.S. Immigration and Customs Enforcement (ICE) agents detain", timeline.SectionCaption)
	wantSection("004", "The letter, released Friday", timeline.SectionBody)
	// 000: dateline on top, boilerplate at the end.
	wantSection("000", "March 31, 2017 9:11 PM EDT", timeline.SectionDateline)
	for _, s := range []string{"Contact us at", "Read More From TIME", "Related Stories"} {
		wantSection("000", s, timeline.SectionBoilerplate)
	}
	// 001, 003: captions and credits; the story stays body.
	wantSection("001", "Attorney General Jeff Sessions, left,", timeline.SectionCaption)
	wantSection("001", "(The California Channel)", timeline.SectionCredit)
	wantSection("001", "(Claritza Jimenez/The Washington Post)", timeline.SectionCredit)
	wantSection("003", "Attorney General Jeff Sessions", timeline.SectionCaption)
	// Every long paragraph of 000, 001, 003 and 004 that is not a caption
	// stays body.
	for _, id := range []string{"000", "001", "003", "004"} {
		a := byID[id]
		for _, p := range a.Paragraphs {
			s := a.Text[p.Start:p.End]
			if len(s) > 120 && p.Section != timeline.SectionBody && p.Section != timeline.SectionCaption && !strings.HasPrefix(s, "This is an archived") {
				t.Errorf("%s: %s paragraph %q", id, p.Section, s[:60])
			}
		}
	}
}
