package extract

import (
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

func TestYearClues(t *testing.T) {
	tests := []struct {
		name         string
		doc          fakeDoc
		lower, upper int
		dated        bool
		fixed        int // 0: none
	}{
		{"latest past year", fakeDoc{text: "Sales fell in 1988 and rose in 1989.",
			un: []fx{year("1988", "1988"), year("1989", "1989")}}, 1989, 0, false, 0},
		{"a dated day outranks a bare year", fakeDoc{text: "The attack of Aug. 7, 1998 came after the 1998 talks.",
			un: []fx{day("Aug. 7, 1998", "1998-08-07"), year("1998", "1998")}}, 1998, 0, true, 0},
		{"coming years bound from above", fakeDoc{text: "Profits rose in 1989. The notes are due by 1992.",
			un: []fx{year("1989", "1989"), year("1992", "1992")}}, 1989, 1992, false, 0},
		{"a relative year fastened to a written one", fakeDoc{text: "Turnout fell from last year's 1997 election.",
			un: []fx{year("1997", "1997")}}, 0, 0, false, 1998},
		{"the year fastened after", fakeDoc{text: "In 1999, next year, the season starts in May.",
			un: []fx{year("1999", "1999")}}, 0, 0, false, 1998},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := timeline.Article{ID: "a", Text: tt.doc.text}
			yc := yearCluesOf(a.Text, cluesOf(&a, fakeFind(t, []fakeDoc{tt.doc})(a.Text, time.Time{})))
			if yc.lower != tt.lower || yc.upper != tt.upper || yc.lowerDated != tt.dated {
				t.Errorf("lower %d upper %d dated %v, want %d %d %v", yc.lower, yc.upper, yc.lowerDated, tt.lower, tt.upper, tt.dated)
			}
			got := 0
			if len(yc.fixed) > 0 {
				got = yc.fixed[0].year
			}
			if got != tt.fixed {
				t.Errorf("fixed year %d, want %d", got, tt.fixed)
			}
		})
	}
}

func TestWeekdayYear(t *testing.T) {
	tests := []struct {
		yc      yearClues
		want    int // 0: none
		minSure float64
		maxSure float64
	}{
		{yearClues{lower: 1993, lowerFirm: true}, 1998, 0.3, 1},                   // since 1993: 1998 the first fit
		{yearClues{lower: 1993}, 1992, 0.3, 0.7},                                  // a bare 1993 may be coming: 1992 likelier than 1998, not sure
		{yearClues{lower: 1998, lowerDated: true, lowerFirm: true}, 1998, 0.5, 1}, // 1998 the only fit near
		{yearClues{lower: 1993, upper: 1996}, 1992, 0.5, 1},                       // none from 1993 up to 1996: a bare year may be a coming one
		{yearClues{upper: 2000}, 1998, 0.5, 0.5},                                  // the last up to 2000
		{yearClues{fixed: []fixedYear{{1992, ""}}}, 1992, 1, 1},                   // a fixed year that fits
		{yearClues{}, 0, 0, 0},
	}
	for _, tt := range tests {
		got, sure, ok := tt.yc.weekdayYear(time.October, 26, time.Monday)
		if !ok {
			got = 0
		}
		if got != tt.want || sure < tt.minSure || sure > tt.maxSure {
			t.Errorf("%+v: year %d sure %.2f, want %d in [%.1f, %.1f]", tt.yc, got, sure, tt.want, tt.minSure, tt.maxSure)
		}
	}
}

func TestYearPrior(t *testing.T) {
	dated := yearClues{lower: 1996, lowerDated: true, lowerFirm: true}
	if !(dated.yearPrior(1997) > dated.yearPrior(1996) && dated.yearPrior(1996) > dated.yearPrior(1990)) {
		t.Errorf("dated prior: 1997 %.2f, 1996 %.2f, 1990 %.2f", dated.yearPrior(1997), dated.yearPrior(1996), dated.yearPrior(1990))
	}
	bounded := yearClues{lower: 1989, upper: 1990}
	if bounded.yearPrior(1995) >= bounded.yearPrior(1990) {
		t.Errorf("a year after a coming year should score low")
	}
	if (yearClues{}).yearPrior(2000) != 0 {
		t.Errorf("no clue, no prior")
	}
}

func TestYearAgainst(t *testing.T) {
	tests := []struct {
		yc   yearClues
		year int
		want bool
	}{
		{yearClues{lower: 1998, lowerDated: true, lowerFirm: true}, 1998, false}, // unlikely, not against
		{yearClues{lower: 1998, lowerDated: true, lowerFirm: true}, 1997, true},  // before a dated past day
		{yearClues{lower: 1998, lowerDated: true, lowerFirm: true}, 1999, false}, // the likeliest
		{yearClues{lower: 1998}, 1998, false},                                    // a bare year is often the article's own
		{yearClues{lower: 1998}, 1997, false},                                    // a bare year may be a coming one
		{yearClues{lower: 1998}, 1995, true},                                     // well before a year told as past
		{yearClues{lower: 1988, upper: 1990}, 1992, true},                        // after a year told as coming
		{yearClues{}, 1990, false},
	}
	for _, tt := range tests {
		if got := tt.yc.against(tt.year); got != tt.want {
			t.Errorf("%+v against %d = %v, want %v", tt.yc, tt.year, got, tt.want)
		}
	}
}
