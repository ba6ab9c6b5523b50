package render

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// tljsDoc is a TimelineJS3 data file: a title slide and the event slides.
type tljsDoc struct {
	Title  *tljsSlide  `json:"title,omitempty"`
	Events []tljsSlide `json:"events"`
}

// tljsSlide is one TimelineJS3 slide.
type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// tljsDate is a TimelineJS3 date: the parts finer than the date's grain
// are left out. Parts are strings, as in Knight Lab's examples.
type tljsDate struct {
	Year   string `json:"year"`
	Month  string `json:"month,omitempty"`
	Day    string `json:"day,omitempty"`
	Hour   string `json:"hour,omitempty"`
	Minute string `json:"minute,omitempty"`
}

// tljsText is a slide's text; TimelineJS shows both fields as HTML.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// TimelineJS writes the timeline as a TimelineJS3 data file (Knight Lab's
// JSON format): a title slide and one slide per event, with start_date and,
// for a date that spans several units (a week, a quarter, a decade),
// end_date. A date carries only the parts its grain knows: a month event
// has no day, a year event no month. display_date says the date in words,
// unique_id is the event id, group is the event's first actor (or first
// source with Options.Lanes "source"). Article text is HTML-escaped in every
// field, since TimelineJS inserts the fields as HTML. Events with no known
// interval are left out, as TimelineJS needs a year.
func TimelineJS(w io.Writer, tl *timeline.Timeline, opt Options) error {
	idx := indexArticles(tl)
	doc := tljsDoc{
		Title:  &tljsSlide{Text: tljsText{Headline: html.EscapeString(opt.exportTitle()), Text: "<p>" + html.EscapeString(exportSummary(tl)) + "</p>"}},
		Events: []tljsSlide{},
	}
	ids := map[string]bool{}
	for i := range tl.Events {
		e := &tl.Events[i]
		start, end, ok := tljsDates(e.Date)
		if !ok {
			continue
		}
		id := uniqueID(e.ID, ids)
		doc.Events = append(doc.Events, tljsSlide{
			StartDate:   start,
			EndDate:     end,
			Text:        tljsText{Headline: html.EscapeString(eventTitle(e)), Text: tljsBody(e, idx)},
			Group:       html.EscapeString(exportLane(e, idx, opt)),
			DisplayDate: html.EscapeString(dateWords(e.Date)),
			UniqueID:    id,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// tljsBody writes the HTML text of an event slide: the summary and the
// sources, linked when their address is known.
func tljsBody(e *timeline.Event, idx articleIndex) string {
	var b strings.Builder
	if s := oneLine(e.Summary); s != "" {
		b.WriteString("<p>" + html.EscapeString(s) + "</p>")
	}
	if len(e.Sources) > 0 {
		b.WriteString("<p>Sources: ")
		for i, id := range e.Sources {
			if i > 0 {
				b.WriteString(", ")
			}
			name := html.EscapeString(idx.label(id))
			if u := idx.url(id); u != "" {
				fmt.Fprintf(&b, `<a href="%s">%s</a>`, html.EscapeString(u), name)
			} else {
				b.WriteString(name)
			}
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// exportLane returns the group of an event: its first actor, or with Lanes
// "source" its first source.
func exportLane(e *timeline.Event, idx articleIndex, opt Options) string {
	if opt.Lanes == "source" {
		if len(e.Sources) > 0 {
			return idx.label(e.Sources[0])
		}
		return ""
	}
	for _, a := range e.Actors {
		if a = oneLine(a); a != "" {
			return a
		}
	}
	return ""
}

// uniqueID returns id, or id with "-2", "-3", ... when already used, and
// records it as used.
func uniqueID(id string, used map[string]bool) string {
	cand := id
	for n := 2; used[cand]; n++ {
		cand = id + "-" + strconv.Itoa(n)
	}
	used[cand] = true
	return cand
}

// tljsDates returns the TimelineJS start and end of a date as precise as
// its grain; end is nil for a date of one unit (a day, a month, a year).
func tljsDates(d timeline.Date) (start, end *tljsDate, ok bool) {
	iv := d.Interval()
	if iv.IsZero() {
		return nil, nil, false
	}
	s, e := iv.Start, iv.End
	switch d.Grain {
	case timeline.GrainMinute, timeline.GrainHour:
		start = tljsDay(s)
		if _, tod, ok := strings.Cut(d.Value, "T"); ok && len(tod) >= 2 {
			if h, err := strconv.Atoi(tod[:2]); err == nil && h >= 0 && h < 24 {
				start.Hour = strconv.Itoa(h)
				if len(tod) >= 5 && tod[2] == ':' {
					if m, err := strconv.Atoi(tod[3:5]); err == nil && m >= 0 && m < 60 {
						start.Minute = strconv.Itoa(m)
					}
				}
			}
		}
		return start, nil, true
	case timeline.GrainDay:
		return tljsDay(s), nil, true
	case timeline.GrainMonth:
		return tljsMonth(s), nil, true
	case timeline.GrainQuarter, timeline.GrainSeason:
		return tljsMonth(s), tljsMonth(e), true
	case timeline.GrainYear:
		return tljsYear(s), nil, true
	case timeline.GrainDecade, timeline.GrainCentury:
		return tljsYear(s), tljsYear(e), true
	}
	// A week, or a date of unknown grain: its days.
	if iv.Days() <= 1 {
		return tljsDay(s), nil, true
	}
	return tljsDay(s), tljsDay(e), true
}

func tljsYear(t time.Time) *tljsDate { return &tljsDate{Year: strconv.Itoa(t.Year())} }

func tljsMonth(t time.Time) *tljsDate {
	d := tljsYear(t)
	d.Month = strconv.Itoa(int(t.Month()))
	return d
}

func tljsDay(t time.Time) *tljsDate {
	d := tljsMonth(t)
	d.Day = strconv.Itoa(t.Day())
	return d
}

// exportSummary says what a timeline holds: "12 events from 5 articles,
// March 2017 to March 31, 2017."
func exportSummary(tl *timeline.Timeline) string {
	s := countNoun(len(tl.Events), "event") + " from " + countNoun(len(tl.Articles), "article")
	var first, last string
	for i := range tl.Events {
		if tl.Events[i].Date.Interval().IsZero() {
			continue
		}
		if first == "" {
			first = dateWords(tl.Events[i].Date)
		}
		last = dateWords(tl.Events[i].Date)
	}
	switch {
	case first == "":
	case first == last:
		s += ", " + first
	default:
		s += ", " + first + " to " + last
	}
	return s + "."
}

// countNoun writes a count with its noun: "1 event", "2 events".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
