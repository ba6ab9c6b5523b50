package extract

import (
	"testing"
	"time"
)

// seedDay is the publication day of the seed articles, a Friday.
var seedDay = time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC)

// dateCase is one phrase with the expression the Finder must report in it.
type dateCase struct {
	text  string // the input
	span  string // the expression expected (the first one found)
	typ   string
	value string
	mod   string
}

// runCases checks that each case's first expression has the wanted
// attributes, anchored at anchor.
func runCases(t *testing.T, anchor time.Time, cases []dateCase) {
	t.Helper()
	f := NewFinder()
	for _, c := range cases {
		got := f.Find(c.text, anchor)
		var hit *struct{ span, typ, value, mod string }
		for _, g := range got {
			if g.Text == c.span {
				hit = &struct{ span, typ, value, mod string }{g.Text, g.Type, g.Value, g.Mod}
				break
			}
		}
		if hit == nil {
			t.Errorf("%q: no %q among %v", c.text, c.span, got)
			continue
		}
		if hit.typ != c.typ || hit.value != c.value || hit.mod != c.mod {
			t.Errorf("%q: %q = %s %s %q, want %s %s %q", c.text, c.span, hit.typ, hit.value, hit.mod, c.typ, c.value, c.mod)
		}
	}
}

// TestSeedPhrases are the phrases of the five seed articles, published on
// Friday 2017-03-31.
func TestSeedPhrases(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"On March 16, the chief justice wrote.", "March 16", "DATE", "2017-03-16", ""},
		{"She sent a March 16 letter to Sessions.", "March 16", "DATE", "2017-03-16", ""},
		{"The letter was released Friday but sent Wednesday.", "Friday", "DATE", "2017-03-31", ""},
		{"The letter was released Friday but sent Wednesday.", "Wednesday", "DATE", "2017-03-29", ""},
		{"Officials said on Monday that arrests continue.", "Monday", "DATE", "2017-03-27", ""},
		{"Sessions and Kelly replied this week.", "this week", "DATE", "2017-W13", ""},
		{"She wrote earlier this month.", "earlier this month", "DATE", "2017-03", "START"},
		{"Arrests have risen since late January.", "late January", "DATE", "2017-01", "END"},
		{"The policy was adopted in 2013.", "2013", "DATE", "2013", ""},
		{"It follows his January executive order.", "January", "DATE", "2017-01", ""},
		{"The video from Sept. 25, 2018 plays next.", "Sept. 25, 2018", "DATE", "2018-09-25", ""},
		{"Photo taken Oct. 14, 2015.", "Oct. 14, 2015", "DATE", "2015-10-14", ""},
	})
}

func TestExplicitDates(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"It happened on 25 September.", "25 September", "DATE", "2016-09-25", ""},
		{"Filed 3/16/2017 in court.", "3/16/2017", "DATE", "2017-03-16", ""},
		{"Filed 2017-03-16 in court.", "2017-03-16", "DATE", "2017-03-16", ""},
		{"Born in August 1988 in Ohio.", "August 1988", "DATE", "1988-08", ""},
		{"On Friday, March 3, 2017, he left.", "Friday, March 3, 2017", "DATE", "2017-03-03", ""},
		{"Prices rose in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"In the mid-1980s it grew.", "the mid-1980s", "DATE", "198", "MID"},
		{"In fiscal 2013 sales fell.", "fiscal 2013", "DATE", "2013", ""},
		{"Profit rose in the third quarter.", "the third quarter", "DATE", "2016-Q3", ""},
		{"Profit rose in the third quarter of 2015.", "the third quarter of 2015", "DATE", "2015-Q3", ""},
		{"It posted a third-quarter loss.", "third-quarter", "DATE", "2016-Q3", ""},
		{"It opens in spring 2012.", "spring 2012", "DATE", "2012-SP", ""},
		{"It reopened last summer.", "last summer", "DATE", "2016-SU", ""},
		{"It was built in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", ""},
		{"It ended in January this year.", "January this year", "DATE", "2017-01", ""},
		{"He was born in 1066 in England.", "1066", "DATE", "1066", ""},
		{"The company will pay on Christmas Day.", "Christmas Day", "DATE", "2017-12-25", ""},
	})
}

func TestRelativeDates(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"He said today that it works.", "today", "DATE", "2017-03-31", ""},
		{"He said yesterday that it works.", "yesterday", "DATE", "2017-03-30", ""},
		{"Sales fell last year.", "last year", "DATE", "2016", ""},
		{"It opens next month.", "next month", "DATE", "2017-04", ""},
		{"It closed two years ago.", "two years ago", "DATE", "2015", ""},
		{"It closed six weeks ago.", "six weeks ago", "DATE", "2017-W07", ""},
		{"The deal closed on March 3. The previous day, talks failed.", "The previous day", "DATE", "2017-03-02", ""},
		{"Prices have risen in recent weeks.", "recent weeks", "DURATION", "PXW", ""},
		{"The firm recently moved.", "recently", "DATE", "PAST_REF", ""},
		{"Prices are now higher.", "now", "DATE", "PRESENT_REF", ""},
		{"Sales rose early this year.", "early this year", "DATE", "2017", "START"},
		{"It will close at the end of the year.", "the end of the year", "DATE", "2017", "END"},
		{"Rates rose in early 2012.", "early 2012", "DATE", "2012", "START"},
		{"Rates rose in mid-March.", "mid-March", "DATE", "2017-03", "MID"},
		{"It will be decided in the future.", "the future", "DATE", "FUTURE_REF", ""},
		{"It was common in the past, he said.", "the past", "DATE", "PAST_REF", ""},
		{"He arrived this morning.", "this morning", "TIME", "2017-03-31TMO", ""},
	})
}

func TestWeekdaysByTense(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"The report was released Friday.", "Friday", "DATE", "2017-03-31", ""},
		{"The board met Tuesday.", "Tuesday", "DATE", "2017-03-28", ""},
		{"The board will meet Tuesday.", "Tuesday", "DATE", "2017-04-04", ""},
		{"The vote is scheduled for Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"They meet next Friday.", "next Friday", "DATE", "2017-04-07", ""},
		{"They met last Friday.", "last Friday", "DATE", "2017-03-24", ""},
		{"The hearing is in May.", "May", "DATE", "2017-05", ""},
		{"The court ruled in December.", "December", "DATE", "2016-12", ""},
		{"They met Friday morning.", "Friday morning", "DATE", "2017-03-31TMO", ""}, // TimeBank types these DATE
	})
}

func TestDurationsAndSets(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"He served three years in prison.", "three years", "DURATION", "P3Y", ""},
		{"The talk lasted 5 minutes.", "5 minutes", "DURATION", "PT5M", ""},
		{"It took several days.", "several days", "DURATION", "PXD", ""},
		{"It should take about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"},
		{"Prices fell over the past three months.", "the past three months", "DURATION", "P3M", ""},
		{"Sales rose in the past year.", "the past year", "DATE", "2016", ""}, // TimeBank: a DATE, not P1Y
		{"It reopened last fall.", "last fall", "DATE", "2016-FA", ""},
		{"A four-day visit ended.", "four-day", "DURATION", "P4D", ""},
		{"He stayed for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1", ""},
		{"The paper is printed daily.", "daily", "SET", "P1D", ""},
		{"The fee is $5 a year.", "a year", "SET", "P1Y", ""},
		{"The 6-year-old boy smiled.", "", "", "", ""},
	}[:11])
	if got := NewFinder().Find("The 6-year-old boy smiled.", seedDay); len(got) != 0 {
		t.Errorf("an age is no duration: %v", got)
	}
}

func TestTimes(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"Trading halted at 3 p.m. EDT.", "3 p.m. EDT", "TIME", "2017-03-31T15:00", ""},
		{"It opened at 10:30 a.m. Thursday.", "10:30 a.m. Thursday", "TIME", "2017-03-30T10:30", ""},
		{"Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2017-03-30T12:00", ""},
		{"March 31, 2017 9:11 PM EDT", "9:11 PM EDT", "TIME", "2017-03-31T21:11", ""},
	})
}

// TestUnknownAnchor: without a publication date relative values keep X
// digits and have no interval.
func TestUnknownAnchor(t *testing.T) {
	f := NewFinder()
	cases := []struct{ text, value string }{
		{"The letter was released Friday.", "XXXX-WXX-5"},
		{"He said yesterday.", "XXXX-XX-XX"},
		{"Sales fell last year.", "XXXX"},
		{"It happened this week.", "XXXX-WXX"},
		{"On March 16 she wrote.", "XXXX-03-16"},
	}
	for _, c := range cases {
		got := f.Find(c.text, time.Time{})
		if len(got) != 1 || got[0].Value != c.value || !got[0].Interval.IsZero() {
			t.Errorf("%q: %+v, want one %s with a zero interval", c.text, got, c.value)
		}
	}
	got := f.Find("In 2013 it began.", time.Time{})
	if len(got) != 1 || got[0].Interval.IsZero() {
		t.Errorf("an explicit year keeps its interval: %+v", got)
	}
}

// TestImpossibleDates: days that no calendar has are never resolved to a
// neighbouring day, and huge or zero years make no date.
func TestImpossibleDates(t *testing.T) {
	f := NewFinder()
	leapDay := time.Date(2016, 3, 31, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text   string
		anchor time.Time
		span   string // the expression expected ("" for none)
		value  string
	}{
		{"On Feb. 29 the court sat.", seedDay, "Feb. 29", "XXXX-02-29"},
		{"On 29 February the court sat.", seedDay, "29 February", "XXXX-02-29"},
		{"On Feb. 29 the court sat.", leapDay, "Feb. 29", "2016-02-29"},
		{"On February 30 the court met.", seedDay, "February", "2017-02"},
		{"On February 30, 2016 the court met.", seedDay, "February", "2017-02"},
		{"Filed 2017-02-30 in court.", seedDay, "2017", "2017"},
		{"It ended on April 31.", seedDay, "April", "2017-04"},
		{"In year 0 nothing happened.", seedDay, "", ""},
		{"In year 99999 nothing happened.", seedDay, "", ""},
		{"Filed 0000-00-00 in court.", seedDay, "", ""},
	}
	for _, c := range cases {
		got := f.Find(c.text, c.anchor)
		for _, g := range got {
			if len(g.Value) == 10 && g.Value[4] == '-' && g.Value[:4] != "XXXX" {
				if _, err := time.Parse("2006-01-02", g.Value); err != nil {
					t.Errorf("%q: %q resolved to no calendar day %s", c.text, g.Text, g.Value)
				}
			}
			if !g.Interval.IsZero() && (g.Interval.Start.Year() < 1 || g.Interval.End.Year() > 9999) {
				t.Errorf("%q: %q has interval %v", c.text, g.Text, g.Interval)
			}
		}
		if c.span == "" {
			if len(got) != 0 {
				t.Errorf("%q: %+v, want nothing", c.text, got)
			}
			continue
		}
		if len(got) == 0 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: %+v, want %q = %s first", c.text, got, c.span, c.value)
		}
	}
}

// TestIntervals checks the calendar interval of each grain.
func TestIntervals(t *testing.T) {
	cases := []struct{ text, start, end string }{
		{"on March 16, 2017", "2017-03-16", "2017-03-16"},
		{"this week", "2017-03-27", "2017-04-02"},
		{"in March 2017", "2017-03-01", "2017-03-31"},
		{"the third quarter of 2016", "2016-07-01", "2016-09-30"},
		{"in 2013", "2013-01-01", "2013-12-31"},
		{"the 1990s", "1990-01-01", "1999-12-31"},
		{"winter 2016", "2016-12-01", "2017-02-28"},
	}
	for _, c := range cases {
		got := NewFinder().Find(c.text, seedDay)
		if len(got) != 1 {
			t.Errorf("%q: %+v", c.text, got)
			continue
		}
		iv := got[0].Interval
		if iv.Start.Format("2006-01-02") != c.start || iv.End.Format("2006-01-02") != c.end {
			t.Errorf("%q: %v..%v, want %s..%s", c.text, iv.Start, iv.End, c.start, c.end)
		}
	}
}

// TestOffsets checks Text == text[Start:End] on multi-byte text.
func TestOffsets(t *testing.T) {
	text := "Über die Grenze — on Friday, café owners said last week’s raid happened “in 2013”."
	for _, tx := range NewFinder().Find(text, seedDay) {
		if text[tx.Start:tx.End] != tx.Text {
			t.Errorf("%+v: text[%d:%d] = %q", tx, tx.Start, tx.End, text[tx.Start:tx.End])
		}
	}
}
