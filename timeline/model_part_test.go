package timeline

import (
	"testing"
	"time"
)

func TestIntervalPart(t *testing.T) {
	jan := Interval{Start: Day(2017, time.January, 1), End: Day(2017, time.January, 31)}
	year := Interval{Start: Day(2017, time.January, 1), End: Day(2017, time.December, 31)}
	one := Interval{Start: Day(2017, time.March, 16), End: Day(2017, time.March, 16)}
	for _, tc := range []struct {
		iv         Interval
		mod        string
		start, end string
	}{
		{jan, "END", "2017-01-22", "2017-01-31"},
		{jan, "LATE", "2017-01-22", "2017-01-31"},
		{jan, "START", "2017-01-01", "2017-01-10"},
		{jan, "EARLY", "2017-01-01", "2017-01-10"},
		{jan, "MID", "2017-01-11", "2017-01-21"},
		{jan, "", "2017-01-01", "2017-01-31"},
		{jan, "APPROX", "2017-01-01", "2017-01-31"},
		{year, "END", "2017-09-02", "2017-12-31"},
		{one, "END", "2017-03-16", "2017-03-16"},
		{Interval{}, "END", "0001-01-01", "0001-01-01"},
	} {
		got := tc.iv.Part(tc.mod)
		if s, e := got.Start.Format(DayLayout), got.End.Format(DayLayout); s != tc.start || e != tc.end {
			t.Errorf("%s..%s %q: got %s..%s, want %s..%s", tc.iv.Start.Format(DayLayout), tc.iv.End.Format(DayLayout), tc.mod, s, e, tc.start, tc.end)
		}
	}
}

func TestDateNarrowed(t *testing.T) {
	for _, tc := range []struct {
		d          Date
		start, end string
	}{
		{Date{Value: "2017-01", Grain: GrainMonth, Start: "2017-01-01", End: "2017-01-31", Mod: "END"}, "2017-01-22", "2017-01-31"},
		{Date{Value: "2017-03-16", Grain: GrainDay, Start: "2017-03-16", End: "2017-03-16"}, "2017-03-16", "2017-03-16"},
		{Date{Value: "PAST_REF"}, "", ""},
		{Date{Value: "2017-01", Grain: GrainMonth, Start: "2017-01-21", End: "2017-01-31", Mod: "END"}, "2017-01-21", "2017-01-31"},
	} {
		iv := tc.d.Narrowed()
		s, e := iv.Start.Format(DayLayout), iv.End.Format(DayLayout)
		if iv.IsZero() {
			s, e = "", ""
		}
		if s != tc.start || e != tc.end {
			t.Errorf("%+v: got %s..%s, want %s..%s", tc.d, s, e, tc.start, tc.end)
		}
	}
}
