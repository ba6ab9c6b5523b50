package render

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// mention makes a mention of expr in sentence, with offsets as the
// extractor writes them (the sentence starts at byte 100 of the article).
func mention(article, sentence, expr, value string, grain timeline.Grain, start, end, mod string, actors ...string) timeline.Mention {
	i := strings.Index(sentence, expr)
	if i < 0 {
		panic(fmt.Sprintf("fixture: %q not in %q", expr, sentence))
	}
	s, _ := time.Parse(timeline.DayLayout, start)
	e, _ := time.Parse(timeline.DayLayout, end)
	const at = 100
	return timeline.Mention{
		Article: article,
		Timex: timeline.Timex{
			Start: at + i, End: at + i + len(expr), Text: expr, Type: timeline.TypeDate,
			Value: value, Mod: mod, Grain: grain, Section: timeline.SectionBody,
			Interval: timeline.Interval{Start: s, End: e},
		},
		Sentence: sentence, SentenceStart: at, Actors: actors,
	}
}

// event makes an event of its mentions, dated and summarised by the first.
func event(title string, ms ...timeline.Mention) timeline.Event {
	first := ms[0]
	e := timeline.Event{Date: timeline.DateOf(first.Timex), Title: title, Summary: first.Sentence, Mentions: ms, Actors: []string{}}
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Article] {
			seen[m.Article] = true
			e.Sources = append(e.Sources, m.Article)
		}
		for _, a := range m.Actors {
			if !seen["a\x00"+a] {
				seen["a\x00"+a] = true
				e.Actors = append(e.Actors, a)
			}
		}
	}
	e.SourceCount, e.MentionCount = len(e.Sources), len(ms)
	e.ID = timeline.EventID(e.Date, title)
	return e
}

// fixtureTimeline is a small hand-made timeline of the seed story: several
// grains (day, week, month, month with mod END, year), actors main and
// minor, events with no actor, and events with several sources.
func fixtureTimeline() *timeline.Timeline {
	arts := []timeline.Article{
		{ID: "000_a4fd8b4fc85934cc", Title: "California's Chief Justice Wants ICE to Stop 'Stalking' Courthouses", URL: "https://news.example/time/ice-courthouses", Published: "2017-03-31T21:11:00-04:00", PublishedSource: timeline.SourceDateline},
		{ID: "001_6779a4a048971ba3", Title: "Sessions and Kelly to California: ICE will keep arresting at courthouses", URL: "https://news.example/wapo/courthouses", Published: "2017-03-31", PublishedSource: timeline.SourceFlag},
		{ID: "002_b0f446a062e6803a", Published: "2017-03-31", PublishedSource: timeline.SourceInferred, PublishedConfidence: 0.85},
		{ID: "003_fe5852cdf87d1a3f", Title: "Sessions and Kelly rebuke California's chief justice", URL: "https://news.example/latimes/rebuke", Published: "2017-03-31", PublishedSource: timeline.SourceFlag},
		{ID: "004_ac78b9b2fc46637d", Title: "Trump administration: ICE arrests at courthouses will go on", URL: "https://news.example/ktla/arrests", Published: "2017-03-31", PublishedSource: timeline.SourceFlag},
	}
	const (
		time000 = "000_a4fd8b4fc85934cc"
		wapo    = "001_6779a4a048971ba3"
		cnn     = "002_b0f446a062e6803a"
		lat     = "003_fe5852cdf87d1a3f"
		ktla    = "004_ac78b9b2fc46637d"
	)
	day := timeline.GrainDay
	evs := []timeline.Event{
		event("ACLU complained about arrests at courthouses",
			mention(time000, "In fact, the American Civil Liberties Union of California complained about arrests of people while dropping by courts to pay parking tickets and get married in 2013.", "2013", "2013", timeline.GrainYear, "2013-01-01", "2013-12-31", "", "ACLU")),
		event("Trump widened agents' latitude with an executive order",
			mention(wapo, "President Trump had explicitly given agents wider latitude with his January executive order to use aggressive tactics and target even non-criminals.", "January", "2017-01", timeline.GrainMonth, "2017-01-01", "2017-01-31", "", "Trump")),
		event("Reports of arrests at courthouses across the country",
			mention(time000, "Since late January, there have been reports of arrests at courthouses across the country including in Los Angeles County and El Paso.", "late January", "2017-01", timeline.GrainMonth, "2017-01-21", "2017-01-31", "END")),
		event("Cantil-Sakauye asked ICE to stop using courthouses as bait",
			mention(time000, "On March 16, Chief Justice Tani G. Cantil-Sakauye wrote to Sessions and Kelly asking that agents stop \"stalking\" courthouses.", "March 16", "2017-03-16", day, "2017-03-16", "2017-03-16", "", "Cantil-Sakauye"),
			mention(lat, "The officials were responding to a March 16 letter from Cantil-Sakauye, asking that ICE agents stop using courthouse as “bait” to arrest undocumented immigrants.", "March 16", "2017-03-16", day, "2017-03-16", "2017-03-16", "", "Cantil-Sakauye", "ICE")),
		event("Lawmakers gave the chief justice a standing ovation",
			mention(lat, "The chief justice’s letter drew praise from California’s Democratic leaders, including lawmakers who gave her a standing ovation at her annual State of the Judiciary address to the Legislature on Monday.", "Monday", "2017-03-20", day, "2017-03-20", "2017-03-20", "", "Cantil-Sakauye")),
		event("Sessions threatened to strip funding from sanctuary cities",
			mention(wapo, "Earlier this week, Sessions threatened to strip Justice Department funding from what are known as “sanctuary city” jurisdictions.", "this week", "2017-W13", timeline.GrainWeek, "2017-03-27", "2017-04-02", "", "Sessions"),
			mention(time000, "This week, Sessions announced he would block or withhold law enforcement grant funding to states and localities that do not communicate with federal officials.", "This week", "2017-W13", timeline.GrainWeek, "2017-03-27", "2017-04-02", "", "Sessions")),
		event("California filed papers supporting San Francisco's suit",
			mention(lat, "California this week filed papers supporting the city of San Francisco in its suit challenging the Justice Department’s plan to withhold federal grants from so-called sanctuary cities.", "this week", "2017-W13", timeline.GrainWeek, "2017-03-27", "2017-04-02", "", "California")),
		event("Sessions and Kelly answered the chief justice's letter",
			mention(time000, "On March 29, the Attorney General and the DHS Secretary responded to her letter saying they disagreed with her characterization of ICE’s activities.", "March 29", "2017-03-29", day, "2017-03-29", "2017-03-29", "", "Sessions", "Kelly")),
		event("Sessions and Kelly rebuked California's chief justice",
			mention(lat, "Two top Trump administration officials, including U.S. Attorney General Jeff Sessions, on Friday rebuked California’s chief justice for accusing federal agents of “stalking” undocumented immigrants in state courthouses.", "Friday", "2017-03-31", day, "2017-03-31", "2017-03-31", "", "Sessions", "Kelly"),
			mention(cnn, "The Departments of Justice and Homeland Security said this week that immigration agents will continue to make arrests at courthouses – and encouraged cities to revoke their sanctuary policies if they object.", "this week", "2017-03-31", day, "2017-03-31", "2017-03-31", "", "Sessions", "Kelly"),
			mention(ktla, "The Departments of Justice and Homeland Security said this week that immigration agents will continue to make arrests at courthouses — and encouraged cities to revoke their sanctuary policies if they object.", "this week", "2017-03-31", day, "2017-03-31", "2017-03-31", "", "Kelly")),
		event("California's courts closed for the Cesar Chavez holiday",
			mention(lat, "California’s courts are closed Friday in observance of the Cesar Chavez holiday.", "Friday", "2017-03-31", day, "2017-03-31", "2017-03-31", "")),
	}
	timeline.SortEvents(evs)
	return &timeline.Timeline{Version: timeline.FormatVersion, Articles: arts, Events: evs}
}

// hostile is the text the safety test hides in every field of a timeline.
const hostile = `</script><script>alert(1)</script> "'<>& <!-- x`

// hostileTimeline puts hostile text into titles, sentences, actors, ids
// and addresses.
func hostileTimeline() *timeline.Timeline {
	tl := fixtureTimeline()
	tl.Articles[0].Title = hostile
	tl.Articles[1].URL = "javascript:alert(1)"
	tl.Articles[3].ID = "lat" + hostile
	for i := range tl.Events {
		e := &tl.Events[i]
		e.Title = hostile + " " + e.Title
		e.Actors = append(e.Actors, hostile)
		for j := range e.Mentions {
			m := &e.Mentions[j]
			if m.Article == "003_fe5852cdf87d1a3f" {
				m.Article = tl.Articles[3].ID
			}
			m.Sentence = hostile + " " + m.Sentence
			m.SentenceStart -= len(hostile) + 1
		}
		e.Summary = e.Mentions[0].Sentence
		for j, s := range e.Sources {
			if s == "003_fe5852cdf87d1a3f" {
				e.Sources[j] = tl.Articles[3].ID
			}
		}
	}
	return tl
}

// largeTimeline makes n events over the given number of days, mostly days with
// some weeks and months, among a dozen actors (deterministic).
func largeTimeline(n, days int) *timeline.Timeline {
	actors := []string{"Sessions", "Kelly", "Cantil-Sakauye", "ICE", "ACLU", "Trump", "Brown", "Becerra", "Lee", "de León", "Garcetti", "Feinstein"}
	tl := &timeline.Timeline{Version: timeline.FormatVersion}
	for a := 0; a < 40; a++ {
		tl.Articles = append(tl.Articles, timeline.Article{ID: fmt.Sprintf("a%03d", a), Title: fmt.Sprintf("Article %d", a)})
	}
	x := uint32(12345)
	next := func(m int) int {
		x = x*1664525 + 1013904223
		return int(x>>8) % m
	}
	base := timeline.Day(2015, time.January, 1)
	for i := 0; i < n; i++ {
		d := base.AddDate(0, 0, next(days))
		var m timeline.Mention
		sentence := fmt.Sprintf("Officials said on %s that event number %d happened.", d.Format("January 2"), i)
		expr := d.Format("January 2")
		switch next(10) {
		case 0:
			w := d.AddDate(0, 0, -int(d.Weekday()+6)%7)
			y, wk := w.ISOWeek()
			sentence = fmt.Sprintf("That week, event number %d happened.", i)
			m = mention("", sentence, "That week", fmt.Sprintf("%d-W%02d", y, wk), timeline.GrainWeek,
				w.Format(timeline.DayLayout), w.AddDate(0, 0, 6).Format(timeline.DayLayout), "")
		case 1:
			f := timeline.Day(d.Year(), d.Month(), 1)
			sentence = fmt.Sprintf("In %s, event number %d happened.", f.Format("January"), i)
			m = mention("", sentence, f.Format("January"), f.Format("2006-01"), timeline.GrainMonth,
				f.Format(timeline.DayLayout), f.AddDate(0, 1, -1).Format(timeline.DayLayout), "")
		default:
			m = mention("", sentence, expr, d.Format(timeline.DayLayout), timeline.GrainDay,
				d.Format(timeline.DayLayout), d.Format(timeline.DayLayout), "")
		}
		m.Article = tl.Articles[next(len(tl.Articles))].ID
		if k := next(len(actors) + 3); k < len(actors) {
			m.Actors = []string{actors[k]}
		}
		tl.Events = append(tl.Events, event(fmt.Sprintf("%s did thing %d", firstOr(m.Actors, "Someone"), i), m))
	}
	timeline.SortEvents(tl.Events)
	return tl
}

func firstOr(s []string, def string) string {
	if len(s) > 0 {
		return s[0]
	}
	return def
}
