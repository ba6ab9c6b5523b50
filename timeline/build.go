package timeline

// Options trims and tunes the timeline that Build makes.
type Options struct {
	// MinSources drops events reported by fewer distinct articles (0 keeps all).
	MinSources int
	// Top keeps only the N events with most sources, then most mentions (0 keeps all).
	Top int
}

// Build merges mentions into events and orders them by date.
//
// Mentions that report the same event, in the same or in different
// articles, become one event with all its sources and mentions (see
// Merge). Mentions without a resolved interval go to Timeline.Unresolved
// in input order. Events are then trimmed by opt.MinSources and opt.Top and
// ordered by SortEvents.
//
// The timeline keeps copies of the mentions, not the slice: the caller may
// drop it.
func Build(articles []Article, mentions []Mention, opt Options) *Timeline {
	tl := &Timeline{Version: FormatVersion, Articles: articles, Events: []Event{}}
	for _, m := range mentions {
		if !m.Resolved() {
			tl.Unresolved = append(tl.Unresolved, m)
		}
	}
	order := articleOrder(articles)
	groups := mergeIndexes(mentions)
	tl.Events = make([]Event, 0, len(groups))
	for _, g := range groups {
		ms := make([]Mention, len(g))
		for k, i := range g {
			ms[k] = mentions[i]
		}
		tl.Events = append(tl.Events, newEvent(ms, order))
	}
	SortEvents(tl.Events)
	uniqueIDs(tl.Events)
	tl.Events = trim(tl.Events, opt)
	SortEvents(tl.Events)
	return tl
}

// articleOrder maps article ids to their input position.
func articleOrder(articles []Article) map[string]int {
	order := make(map[string]int, len(articles))
	for i, a := range articles {
		if _, ok := order[a.ID]; !ok {
			order[a.ID] = i
		}
	}
	return order
}
