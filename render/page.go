package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/timeline-tool/timeline/timeline"
)

// Page layout limits.
const (
	// maxLanes is the number of named lanes; other actors share "other".
	maxLanes = 7
	// collapseOver is the number of events above which the story's month
	// sections start collapsed.
	collapseOver = 150
	// otherLane names the lane of events with no main actor.
	otherLane = "other"
)

// entry is one event as the story tells it.
type entry struct {
	Index     int
	Anchor    string
	Date      string
	ISO       string
	Gap       string
	Title     string
	Summary   marked
	Grain     string
	Lane      int
	LaneName  string
	LaneClass string
	Actors    []string
	Sources   []source
}

// source is one article reporting an event, with the sentences it says it in.
type source struct {
	ID, Title, URL, Published string
	// PublishedText is Published as a reader says it ("March 31, 2017"),
	// "" when it is unknown or unreadable.
	PublishedText string
	// Inferred says the publication date was inferred, not read.
	Inferred bool
	Quotes   []marked
}

// section is a run of consecutive events of the same month (or year, for
// events coarser than a month).
type section struct {
	Key, Label string
	Entries    []*entry
}

// story is everything the page shows about the timeline, built once from it.
type story struct {
	Entries  []*entry
	Sections []section
	Lanes    []string
	LaneBy   string
	Collapse bool
}

// newStory lays the timeline out for the page.
func newStory(tl *timeline.Timeline, laneBy string) *story {
	st := &story{LaneBy: laneBy}
	arts := make(map[string]*timeline.Article, len(tl.Articles))
	for i := range tl.Articles {
		if _, ok := arts[tl.Articles[i].ID]; !ok {
			arts[tl.Articles[i].ID] = &tl.Articles[i]
		}
	}
	lanes, laneOf := assignLanes(tl.Events, laneBy, arts)
	st.Lanes = lanes
	anchors := map[string]int{}
	for _, e := range tl.Events {
		anchors[e.ID]++
	}
	for i := range tl.Events {
		e := &tl.Events[i]
		en := &entry{
			Index:   i,
			Anchor:  e.ID,
			Date:    WriteDate(e.Date),
			ISO:     e.Date.Start,
			Title:   e.Title,
			Summary: markSummary(e),
			Grain:   string(e.Date.Grain),
			Lane:    laneOf[i],
			Actors:  e.Actors,
		}
		en.LaneName = lanes[en.Lane]
		en.LaneClass = fmt.Sprintf("lane-%d", en.Lane%maxLanes)
		if en.Lane == len(lanes)-1 && lanes[en.Lane] == otherLane {
			en.LaneClass = "lane-other"
		}
		if e.ID == "" || anchors[e.ID] > 1 {
			en.Anchor = fmt.Sprintf("event-%d", i+1)
		}
		if i > 0 {
			en.Gap = Gap(tl.Events[i-1].Date, e.Date)
		}
		en.Sources = sourcesOf(e, arts, en.Summary)
		st.Entries = append(st.Entries, en)
		key, label := sectionOf(e.Date)
		if n := len(st.Sections); n > 0 && st.Sections[n-1].Key == key {
			st.Sections[n-1].Entries = append(st.Sections[n-1].Entries, en)
		} else {
			st.Sections = append(st.Sections, section{Key: key, Label: label, Entries: []*entry{en}})
		}
	}
	st.Collapse = len(st.Entries) > collapseOver
	return st
}

// sourcesOf lists an event's sources in order, each with the sentences of
// its mentions; a sentence that is the entry's summary is marked Above.
func sourcesOf(e *timeline.Event, arts map[string]*timeline.Article, summary marked) []source {
	var out []source
	at := map[string]int{}
	add := func(id string) int {
		if i, ok := at[id]; ok {
			return i
		}
		s := source{ID: id}
		if a := arts[id]; a != nil {
			s.Title, s.URL, s.Published = a.Title, a.URL, a.Published
			s.PublishedText = publishedText(a.Published)
			s.Inferred = a.PublishedSource == timeline.SourceInferred
		}
		at[id] = len(out)
		out = append(out, s)
		return at[id]
	}
	for _, id := range e.Sources {
		add(id)
	}
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		i := add(m.Article)
		k := m.Article + "\x00" + m.Sentence
		if m.Sentence == "" || seen[k] {
			continue
		}
		seen[k] = true
		q := markMention(m)
		q.Section = sectionName(m.Section)
		q.Above = q == summary
		out[i].Quotes = append(out[i].Quotes, q)
	}
	return out
}

// sectionOf returns the story section of a date: its month, or its year
// when the date is coarser than a month.
func sectionOf(d timeline.Date) (key, label string) {
	iv := d.Interval()
	if iv.IsZero() {
		return "undated", "Undated"
	}
	switch d.Grain {
	case timeline.GrainQuarter, timeline.GrainSeason, timeline.GrainYear, timeline.GrainDecade, timeline.GrainCentury:
		return iv.Start.Format("2006"), iv.Start.Format("2006")
	}
	return iv.Start.Format("2006-01"), iv.Start.Format("January 2006")
}

// assignLanes picks the chart's lanes: the main actors (the events' doers)
// or sources, by the number of events they are in, at most maxLanes of them
// and each in two events at least, then "other" for the rest. An event goes
// to the lane of its doer or of its busiest source. It returns the lane
// names and the lane of each event.
func assignLanes(evs []timeline.Event, by string, arts map[string]*timeline.Article) ([]string, []int) {
	// An event's actors start with the one who acted ("Cantil-Sakauye sent
	// Sessions and Kelly a letter"): actor lanes are the doers', so the
	// letter is not drawn in the row of those it was sent to.
	keys := func(e *timeline.Event) []string {
		if by == "source" {
			return e.Sources
		}
		if len(e.Actors) > 1 {
			return e.Actors[:1]
		}
		return e.Actors
	}
	count := map[string]int{}
	first := map[string]int{}
	var names []string
	for i := range evs {
		seen := map[string]bool{}
		for _, k := range keys(&evs[i]) {
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := count[k]; !ok {
				first[k] = len(names)
				names = append(names, k)
			}
			count[k]++
		}
	}
	sort.SliceStable(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return first[names[i]] < first[names[j]]
	})
	min := 2
	if by == "source" {
		min = 1
	}
	lane := map[string]int{}
	var lanes []string
	for _, n := range names {
		if len(lanes) == maxLanes || count[n] < min {
			break
		}
		lane[n] = len(lanes)
		lanes = append(lanes, n)
	}
	other := len(lanes)
	used := false
	laneOf := make([]int, len(evs))
	for i := range evs {
		laneOf[i] = -1
		for _, k := range keys(&evs[i]) {
			if l, ok := lane[k]; ok && (laneOf[i] < 0 || l < laneOf[i]) {
				laneOf[i] = l
			}
		}
		if laneOf[i] < 0 {
			laneOf[i], used = other, true
		}
	}
	// A main actor whose events all went to a lane above it keeps no lane.
	keep := make([]bool, len(lanes))
	for _, l := range laneOf {
		if l < len(lanes) {
			keep[l] = true
		}
	}
	renum := make([]int, len(lanes)+1)
	var kept []string
	for l, n := range lanes {
		if keep[l] {
			renum[l] = len(kept)
			kept = append(kept, n)
		}
	}
	renum[len(lanes)] = len(kept)
	for i, l := range laneOf {
		laneOf[i] = renum[l]
	}
	lanes = kept
	if used || len(lanes) == 0 {
		lanes = append(lanes, otherLane)
	}
	if by == "source" {
		for i, id := range lanes {
			if a := arts[id]; a != nil && a.Title != "" {
				lanes[i] = a.Title
			}
		}
	}
	return lanes, laneOf
}

// pageData is the JSON block the page's scripts read all text from.
type pageData struct {
	LaneBy   string      `json:"lane_by"`
	Lanes    []string    `json:"lanes"`
	Other    bool        `json:"other"`
	Collapse bool        `json:"collapse"`
	Events   []eventData `json:"events"`
}

// eventData is one event as the page's scripts see it.
type eventData struct {
	Anchor  string    `json:"anchor"`
	Date    string    `json:"date"`
	Start   string    `json:"start"`
	End     string    `json:"end"`
	Gap     string    `json:"gap,omitempty"`
	Title   string    `json:"title"`
	Summary [3]string `json:"summary"`
	Lane    int       `json:"lane"`
	Sources []string  `json:"sources"`
}

// dataJSON returns the page's data block. json.Marshal writes <, > and & as
// \u003c, \u003e and \u0026, so the block can never end its script element.
func (st *story) dataJSON(tl *timeline.Timeline) ([]byte, error) {
	d := pageData{LaneBy: st.LaneBy, Lanes: st.Lanes, Collapse: st.Collapse, Events: make([]eventData, len(st.Entries))}
	for _, en := range st.Entries {
		d.Other = d.Other || en.LaneClass == "lane-other"
	}
	for i, en := range st.Entries {
		e := &tl.Events[i]
		// The chart's scripts see the days the chart draws.
		start, end := e.Date.Start, e.Date.End
		if iv := e.Date.Narrowed(); !iv.IsZero() {
			start, end = iv.Start.Format(timeline.DayLayout), iv.End.Format(timeline.DayLayout)
		}
		ed := eventData{
			Anchor: en.Anchor, Date: en.Date, Start: start, End: end, Gap: en.Gap,
			Title: en.Title, Summary: [3]string{en.Summary.Pre, en.Summary.Mark, en.Summary.Post},
			Lane: en.Lane, Sources: []string{},
		}
		for _, s := range en.Sources {
			name := s.Title
			if name == "" {
				name = s.ID
			}
			ed.Sources = append(ed.Sources, name)
		}
		d.Events[i] = ed
	}
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(b, []byte("<")) {
		return nil, fmt.Errorf("render: data block is not escaped")
	}
	return b, nil
}
