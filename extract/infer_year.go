package extract

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// yearClues is what an article's body says about the year it was written
// in. News rarely writes its own year: it names the day of the week of
// what is recent, the month and day of what is older, and the year of what
// belongs to another year. So the year mostly follows from the years the
// article tells as past (the article is later), as coming (it is earlier),
// from relative years fastened to a written one ("last year's 1997
// election"), and from a weekday written with its date, which only some
// years allow.
type yearClues struct {
	// lower is the latest year told as past (0: none); lowerDated says it
	// was written with its month ("in March 1996", "Aug. 7, 1998"), which
	// news does mostly for another year than the current one.
	lower      int
	lowerDated bool
	lowerText  string
	// lowerFirm says the latest past year is told as past beyond doubt
	// ("since 1993", a dated day): the article is not before it.
	lowerFirm bool
	// latest is the latest day told as past, a lower bound of the
	// publication day (zero: none).
	latest     time.Time
	latestText string
	// upper is the earliest year told as coming (0: none).
	upper     int
	upperText string
	// fixed are years named by a relative year fastened to a written one,
	// with their phrases.
	fixed []fixedYear
}

// fixedYear is a publication year a phrase states outright.
type fixedYear struct {
	year   int
	phrase string
}

var (
	// aheadRe marks a year as one coming rather than past, beyond the
	// future cues of single dates: "by 1992", "through 1995", "target".
	aheadRe = regexp.MustCompile(`(?i)\b(?:by|before|through|till|ending|ends|expir\w*|matur\w*|target\w*|goal|forecast\w*|project\w*|estimat\w*|outlook|plans?|aims?)\b`)
	// relYearBefore and relYearAfter find a relative year fastened to a
	// written one: "last year's 1997 election", "the 1997 season, last year".
	// pastRe marks a year as past beyond doubt: "since 1993", "in 1993 was".
	pastRe        = regexp.MustCompile(`(?i)\b(?:since|ago|former|formerly|earlier|last|was|were|had|did|founded|born|died|elected)\b`)
	relYearBefore = regexp.MustCompile(`(?i)\b(last|this|next) year'?s?\s+$`)
	relYearAfter  = regexp.MustCompile(`(?i)^,?\s+(last|this|next) year\b`)
)

// Plausible years for a publication.
const (
	minPubYear = 1600
	maxPubYear = 2200
)

// yearCluesOf reads the year clues of an article's body clues.
func yearCluesOf(text string, cs []clue) yearClues {
	var yc yearClues
	for _, c := range cs {
		if c.iv.IsZero() || (c.kind != clueDay && c.kind != clueMonth && c.kind != clueYear && c.kind != clueSpan) {
			continue
		}
		y := c.iv.Start.Year()
		if y < minPubYear || y > maxPubYear {
			continue
		}
		if c.kind == clueYear {
			if f, ok := fastenedYear(text, c, y); ok {
				yc.fixed = append(yc.fixed, f)
				continue
			}
		}
		if c.future || aheadRe.MatchString(clauseBefore(text, c.start)) {
			if yc.upper == 0 || y < yc.upper {
				yc.upper, yc.upperText = y, c.phrase
			}
			continue
		}
		firm := c.kind == clueDay || c.kind == clueMonth || pastRe.MatchString(clauseBefore(text, c.start))
		if y := c.iv.End.Year(); y > yc.lower || (y == yc.lower && c.kind != clueYear && !yc.lowerDated) {
			yc.lower, yc.lowerText = y, c.phrase
			yc.lowerDated = c.kind == clueDay || c.kind == clueMonth
			yc.lowerFirm = firm
		} else if y == yc.lower && firm {
			yc.lowerFirm = true
		}
		if c.kind == clueDay && c.iv.End.After(yc.latest) {
			yc.latest, yc.latestText = c.iv.End, c.phrase
		}
	}
	return yc
}

// fastenedYear reads a relative year fastened to the written year y:
// "last year's 1997 election" was written in 1998.
func fastenedYear(text string, c clue, y int) (fixedYear, bool) {
	m := relYearBefore.FindStringSubmatch(text[max(0, c.start-16):c.start])
	if m == nil {
		m = relYearAfter.FindStringSubmatch(text[c.end:min(len(text), c.end+16)])
	}
	if m == nil {
		return fixedYear{}, false
	}
	off := 0 // "this year's"
	switch strings.ToLower(m[1]) {
	case "last":
		off = 1
	case "next":
		off = -1
	}
	return fixedYear{year: y + off, phrase: quote(strings.TrimSpace(m[0]) + " " + fmt.Sprint(y))}, true
}

// clauseBefore returns the words before offset start in its sentence, at
// most 40 bytes.
func clauseBefore(text string, start int) string {
	before := text[max(0, start-40):start]
	if i := strings.LastIndexAny(before, ".!?\n;"); i >= 0 {
		before = before[i+1:]
	}
	return before
}

// yearPrior scores a publication in year y for an article whose latest
// past year is lower. Measured on news corpora: a month or day written
// with its year is mostly of another year than the article's (the year
// after it the likeliest); a bare year a little less often the article's
// own than the year before it.
func (yc yearClues) yearPrior(y int) float64 {
	if yc.lower == 0 {
		return 0
	}
	if yc.upper != 0 && y > yc.upper && yc.upper >= yc.lower {
		return 0.05
	}
	dated := [...]float64{0.45, 1, 0.6, 0.35, 0.25, 0.2, 0.2}
	bare := [...]float64{0.85, 1, 0.75, 0.5, 0.35, 0.35, 0.35}
	p := bare
	if yc.lowerDated {
		p = dated
	}
	switch k := y - yc.lower; {
	case k < -2:
		return 0
	case k < 0 && yc.lowerFirm:
		return 0.05
	case k < 0:
		return 0.3 + 0.15*float64(k+2) // a bare year may be a coming one
	case k < len(p):
		return p[k]
	case k <= 30:
		return 0.15
	}
	return 0.05
}

// against reports whether the year clues speak against year y: a year
// before a firmly past one's (a bare year may be a coming one), or after
// a coming one. The year of a dated past mention itself is unlikely but
// not against: some news writes the year of every date.
func (yc yearClues) against(y int) bool {
	if yc.lower != 0 && y < yc.lower && (yc.lowerFirm || y < yc.lower-2) {
		return true
	}
	return yc.upper != 0 && y > yc.upper && yc.upper >= yc.lower
}

// yearTerms turns the year clues into terms: a prior over years from the
// latest past year, the latest past day as a lower bound of the day, and
// the years fastened to a relative year. None dates an article alone.
func (yc yearClues) yearTerms() []term {
	var ts []term
	if yc.lower != 0 {
		phrase := "after " + quote(yc.lowerText)
		ts = append(ts, term{weight: yearPriorW, level: 0.2, phrase: phrase,
			score: func(d time.Time) float64 { return yc.yearPrior(d.Year()) }})
	}
	if !yc.latest.IsZero() {
		latest := yc.latest
		ts = append(ts, term{weight: latestDayW, score: func(d time.Time) float64 {
			if d.Before(latest) {
				return 0
			}
			return 1
		}})
	}
	seen := map[int]bool{}
	for _, f := range yc.fixed {
		if seen[f.year] {
			continue
		}
		seen[f.year] = true
		y := f.year
		ts = append(ts, term{weight: fixedYearW, level: 0.2, phrase: f.phrase,
			score: func(d time.Time) float64 {
				if d.Year() == y {
					return 1
				}
				return 0
			},
			from: timeline.Day(y, 1, 1), to: timeline.Day(y, 12, 31)})
	}
	return ts
}

// Weights of the year terms.
const (
	yearPriorW = 4
	latestDayW = 1.5
	fixedYearW = 3
)

// candidateYears returns the years in which to place a day written without
// its year: the years the clues allow, likeliest first.
func (yc yearClues) candidateYears() []int {
	var ys []int
	seen := map[int]bool{}
	add := func(y int) {
		if y >= minPubYear && y <= maxPubYear && !seen[y] {
			seen[y] = true
			ys = append(ys, y)
		}
	}
	for _, f := range yc.fixed {
		add(f.year)
	}
	if yc.lower != 0 {
		add(yc.lower + 1)
		add(yc.lower)
	}
	if yc.upper != 0 && yc.lower == 0 {
		add(yc.upper)
	}
	return ys
}

// weekdayYear returns the year a day written with its weekday ("Monday,
// Oct. 26") falls in, and how sure that is (0 to 1): of the years the
// calendar allows near the year clues, the likeliest by the year prior;
// its share of their prior is the sureness. A year fastened to a relative
// one that fits is sure. With only a coming year, the last fitting year up
// to it.
func (yc yearClues) weekdayYear(mo time.Month, dd int, wd time.Weekday) (int, float64, bool) {
	fits := func(y int) bool { return validDay(y, mo, dd) && timeline.Day(y, mo, dd).Weekday() == wd }
	for _, f := range yc.fixed {
		if fits(f.year) {
			return f.year, 1, true
		}
	}
	switch {
	case yc.lower != 0:
		best, bestP, sum := 0, 0.0, 0.0
		from := yc.lower - 2
		if yc.lowerFirm {
			from = yc.lower
		}
		for y := from; y <= yc.lower+12; y++ {
			if !fits(y) {
				continue
			}
			p := yc.yearPrior(y)
			sum += p
			if p > bestP {
				best, bestP = y, p
			}
		}
		if best == 0 || bestP < 0.1 {
			return 0, 0, false
		}
		return best, bestP / sum, true
	case yc.upper != 0:
		for y := yc.upper; y >= yc.upper-12; y-- {
			if fits(y) {
				return y, 0.5, true
			}
		}
	}
	return 0, 0, false
}
