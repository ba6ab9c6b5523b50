package extract

import (
	"testing"
	"time"
)

// FuzzFind checks that Find never panics and that every expression lies
// within the text, on UTF-8 boundaries, with Start < End and Text matching.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On March 16, 2017 the court wrote; released Friday but sent Wednesday.",
		"the third-quarter loss a year earlier, 2 1/2 years, 10:30 a.m. EST Nov. 9",
		"the mid-1990s '80s nineteen ninety-six 3/16/2017 2017-03-16 every Monday",
		"Über — “Friday” 25 September 2018, last week’s",
		"year- the - quarter of",
		"twenty-",
		"5 p.m.",
		"In two weeks Q3 2013, FY13 H1N1 1H the first week of April, March 16-17, 2013 3Q",
		// the rules built around another expression, holidays, zones, sets
		"by the very end of the first quarter of 2018, on the 12th",
		"the day before yesterday, until the 31st",
		"Martin Luther King Jr. Day, Presidents' Day, Easter's, Easter Monday, the Memorial Day weekend",
		"3:15 p.m. Eastern Standard time on Wednesday, 6 a.m. local time, Greenwich Mean",
		"on Fridays night, Monday and Tuesday nights, would not have, Nov. 6, eight months from now",
		// this session's date forms at the ends of the text
		"the first week of", "the last days of May", "the first day of", "Q3", "FY", "FY 2012", "Q4 FY2012 of fiscal",
		"2Q13 1H12 H1", "March 16-", "16-17 March", "Nov. 18-19, 2005", "-17 March", "in two", "in two or three days",
		"would be redeemed in five years", "will be named commander for a mission in December",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1490918400))
	}
	fd := NewFinder()
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var anchor time.Time
		if sec != 0 {
			anchor = time.Unix(sec%(1<<34), 0).UTC()
		}
		// boundaries as Go decodes the text: an invalid byte is a rune of its own
		boundary := make([]bool, len(text)+1)
		for i := range text {
			boundary[i] = true
		}
		boundary[len(text)] = true
		prev := 0
		for _, tx := range fd.Find(text, anchor) {
			if tx.Start < prev || tx.Start >= tx.End || tx.End > len(text) {
				t.Fatalf("bad offsets %d-%d (previous end %d) in %q", tx.Start, tx.End, prev, text)
			}
			if !boundary[tx.Start] || !boundary[tx.End] {
				t.Fatalf("offsets %d-%d split a UTF-8 sequence in %q", tx.Start, tx.End, text)
			}
			if tx.Text != text[tx.Start:tx.End] {
				t.Fatalf("Text %q != text[%d:%d]", tx.Text, tx.Start, tx.End)
			}
			prev = tx.End
		}
	})
}
