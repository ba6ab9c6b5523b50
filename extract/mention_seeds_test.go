package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/seeds"
	"github.com/timeline-tool/timeline/timeline"
)

// seedTimex is a date expression of a seed's body text, as the date engine
// should resolve it: Text is found inside Context (the first occurrence).
type seedTimex struct {
	article, context, text, value string
}

// seedTimexes are the body dates of the five seeds, resolved by hand
// against their publication date (Friday 2017-03-31).
var seedTimexes = []seedTimex{
	{"000", "This week, Sessions", "This week", "2017-W13"},
	{"000", "On March 16, Chief", "March 16", "2017-03-16"},
	{"000", "On March 29, the", "March 29", "2017-03-29"},
	{"000", "Earlier this week, Attorney", "Earlier this week", "2017-W13"},
	{"000", "get married in 2013", "2013", "2013"},
	{"000", "Since late January", "late January", "2017-01"},
	{"000", "Slate recently", "recently", "PAST_REF"},
	{"001", "letter released Friday", "Friday", "2017-03-31"},
	{"001", "Earlier this week, Sessions", "Earlier this week", "2017-W13"},
	{"001", "earlier this month that", "earlier this month", "2017-03"},
	{"001", "for years", "for years", "P1Y"},
	{"001", "his January executive", "January", "2017-01"},
	{"002", "said this week that", "this week", "2017-W13"},
	{"002", "released Friday but", "Friday", "2017-03-31"},
	{"002", "sent Wednesday,", "Wednesday", "2017-03-29"},
	{"002", "letter earlier this month", "earlier this month", "2017-03"},
	{"003", "on Friday rebuked", "Friday", "2017-03-31"},
	{"003", "closed Friday", "Friday", "2017-03-31"},
	{"003", "a March 16 letter", "March 16", "2017-03-16"},
	{"003", "on Monday.", "Monday", "2017-03-27"},
	{"003", "California this week filed", "this week", "2017-W13"},
	{"004", "said this week that", "this week", "2017-W13"},
	{"004", "released Friday but", "Friday", "2017-03-31"},
	{"004", "sent Wednesday,", "Wednesday", "2017-03-29"},
	{"004", "letter earlier this month", "earlier this month", "2017-03"},
}

// handTimex makes the Timex of a seedTimex in text.
func handTimex(t *testing.T, text string, s seedTimex) timeline.Timex {
	t.Helper()
	c := strings.Index(text, s.context)
	i := strings.Index(s.context, s.text)
	if c < 0 || i < 0 {
		t.Fatalf("%s: %q not found", s.article, s.context)
	}
	tx := timeline.Timex{Start: c + i, End: c + i + len(s.text), Text: s.text, Type: timeline.TypeDate,
		Value: s.value, Section: timeline.SectionBody}
	day := func(v string) time.Time { d, _ := time.Parse("2006-01-02", v); return d }
	switch {
	case strings.HasPrefix(s.value, "P"):
		tx.Type = timeline.TypeDuration
	case strings.HasSuffix(s.value, "_REF"):
	case strings.Contains(s.value, "-W13"):
		tx.Grain, tx.Interval = timeline.GrainWeek, timeline.Interval{Start: day("2017-03-27"), End: day("2017-04-02")}
	case len(s.value) == 10:
		tx.Grain, tx.Interval = timeline.GrainDay, timeline.Interval{Start: day(s.value), End: day(s.value)}
	case len(s.value) == 7:
		st := day(s.value + "-01")
		tx.Grain, tx.Interval = timeline.GrainMonth, timeline.Interval{Start: st, End: st.AddDate(0, 1, -1)}
	case len(s.value) == 4:
		st := day(s.value + "-01-01")
		tx.Grain, tx.Interval = timeline.GrainYear, timeline.Interval{Start: st, End: st.AddDate(1, 0, -1)}
	}
	return tx
}

// storyEvent is an event the seeds' timeline must tell.
type storyEvent struct {
	name       string
	date       string // Date.Start
	words      []string
	minSources int
}

var story = []storyEvent{
	{"ACLU complaint", "2013-01-01", []string{"American Civil Liberties Union"}, 1},
	{"executive order", "2017-01-01", []string{"executive order"}, 1},
	{"March 16 letter", "2017-03-16", []string{"Cantil-Sakauye"}, 4},
	{"State of the Judiciary ovation", "2017-03-27", []string{"ovation"}, 1},
	{"threat to withhold grants", "2017-03-27", []string{"Sessions"}, 2},
	{"amicus filing", "2017-03-27", []string{"California filed"}, 1},
	{"reply letter", "2017-03-29", []string{""}, 2},
	{"release", "2017-03-31", []string{""}, 3},
	{"Cesar Chavez closure", "2017-03-31", []string{"Cesar Chavez"}, 1},
}

// checkStory checks the story's events in tl and that nothing is dated
// 2015 or 2018.
func checkStory(t *testing.T, tl *timeline.Timeline) {
	t.Helper()
	for _, e := range tl.Events {
		t.Logf("%s..%s %d/%d %-60q %q", e.Date.Start, e.Date.End, e.SourceCount, e.MentionCount, e.Title, e.Actors)
		if y := e.Date.Start[:4]; y == "2015" || y == "2018" {
			t.Errorf("event dated %s: %q", e.Date.Start, e.Title)
		}
	}
	for _, s := range story {
		found := false
		for _, e := range tl.Events {
			if e.Date.Start != s.date || e.SourceCount < s.minSources {
				continue
			}
			text := e.Title + " " + strings.Join(e.Actors, " ")
			for _, m := range e.Mentions {
				text += " " + m.Sentence
			}
			ok := true
			for _, w := range s.words {
				ok = ok && strings.Contains(text, w)
			}
			found = found || ok
		}
		if !found {
			t.Errorf("%s: no event on %s with %d+ sources and %q", s.name, s.date, s.minSources, s.words)
		}
	}
	// The release and the reply are two events.
	days := map[string]int{}
	for _, e := range tl.Events {
		days[e.Date.Start]++
	}
	if days["2017-03-16"] != 1 {
		t.Errorf("March 16 letter: %d events, want 1", days["2017-03-16"])
	}
}

// TestSeedsStoryHandTimexes runs mentions and merging over the seeds with
// their dates resolved by hand, so that it does not depend on the date
// engine.
func TestSeedsStoryHandTimexes(t *testing.T) {
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var ms []timeline.Mention
	for i := range arts {
		var txs []timeline.Timex
		for _, s := range seedTimexes {
			if strings.HasPrefix(arts[i].ID, s.article) {
				txs = append(txs, handTimex(t, arts[i].Text, s))
			}
		}
		ms = append(ms, extract.Mentions(&arts[i], txs)...)
	}
	tl := timeline.Build(arts, ms, timeline.Options{})
	checkStory(t, tl)
}

// TestSeedsStory runs the whole pipeline over the seeds: sections,
// publication dates, the date engine, mentions and merging.
func TestSeedsStory(t *testing.T) {
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	f := extract.NewFinder()
	if len(f.Find("On March 16, 2017, she wrote.", time.Time{})) == 0 {
		t.Fatal("the date engine finds no date in a plain one")
	}
	for i := range arts {
		arts[i].Paragraphs = extract.Classify(arts[i].Text)
	}
	extract.ResolvePublished(arts, f, extract.PublishedOptions{})
	var ms []timeline.Mention
	for i := range arts {
		txs, m := extract.Process(&arts[i], f, extract.Options{})
		arts[i].Timexes = txs
		ms = append(ms, m...)
	}
	tl := timeline.Build(arts, ms, timeline.Options{})
	checkStory(t, tl)
	for _, m := range tl.Unresolved {
		t.Logf("unresolved %s %q", m.Article, m.Text)
	}
}
