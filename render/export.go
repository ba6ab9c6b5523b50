package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// File is one file of a format that writes several (see Format.Files).
type File struct {
	// Path is the file's path relative to the output directory, with
	// slashes ("tml/000_a4fd8b4fc85934cc.tml").
	Path string
	// Write writes the file's content.
	Write func(w io.Writer) error
}

// Outputs returns the files the format writes into an output directory:
// Files when the format has several, else File written by Write.
func (f Format) Outputs(tl *timeline.Timeline, opt Options) []File {
	if f.Files != nil {
		return f.Files(tl, opt)
	}
	return []File{{Path: f.File, Write: func(w io.Writer) error { return f.Write(w, tl, opt) }}}
}

// exportFormats lists the formats beyond the page and timeline.json, in
// the order of the --format documentation.
func exportFormats() []Format {
	return []Format{
		{Name: "timelinejs", File: "timelinejs.json", Write: TimelineJS},
		{Name: "csv", File: "timeline.csv", Write: CSV},
		{Name: "md", File: "timeline.md", Write: Markdown},
		{Name: "ics", File: "timeline.ics", Write: ICS},
		{Name: "tml", File: "tml/", Write: TimeML, Files: TimeMLFiles, NeedsText: true},
	}
}

// exportDefaultTitle heads the exports when Options.Title is empty.
const exportDefaultTitle = "Timeline"

// exportTitle returns the title of the exports.
func (o Options) exportTitle() string {
	if t := oneLine(o.Title); t != "" {
		return t
	}
	return exportDefaultTitle
}

// articleIndex maps article ids to the articles of a timeline.
type articleIndex map[string]*timeline.Article

// indexArticles returns the articles of tl by id (the first of repeats).
func indexArticles(tl *timeline.Timeline) articleIndex {
	idx := make(articleIndex, len(tl.Articles))
	for i := range tl.Articles {
		if _, ok := idx[tl.Articles[i].ID]; !ok {
			idx[tl.Articles[i].ID] = &tl.Articles[i]
		}
	}
	return idx
}

// label returns how a source is named to a reader: its title, or its id
// when the title is unknown.
func (idx articleIndex) label(id string) string {
	if a := idx[id]; a != nil {
		if t := oneLine(a.Title); t != "" {
			return t
		}
	}
	return oneLine(id)
}

// url returns the address of a source when it is an http(s) URL of valid
// UTF-8 without spaces or control characters, else "".
func (idx articleIndex) url(id string) string {
	a := idx[id]
	if a == nil {
		return ""
	}
	u := strings.TrimSpace(a.URL)
	l := strings.ToLower(u)
	if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
		return ""
	}
	if !utf8.ValidString(u) || strings.ContainsFunc(u, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		return ""
	}
	return u
}

// quote is one sentence that reports an event, with the articles that have
// it (a reprint says it word for word).
type quote struct {
	Articles []string
	Sentence string
	// Section names where the sentence stands when it is not body text
	// (kept with --include-captions), "" otherwise.
	Section string
}

// quotes returns the distinct sentences of an event's mentions, in mention
// order, each with every article that has it, in mention order.
func quotes(e *timeline.Event) []quote {
	var qs []quote
	at := map[string]int{}
	for _, m := range e.Mentions {
		s := oneLine(m.Sentence)
		if s == "" {
			continue
		}
		i, ok := at[s]
		if !ok {
			i = len(qs)
			at[s] = i
			qs = append(qs, quote{Sentence: s, Section: sectionName(m.Section)})
		}
		if as := qs[i].Articles; len(as) == 0 || as[len(as)-1] != m.Article {
			qs[i].Articles = append(qs[i].Articles, m.Article)
		}
	}
	return qs
}

// firstSentence returns the sentence of an event's first mention, or its
// summary when no mention has one.
func firstSentence(e *timeline.Event) string {
	for _, m := range e.Mentions {
		if s := oneLine(m.Sentence); s != "" {
			return s
		}
	}
	return oneLine(e.Summary)
}

// eventTitle returns an event's title on one line, or its summary when the
// title is empty, or its date in words when both are.
func eventTitle(e *timeline.Event) string {
	if t := eventHeadline(e); t != "" {
		return t
	}
	return WriteDate(e.Date)
}

// eventHeadline returns an event's title on one line, or its summary when
// the title is empty ("" when both are).
func eventHeadline(e *timeline.Event) string {
	if t := oneLine(e.Title); t != "" {
		return t
	}
	return oneLine(e.Summary)
}

// oneLine returns s as valid UTF-8 on one line: every run of white space
// and control characters becomes one space, and the ends are trimmed.
func oneLine(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// WriteDate writes an event's date as a reader says it, only as precisely as
// its grain: "March 16, 2017", "week of March 27, 2017", "March 2017",
// "spring 2017", "2017", "the 2010s". A mod is said in words ("late January
// 2017", "around 2015", "late in the week of March 27, 2017"). A date that
// covers no known interval is written as its TIMEX3 value. The page, the
// handout and the calendar all write dates with it.
func WriteDate(d timeline.Date) string {
	iv := d.Interval()
	if iv.IsZero() {
		if d.Value == "" {
			return "undated"
		}
		return modWords(d.Value, d.Mod)
	}
	return modWords(grainText(d, iv), d.Mod)
}

// grainText writes the calendar unit of a resolved date.
func grainText(d timeline.Date, iv timeline.Interval) string {
	s := iv.Start
	switch d.Grain {
	case timeline.GrainMinute, timeline.GrainHour:
		return timeOfDayText(d.Value, s)
	case timeline.GrainDay:
		return dayText(s)
	case timeline.GrainWeek:
		if strings.HasSuffix(d.Value, "-WE") {
			return "weekend of " + dayText(s)
		}
		return "week of " + dayText(weekStart(s))
	case timeline.GrainMonth:
		return s.Format("January 2006")
	case timeline.GrainQuarter:
		q := (int(s.Month())-1)/3 + 1
		if v, ok := strings.CutPrefix(d.Value, strconv.Itoa(s.Year())+"-Q"); ok && len(v) == 1 && v[0] >= '1' && v[0] <= '4' {
			q = int(v[0] - '0')
		}
		return fmt.Sprintf("the %s quarter of %d", [...]string{"first", "second", "third", "fourth"}[q-1], s.Year())
	case timeline.GrainSeason:
		return seasonText(d.Value, s)
	case timeline.GrainYear:
		return strconv.Itoa(s.Year())
	case timeline.GrainDecade:
		return fmt.Sprintf("the %ds", floorDiv(s.Year(), 10)*10)
	case timeline.GrainCentury:
		return "the " + ordinalWord(floorDiv(s.Year(), 100)+1) + " century"
	}
	if iv.Days() <= 1 {
		return dayText(s)
	}
	return dayText(s) + " to " + dayText(iv.End)
}

// dayText writes a calendar day: "March 16, 2017".
func dayText(t time.Time) string { return t.Format("January 2, 2006") }

// weekStart returns the Monday of the ISO week holding t.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// partsOfDay names the TIMEX3 parts of the day.
var partsOfDay = map[string]string{
	"MO": "the morning of ", "MI": "midday on ", "AF": "the afternoon of ",
	"EV": "the evening of ", "NI": "the night of ", "DT": "the daytime of ",
}

// timeOfDayText writes a day with the time of day of a TIMEX3 value
// (2017-03-31T21:11, 2017-03-31T21, 2017-03-31TEV).
func timeOfDayText(value string, day time.Time) string {
	_, tod, ok := strings.Cut(value, "T")
	if !ok {
		return dayText(day)
	}
	if p, ok := partsOfDay[tod]; ok {
		return p + dayText(day)
	}
	for _, layout := range []string{"15:04", "15"} {
		if len(tod) >= len(layout) {
			if t, err := time.Parse(layout, tod[:len(layout)]); err == nil {
				return dayText(day) + ", " + t.Format("3:04 PM")
			}
		}
	}
	return dayText(day)
}

// seasonText writes a season: the value's season code (2017-SP) when it has
// one, else the season of the interval's first month.
func seasonText(value string, start time.Time) string {
	year := start.Year()
	codes := map[string]string{"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
	if y, c, ok := strings.Cut(value, "-"); ok {
		if n, err := strconv.Atoi(y); err == nil && len(y) == 4 {
			year = n
		}
		if name, ok := codes[c]; ok {
			return name + " " + strconv.Itoa(year)
		}
	}
	switch start.Month() {
	case time.March, time.April, time.May:
		return "spring " + strconv.Itoa(year)
	case time.June, time.July, time.August:
		return "summer " + strconv.Itoa(year)
	case time.September, time.October, time.November:
		return "fall " + strconv.Itoa(year)
	}
	return "winter " + strconv.Itoa(year)
}

// modWords says a TIMEX3 mod in words around a date text: "early March
// 2017", "the mid-2010s", "late in the week of March 27, 2017".
func modWords(text, mod string) string {
	if strings.HasPrefix(text, "week of ") || strings.HasPrefix(text, "weekend of ") {
		text = "the " + text // "late in the week of ..."
		if mod == "" {
			return text[len("the "):]
		}
	}
	rest, the := strings.CutPrefix(text, "the ")
	decade := the && rest != "" && rest[0] >= '0' && rest[0] <= '9' // "the 2010s", "the 21st century"
	part := func(word string) string {
		switch {
		case decade:
			return "the " + word + " " + rest
		case the:
			return word + " in " + text
		}
		return word + " " + text
	}
	switch mod {
	case "":
		return text
	case "START":
		return part("early")
	case "MID":
		switch {
		case decade:
			return "the mid-" + rest
		case the:
			return "the middle of " + text
		}
		return "mid-" + text
	case "END":
		return part("late")
	case "APPROX":
		return "around " + text
	case "BEFORE":
		return "before " + text
	case "AFTER":
		return "after " + text
	case "ON_OR_BEFORE":
		return "on or before " + text
	case "ON_OR_AFTER":
		return "on or after " + text
	}
	return text + " (" + oneLine(mod) + ")"
}

// ordinalWord writes n as an English ordinalWord: 1st, 2nd, 3rd, 11th, 21st.
func ordinalWord(n int) string {
	suffix := "th"
	if m := n % 100; m < 11 || m > 13 {
		switch n % 10 {
		case 1, -1:
			suffix = "st"
		case 2, -2:
			suffix = "nd"
		case 3, -3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// floorDiv divides rounding toward minus infinity.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// fileName returns an article id made safe as a file name on every
// system: letters, digits, '-', '_' and '.' are kept, every other character
// and a leading '.' become '_', names are cut at 120 bytes, and an empty
// name becomes "article".
func fileName(id string) string {
	var b strings.Builder
	for _, r := range id {
		if r < utf8.RuneSelf && (r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	s := b.String()
	if strings.HasPrefix(s, ".") {
		s = "_" + s[1:]
	}
	if len(s) > 120 {
		s = s[:120]
	}
	if s == "" {
		return "article"
	}
	return s
}
