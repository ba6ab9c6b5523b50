package timeline

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
)

// Options trims and tunes the timeline that Build makes.
type Options struct {
	// MinSources drops events reported by fewer distinct articles (0 keeps all).
	MinSources int
	// Top keeps only the N events with most sources, then most mentions (0 keeps all).
	Top int
}

// Build merges mentions into events and orders them. Mentions without a
// resolved interval go to Timeline.Unresolved.
func Build(articles []Article, mentions []Mention, opt Options) *Timeline {
	tl := &Timeline{Version: FormatVersion, Articles: articles, Events: []Event{}}
	groups := map[string][]Mention{}
	var keys []string
	for _, m := range mentions {
		if !m.Resolved() {
			tl.Unresolved = append(tl.Unresolved, m)
			continue
		}
		k := m.Value + "\x00" + m.Mod
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], m)
	}
	for _, k := range keys {
		tl.Events = append(tl.Events, newEvent(groups[k]))
	}
	tl.Events = trim(tl.Events, opt)
	SortEvents(tl.Events)
	return tl
}

// newEvent makes one event of mentions that report it.
func newEvent(ms []Mention) Event {
	first := ms[0]
	e := Event{Date: DateOf(first.Timex), Title: first.Title, Summary: first.Sentence, Mentions: ms}
	if e.Title == "" {
		e.Title = first.Sentence
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Article] {
			seen[m.Article] = true
			e.Sources = append(e.Sources, m.Article)
		}
		for _, a := range m.Actors {
			if !seen["actor\x00"+a] {
				seen["actor\x00"+a] = true
				e.Actors = append(e.Actors, a)
			}
		}
	}
	if e.Actors == nil {
		e.Actors = []string{}
	}
	e.SourceCount, e.MentionCount = len(e.Sources), len(e.Mentions)
	e.ID = EventID(e.Date, e.Title)
	return e
}

// EventID returns a stable id for an event of this date and title.
func EventID(d Date, title string) string {
	h := sha1.Sum([]byte(d.Value + "\x00" + d.Mod + "\x00" + title))
	return "e-" + d.Start + "-" + hex.EncodeToString(h[:4])
}

// trim applies MinSources and Top.
func trim(evs []Event, opt Options) []Event {
	if opt.MinSources > 0 {
		kept := evs[:0]
		for _, e := range evs {
			if e.SourceCount >= opt.MinSources {
				kept = append(kept, e)
			}
		}
		evs = kept
	}
	if opt.Top > 0 && len(evs) > opt.Top {
		sort.SliceStable(evs, func(i, j int) bool {
			if evs[i].SourceCount != evs[j].SourceCount {
				return evs[i].SourceCount > evs[j].SourceCount
			}
			return evs[i].MentionCount > evs[j].MentionCount
		})
		evs = evs[:opt.Top]
	}
	return evs
}

// SortEvents orders events by Date.Start, then Date.End, then title and id,
// so that the order is total and the same for the same input.
func SortEvents(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if a.Date.Start != b.Date.Start {
			return a.Date.Start < b.Date.Start
		}
		if a.Date.End != b.Date.End {
			return a.Date.End < b.Date.End
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.ID < b.ID
	})
}
