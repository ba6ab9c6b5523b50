package render

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// WriteDate writes an event's date as a reader says it, at the precision of
// its grain: "March 16, 2017", "week of March 27, 2017", "March 2017",
// "late January 2017" (mod END), "2013". A date with no known interval is
// written as its TIMEX3 value.
func WriteDate(d timeline.Date) string {
	iv := d.Interval()
	if iv.IsZero() {
		if d.Value == "" {
			return "undated"
		}
		return d.Value
	}
	s := iv.Start
	var base string
	switch d.Grain {
	case timeline.GrainMinute, timeline.GrainHour:
		base = s.Format("January 2, 2006") + timeOfDay(d.Value)
	case timeline.GrainWeek:
		if strings.HasSuffix(d.Value, "-WE") {
			base = "weekend of " + s.Format("January 2, 2006")
		} else {
			base = "week of " + s.Format("January 2, 2006")
		}
	case timeline.GrainMonth:
		base = s.Format("January 2006")
	case timeline.GrainQuarter:
		base = quarterName(s.Month()) + " quarter of " + s.Format("2006")
	case timeline.GrainSeason:
		base = seasonName(d.Value, iv) + " " + s.Format("2006")
	case timeline.GrainYear:
		base = s.Format("2006")
	case timeline.GrainDecade:
		base = fmt.Sprintf("the %ds", s.Year()/10*10)
	case timeline.GrainCentury:
		base = "the " + ordinal(s.Year()/100+1) + " century"
	default: // day, or a grain we do not know: the most precise we can say
		if iv.Days() <= 1 {
			base = s.Format("January 2, 2006")
		} else {
			base = s.Format("January 2, 2006") + " – " + iv.End.Format("January 2, 2006")
		}
	}
	return withMod(base, d.Mod, d.Grain)
}

// withMod puts a TIMEX3 mod into words around a written date.
func withMod(base, mod string, g timeline.Grain) string {
	coarse := g == timeline.GrainMonth || g == timeline.GrainQuarter || g == timeline.GrainSeason ||
		g == timeline.GrainYear || g == timeline.GrainDecade || g == timeline.GrainCentury
	switch mod {
	case "START":
		if coarse {
			return "early " + base
		}
		return "early in the " + base
	case "MID":
		if coarse {
			return "mid-" + base
		}
		return "the middle of the " + base
	case "END":
		if coarse {
			return "late " + base
		}
		return "late in the " + base
	case "APPROX":
		return "about " + base
	case "BEFORE", "ON_OR_BEFORE":
		return "before " + base
	case "AFTER", "ON_OR_AFTER":
		return "after " + base
	}
	return base
}

// timeOfDay writes the time part of a TIMEX3 value such as 2017-03-16T14:30
// or 2017-03-16TMO as ", 2:30 PM" or ", morning" ("" when there is none).
func timeOfDay(value string) string {
	i := strings.IndexByte(value, 'T')
	if i < 0 {
		return ""
	}
	t := value[i+1:]
	switch t {
	case "MO":
		return ", morning"
	case "AF":
		return ", afternoon"
	case "EV":
		return ", evening"
	case "NI":
		return ", night"
	}
	for _, layout := range []string{"15:04:05", "15:04", "15"} {
		if len(t) < len(layout) {
			continue
		}
		if tt, err := time.Parse(layout, t[:len(layout)]); err == nil {
			if layout == "15" {
				return tt.Format(", 3 PM")
			}
			return tt.Format(", 3:04 PM")
		}
	}
	return ""
}

func quarterName(m time.Month) string {
	return [...]string{"first", "second", "third", "fourth"}[(int(m)-1)/3]
}

func seasonName(value string, iv timeline.Interval) string {
	switch {
	case strings.HasSuffix(value, "SP"):
		return "spring"
	case strings.HasSuffix(value, "SU"):
		return "summer"
	case strings.HasSuffix(value, "FA"):
		return "fall"
	case strings.HasSuffix(value, "WI"):
		return "winter"
	}
	return iv.Start.Format("January") + "–" + iv.End.Format("January")
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// fine reports whether a grain names a day or part of one.
func fine(g timeline.Grain) bool {
	return g == timeline.GrainDay || g == timeline.GrainHour || g == timeline.GrainMinute
}

// Gap writes the time between the starts of two consecutive events:
// "the same day", "the next day", "13 days later", "2 weeks later", "about
// 4 years later". When either date is coarser than a day the gap is only
// approximate, and overlapping dates are "around the same time". It returns
// "" when either date has no known interval.
func Gap(prev, cur timeline.Date) string {
	p, c := prev.Interval(), cur.Interval()
	if p.IsZero() || c.IsZero() {
		return ""
	}
	exact := fine(prev.Grain) && fine(cur.Grain) && prev.Mod == "" && cur.Mod == ""
	days := int(c.Start.Sub(p.Start).Hours()/24 + 0.5)
	if !exact && p.Overlaps(c) {
		return "around the same time"
	}
	if days < 0 {
		return "earlier"
	}
	about := ""
	if !exact {
		about = "about "
	}
	switch {
	case days == 0:
		if exact {
			return "the same day"
		}
		return "around the same time"
	case days == 1 && exact:
		return "the next day"
	case days < 14 || (exact && days < 60 && days%7 != 0):
		return about + plural(days, "day") + " later"
	case days < 60:
		return about + plural((days+3)/7, "week") + " later"
	}
	months := (c.Start.Year()-p.Start.Year())*12 + int(c.Start.Month()) - int(p.Start.Month())
	if exact && c.Start.Day() != p.Start.Day() {
		about = "about "
	}
	if days < 730 && !(exact && about == "" && months%12 == 0) {
		if about != "" {
			months = int(float64(days)/30.44 + 0.5)
		}
		return about + plural(months, "month") + " later"
	}
	years := months / 12
	if exact && months%12 != 0 {
		about = "about "
	}
	if about != "" {
		years = int(float64(days)/365.25 + 0.5)
	}
	return about + plural(years, "year") + " later"
}

func plural(n int, unit string) string {
	if n == 1 {
		return "a " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// marked is a sentence cut around the date expression it holds, so that the
// page can highlight the expression; Mark is "" when it could not be found.
type marked struct {
	Pre, Mark, Post string
}

// markMention cuts a mention's sentence around its date expression, using
// the expression's offsets relative to the sentence start, or finding the
// expression's text when the offsets do not fit.
func markMention(m timeline.Mention) marked {
	s := m.Sentence
	a, b := m.Start-m.SentenceStart, m.End-m.SentenceStart
	if a >= 0 && b > a && b <= len(s) && utf8.ValidString(s[a:b]) &&
		(a == len(s) || utf8.RuneStart(s[a])) && (b == len(s) || utf8.RuneStart(s[b])) &&
		(m.Text == "" || s[a:b] == m.Text) {
		return marked{Pre: s[:a], Mark: s[a:b], Post: s[b:]}
	}
	if m.Text != "" {
		if i := strings.Index(s, m.Text); i >= 0 {
			return marked{Pre: s[:i], Mark: m.Text, Post: s[i+len(m.Text):]}
		}
	}
	return marked{Pre: s}
}

// markSummary cuts an event's summary around the date expression of the
// mention it was taken from (the first mention whose sentence it is).
func markSummary(e *timeline.Event) marked {
	for _, m := range e.Mentions {
		if m.Sentence == e.Summary {
			return markMention(m)
		}
	}
	return marked{Pre: e.Summary}
}
