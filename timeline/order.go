package timeline

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
)

// EventID returns a stable id for an event of this date and title.
func EventID(d Date, title string) string {
	h := sha1.Sum([]byte(d.Value + "\x00" + d.Mod + "\x00" + title))
	return "e-" + d.Start + "-" + hex.EncodeToString(h[:4])
}

// uniqueIDs gives events that share an id (same date and title) the
// suffixes -2, -3 ... in their order.
func uniqueIDs(evs []Event) {
	seen := map[string]int{}
	for i := range evs {
		id := evs[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			evs[i].ID = fmt.Sprintf("%s-%d", id, n)
		}
	}
}

// trim applies MinSources and Top to events in order, and keeps them in
// order.
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
		SortEvents(evs)
	}
	return evs
}

// SortEvents orders events by their date interval: by first day, then by
// last day (so a day sorts before the week or month that starts with it),
// then by title and id, so that the order is total and the same for the
// same input.
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
