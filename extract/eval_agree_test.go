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
// the three kinds WriteAgreement counts.
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
	var b strings.Builder
	r.WriteAgreement(&b, 5)
	out := b.String()
	for _, want := range []string{
		"phrases written 3+ times: 1, with 3 gold timexes; 1 of these (33.3%) differ",
		"wrong values: 3; 1 give the phrase a value shape the gold gives it elsewhere, 1 have the gold's shape but name another date or count, 1 other",
		"value F1 were those 2 date and other errors all right (the convention ones left): 0.7500",
		`"last week"              YYYY-Wn ×2, YYYY-WXX ×1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}
