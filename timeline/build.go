package timeline

import (
	"runtime"
	"sync"
)

// Options trims and tunes the timeline that Build makes.
type Options struct {
	// MinSources drops events reported by fewer distinct articles (0 keeps all).
	MinSources int
	// Top keeps only the N events with most sources, then most mentions (0 keeps all).
	Top int
	// InPlace lets Build reorder the mentions it is given and keep their
	// array for the events' mentions instead of copying them: for a caller
	// that drops the slice after Build, it saves one copy of every mention.
	InPlace bool
}

// Build merges mentions into events and orders them by date.
//
// Mentions that report the same event, in the same or in different
// articles, become one event with all its sources and mentions (see
// Merge). Mentions without a resolved interval go to Timeline.Unresolved
// in input order. Events are then trimmed by opt.MinSources and opt.Top and
// ordered by SortEvents.
//
// The timeline keeps copies of the mentions, not the slice, unless
// opt.InPlace is set.
func Build(articles []Article, mentions []Mention, opt Options) *Timeline {
	tl := &Timeline{Version: FormatVersion, Articles: articles, Events: []Event{}}
	for _, m := range mentions {
		if !m.Resolved() {
			tl.Unresolved = append(tl.Unresolved, m)
		}
	}
	order := articleOrder(articles)
	// Each actor name is keyed once: by the merge, which sees every
	// name of a resolved mention.
	keys := actorKeys{}
	groups := mergeIndexes(mentions, keys)
	if opt.InPlace {
		groupInPlace(mentions, groups)
	}
	// Events are made in parallel: each reads only its group's mentions
	// (the groups share none) and sorts them in its own slice.
	at := make([]int, len(groups)+1) // where each group starts in place
	for k, g := range groups {
		at[k+1] = at[k] + len(g)
	}
	tl.Events = make([]Event, len(groups))
	workers := min(runtime.GOMAXPROCS(0), len(groups)/256+1)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < len(groups); k += workers {
				var ms []Mention
				if opt.InPlace {
					ms = mentions[at[k]:at[k+1]:at[k+1]]
				} else {
					ms = pick(mentions, groups[k])
				}
				tl.Events[k] = newEvent(ms, order, keys)
			}
		}()
	}
	wg.Wait()
	unifyActors(tl.Events, keys)
	SortEvents(tl.Events)
	uniqueIDs(tl.Events)
	tl.Events = trim(tl.Events, opt)
	return tl
}

// groupInPlace reorders mentions so that each group's mentions follow one
// another, groups in order, mentions in no group last.
func groupInPlace(mentions []Mention, groups [][]int) {
	dest := make([]int32, len(mentions))
	for i := range dest {
		dest[i] = -1
	}
	at := int32(0)
	for _, g := range groups {
		for _, i := range g {
			dest[i] = at
			at++
		}
	}
	for i := range dest {
		if dest[i] < 0 {
			dest[i] = at
			at++
		}
	}
	// Follow each cycle of the permutation, swapping into place.
	for i := range dest {
		for dest[i] != int32(i) {
			j := dest[i]
			mentions[i], mentions[j] = mentions[j], mentions[i]
			dest[i], dest[j] = dest[j], dest[i]
		}
	}
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
