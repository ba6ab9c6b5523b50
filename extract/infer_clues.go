package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// clueKind says what a date phrase tells about the day an article was
// written.
type clueKind int

// The kinds of clue.
const (
	clueDay       clueKind = iota // an explicit day: "March 29, 2017"
	clueMonthDay                  // a day without its year: "March 16"
	clueMonth                     // an explicit month: "March 2017"
	clueMonthName                 // a month without its year: "in January"
	clueYear                      // a year: "in 2013", "1989"
	clueWeekday                   // "Friday", "on Monday", "last Tuesday"
	clueThisWeek                  // "this week", "earlier this week"
	clueThisMonth                 // "this month", "earlier this month"
	clueLastWeek                  // "last week"
	clueToday                     // "today", "tonight", "this morning"
	clueYesterday                 // "yesterday"
	clueSpan                      // an explicit week, quarter or season
)

// clue is one date phrase of an article's body, read for what it says
// about the publication day.
type clue struct {
	kind   clueKind
	text   string // the phrase as written
	phrase string // the phrase with the words just before it, for evidence
	start  int    // byte offset in the article
	end    int    // byte offset of its end
	iv     timeline.Interval
	month  time.Month
	day    int
	wd     time.Weekday
	future bool     // the phrase points ahead ("will meet Friday", "next week")
	last   bool     // "last Friday": not the day itself
	hasWD  bool     // a day with its weekday: "Monday, Oct. 26"
	words  []string // content words of its sentence, for cross-article matching
}

var (
	weekdayRe   = regexp.MustCompile(`(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b`)
	monthDayRe  = regexp.MustCompile(`(?i)\b(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	dayMonthRe  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRe + `)\b`)
	monthOnlyRe = regexp.MustCompile(`(?i)\b(` + monthRe + `)\b`)
	xValueMD    = regexp.MustCompile(`^XXXX-(\d\d)-(\d\d)`)
	xValueWD    = regexp.MustCompile(`^XXXX-WXX-([1-7])`)
	futureCue   = regexp.MustCompile(`(?i)\b(?:will|shall|'ll|would|scheduled|expected|plans?|planned|set to|due|until|upcoming|next|coming|tomorrow|is to|are to)\b`)
	weekdayNums = map[string]time.Weekday{"sun": 0, "mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6}
)

// cluesOf reads the clues of an article from its timexes (found with no
// anchor), keeping only those that stand in body text.
func cluesOf(a *timeline.Article, txs []timeline.Timex) []clue {
	var cs []clue
	for _, t := range txs {
		if t.Type != timeline.TypeDate && t.Type != timeline.TypeTime {
			continue
		}
		if a.SectionAt(t.Start) != timeline.SectionBody {
			continue
		}
		c, ok := readClue(a.Text, t)
		if !ok {
			continue
		}
		sent := sentenceAround(a.Text, t.Start, t.End)
		c.words = contentWords(sent)
		c.phrase = phraseAround(a.Text, t.Start, t.End)
		// "Monday, Oct. 26" found as two expressions is one day with its
		// weekday.
		if n := len(cs); n > 0 && c.kind == clueMonthDay && !c.hasWD && cs[n-1].kind == clueWeekday &&
			cs[n-1].end <= c.start && strings.Trim(a.Text[cs[n-1].end:c.start], ", ") == "" {
			c.wd, c.hasWD = cs[n-1].wd, true
			c.phrase = phraseAround(a.Text, cs[n-1].start, c.end)
			cs = cs[:n-1]
		}
		cs = append(cs, c)
	}
	return cs
}

// readClue interprets one timex: by its interval when it has one, else by
// its value and text.
func readClue(text string, t timeline.Timex) (clue, bool) {
	c := clue{text: t.Text, start: t.Start, end: t.End, iv: t.Interval}
	lower := strings.ToLower(t.Text)
	c.future = isFuture(text, t.Start, lower)
	if !t.Interval.IsZero() {
		switch t.Grain {
		case timeline.GrainDay, timeline.GrainHour, timeline.GrainMinute:
			c.kind = clueDay
		case timeline.GrainMonth:
			c.kind = clueMonth
		case timeline.GrainYear:
			c.kind = clueYear
		case timeline.GrainWeek, timeline.GrainQuarter, timeline.GrainSeason:
			c.kind = clueSpan
		default:
			return c, false
		}
		if c.kind == clueDay && !strings.ContainsAny(t.Text, "0123456789") {
			return c, false // "today" resolved against something else
		}
		return c, true
	}
	switch {
	case strings.Contains(lower, "yesterday"):
		c.kind = clueYesterday
	case strings.Contains(lower, "today") || strings.Contains(lower, "tonight") || lower == "this morning" || lower == "this afternoon" || lower == "this evening":
		c.kind = clueToday
	case strings.Contains(lower, "this week"):
		c.kind = clueThisWeek
	case lower == "last week" || lower == "the past week" || lower == "past week":
		c.kind = clueLastWeek
	case strings.Contains(lower, "this month"):
		c.kind = clueThisMonth
	default:
		if m := xValueMD.FindStringSubmatch(t.Value); m != nil {
			mo, _ := strconv.Atoi(m[1])
			d, _ := strconv.Atoi(m[2])
			c.kind, c.month, c.day = clueMonthDay, time.Month(mo), d
			c.wd, c.hasWD = weekdayIn(t.Text)
		} else if mo, d, ok := monthDayOf(t.Text); ok {
			c.kind, c.month, c.day = clueMonthDay, mo, d
			c.wd, c.hasWD = weekdayIn(t.Text)
		} else if m := weekdayRe.FindStringSubmatch(t.Text); m != nil {
			c.kind, c.wd = clueWeekday, weekdayNums[strings.ToLower(m[1])]
			c.last = strings.Contains(lower, "last") || strings.Contains(lower, "past")
			c.future = c.future || strings.Contains(lower, "next") || strings.Contains(lower, "coming")
			if strings.HasSuffix(lower, "days") {
				return c, false // "on Fridays"
			}
		} else if m := xValueWD.FindStringSubmatch(t.Value); m != nil {
			d, _ := strconv.Atoi(m[1])
			c.kind, c.wd = clueWeekday, time.Weekday(d%7)
		} else if m := monthOnlyRe.FindStringSubmatch(t.Text); m != nil && !strings.EqualFold(m[1], "may") {
			c.kind, c.month = clueMonthName, monthNames[strings.ToLower(m[1])]
			if c.month == 0 {
				return c, false
			}
		} else {
			return c, false
		}
	}
	return c, true
}

// weekdayIn returns the weekday named in s.
func weekdayIn(s string) (time.Weekday, bool) {
	m := weekdayRe.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	return weekdayNums[strings.ToLower(m[1])], true
}

// monthDayOf reads "March 16" or "16 March" in s.
func monthDayOf(s string) (time.Month, int, bool) {
	var mon string
	var day int
	if m := monthDayRe.FindStringSubmatch(s); m != nil {
		mon = m[1]
		day, _ = strconv.Atoi(m[2])
	} else if m := dayMonthRe.FindStringSubmatch(s); m != nil {
		mon = m[2]
		day, _ = strconv.Atoi(m[1])
	} else {
		return 0, 0, false
	}
	mo, ok := monthNames[strings.ToLower(mon)]
	if !ok || !validMonthDay(mo, day) {
		return 0, 0, false
	}
	return mo, day, true
}

// isFuture reports whether the words just before a phrase (in its sentence)
// point ahead: "will meet Friday", "is scheduled for March 3".
func isFuture(text string, start int, lower string) bool {
	if strings.HasPrefix(lower, "next") || strings.HasPrefix(lower, "this coming") || strings.Contains(lower, "tomorrow") {
		return true
	}
	from := max(0, start-50)
	before := text[from:start]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return futureCue.MatchString(before)
}

// sentenceAround returns the sentence holding text[start:end]: from the last
// sentence end before it to the next one after it, within its line.
func sentenceAround(text string, start, end int) string {
	s := start
	for s > 0 && start-s < 400 {
		ch := text[s-1]
		if ch == '\n' || (s >= 2 && (ch == ' ') && strings.IndexByte(".!?", text[s-2]) >= 0) {
			break
		}
		s--
	}
	e := end
	for e < len(text) && e-end < 400 {
		ch := text[e]
		if ch == '\n' || (strings.IndexByte(".!?", ch) >= 0 && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n')) {
			break
		}
		e++
	}
	return text[s:e]
}

// phraseAround returns text[start:end] with the word just before it in the
// same clause: "sent Wednesday", "released Friday", "a March 16".
func phraseAround(text string, start, end int) string {
	from := max(0, start-40)
	before := text[from:start]
	if i := strings.LastIndexAny(before, ".,;:!?\n()\"“”"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(before)
	if len(words) > 1 {
		words = words[len(words)-1:]
	}
	return strings.Join(append(words, strings.Fields(text[start:end])...), " ")
}
