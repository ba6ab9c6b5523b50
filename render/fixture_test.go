package render

import (
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// The fixture timeline for the export tests: three articles and events of
// every grain the exports treat differently (minute, day, week, month with
// mod END, quarter, season, year, decade), several sources, repeated and
// multi-line sentences, and hostile text: markup that closes a script, the
// characters "'<>&, commas, semicolons, backslashes, line breaks, control
// characters, Markdown syntax, invalid UTF-8 and non-ASCII letters.

// Fixture article texts. The timexes of each are found by their text.
const (
	fixText1 = "March 31, 2017 9:11 PM EDT\n\n" +
		"On March 16, 2017, Chief Justice Tani Cantil-Sakauye wrote to Sessions & Kelly: \"stop <stalking> courthouses\".\n" +
		"In late March 2017, ICE said it would continue; the week of March 27 was busy, too.\n" +
		"Photo: protesters in São Paulo, 2015 </script><script>alert('x')</script>"
	fixText2 = "WASHINGTON \u2014 Zoë Lofgren said on March 16, 2017 that \"courts are not\r\nborder crossings\" \x01\xff.\r\n" +
		"In the second quarter of 2017 and in summer 2017, more letters followed; nothing since the 2010s compares."
	fixText3 = "東京 — The letter of March 16, 2017, said: *do not* [arrest] people | in court # now."
)

// fixTimex returns the timex of the n-th occurrence (0-based) of expr in
// text, at byte offsets.
func fixTimex(text, expr string, n int, typ, value, mod string, g timeline.Grain, iv timeline.Interval) timeline.Timex {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], expr)
		if j < 0 {
			panic("fixture: " + expr + " not in text")
		}
		if i == n {
			off += j
			break
		}
		off += j + len(expr)
	}
	return timeline.Timex{Start: off, End: off + len(expr), Text: expr, Type: typ, Value: value, Mod: mod,
		Grain: g, Section: timeline.SectionBody, Interval: iv}
}

// ivDays returns the interval from one day to another, "YYYY-MM-DD".
func ivDays(start, end string) timeline.Interval {
	s, _ := time.Parse(timeline.DayLayout, start)
	e, _ := time.Parse(timeline.DayLayout, end)
	return timeline.Interval{Start: s, End: e}
}

// exportFixture returns a fresh fixture timeline.
func exportFixture() *timeline.Timeline {
	day16 := ivDays("2017-03-16", "2017-03-16")
	a1 := timeline.Article{
		ID: "000_time", Title: `Sessions & Kelly: "ICE" <script>alert(1)</script>`, Path: "in/000_time.txt",
		URL: "https://time.com/4720348/ice?a=1&b=(2)", Published: "2017-03-31T21:11:00-04:00",
		PublishedSource: timeline.SourceDateline, Text: fixText1,
	}
	a1.Paragraphs = []timeline.Paragraph{{Start: 0, End: len(fixText1), Section: timeline.SectionBody}}
	a1.Timexes = []timeline.Timex{
		fixTimex(fixText1, "March 31, 2017 9:11 PM", 0, timeline.TypeTime, "2017-03-31T21:11", "", timeline.GrainMinute, ivDays("2017-03-31", "2017-03-31")),
		fixTimex(fixText1, "March 16, 2017", 0, timeline.TypeDate, "2017-03-16", "", timeline.GrainDay, day16),
		// Overlaps the expression before it: dropped from TimeML.
		fixTimex(fixText1, "16, 2017", 0, timeline.TypeDate, "XXXX-XX-16", "", timeline.GrainDay, timeline.Interval{}),
		fixTimex(fixText1, "late March 2017", 0, timeline.TypeDate, "2017-03", "END", timeline.GrainMonth, ivDays("2017-03-21", "2017-03-31")),
		fixTimex(fixText1, "the week of March 27", 0, timeline.TypeDate, "2017-W13", "", timeline.GrainWeek, ivDays("2017-03-27", "2017-04-02")),
		fixTimex(fixText1, "2015", 0, timeline.TypeDate, "2015", "", timeline.GrainYear, ivDays("2015-01-01", "2015-12-31")),
		// Offsets outside the text: dropped from TimeML.
		{Start: len(fixText1) - 2, End: len(fixText1) + 5, Type: timeline.TypeDate, Value: "2017"},
	}
	a1.Timexes[1].Section = timeline.SectionBody
	a1.Timexes[5].Section = timeline.SectionCaption

	a2 := timeline.Article{
		ID: "wapo/001 Zoë", Path: "in/wapo.jsonl", Line: 3, PublishedSource: timeline.SourceNone, Text: fixText2,
		Warnings: []string{"two dates disagree"},
	}
	a2.Timexes = []timeline.Timex{
		fixTimex(fixText2, "March 16, 2017", 0, timeline.TypeDate, "2017-03-16", "", timeline.GrainDay, day16),
		fixTimex(fixText2, "the second quarter of 2017", 0, timeline.TypeDate, "2017-Q2", "", timeline.GrainQuarter, ivDays("2017-04-01", "2017-06-30")),
		fixTimex(fixText2, "summer 2017", 0, timeline.TypeDate, "2017-SU", "", timeline.GrainSeason, ivDays("2017-06-01", "2017-08-31")),
		fixTimex(fixText2, "the 2010s", 0, timeline.TypeDate, "201", "", timeline.GrainDecade, ivDays("2010-01-01", "2019-12-31")),
	}

	a3 := timeline.Article{
		ID: "003", Title: "LA Times, with commas; semicolons \\ and\na line break", Path: "in/003.md",
		URL: "javascript:alert(1)", Published: "2017-03-31", PublishedSource: timeline.SourceFlag, Text: fixText3,
	}
	a3.Timexes = []timeline.Timex{
		fixTimex(fixText3, "March 16, 2017", 0, timeline.TypeDate, "2017-03-16", "APPROX", timeline.GrainDay, day16),
	}

	mention := func(a *timeline.Article, i int, sentence string, actors ...string) timeline.Mention {
		t := a.Timexes[i]
		return timeline.Mention{Article: a.ID, Timex: t, Sentence: sentence, SentenceStart: strings.Index(a.Text, sentence), Actors: actors}
	}
	s1 := "On March 16, 2017, Chief Justice Tani Cantil-Sakauye wrote to Sessions & Kelly: \"stop <stalking> courthouses\"."
	s2 := "Zoë Lofgren said on March 16, 2017 that \"courts are not\r\nborder crossings\" \x01\xff."
	s3 := "In late March 2017, ICE said it would continue; the week of March 27 was busy, too."
	s4 := "In the second quarter of 2017 and in summer 2017, more letters followed; nothing since the 2010s compares."

	event := func(d timeline.Date, title, summary string, actors []string, ms ...timeline.Mention) timeline.Event {
		e := timeline.Event{Date: d, Title: title, Summary: summary, Actors: actors, Mentions: ms}
		seen := map[string]bool{}
		for _, m := range ms {
			if !seen[m.Article] {
				seen[m.Article] = true
				e.Sources = append(e.Sources, m.Article)
			}
		}
		if e.Actors == nil {
			e.Actors = []string{}
		}
		e.SourceCount, e.MentionCount = len(e.Sources), len(e.Mentions)
		e.ID = timeline.EventID(d, title)
		return e
	}
	evs := []timeline.Event{
		event(timeline.DateOf(a1.Timexes[1]), `Cantil-Sakauye writes "</script>" letter; asks, kindly, to stop`, s1,
			[]string{"Tani Cantil-Sakauye", "Jeff Sessions, AG"},
			mention(&a1, 1, s1, "Tani Cantil-Sakauye"), mention(&a2, 0, s2, "Jeff Sessions, AG"), mention(&a3, 0, "東京 — The letter of March 16, 2017, said: *do not* [arrest] people | in court # now."),
			mention(&a1, 1, s1)),
		event(timeline.DateOf(a1.Timexes[3]), "- 1. *ICE* [continues](x) #arrests | $5 & $6 ~~", s3, []string{"ICE"}, mention(&a1, 3, s3, "ICE")),
		event(timeline.DateOf(a1.Timexes[4]), "A busy week", s3, nil, mention(&a1, 4, s3)),
		event(timeline.DateOf(a1.Timexes[0]), "Gascón tells TIME", "", nil, mention(&a1, 0, "March 31, 2017 9:11 PM EDT")),
		event(timeline.DateOf(a2.Timexes[1]), "More letters in the second quarter", s4, nil, mention(&a2, 1, s4)),
		event(timeline.DateOf(a2.Timexes[2]), "Summer letters", s4, nil, mention(&a2, 2, s4)),
		event(timeline.DateOf(a1.Timexes[5]), "Protest photo, 2015", "Photo: protesters in São Paulo, 2015 </script><script>alert('x')</script>", nil, mention(&a1, 5, "Photo: protesters in São Paulo, 2015")),
		event(timeline.DateOf(a2.Timexes[3]), "Zoë’s très longue décennie: nothing since the 2010s compares, say courts in 東京 and São Paulo alike", s4, []string{"Zoë Lofgren"}, mention(&a2, 3, s4, "Zoë Lofgren")),
	}
	timeline.SortEvents(evs)
	unresolved := timeline.Mention{Article: a1.ID, Timex: a1.Timexes[2], Sentence: s1}
	return &timeline.Timeline{
		Version:    timeline.FormatVersion,
		Articles:   []timeline.Article{a1, a2, a3},
		Events:     evs,
		Unresolved: []timeline.Mention{unresolved},
		Errors:     []timeline.InputError{{Path: "in/bad.jsonl", Line: 7, Msg: "invalid JSON: unexpected end"}},
	}
}

// fixtureOptions are the options the golden files are written with.
var fixtureOptions = Options{Title: `Courthouse arrests, 2017 — "ICE" & <the courts>`}
