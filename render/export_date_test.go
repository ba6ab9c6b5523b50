package render

import (
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestDateWords(t *testing.T) {
	for _, c := range []struct {
		value, mod string
		grain      timeline.Grain
		start, end string
		want       string
	}{
		{"2017-03-16", "", timeline.GrainDay, "2017-03-16", "2017-03-16", "March 16, 2017"},
		{"2017-03-16", "APPROX", timeline.GrainDay, "2017-03-16", "2017-03-16", "around March 16, 2017"},
		{"2017-03-31T21:11", "", timeline.GrainMinute, "2017-03-31", "2017-03-31", "March 31, 2017, 9:11 PM"},
		{"2017-03-31T09", "", timeline.GrainHour, "2017-03-31", "2017-03-31", "March 31, 2017, 9:00 AM"},
		{"2017-03-31TEV", "", timeline.GrainHour, "2017-03-31", "2017-03-31", "the evening of March 31, 2017"},
		{"2017-W13", "", timeline.GrainWeek, "2017-03-27", "2017-04-02", "the week of March 27, 2017"},
		{"2017-W13", "END", timeline.GrainWeek, "2017-03-31", "2017-04-02", "late in the week of March 27, 2017"},
		{"2017-03", "", timeline.GrainMonth, "2017-03-01", "2017-03-31", "March 2017"},
		{"2017-03", "END", timeline.GrainMonth, "2017-03-21", "2017-03-31", "late March 2017"},
		{"2017-03", "START", timeline.GrainMonth, "2017-03-01", "2017-03-10", "early March 2017"},
		{"2017-03", "MID", timeline.GrainMonth, "2017-03-11", "2017-03-20", "mid-March 2017"},
		{"2017-Q2", "", timeline.GrainQuarter, "2017-04-01", "2017-06-30", "the second quarter of 2017"},
		{"2016-WI", "", timeline.GrainSeason, "2016-12-01", "2017-02-28", "winter 2016"},
		{"2017-FA", "", timeline.GrainSeason, "2017-09-01", "2017-11-30", "fall 2017"},
		{"2017", "", timeline.GrainYear, "2017-01-01", "2017-12-31", "2017"},
		{"2017", "BEFORE", timeline.GrainYear, "2017-01-01", "2017-12-31", "before 2017"},
		{"201", "", timeline.GrainDecade, "2010-01-01", "2019-12-31", "the 2010s"},
		{"201", "MID", timeline.GrainDecade, "2010-01-01", "2019-12-31", "the mid-2010s"},
		{"201", "END", timeline.GrainDecade, "2017-01-01", "2019-12-31", "the late 2010s"},
		{"20", "START", timeline.GrainCentury, "2000-01-01", "2033-12-31", "the early 21st century"},
		{"2017-Q2", "MID", timeline.GrainQuarter, "2017-05-01", "2017-05-31", "the middle of the second quarter of 2017"},
		{"20", "", timeline.GrainCentury, "2000-01-01", "2099-12-31", "the 21st century"},
		{"19", "", timeline.GrainCentury, "1900-01-01", "1999-12-31", "the 20th century"},
		{"2017-03-16", "", "", "2017-03-16", "2017-03-18", "March 16, 2017 to March 18, 2017"},
		{"XXXX-WXX-5", "", timeline.GrainDay, "", "", "XXXX-WXX-5"},
		{"", "", "", "", "", "undated"},
		{"2017", "EQUAL_OR_LESS", timeline.GrainYear, "2017-01-01", "2017-12-31", "2017 (EQUAL_OR_LESS)"},
	} {
		d := timeline.Date{Value: c.value, Mod: c.mod, Grain: c.grain, Start: c.start, End: c.end}
		if got := dateWords(d); got != c.want {
			t.Errorf("dateWords(%+v) = %q, want %q", d, got, c.want)
		}
	}
}

func TestOrdinalWord(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 101: "101st", 111: "111th"} {
		if got := ordinalWord(n); got != want {
			t.Errorf("ordinalWord(%d) = %s, want %s", n, got, want)
		}
	}
}
