package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// fx is a hand-made timex: the first occurrence of phrase (after the n-th
// occurrence of skip, when set) with a value, and for resolved ones the
// days it covers.
type fx struct {
	phrase, value string
	grain         timeline.Grain
	from, to      string // "" for unresolved
}

// fakeDoc is the timexes a fake finder returns for one article text:
// without an anchor, and against its publication date.
type fakeDoc struct {
	text     string
	un, res  []fx
	pub, src string
}

// fakeFind returns a finder that answers from the hand-made timexes.
func fakeFind(t *testing.T, docs []fakeDoc) findFunc {
	return func(text string, anchor time.Time) []timeline.Timex {
		for _, d := range docs {
			if d.text != text {
				continue
			}
			list := d.un
			if !anchor.IsZero() {
				list = d.res
			}
			var out []timeline.Timex
			for _, x := range list {
				i := strings.Index(text, x.phrase)
				if i < 0 {
					t.Fatalf("phrase %q not in text", x.phrase)
				}
				tx := timeline.Timex{Start: i, End: i + len(x.phrase), Text: x.phrase, Type: timeline.TypeDate, Value: x.value, Grain: x.grain}
				if x.from != "" {
					s, _ := time.Parse(timeline.DayLayout, x.from)
					e, _ := time.Parse(timeline.DayLayout, x.to)
					tx.Interval = timeline.Interval{Start: s, End: e}
				}
				out = append(out, tx)
			}
			return out
		}
		return nil
	}
}

// Shorthands for hand-made timexes.
func day(phrase, d string) fx { return fx{phrase, d, timeline.GrainDay, d, d} }
func wd(phrase string, n int) fx {
	return fx{phrase, "XXXX-WXX-" + string(rune('0'+n)), timeline.GrainDay, "", ""}
}
func un(phrase, v string) fx   { return fx{phrase, v, timeline.GrainDay, "", ""} }
func year(phrase, y string) fx { return fx{phrase, y, timeline.GrainYear, y + "-01-01", y + "-12-31"} }
func week(phrase, v, from, to string) fx {
	return fx{phrase, v, timeline.GrainWeek, from, to}
}

func TestInferSingleArticle(t *testing.T) {
	tests := []struct {
		name     string
		guess    bool
		doc      fakeDoc
		want     string // "" for none
		minConf  float64
		evidence string // substring of the evidence
	}{
		{"weekday fits the explicit day", true,
			fakeDoc{text: "Bombs exploded outside the embassies Friday. The embassy reopened after the Aug. 7, 1998 attack.",
				un: []fx{wd("Friday", 5), day("Aug. 7, 1998", "1998-08-07")}},
			"1998-08-07", 0.3, `Aug. 7, 1998"`},
		{"written dates alone date nothing without Guess", false,
			fakeDoc{text: "Bombs exploded outside the embassies Friday. The embassy reopened after the Aug. 7, 1998 attack.",
				un: []fx{wd("Friday", 5), day("Aug. 7, 1998", "1998-08-07")}},
			"", 0, ""},
		{"a weekday and a day fix the year", false,
			fakeDoc{text: "Talks resumed on Monday, Oct. 26, the first since 1993, officials said Friday.",
				un: []fx{un("Monday, Oct. 26", "XXXX-10-26"), year("1993", "1993"), wd("Friday", 5)}},
			"1998-10-30", 0.31, `"on Monday, Oct. 26"`},
		{"a weekday and a day found apart", false,
			fakeDoc{text: "Talks resumed on Monday, Oct. 26, the first since 1993, officials said Friday.",
				un: []fx{wd("Monday", 1), un("Oct. 26", "XXXX-10-26"), year("1993", "1993"), wd("Friday", 5)}},
			"1998-10-30", 0.31, `"on Monday, Oct. 26"`},
		{"a day named without its year, placed in the year after the latest past year", true,
			fakeDoc{text: "Profits rose in 1989. The company said Tuesday that the offer expires Oct. 24.",
				un: []fx{year("1989", "1989"), wd("Tuesday", 2), un("Oct. 24", "XXXX-10-24")}},
			"1990-10-24", 0.3, `after "in 1989"`},
		{"a relative year fastened to a written one fixes the year", true,
			fakeDoc{text: "Turnout fell from last year's 1997 election. The company said Tuesday that the offer expires Oct. 24.",
				un: []fx{year("1997", "1997"), wd("Tuesday", 2), un("Oct. 24", "XXXX-10-24")}},
			"1998-10-27", 0.3, `"last year's 1997"`},
		{"a coming day alone: low confidence", true,
			fakeDoc{text: "The notes, due March 1, 2011, were priced Friday.",
				un: []fx{day("March 1, 2011", "2011-03-01"), wd("Friday", 5)}},
			"2011-02-24", 0.1, `"due March 1, 2011"`},
		{"weekdays pick the day after the latest explicit date", true,
			fakeDoc{text: "The talks began March 27, 2017. The letter was released Friday but sent Wednesday.",
				un: []fx{day("March 27, 2017", "2017-03-27"), wd("Friday", 5), wd("Wednesday", 3)}},
			"2017-03-31", 0.3, `"released Friday"`},
		{"a year alone dates nothing", true,
			fakeDoc{text: "Sales grew in 1988 and in 1989, the company said Friday.",
				un: []fx{year("1988", "1988"), year("1989", "1989"), wd("Friday", 5)}},
			"", 0, ""},
		{"relative dates alone date nothing", true,
			fakeDoc{text: "The letter, released Friday but sent Wednesday, came this week.",
				un: []fx{wd("Friday", 5), wd("Wednesday", 3), un("this week", "XXXX-WXX")}},
			"", 0, ""},
		{"captions are no evidence", true,
			fakeDoc{text: "Agents detain an immigrant on Oct. 14, 2015, in Los Angeles. (Credit: John Moore/Getty Images)\nThe letter was released Friday.",
				un: []fx{day("Oct. 14, 2015", "2015-10-14"), wd("Friday", 5)}},
			"", 0, ""},
		{"a coming date", true,
			fakeDoc{text: "The board will meet on March 3, 2017 to vote.",
				un: []fx{day("March 3, 2017", "2017-03-03")}},
			"2017-03-03", 0.1, `"on March 3, 2017"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []timeline.Article{{ID: "a", Text: tt.doc.text, PublishedSource: timeline.SourceNone}}
			notices := resolvePublished(arts, fakeFind(t, []fakeDoc{tt.doc}), PublishedOptions{Guess: tt.guess})
			a := arts[0]
			if a.Published != tt.want {
				t.Fatalf("published %q (%s, %.2f, %q), want %q", a.Published, a.PublishedSource, a.PublishedConfidence, a.PublishedEvidence, tt.want)
			}
			if len(notices) != 1 || notices[0].Article != "a" {
				t.Errorf("notices %+v, want one for a", notices)
			}
			if tt.want == "" {
				if a.PublishedSource != timeline.SourceNone || a.PublishedConfidence != 0 {
					t.Errorf("source %s confidence %v, want none 0", a.PublishedSource, a.PublishedConfidence)
				}
				return
			}
			if a.PublishedSource != timeline.SourceInferred {
				t.Errorf("source %s, want inferred", a.PublishedSource)
			}
			if a.PublishedConfidence < tt.minConf || a.PublishedConfidence > 1 {
				t.Errorf("confidence %.2f, want at least %.2f", a.PublishedConfidence, tt.minConf)
			}
			if !strings.Contains(strings.Join(a.PublishedEvidence, "; "), tt.evidence) {
				t.Errorf("evidence %q, want %s", a.PublishedEvidence, tt.evidence)
			}
			if !strings.Contains(notices[0].Msg, a.Published) {
				t.Errorf("notice %q does not name the date", notices[0].Msg)
			}
		})
	}
}

// The documents of the cross-article tests: a dated article and undated
// reports of the same events.
var (
	datedDoc = fakeDoc{
		text: "On March 16, Chief Justice Tani Cantil-Sakauye wrote a letter to Sessions and Kelly about courthouse arrests. " +
			"On March 29, the Attorney General and the DHS Secretary responded to her letter saying they disagreed. " +
			"This week, Sessions announced he would block grants to sanctuary cities.",
		res: []fx{day("March 16", "2017-03-16"), day("March 29", "2017-03-29"), week("This week", "2017-W13", "2017-03-27", "2017-04-02")},
		pub: "2017-03-31T21:11:00-04:00", src: timeline.SourceDateline,
	}
	weekdaysDoc = fakeDoc{
		text: "The letter, released Friday but sent Wednesday, was a response to Chief Justice Tani Cantil-Sakauye, who wrote to Attorney General Sessions and DHS Secretary Kelly. " +
			"Cantil-Sakauye wrote in her letter earlier this month that courthouse arrests harm justice.",
		un: []fx{wd("Friday", 5), wd("Wednesday", 3), un("earlier this month", "XXXX-XX")},
	}
	monthDayDoc = fakeDoc{
		text: "Sessions and Kelly on Friday rebuked the chief justice. The officials were responding to a March 16 letter from Cantil-Sakauye about courthouse arrests. " +
			"California this week filed papers as Sessions threatened to block grants to sanctuary cities.",
		un: []fx{wd("Friday", 5), un("March 16", "XXXX-03-16"), un("this week", "XXXX-WXX")},
	}
	otherStoryDoc = fakeDoc{
		text: "The orchestra played on Friday to a full hall of music lovers in Vienna.",
		un:   []fx{wd("Friday", 5)},
	}
)

func TestInferAcrossArticles(t *testing.T) {
	docs := []fakeDoc{datedDoc, weekdaysDoc, monthDayDoc, otherStoryDoc}
	arts := []timeline.Article{
		{ID: "dated", Text: datedDoc.text, Published: datedDoc.pub, PublishedSource: datedDoc.src},
		{ID: "weekdays", Text: weekdaysDoc.text, PublishedSource: timeline.SourceNone},
		{ID: "monthday", Text: monthDayDoc.text, PublishedSource: timeline.SourceNone},
		{ID: "other", Text: otherStoryDoc.text, PublishedSource: timeline.SourceNone},
	}
	resolvePublished(arts, fakeFind(t, docs), PublishedOptions{})
	want := map[string]struct{ pub, evidence string }{
		"dated":    {"2017-03-31T21:11:00-04:00", ""},
		"weekdays": {"2017-03-31", `"sent Wednesday" = 2017-03-29 ("March 29" in dated)`},
		"monthday": {"2017-03-31", `this week" = 2017-03-27..2017-04-02`},
		"other":    {"", ""},
	}
	for _, a := range arts {
		w := want[a.ID]
		if a.Published != w.pub {
			t.Errorf("%s: published %q (%.2f %q), want %q", a.ID, a.Published, a.PublishedConfidence, a.PublishedEvidence, w.pub)
			continue
		}
		if ev := strings.Join(a.PublishedEvidence, "; "); !strings.Contains(ev, w.evidence) {
			t.Errorf("%s: evidence %q, want %s", a.ID, ev, w.evidence)
		}
	}
	// Each article alone: nothing to go on.
	arts = []timeline.Article{{ID: "weekdays", Text: weekdaysDoc.text, PublishedSource: timeline.SourceNone}, {ID: "dated", Text: datedDoc.text, Published: datedDoc.pub, PublishedSource: datedDoc.src}}
	resolvePublished(arts, fakeFind(t, docs), PublishedOptions{NoCrossArticle: true})
	if arts[0].Published != "" {
		t.Errorf("NoCrossArticle: weekdays got %q", arts[0].Published)
	}
}

func TestInferPartialDateline(t *testing.T) {
	doc := fakeDoc{text: "WASHINGTON, March 31 (Reuters) - The officials said on Wednesday that sales rose in 2017.",
		un: []fx{un("March 31", "XXXX-03-31"), wd("Wednesday", 3), year("2017", "2017")}}
	arts := []timeline.Article{{ID: "a", Text: doc.text, PublishedSource: timeline.SourceNone}}
	arts[0].Paragraphs = Classify(doc.text)
	resolvePublished(arts, fakeFind(t, []fakeDoc{doc}), PublishedOptions{})
	if got := arts[0]; got.Published != "2017-03-31" || !strings.Contains(strings.Join(got.PublishedEvidence, ";"), "dateline") {
		t.Errorf("got %q %q, want 2017-03-31 from the dateline", got.Published, got.PublishedEvidence)
	}
}

func TestPhraseAround(t *testing.T) {
	text := "The letter, released Friday but sent Wednesday, was a response."
	for _, tt := range []struct{ phrase, want string }{{"Friday", "released Friday"}, {"Wednesday", "sent Wednesday"}, {"The", "The"}} {
		i := strings.Index(text, tt.phrase)
		if got := phraseAround(text, i, i+len(tt.phrase)); got != tt.want {
			t.Errorf("phraseAround(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

func TestInferFromWrittenDates(t *testing.T) {
	first := fakeDoc{text: "Bombs exploded outside the American embassies in Nairobi and Dar es Salaam on Friday, killing dozens.",
		un: []fx{wd("Friday", 5)}}
	later := fakeDoc{text: "The trial opened for the bombings of the American embassies in Nairobi and Dar es Salaam on Aug. 7, 1998.",
		un: []fx{day("Aug. 7, 1998", "1998-08-07")}}
	other := fakeDoc{text: "The orchestra played in Vienna to a full hall.", un: nil}
	for _, guess := range []bool{false, true} {
		arts := []timeline.Article{
			{ID: "first", Text: first.text, PublishedSource: timeline.SourceNone},
			{ID: "later", Text: later.text, PublishedSource: timeline.SourceNone},
			{ID: "other", Text: other.text, PublishedSource: timeline.SourceNone},
		}
		resolvePublished(arts, fakeFind(t, []fakeDoc{first, later, other}), PublishedOptions{Guess: guess})
		a := arts[0]
		if !guess {
			if a.Published != "" {
				t.Errorf("without Guess: %q (%.2f), want none: a written date alone is a guess", a.Published, a.PublishedConfidence)
			}
			continue
		}
		if a.Published != "1998-08-07" || a.PublishedConfidence > weakLimit ||
			!strings.Contains(strings.Join(a.PublishedEvidence, "; "), `("Aug. 7, 1998" in later)`) {
			t.Errorf("with Guess: %q (%.2f %q), want 1998-08-07 at most %.1f from later's written date", a.Published, a.PublishedConfidence, a.PublishedEvidence, weakLimit)
		}
	}
}

func TestIdfOverlap(t *testing.T) {
	docs := [][]string{{"stocks", "rose", "nairobi"}, {"stocks", "rose", "vienna"}, {"stocks", "rose"}, {"stocks", "rose"}, {"stocks", "fell"}, {"stocks", "fell"}}
	idf := idfOf(docs)
	if idf["stocks"] != 0 || idf["nairobi"] != 1 || idf["nairobi"] <= idf["rose"] {
		t.Errorf("idf %v", idf)
	}
	common := idfOverlap([]string{"stocks", "rose", "bonds"}, wordSet([]string{"stocks", "rose", "nairobi"}), idf)
	rare := idfOverlap([]string{"stocks", "nairobi", "bonds"}, wordSet([]string{"stocks", "rose", "nairobi"}), idf)
	if !(rare > common) {
		t.Errorf("sharing a rare word %.2f should beat sharing common ones %.2f", rare, common)
	}
}

// Some news writes the year of every date: an article writing its own
// year keeps what the other articles say about its day.
func TestInferOwnYearWritten(t *testing.T) {
	doc := fakeDoc{
		text: "The Attorney General and the DHS Secretary responded Wednesday to her letter saying they disagreed. The letter, dated March 29, 2017, was released Friday.",
		un:   []fx{wd("Wednesday", 3), day("March 29, 2017", "2017-03-29"), wd("Friday", 5)},
	}
	arts := []timeline.Article{
		{ID: "dated", Text: datedDoc.text, Published: datedDoc.pub, PublishedSource: datedDoc.src},
		{ID: "full", Text: doc.text, PublishedSource: timeline.SourceNone},
	}
	resolvePublished(arts, fakeFind(t, []fakeDoc{datedDoc, doc}), PublishedOptions{})
	if a := arts[1]; a.Published != "2017-03-31" || a.PublishedConfidence <= weakLimit {
		t.Errorf("published %q (%.2f %q), want 2017-03-31 above %.1f", a.Published, a.PublishedConfidence, a.PublishedEvidence, weakLimit)
	}
}
