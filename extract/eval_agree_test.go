package extract

import (
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestValueShape(t *testing.T) {
	for _, c := range []struct{ value, mod, want string }{
		{"1989-W43", "", "YYYY-Wn"},
		{"1989-WXX", "", "YYYY-WXX"},
		{"1988-Q3", "", "YYYY-Qn"},
		{"1988-QX", "", "YYYY-QX"},
		{"1988", "APPROX", "YYYY APPROX"},
		{"1988-11", "", "YYYY-MM"},
		{"1988-11-02", "", "YYYY-MM-DD"},
		{"1998-02-17TNI", "", "YYYY-MM-DDTNI"},
		{"1991-02-16T12:00", "", "YYYY-MM-DDThh"},
		{"1998-W33-WE", "", "YYYY-Wn-WE"},
		{"1989-SU", "START", "YYYY-SU START"},
		{"P3Y", "", "PnY"},
		{"PT24H", "", "PTnH"},
		{"PXD", "", "PXD"},
		{"199", "", "decade"},
		{"19", "", "century"},
		{"PAST_REF", "", "PAST_REF"},
		{"XXXX-WXX-1TNI", "", "XXXX-WXX-1TNI"},
		{"BC1984", "", "YYYY"},
	} {
		if got := ValueShape(c.value, c.mod); got != c.want {
			t.Errorf("ValueShape(%q, %q) = %q, want %q", c.value, c.mod, got, c.want)
		}
	}
}

// Three gold "last week"s split two ways; the system's wrong values fall in
// the three kinds WriteAgreement counts, its spurious and missed ones in two.
func TestAgreement(t *testing.T) {
	gold := func(s, e int, text, v string) GoldTimex {
		return GoldTimex{Start: s, End: e, Text: text, Type: "DATE", Value: v}
	}
	sys := func(s, e int, v string) timeline.Timex {
		return timeline.Timex{Start: s, End: e, Type: "DATE", Value: v}
	}
	var r Report
	// a convention: the gold gives "last week" a WXX value elsewhere
	r.Add(GoldDoc{ID: "a", Text: "last week.", Timexes: []GoldTimex{gold(0, 9, "last week", "1989-WXX")}}, []timeline.Timex{sys(0, 9, "1989-W43")})
	// another date of the gold's shape
	r.Add(GoldDoc{ID: "b", Text: "last week.", Timexes: []GoldTimex{gold(0, 9, "Last week", "1989-W42")}}, []timeline.Timex{sys(0, 9, "1989-W41")})
	// right
	r.Add(GoldDoc{ID: "c", Text: "last week.", Timexes: []GoldTimex{gold(0, 9, "last week.", "1989-W40")}}, []timeline.Timex{sys(0, 9, "1989-W40")})
	// other: a shape the gold never gives the phrase
	r.Add(GoldDoc{ID: "d", Text: "last week.", Timexes: []GoldTimex{gold(0, 6, "Monday", "1989-10-30")}}, []timeline.Timex{sys(0, 6, "P1D")})
	// a spurious "now" the gold marks elsewhere, a spurious "daily" it never
	// marks, a missed "a while" it never leaves unmarked
	r.Add(GoldDoc{ID: "e", Text: "Now it is now.", Timexes: []GoldTimex{{Start: 0, End: 3, Text: "Now", Type: "DATE", Value: "PRESENT_REF"}}},
		[]timeline.Timex{{Start: 0, End: 3, Type: "DATE", Value: "PRESENT_REF"}, {Start: 10, End: 13, Text: "now", Type: "DATE", Value: "PRESENT_REF"}})
	r.Add(GoldDoc{ID: "f", Text: "It rained for a while.", Timexes: []GoldTimex{{Start: 14, End: 21, Text: "a while", Type: "DURATION", Value: "PXX"}}}, nil)
	r.Add(GoldDoc{ID: "g", Text: "The daily rose.", Timexes: nil}, []timeline.Timex{{Start: 4, End: 9, Text: "daily", Type: "SET", Value: "P1D"}})
	var b strings.Builder
	r.WriteAgreement(&b, 5)
	out := b.String()
	for _, want := range []string{
		"phrases written 3+ times: 1, with 3 gold timexes; 1 of these (33.3%) differ",
		"wrong values: 3; 1 give the phrase a value shape the gold gives it elsewhere, 1 have the gold's shape but name another date or count, 1 other",
		"spurious: 2; 1 are phrases the gold marks elsewhere",
		"missed: 1; 0 are phrases the gold leaves unmarked elsewhere",
		"value F1 were every error the gold does not contradict elsewhere mended (2 values, 1 spurious, 1 missed): 0.7692",
		`"last week"              YYYY-Wn ×2, YYYY-WXX ×1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

// A gold timex whose text is empty, or only punctuation, has an empty
// phrase key: counting its unmarked uses must not loop past the text.
func TestAgreementEmptyPhrase(t *testing.T) {
	var r Report
	r.Add(GoldDoc{ID: "a", Text: "It rained.", Timexes: []GoldTimex{{Start: 9, End: 10, Text: ".", Type: "DATE", Value: "PRESENT_REF"}}}, nil)
	r.Add(GoldDoc{ID: "b", Text: "It rained.", Timexes: []GoldTimex{{Start: 0, End: 2, Type: "DATE", Value: "PRESENT_REF"}}}, nil)
	var b strings.Builder
	r.WriteAgreement(&b, -1)
	if !strings.Contains(b.String(), "missed: 2; 0 are phrases the gold leaves unmarked elsewhere") {
		t.Errorf("got\n%s", b.String())
	}
}

func TestSlipReason(t *testing.T) {
	for _, c := range []struct{ text, typ, value, want string }{
		{"this week", "DATE", "2000-W6", "form"},
		{"this week", "DATE", "2000-W06", ""},
		{"June", "DATE", "2000-6", "form"},
		{"the third quarter", "DATE", "1989-Q3", ""}, // quarters have one digit
		{"Wednesday", "DATE", "1999-02-09", "weekday"},
		{"Wednesday", "DATE", "1999-02-10", ""},
		{"9 a.m. EST Tuesday", "TIME", "2000-04-03T09:00", "weekday"},
		{"Friday night", "DATE", "1998-10-23TNI", ""},
		{"day before last Tuesday", "DATE", "2000-02-21", ""}, // reckoned from Tuesday
		{"Tuesday and Wednesday", "DATE", "2000-02-22", ""},
		{"Sept. 27, 1989", "DATE", "1989-11-27", "month-day"},
		{"Sept. 27, 1989", "DATE", "1989-09-27", ""},
		{"1988", "DATE", "1998", "year"},
		{"in 1988", "DATE", "1988-Q3", ""},
		{"two years after 1988", "DATE", "1990", ""},
		{"13 years", "DURATION", "P12Y", "count"},
		{"six months", "DURATION", "P6D", "count"},
		{"six months", "DURATION", "P6M", ""},
		{"two weeks", "DURATION", "P14D", ""}, // weeks counted in days
		{"the past 20 years", "DURATION", "P20Y", ""},
		{"a year", "DURATION", "P2Y", ""}, // the words do not count
		{"recent years", "DATE", "PAST_REF", ""},
	} {
		if got := SlipReason(c.text, c.typ, c.value); got != c.want {
			t.Errorf("SlipReason(%q, %s, %q) = %q, want %q", c.text, c.typ, c.value, got, c.want)
		}
	}
}

// A gold value that contradicts its phrase is listed, and the value F1 is
// also given without it: here the system's one wrong value is the gold's.
func TestAgreementSlips(t *testing.T) {
	var r Report
	r.Add(GoldDoc{ID: "x", Text: "It fell Wednesday and rose in 1999.", Timexes: []GoldTimex{
		{Start: 8, End: 17, Text: "Wednesday", Type: "DATE", Value: "1999-02-09"},
		{Start: 30, End: 34, Text: "1999", Type: "DATE", Value: "1999"},
	}}, []timeline.Timex{
		{Start: 8, End: 17, Text: "Wednesday", Type: "DATE", Value: "1999-02-10"},
		{Start: 30, End: 34, Text: "1999", Type: "DATE", Value: "1999"},
	})
	var b strings.Builder
	r.WriteAgreement(&b, 5)
	for _, want := range []string{
		"gold values that contradict their own phrase: 1 (weekday 1); the system matched 1 of them and gave 1 another value",
		"value F1 without them: 1.0000",
		`weekday    x: "Wednesday" 1999-02-09`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("missing %q in\n%s", want, b.String())
		}
	}
}
