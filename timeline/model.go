package timeline

import (
	"fmt"
	"time"
)

// FormatVersion is the version of the timeline.json format written by this
// package. It changes only when a field is renamed or removed, never when one
// is added.
const FormatVersion = 1

// Grain is the precision of a resolved date value: the calendar unit that the
// value names. It is a precision, not a probability: "March 2017" has grain
// month and covers every day of March.
type Grain string

// The grains a value can have, finest first. GrainNone is used for durations,
// sets and the PRESENT_REF/PAST_REF/FUTURE_REF references, which name no
// calendar interval.
const (
	GrainNone    Grain = ""
	GrainMinute  Grain = "minute"
	GrainHour    Grain = "hour"
	GrainDay     Grain = "day"
	GrainWeek    Grain = "week"
	GrainMonth   Grain = "month"
	GrainQuarter Grain = "quarter"
	GrainSeason  Grain = "season"
	GrainYear    Grain = "year"
	GrainDecade  Grain = "decade"
	GrainCentury Grain = "century"
)

// Section says what part of a page a span of text belongs to. Only body text
// makes events in the default timeline.
type Section string

// The sections a paragraph can belong to.
const (
	SectionBody        Section = "body"
	SectionDateline    Section = "dateline"
	SectionCaption     Section = "caption"
	SectionCredit      Section = "credit"
	SectionPlaylist    Section = "playlist"
	SectionBoilerplate Section = "boilerplate"
)

// The TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Where an article's publication time came from, most trusted first.
const (
	SourceManifest    = "manifest"
	SourceFrontMatter = "front-matter"
	SourceField       = "field"
	SourceHTMLMeta    = "html-meta"
	SourceDateline    = "dateline"
	SourceFlag        = "flag"
	SourceInferred    = "inferred"
	SourceNone        = "none"
)

// DayLayout is the layout of calendar days in the JSON format.
const DayLayout = "2006-01-02"

// Interval is the inclusive range of calendar days a date value covers. Both
// ends are midnight UTC. The zero Interval means the value names no known
// calendar interval (an unresolved "XXXX-WXX-5", a duration, PAST_REF).
type Interval struct {
	Start, End time.Time
}

// IsZero reports whether the interval is unknown.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() }

// Contains reports whether every day of o lies within iv.
func (iv Interval) Contains(o Interval) bool {
	return !iv.IsZero() && !o.IsZero() && !o.Start.Before(iv.Start) && !o.End.After(iv.End)
}

// Overlaps reports whether iv and o share at least one day.
func (iv Interval) Overlaps(o Interval) bool {
	return !iv.IsZero() && !o.IsZero() && !o.Start.After(iv.End) && !o.End.Before(iv.Start)
}

// Days returns the number of calendar days in the interval (0 if unknown).
func (iv Interval) Days() int {
	if iv.IsZero() {
		return 0
	}
	return int(iv.End.Sub(iv.Start).Hours()/24+0.5) + 1
}

// Part returns the part of the interval that a TIMEX3 mod names: the first
// third for START and EARLY ("early March"), the middle third for MID, the
// last third for END and LATE ("late January"), and the whole interval for
// any other mod or an interval shorter than three days.
func (iv Interval) Part(mod string) Interval {
	n := iv.Days()
	if n < 3 {
		return iv
	}
	third := n / 3
	day := func(i int) time.Time { return iv.Start.AddDate(0, 0, i) }
	switch mod {
	case "START", "EARLY":
		return Interval{Start: iv.Start, End: day(third - 1)}
	case "MID":
		return Interval{Start: day(third), End: day(n - third - 1)}
	case "END", "LATE":
		return Interval{Start: day(n - third), End: iv.End}
	}
	return iv
}

// Day returns midnight UTC of the given calendar day.
func Day(year int, month time.Month, day int) time.Time {
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
}

// Timex is one temporal expression found in an article's text, with its
// TIMEX3 attributes and the calendar interval its value covers.
type Timex struct {
	// Start and End are byte offsets of the expression in the article text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the expression as written, Text == article.Text[Start:End].
	Text string `json:"text"`
	// Type is the TIMEX3 type: DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TIMEX3 value: 2017-03-16, 2017-W13, 2017-03, P3Y, PAST_REF,
	// or a value with X digits when the anchor is unknown (XXXX-WXX-5).
	Value string `json:"value"`
	// Mod is the TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER, ...) or "".
	Mod string `json:"mod"`
	// Grain is the precision of Value.
	Grain Grain `json:"grain"`
	// Section is the part of the page the expression stands in.
	Section Section `json:"section"`
	// Interval is the calendar interval Value covers; zero when it covers none.
	Interval Interval `json:"-"`
}

// Resolved reports whether the expression names a known calendar interval.
func (t Timex) Resolved() bool { return !t.Interval.IsZero() }

// Date is the date of an event as written to timeline.json.
type Date struct {
	// Value is the TIMEX3 value (2017-03-16, 2017-W13, 2017-01).
	Value string `json:"value"`
	// Grain is the precision of Value.
	Grain Grain `json:"grain"`
	// Start and End are the first and last calendar day covered, YYYY-MM-DD.
	Start string `json:"start"`
	End   string `json:"end"`
	// Mod is the TIMEX3 mod or "".
	Mod string `json:"mod"`
}

// Narrowed returns the days of the part of the date that its mod names
// ("late January 2017": 2017-01-22 to 2017-01-31; see Interval.Part). A
// date whose days are already narrower than its value's month or year is
// returned whole, and one without days as the zero Interval.
func (d Date) Narrowed() Interval {
	iv := d.Interval()
	switch {
	case iv.IsZero():
		return iv
	case d.Grain == GrainMonth && (iv.Start.Day() != 1 || iv.End.AddDate(0, 0, 1).Day() != 1):
		return iv
	case d.Grain == GrainYear && (iv.Start.YearDay() != 1 || iv.End.Month() != time.December || iv.End.Day() != 31):
		return iv
	}
	return iv.Part(d.Mod)
}

// DateOf returns the Date of a resolved timex.
func DateOf(t Timex) Date {
	d := Date{Value: t.Value, Grain: t.Grain, Mod: t.Mod}
	if !t.Interval.IsZero() {
		d.Start = t.Interval.Start.Format(DayLayout)
		d.End = t.Interval.End.Format(DayLayout)
	}
	return d
}

// Interval parses the date's Start and End back into an Interval.
func (d Date) Interval() Interval {
	s, err1 := time.Parse(DayLayout, d.Start)
	e, err2 := time.Parse(DayLayout, d.End)
	if err1 != nil || err2 != nil {
		return Interval{}
	}
	return Interval{Start: s, End: e}
}

// Paragraph is a span of an article's text with the section it belongs to.
type Paragraph struct {
	// Start and End are byte offsets into the article text; End is
	// exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Section is what the paragraph is: body, dateline, caption, ...
	Section Section `json:"section"`
}

// Article is one news article as read from the input.
type Article struct {
	// ID names the article: the file name without extension, or the .jsonl id.
	ID string `json:"id"`
	// Title is the article's title, "" when unknown.
	Title string `json:"title"`
	// Path is the file the article was read from ("-" for stdin, "seeds/..." for the embedded seeds).
	Path string `json:"path"`
	// Line is the line of a .jsonl file the article was read from (0 otherwise).
	Line int `json:"line,omitempty"`
	// URL is the article's address, when known.
	URL string `json:"url,omitempty"`
	// Published is the publication time: RFC 3339 when the time of day is
	// known, YYYY-MM-DD when only the day is, "" when unknown.
	Published string `json:"published"`
	// PublishedSource says where Published came from (see the Source constants).
	PublishedSource string `json:"published_source"`
	// PublishedConfidence is set for inferred dates, from 0 to 1.
	PublishedConfidence float64 `json:"published_confidence,omitempty"`
	// PublishedEvidence lists the phrases that decided an inferred date.
	PublishedEvidence []string `json:"published_evidence,omitempty"`
	// Warnings are problems with the article that did not stop it being
	// read, such as two sources that disagree on its publication date.
	Warnings []string `json:"warnings,omitempty"`
	// PublishedConflicts are the publication dates of other sources that
	// disagree with Published, each also told in a warning; a conflict
	// recorded here (by the loader, say) is not warned about again.
	PublishedConflicts []PublishedConflict `json:"-"`
	// Text is the article text that offsets refer to.
	Text string `json:"-"`
	// Paragraphs classifies the text into sections; empty until classified.
	Paragraphs []Paragraph `json:"-"`
	// Timexes are every temporal expression found in Text, in every section.
	Timexes []Timex `json:"-"`
}

// PublishedTime parses Published. It reports false when the article has no
// publication time.
func (a *Article) PublishedTime() (time.Time, bool) {
	if a.Published == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, a.Published); err == nil {
		return t, true
	}
	if t, err := time.Parse(DayLayout, a.Published); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// SectionAt returns the section of the paragraph holding byte offset off
// (SectionBody when the article was not classified).
func (a *Article) SectionAt(off int) Section {
	for _, p := range a.Paragraphs {
		if off >= p.Start && off < p.End {
			return p.Section
		}
	}
	return SectionBody
}

// Mention is one dated event mention: a resolved temporal expression in an
// article, with the sentence it stands in and the event it dates.
type Mention struct {
	// Article is the id of the article the mention is in.
	Article string `json:"article"`
	// Timex is the temporal expression; its JSON fields are inlined.
	Timex
	// Sentence is the whole sentence holding the expression.
	Sentence string `json:"sentence"`
	// SentenceStart is the byte offset of Sentence in the article text.
	SentenceStart int `json:"sentence_start"`
	// Verb is the main verb of the clause the expression modifies.
	Verb string `json:"verb,omitempty"`
	// Actors are the people and organisations doing the event.
	Actors []string `json:"actors,omitempty"`
	// Title is an extractive title: actor + verb + object, at most 12 words.
	Title string `json:"title,omitempty"`
	// Quote is true when the expression stands inside a quotation.
	Quote bool `json:"quote,omitempty"`
}

// Event is one thing that happened, told once however many articles report it.
type Event struct {
	// ID is stable for the same input: it is derived from the date and title.
	ID string `json:"id"`
	// Date is the event's date, the most precise of its mentions'.
	Date Date `json:"date"`
	// Title is a short extractive title.
	Title string `json:"title"`
	// Summary is the sentence that best tells the event.
	Summary string `json:"summary"`
	// Actors are the people and organisations of the event.
	Actors []string `json:"actors"`
	// Sources are the ids of the articles reporting the event, in input order.
	Sources []string `json:"sources"`
	// SourceCount is len(Sources); MentionCount is len(Mentions).
	SourceCount  int `json:"source_count"`
	MentionCount int `json:"mention_count"`
	// Mentions are every mention of the event.
	Mentions []Mention `json:"mentions"`
}

// PublishedConflict is a publication date of an article that a less
// trusted source gave and that disagrees with the date kept.
type PublishedConflict struct {
	// Kept is the publication time kept (Article.Published when recorded).
	Kept string
	// Other is the time the other source gave: RFC 3339 or YYYY-MM-DD, or
	// --MM-DD for a dateline without a year.
	Other string
	// Source is where Other came from (see the Source constants).
	Source string
}

// InputError is a problem with one input: the file, the line for .jsonl
// files, and what is wrong.
type InputError struct {
	// Path is the input file ("-" for stdin).
	Path string `json:"path"`
	// Line is the 1-based line for line-oriented inputs, 0 otherwise.
	Line int `json:"line,omitempty"`
	// Msg says what is wrong.
	Msg string `json:"error"`
}

// Error implements error as "path:line: msg".
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Timeline is the whole result: the articles read, the events in order, and
// the inputs that could not be read.
type Timeline struct {
	// Version is FormatVersion.
	Version int `json:"version"`
	// Articles are every article read, in input order.
	Articles []Article `json:"articles"`
	// Events are ordered by Date.Start, then Date.End.
	Events []Event `json:"events"`
	// Unresolved lists date expressions in body text that could not be tied
	// to a calendar interval (for example relative dates in an article with
	// no publication date): reported, never silently dropped.
	Unresolved []Mention `json:"unresolved,omitempty"`
	// Errors lists the inputs that failed.
	Errors []InputError `json:"errors,omitempty"`
}
