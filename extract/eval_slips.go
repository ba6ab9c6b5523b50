package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// goldSlip is a gold timex whose value contradicts the words of its own
// phrase, and what the system made of it.
type goldSlip struct {
	doc, text, value string
	reason           string // see SlipReason
	matched, valueOK bool   // the system matched its span (relaxed), and its value
}

var (
	// slipRelation marks a phrase whose date is reckoned from the one it
	// names ("the day before Tuesday", "a week after March 3"): its value
	// need not carry the named day.
	slipRelation = regexp.MustCompile(`(?i)\b(before|after|ago|earlier|later|following|previous|next|since|until|through|from|to|and|or|between|week|weekend|month|year|fiscal)\b|-|–`)
	slipDate     = regexp.MustCompile(`^(\d{4})-(\d\d)-(\d\d)`)
	slipYear     = regexp.MustCompile(`^(\d{4})(?:\D|$)`)
	slipYears    = regexp.MustCompile(`\b(1[0-9]|20|21)\d\d\b`)
	slipShortFld = regexp.MustCompile(`^\d{4}-W?\d(?:\D|$)`)
	slipCount    = regexp.MustCompile(`(?i)^(?:the\s+)?(?:past|last|next|first|previous|coming)?\s*(\d+|[a-z]+)\s+(year|month|week|day|hour|minute)s?$`)
	slipDur      = regexp.MustCompile(`^P(T?)(\d+)([YMWDH])$`)
)

// SlipReason says how a gold value contradicts its own phrase, or returns
// "" when it does not, or when the phrase's words cannot tell. It checks
// only what the phrase itself states, never a reading of its context:
//   - "form": a week or month of one digit (2000-W6), which
//     the TIMEX3 value grammar writes with two (2000-W06);
//   - "weekday": a phrase naming one weekday alone ("Wednesday", "on Friday
//     night") valued as a date that falls on another weekday;
//   - "month-day": a phrase naming a month and day ("Sept. 27, 1989") valued
//     as another month or day;
//   - "year": a phrase naming a year ("in 1988") valued as a date of
//     another year;
//   - "count": a phrase counting units ("13 years", "six months") valued as
//     a duration of another count of that unit, or of that count of
//     another unit (P12Y, P6D).
//
// Phrases that reckon from what they name ("the day before Tuesday", "two
// years after 1988", "Tuesday and Wednesday") are left alone.
func SlipReason(text, typ, value string) string {
	if slipShortFld.MatchString(value) {
		return "form"
	}
	words := strings.TrimSpace(text)
	if typ == "DURATION" {
		return countSlip(words, value)
	}
	if slipRelation.MatchString(words) {
		return ""
	}
	if m := slipDate.FindStringSubmatch(value); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		day := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if wd, ok := weekdayIn(words); ok && len(weekdayRe.FindAllString(words, -1)) == 1 && day.Weekday() != wd {
			return "weekday"
		}
		if mon, dd, ok := monthDayOf(words); ok && (mon != time.Month(mo) || dd != d) {
			return "month-day"
		}
	}
	if m := slipYear.FindStringSubmatch(value); m != nil {
		if ys := slipYears.FindAllString(words, -1); len(ys) == 1 && ys[0] != m[1] {
			return "year"
		}
	}
	return ""
}

// countSlip is SlipReason for a duration: "13 years" must be P13Y, "six
// months" P6M. Weeks may also be counted in days, and hours and minutes in
// any smaller unit, so only the unit's own letter is checked for the count.
func countSlip(text, value string) string {
	m := slipCount.FindStringSubmatch(text)
	d := slipDur.FindStringSubmatch(value)
	if m == nil || d == nil {
		return ""
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		e, ok := lexicon[strings.ToLower(m[1])]
		if !ok || lexTable[e].cls&cNumWord == 0 {
			return ""
		}
		n = lexTable[e].val
	}
	unit := map[string]string{"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM"}[strings.ToLower(m[2])]
	letter := d[1] + d[3]
	got, _ := strconv.Atoi(d[2])
	switch {
	case letter == unit && got != n:
		return "count" // 13 years as P12Y
	case letter != unit && got == n && n > 1:
		return "count" // six months as P6D
	}
	return ""
}
