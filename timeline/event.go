package timeline

import (
	"sort"
	"strings"
	"unicode"
)

// newEvent makes one event of the mentions that report it, which it keeps
// (sorted by article). order gives the input position of each article,
// keys the ActorKey of the mentions' actors (read only: events are made
// in parallel).
func newEvent(ms []Mention, order map[string]int, keys actorKeys) Event {
	pos := func(id string) int {
		if p, ok := order[id]; ok {
			return p
		}
		return len(order)
	}
	date := mostPrecise(ms)
	// ms is ordered in place: the event keeps it.
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if pa, pb := pos(a.Article), pos(b.Article); pa != pb {
			return pa < pb
		}
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		return a.Start < b.Start
	})
	best := bestMention(ms)
	e := Event{Date: DateOf(date.Timex), Title: best.Title, Summary: best.Sentence, Mentions: ms}
	if e.Title == "" {
		e.Title = shorten(best.Sentence, 12)
	}
	seen := map[string]bool{}
	// Actors are counted by ActorKey (Apple Inc. and Apple are one actor,
	// listed under the spelling seen first; unifyActors names it later).
	type actor struct{ name, key string }
	var actors []actor
	count := map[string]int{}
	for _, m := range ms {
		if !seen[m.Article] {
			seen[m.Article] = true
			e.Sources = append(e.Sources, m.Article)
		}
		for _, a := range m.Actors {
			k := keys.of(a)
			if count[k] == 0 {
				actors = append(actors, actor{a, k})
			}
			count[k]++
		}
	}
	// The best mention's actors lead, then the most reported.
	lead := map[string]int{}
	for i, a := range best.Actors {
		if k := keys.of(a); lead[k] == 0 {
			lead[k] = len(best.Actors) - i
		}
	}
	sort.SliceStable(actors, func(i, j int) bool {
		ki, kj := actors[i].key, actors[j].key
		if lead[ki] != lead[kj] {
			return lead[ki] > lead[kj]
		}
		return count[ki] > count[kj]
	})
	e.Actors = make([]string, len(actors))
	for i, a := range actors {
		e.Actors[i] = a.name
	}
	e.SourceCount, e.MentionCount = len(e.Sources), len(e.Mentions)
	e.ID = EventID(e.Date, e.Title)
	return e
}

// mostPrecise returns the mention with the shortest interval, the first of
// equals.
func mostPrecise(ms []Mention) Mention {
	best := ms[0]
	for _, m := range ms[1:] {
		if d := m.Interval.Days(); d > 0 && d < best.Interval.Days() {
			best = m
		}
	}
	return best
}

// bestMention returns the mention that tells the event best: in body text,
// not in a quotation, with a verb and actors, dated precisely, with a title
// of a useful length; the first of equals.
func bestMention(ms []Mention) Mention {
	score := func(m Mention) int {
		s := 0
		if m.Section == SectionBody || m.Section == "" {
			s += 16
		}
		if !m.Quote {
			s += 8
		}
		if m.Verb != "" {
			s += 4
		}
		if len(m.Actors) > 0 {
			s += 2
		}
		if hasFields(m.Title, 4) {
			s += 2
		}
		if m.Interval.Days() == 1 {
			s++
		}
		return s
	}
	best, bs := ms[0], score(ms[0])
	for _, m := range ms[1:] {
		if s := score(m); s > bs {
			best, bs = m, s
		}
	}
	return best
}

// shorten returns the first n words of s.
func shorten(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// hasFields reports whether s has at least n fields as strings.Fields
// splits it, without making them.
func hasFields(s string, n int) bool {
	k, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			k++
			if k >= n {
				return true
			}
		}
		in = !sp
	}
	return false
}
