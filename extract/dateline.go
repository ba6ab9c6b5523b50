package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// monthRe matches an English month name or abbreviation.
const monthRe = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*`

// wireRe is a wire-service dateline: an upper-case place, an optional region,
// an optional date and an optional agency in brackets.
const wireRe = `(?:(?P<city>[A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?)?` +
	`,?\s*(?:(?P<mon>` + monthRe + `)\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?)?` +
	`\s*(?:\((?P<src>[A-Z][A-Za-z&-]{1,12}(?: [A-Z][A-Za-z&-]{1,12})?)\))?\s*`

var (
	// wireLine is a paragraph holding only a wire dateline: "NAIROBI, Kenya
	// (AP) _", "(CNN) —", "ATLANTA _".
	wireLine = regexp.MustCompile(`^` + wireRe + `(?P<dash>--|[-—–_])?\s*$`)
	// wireLead is a wire dateline opening a paragraph: "WASHINGTON, March 31
	// (Reuters) - The ...".
	wireLead = regexp.MustCompile(`^` + wireRe + `(?P<dash>--|[-—–_])\s+\S`)

	// stampPrefix is the label before a time stamp: "Posted:", "Updated".
	stampPrefix = regexp.MustCompile(`(?i)^(?:(?:first |originally |last )?(?:posted|published|updated|modified)|date)(?:\s+(?:on|at))?\s*:?\s*`)
	// timeFirst is a stamp written time first: "9:11 PM ET, Fri March 31, 2017".
	timeFirst = regexp.MustCompile(`(?i)^(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s*([A-Z]{1,4})?\s*,?\s+(.+)$`)
	// usZone is a US zone written without saying daylight or standard time.
	usZone = regexp.MustCompile(`\s(E|C|M|P)T$`)
)

// wireGroup returns the named group of a wireRe match.
func wireGroup(re *regexp.Regexp, m []string, name string) string {
	if i := re.SubexpIndex(name); i >= 0 && i < len(m) {
		return m[i]
	}
	return ""
}

// isDatelineLine reports whether a paragraph holds only a dateline: a
// publication date ("March 31, 2017 9:11 PM EDT", "Posted: Mar 31, 2017")
// or a wire dateline ("NAIROBI, Kenya (AP) _", "(CNN) —").
func isDatelineLine(l string) bool {
	if len(l) > 100 {
		return false
	}
	if _, ok := parseStamp(l); ok {
		return true
	}
	if !mayHoldWireDateline(l) {
		return false
	}
	m := wireLine.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	city, src, dash := wireGroup(wireLine, m, "city"), wireGroup(wireLine, m, "src"), wireGroup(wireLine, m, "dash")
	return (city != "" || src != "") && (dash != "" || src != "")
}

// leadDatelineLen returns the length of a wire dateline that opens the
// paragraph p, or 0.
func leadDatelineLen(p string) int {
	if !mayHoldWireDateline(p) {
		return 0
	}
	m := wireLead.FindStringSubmatchIndex(p)
	if m == nil {
		return 0
	}
	has := func(name string) bool { i := wireLead.SubexpIndex(name); return m[2*i] >= 0 }
	if !has("city") && !has("src") {
		return 0
	}
	if !has("src") && !has("mon") && m[1]-1 > 60 {
		return 0
	}
	return m[1] - 1 // up to the first character of the body
}

// mayHoldWireDateline is a quick test before wireLine and wireLead, whose
// datelines have a place or an agency: a place opens the paragraph with a
// capital and another capital (or . ' ’ -), an agency is in brackets.
func mayHoldWireDateline(p string) bool {
	if len(p) >= 2 && 'A' <= p[0] && p[0] <= 'Z' {
		if c := p[1]; 'A' <= c && c <= 'Z' || c == '.' || c == '\'' || c == '-' || c >= utf8.RuneSelf {
			return true
		}
	}
	return strings.IndexByte(p, '(') >= 0
}

// hasYearDigits reports whether s holds four ASCII digits in a row, as
// every time stamp ParsePublished reads does (its year).
func hasYearDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// parseStamp reads a line that holds only a publication time stamp, with an
// optional label ("Posted:", "Updated"), weekday, time and zone, or several
// "|"-separated parts one of which is the date. It returns the canonical
// form of ParsePublished.
func parseStamp(l string) (string, bool) {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 100 || !hasYearDigits(l) {
		return "", false // every stamp has a year
	}
	l = strings.ReplaceAll(l, " / ", " | ")
	if pub, ok := parseStampPart(stampSeparators.Replace(l)); ok {
		return pub, true
	}
	for _, part := range strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '•' }) {
		if pub, ok := parseStampPart(part); ok {
			return pub, true
		}
	}
	return "", false
}

// stampSeparators turns the separators of a time stamp's parts into spaces.
var stampSeparators = strings.NewReplacer(" | ", " ", "|", " ", "•", " ")

// parseStampPart reads one part of a time stamp.
func parseStampPart(s string) (string, bool) {
	s = strings.TrimSpace(s)
	s = stampPrefix.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, " ,", ",")
	if m := timeFirst.FindStringSubmatch(s); m != nil && strings.ContainsAny(m[3], "0123456789") {
		s = m[3] + " " + m[1]
		if m[2] != "" {
			s += " " + m[2]
		}
	}
	if m := usZone.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[0]] + " " + s[m[2]:m[3]] + "%ST"
	}
	if !strings.ContainsAny(s, "0123456789") {
		return "", false
	}
	try := func(s string) (string, bool) {
		pub, err := ParsePublished(s)
		return pub, err == nil
	}
	if strings.HasSuffix(s, "%ST") {
		// Daylight or standard time: decide by the US rule on that day.
		std := strings.Replace(s, "%ST", "ST", 1)
		pub, ok := try(std)
		if !ok {
			return "", false
		}
		if t, err := time.Parse(time.RFC3339, pub); err == nil && usDaylight(t) {
			return try(strings.Replace(s, "%ST", "DT", 1))
		}
		return pub, true
	}
	return try(s)
}

// usDaylight reports whether US daylight-saving time is in force on t's
// calendar day (second Sunday of March to first Sunday of November).
func usDaylight(t time.Time) bool {
	y := t.Year()
	start := nthSunday(y, time.March, 2)
	end := nthSunday(y, time.November, 1)
	d := timeline.Day(y, t.Month(), t.Day())
	return !d.Before(start) && d.Before(end)
}

// nthSunday returns the n-th Sunday of the month.
func nthSunday(y int, m time.Month, n int) time.Time {
	d := timeline.Day(y, m, 1)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, 7*(n-1))
}

// Dateline is the publication date an article states at its top.
type Dateline struct {
	// Text is the dateline as written.
	Text string
	// Published is the canonical publication time when the dateline has a
	// year ("" otherwise).
	Published string
	// Month and Day are set when the dateline names a day without a year
	// ("WASHINGTON, March 31 (Reuters) -").
	Month time.Month
	Day   int
}

// FindDateline looks for a dateline in the first few paragraphs of text that
// are not captions, credits, playlists or boilerplate: a line holding only a
// date and time ("March 31, 2017 9:11 PM EDT", "Posted: Mar 31, 2017",
// "Updated 9:11 PM ET, Fri March 31, 2017") or a wire dateline with a date
// ("WASHINGTON, March 31 (Reuters) -").
func FindDateline(text string, ps []timeline.Paragraph) (Dateline, bool) {
	seen := 0
	for _, p := range ps {
		if p.Section != timeline.SectionBody && p.Section != timeline.SectionDateline {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		l := text[p.Start:p.End]
		if pub, ok := parseStamp(l); ok {
			return Dateline{Text: l, Published: pub}, true
		}
		if d, ok := wireDate(l); ok {
			return d, true
		}
	}
	return Dateline{}, false
}

// wireDate reads the date of a wire dateline that opens l.
func wireDate(l string) (Dateline, bool) {
	var m []string
	re := wireLead
	if n := leadDatelineLen(l); n > 0 {
		m = wireLead.FindStringSubmatch(l)
		l = strings.TrimSpace(l[:n])
	} else if isDatelineLine(l) {
		re = wireLine
		m = wireLine.FindStringSubmatch(l)
	}
	if m == nil || wireGroup(re, m, "mon") == "" {
		return Dateline{}, false
	}
	mon, ok := monthNames[strings.ToLower(wireGroup(re, m, "mon"))]
	if !ok {
		return Dateline{}, false
	}
	day, _ := strconv.Atoi(wireGroup(re, m, "day"))
	d := Dateline{Text: l, Month: mon, Day: day}
	if y, err := strconv.Atoi(wireGroup(re, m, "year")); err == nil {
		if !validDay(y, mon, day) {
			return Dateline{}, false
		}
		d.Published = timeline.Day(y, mon, day).Format(timeline.DayLayout)
		d.Month, d.Day = 0, 0
		return d, true
	}
	if !validMonthDay(mon, day) {
		return Dateline{}, false
	}
	return d, true
}

// validMonthDay reports whether day exists in mon in some year (February
// 29 does, in a leap year).
func validMonthDay(mon time.Month, day int) bool { return validDay(2000, mon, day) }
