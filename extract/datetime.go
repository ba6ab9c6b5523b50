package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// monthNames maps lower-case month names, abbreviations and their dotted
// forms to months.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// zoneOffsets are the time-zone abbreviations news datelines use, in hours
// east of UTC.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
	"PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
	"BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "IST": 5, "JST": 9,
}

// writtenDateTime matches a written publication date with an optional time
// and zone: "March 31, 2017 9:11 PM EDT", "Mar. 31, 2017", "31 March 2017",
// "Friday, March 31, 2017, 9:11 p.m.".
var writtenDateTime = regexp.MustCompile(`(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?` +
	`(?:([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})\s+([a-z]{3,9})\.?),?\s+(\d{4})` +
	`(?:,?\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*([A-Z]{1,4})?)?\s*$`)

// ParsePublished parses a publication time written as RFC 3339, as
// YYYY-MM-DD, or as a written date with an optional time and zone
// ("March 31, 2017 9:11 PM EDT"). It returns the canonical form stored in
// Article.Published: RFC 3339 when the time of day is known, YYYY-MM-DD
// otherwise.
func ParsePublished(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty date")
	}
	out, err := parsePublished(s)
	if err != nil {
		return "", err
	}
	if y, _ := strconv.Atoi(out[:4]); y < 1 || len(out) > 4 && out[4] != '-' {
		return "", fmt.Errorf("cannot read %q as a date: year out of range 0001-9999", s)
	}
	return out, nil
}

// parsePublished is ParsePublished without the final range check.
func parsePublished(s string) (string, error) {
	// Every numeric layout opens with a four-digit year, which time.Parse
	// wants to start with a digit: a failed parse costs an error
	// allocation, and most lines tried as stamps are written dates.
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.Format(time.RFC3339), nil
		}
		for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
			if t, err := time.Parse(layout, s); err == nil {
				return t.Format(time.RFC3339), nil
			}
		}
		if t, err := time.Parse(timeline.DayLayout, s); err == nil {
			return t.Format(timeline.DayLayout), nil
		}
	}
	if len(s) == 8 && isDigits(s) { // 20170331, the TimeBank DCT form
		if t, err := time.Parse("20060102", s); err == nil {
			return t.Format(timeline.DayLayout), nil
		}
	}
	m := writtenDateTime.FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Errorf("cannot read %q as a date (want RFC 3339, YYYY-MM-DD or a date like \"March 31, 2017 9:11 PM EDT\")", s)
	}
	monName, dayStr := m[1], m[2]
	if monName == "" {
		monName, dayStr = m[4], m[3]
	}
	mon, ok := monthNames[strings.ToLower(monName)]
	if !ok {
		return "", fmt.Errorf("cannot read %q as a date: unknown month %q", s, monName)
	}
	day, _ := strconv.Atoi(dayStr)
	year, _ := strconv.Atoi(m[5])
	if !validDay(year, mon, day) {
		return "", fmt.Errorf("cannot read %q as a date: %s %d has no day %d", s, mon, year, day)
	}
	if m[6] == "" {
		return timeline.Day(year, mon, day).Format(timeline.DayLayout), nil
	}
	hour, _ := strconv.Atoi(m[6])
	minute, _ := strconv.Atoi(m[7])
	if ampm := strings.ToLower(strings.ReplaceAll(m[8], ".", "")); ampm != "" {
		if hour < 1 || hour > 12 {
			return "", fmt.Errorf("cannot read %q as a date: hour %d with %s", s, hour, m[8])
		}
		hour %= 12
		if ampm == "pm" {
			hour += 12
		}
	}
	if hour > 23 || minute > 59 {
		return "", fmt.Errorf("cannot read %q as a date: bad time of day", s)
	}
	loc := time.UTC
	if z := m[9]; z != "" {
		off, ok := zoneOffsets[strings.ToUpper(z)]
		if !ok {
			return "", fmt.Errorf("cannot read %q as a date: unknown time zone %q", s, z)
		}
		loc = time.FixedZone(strings.ToUpper(z), off*3600)
	}
	return time.Date(year, mon, day, hour, minute, 0, 0, loc).Format(time.RFC3339), nil
}

// validDay reports whether day exists in the month of year.
func validDay(year int, mon time.Month, day int) bool {
	if year < 1 || year > 9999 || mon < 1 || mon > 12 || day < 1 {
		return false
	}
	return day <= time.Date(year, mon+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isDigits reports whether s is non-empty and all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
