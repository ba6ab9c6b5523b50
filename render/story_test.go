package render

import (
	"fmt"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

func date(value string, g timeline.Grain, start, end, mod string) timeline.Date {
	return timeline.Date{Value: value, Grain: g, Start: start, End: end, Mod: mod}
}

func TestWriteDate(t *testing.T) {
	for _, tc := range []struct {
		d    timeline.Date
		want string
	}{
		{date("2017-03-16", timeline.GrainDay, "2017-03-16", "2017-03-16", ""), "March 16, 2017"},
		{date("2017-W13", timeline.GrainWeek, "2017-03-27", "2017-04-02", ""), "week of March 27, 2017"},
		{date("2017-W12-WE", timeline.GrainWeek, "2017-03-25", "2017-03-26", ""), "weekend of March 25, 2017"},
		{date("2017-01", timeline.GrainMonth, "2017-01-21", "2017-01-31", "END"), "late January 2017"},
		{date("2017-01", timeline.GrainMonth, "2017-01-01", "2017-01-10", "START"), "early January 2017"},
		{date("2017-06", timeline.GrainMonth, "2017-06-11", "2017-06-20", "MID"), "mid-June 2017"},
		{date("2017-03", timeline.GrainMonth, "2017-03-01", "2017-03-31", ""), "March 2017"},
		{date("2017-03", timeline.GrainMonth, "2017-03-01", "2017-03-31", "APPROX"), "around March 2017"},
		{date("2013", timeline.GrainYear, "2013-01-01", "2013-12-31", ""), "2013"},
		{date("2013", timeline.GrainYear, "2013-09-01", "2013-12-31", "END"), "late 2013"},
		{date("2017-Q2", timeline.GrainQuarter, "2017-04-01", "2017-06-30", ""), "the second quarter of 2017"},
		{date("2017-SU", timeline.GrainSeason, "2017-06-01", "2017-08-31", ""), "summer 2017"},
		{date("201", timeline.GrainDecade, "2010-01-01", "2019-12-31", ""), "the 2010s"},
		{date("19", timeline.GrainCentury, "1900-01-01", "1999-12-31", ""), "the 20th century"},
		{date("2017-03-16T14:30", timeline.GrainMinute, "2017-03-16", "2017-03-16", ""), "March 16, 2017, 2:30 PM"},
		{date("2017-03-16T09", timeline.GrainHour, "2017-03-16", "2017-03-16", ""), "March 16, 2017, 9:00 AM"},
		{date("2017-03-16TMO", timeline.GrainHour, "2017-03-16", "2017-03-16", ""), "the morning of March 16, 2017"},
		{date("XXXX-WXX-5", timeline.GrainDay, "", "", ""), "XXXX-WXX-5"},
		{date("", "", "", "", ""), "undated"},
	} {
		if got := WriteDate(tc.d); got != tc.want {
			t.Errorf("WriteDate(%s %s %s) = %q, want %q", tc.d.Value, tc.d.Grain, tc.d.Mod, got, tc.want)
		}
	}
}

func TestGap(t *testing.T) {
	day := func(s string) timeline.Date { return date(s, timeline.GrainDay, s, s, "") }
	month := func(v, s, e string) timeline.Date { return date(v, timeline.GrainMonth, s, e, "") }
	for _, tc := range []struct {
		prev, cur timeline.Date
		want      string
	}{
		{day("2017-03-16"), day("2017-03-16"), "the same day"},
		{day("2017-03-16"), day("2017-03-17"), "the next day"},
		{day("2017-03-16"), day("2017-03-29"), "13 days later"},
		{day("2017-03-16"), day("2017-03-30"), "2 weeks later"},
		{day("2017-03-01"), day("2017-04-15"), "45 days later"},
		{day("2017-03-16"), day("2017-06-16"), "3 months later"},
		{day("2017-03-16"), day("2017-06-20"), "about 3 months later"},
		{day("2013-03-16"), day("2017-03-16"), "4 years later"},
		{day("2016-03-16"), day("2017-03-16"), "a year later"},
		{date("2013", timeline.GrainYear, "2013-01-01", "2013-12-31", ""), month("2017-01", "2017-01-01", "2017-01-31"), "about 4 years later"},
		{month("2017-01", "2017-01-01", "2017-01-31"), date("2017-01", timeline.GrainMonth, "2017-01-21", "2017-01-31", "END"), "around the same time"},
		{day("2017-03-16"), date("2017-W13", timeline.GrainWeek, "2017-03-27", "2017-04-02", ""), "about 11 days later"},
		{day("2017-03-16"), date("XXXX", timeline.GrainYear, "", "", ""), ""},
	} {
		if got := Gap(tc.prev, tc.cur); got != tc.want {
			t.Errorf("Gap(%s, %s) = %q, want %q", tc.prev.Value, tc.cur.Value, got, tc.want)
		}
	}
}

func TestMarkMention(t *testing.T) {
	ok := mention("a", "On March 16, she wrote.", "March 16", "2017-03-16", timeline.GrainDay, "2017-03-16", "2017-03-16", "")
	if got := markMention(ok); got != (marked{Pre: "On ", Mark: "March 16", Post: ", she wrote."}) {
		t.Errorf("by offsets: %+v", got)
	}
	off := ok
	off.Start, off.End = 0, 3 // offsets that do not match the text: find it
	if got := markMention(off); got != (marked{Pre: "On ", Mark: "March 16", Post: ", she wrote."}) {
		t.Errorf("by text: %+v", got)
	}
	bad := ok
	bad.Start, bad.End, bad.Text = 90, 5000, "" // out of range, no text: no mark, no panic
	if got := markMention(bad); got != (marked{Pre: "On March 16, she wrote."}) {
		t.Errorf("out of range: %+v", got)
	}
	utf := mention("a", "«Lundi», 20 mars.", "20 mars", "2017-03-20", timeline.GrainDay, "2017-03-20", "2017-03-20", "")
	utf.Start++ // inside a rune boundary check: falls back to the text
	if got := markMention(utf); got.Mark != "20 mars" {
		t.Errorf("utf-8: %+v", got)
	}
}

func TestAssignLanes(t *testing.T) {
	ev := func(actors ...string) timeline.Event { return timeline.Event{Actors: actors} }
	evs := []timeline.Event{ev("Sessions", "Kelly"), ev("Kelly"), ev("Sessions"), ev(), ev("ACLU"), ev("Kelly", "Sessions")}
	lanes, laneOf := assignLanes(evs, "actor", nil)
	if want := []string{"Sessions", "Kelly", "other"}; fmt.Sprint(lanes) != fmt.Sprint(want) {
		t.Errorf("lanes %q, want %q", lanes, want)
	}
	if want := []int{0, 1, 0, 2, 2, 1}; fmt.Sprint(laneOf) != fmt.Sprint(want) {
		t.Errorf("lane of each event %v, want %v", laneOf, want)
	}
	arts := map[string]*timeline.Article{"a": {ID: "a", Title: "Article A"}}
	lanes, laneOf = assignLanes([]timeline.Event{{Sources: []string{"a", "b"}}, {Sources: []string{"b"}}, {Sources: []string{"a"}}, {Sources: []string{"b"}}}, "source", arts)
	if want := []string{"b", "Article A"}; fmt.Sprint(lanes) != fmt.Sprint(want) || fmt.Sprint(laneOf) != "[0 0 1 0]" {
		t.Errorf("source lanes %q %v", lanes, laneOf)
	}
}

// TestChartDataNarrowed checks the chart draws a date with a mod over the
// part it names: "late January" over January 22 to 31, "January" whole.
func TestChartDataNarrowed(t *testing.T) {
	jan := timeline.Date{Value: "2017-01", Grain: timeline.GrainMonth, Start: "2017-01-01", End: "2017-01-31"}
	late := jan
	late.Mod = "END"
	tl := &timeline.Timeline{Events: []timeline.Event{{Date: jan}, {Date: late}}}
	st := newStory(tl, "actor")
	day := func(s string) int64 {
		d, _ := time.Parse(timeline.DayLayout, s)
		return d.UnixMilli()
	}
	data := chartData(tl, st)
	for i, want := range [][2]int64{{day("2017-01-01"), day("2017-02-01")}, {day("2017-01-22"), day("2017-02-01")}} {
		v := data[i].Value.([]int64)
		if v[0] != want[0] || v[1] != want[1] {
			t.Errorf("event %d drawn %v..%v, want %v..%v", i, time.UnixMilli(v[0]).UTC(), time.UnixMilli(v[1]).UTC(), time.UnixMilli(want[0]).UTC(), time.UnixMilli(want[1]).UTC())
		}
	}
}
