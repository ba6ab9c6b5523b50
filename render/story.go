package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

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
	// Section names where a quote stands when it is not body text
	// (caption, playlist, ...: kept with --include-captions), "" otherwise.
	Section string
	// Above says the quote is the sentence the entry already shows as its
	// summary: the page names it instead of printing it twice.
	Above bool
}

// sectionName is the name of a section that is not body text (caption,
// playlist, ...), for quotes that stand there; "" for body text.
func sectionName(s timeline.Section) string {
	if s == timeline.SectionBody {
		return ""
	}
	return string(s)
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
