package timeline

import (
	"sort"
	"strings"
	"time"
	"unicode"
)

// Thresholds of the merge score (0 to 1) for a mention to join an event.
const (
	// sameDayScore: a mention of the same day from another article.
	sameDayScore = 0.15
	// vagueScore: a mention whose date covers the event's date ("earlier
	// this month" for March 16), or shares its coarse date.
	vagueScore = 0.45
	// sameCoarseScore: a mention of the same week, month or year.
	sameCoarseScore = 0.3
	// sameArticleScore: a second mention from an article the event already
	// has; in one article two mentions of one date are usually two events.
	sameArticleScore = 0.6
)

// Bounds that keep merging linear in the number of mentions whatever the
// input (one article can hold the same day 100,000 times): a mention is
// compared with at most maxCandidates events and with at most
// 2*comparedEnds mentions of each, its first and its last. Below these
// sizes merging compares everything.
const (
	maxCandidates = 256
	comparedEnds  = 16
)

// Merge groups resolved mentions that report the same event. It returns
// the groups, each ordered as the mentions were given, the most precise
// mention first among equals.
//
// Mentions are taken from the most precise date to the least. A mention
// joins the existing group it resembles most, if it resembles it enough
// (shared actors, the same verb lemma, shared content words of title and
// sentence; a group whose first actor is foreign to the mention's actors,
// and the reverse, is ruled out) and if the group's date lies within the
// mention's date: a day joins only the same day, so two mentions of
// different days never merge, while "earlier this month" may join March 16
// and the event keeps the precise date. Groups are indexed by the month
// their date starts in, so a mention is compared only with groups inside
// its own interval, never with all of them.
func Merge(mentions []Mention) [][]Mention {
	feats := make([]features, len(mentions))
	idx := make([]int, 0, len(mentions))
	for i, m := range mentions {
		if !m.Resolved() {
			continue
		}
		feats[i] = featuresOf(m)
		idx = append(idx, i)
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return mentions[idx[a]].Interval.Days() < mentions[idx[b]].Interval.Days()
	})
	var groups []*mergeGroup
	byMonth := map[int][]int{}
	byDay := map[int][]int{} // groups of one day, by dayKey
	// candidates calls fn with every group whose date lies within iv, in
	// the order of the month they start in, then of creation; at most
	// maxCandidates of them.
	candidates := func(iv Interval, fn func(gi int)) {
		n := 0
		if iv.Days() == 1 {
			for _, gi := range byDay[dayKey(iv.Start)] {
				if n++; n > maxCandidates {
					return
				}
				fn(gi)
			}
			return
		}
		for mk := monthKey(iv.Start); mk <= monthKey(iv.End); mk++ {
			for _, gi := range byMonth[mk] {
				if iv.Contains(groups[gi].iv) {
					if n++; n > maxCandidates {
						return
					}
					fn(gi)
				}
			}
		}
	}
	for _, i := range idx {
		m := &mentions[i]
		f := &feats[i]
		best, bestScore, bestDays := -1, 0.0, 0
		candidates(m.Interval, func(gi int) {
			g := groups[gi]
			s := g.score(f, m.Interval.Days() == g.iv.Days())
			// The most precise fitting group wins, then the closest.
			if s > 0 && (best < 0 || g.iv.Days() < bestDays || g.iv.Days() == bestDays && s > bestScore) {
				best, bestScore, bestDays = gi, s, g.iv.Days()
			}
		})
		if best >= 0 {
			groups[best].add(i, f)
			continue
		}
		g := &mergeGroup{iv: m.Interval}
		g.add(i, f)
		groups = append(groups, g)
		mk := monthKey(m.Interval.Start)
		byMonth[mk] = append(byMonth[mk], len(groups)-1)
		if m.Interval.Days() == 1 {
			dk := dayKey(m.Interval.Start)
			byDay[dk] = append(byDay[dk], len(groups)-1)
		}
	}
	// A group of vague mentions that one of its members ties to a more
	// precise group joins it: "earlier this month ... wrote" follows "wrote
	// in her letter earlier this month" into March 16.
	for gi, g := range groups {
		if g.iv.Days() <= 1 || len(g.members) == 0 {
			continue
		}
		best, bestScore := -1, 0.0
		candidates(g.iv, func(hi int) {
			h := groups[hi]
			if hi == gi || h.iv.Days() >= g.iv.Days() || len(h.members) == 0 {
				return
			}
			for _, f := range ends(g.feats) {
				if s := h.score(f, false); s > bestScore {
					best, bestScore = hi, s
				}
			}
		})
		if best >= 0 {
			for k, i := range g.members {
				groups[best].add(i, g.feats[k])
			}
			g.members, g.feats = nil, nil
		}
	}
	out := make([][]Mention, 0, len(groups))
	for _, g := range groups {
		if len(g.members) == 0 {
			continue
		}
		ms := make([]Mention, 0, len(g.members))
		for _, i := range g.members {
			ms = append(ms, mentions[i])
		}
		out = append(out, ms)
	}
	return out
}

// monthKey numbers the month of t.
func monthKey(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

// dayKey numbers the day of t.
func dayKey(t time.Time) int { return t.Year()*372 + int(t.Month())*31 + t.Day() }

// ends returns the first and the last comparedEnds features of fs, or all
// of them when there are not more.
func ends(fs []*features) []*features {
	if len(fs) <= 2*comparedEnds {
		return fs
	}
	out := make([]*features, 0, 2*comparedEnds)
	out = append(out, fs[:comparedEnds]...)
	return append(out, fs[len(fs)-comparedEnds:]...)
}

// features are what merging compares of a mention.
type features struct {
	article string
	actors  map[string]bool
	first   string // the first actor: the subject
	verb    string // verb lemma
	title   map[string]bool
	words   map[string]bool // content words of the sentence
	// actorWords are the lemmas of the actors' words.
	actorWords map[string]bool
}

// featuresOf reads a mention's features.
func featuresOf(m Mention) features {
	f := features{article: m.Article, actors: map[string]bool{}, verb: Lemma(m.Verb)}
	f.actorWords = contentWords(strings.Join(m.Actors, " "))
	for i, a := range m.Actors {
		k := strings.ToLower(a)
		f.actors[k] = true
		if i == 0 {
			f.first = k
		}
	}
	f.title = contentWords(m.Title)
	f.words = contentWords(m.Sentence)
	if m.Verb != "" {
		f.title[f.verb] = true
	}
	return f
}

// contentWords returns the lemmas of the words of s that are not function
// words, dates or numbers.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-' || r == '\'' || r == '’')
	}) {
		w = strings.Trim(strings.ToLower(w), "-'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) < 3 || stopWords[w] {
			continue
		}
		out[Lemma(w)] = true
	}
	return out
}

// mergeGroup is an event being assembled.
type mergeGroup struct {
	iv       Interval // the date of its most precise mention
	members  []int
	feats    []*features
	articles map[string]bool
}

func (g *mergeGroup) add(i int, f *features) {
	g.members = append(g.members, i)
	g.feats = append(g.feats, f)
	if g.articles == nil {
		g.articles = map[string]bool{}
	}
	g.articles[f.article] = true
}

// score is how well a mention with features f fits the group (0 when it
// must not join), against the threshold for its case: a mention of the same
// day (or the same coarse date) from another article needs less than one
// whose date only covers the group's, which must also share a verb or a
// content word beyond its actors.
func (g *mergeGroup) score(f *features, sameDate bool) float64 {
	need := vagueScore
	if sameDate {
		need = sameDayScore
		if g.iv.Days() > 1 {
			need = sameCoarseScore
		}
	}
	if g.articles[f.article] {
		need = sameArticleScore
	}
	best := 0.0
	for _, h := range ends(g.feats) {
		s := similarity(f, h)
		if !sameDate && !evidence(f, h) {
			s = 0
		}
		if s > best {
			best = s
		}
	}
	if best < need {
		return 0
	}
	return best
}

// similarity scores two mentions from 0 to 1: shared actors, the same verb,
// shared title words and shared sentence words. Two mentions whose
// subjects (first actors) are not among each other's actors score 0 unless
// their sentences are nearly the same.
func similarity(a, b *features) float64 {
	words := jaccard(a.words, b.words)
	if a.first != "" && b.first != "" && (!a.actors[b.first] || !b.actors[a.first]) && words < 0.6 {
		return 0
	}
	s := 0.35*overlap(a.actors, b.actors) + 0.25*overlap(a.title, b.title) + 0.25*words
	if a.verb != "" && a.verb == b.verb {
		s += 0.15
	}
	return s
}

// evidence reports whether two mentions share more than actors: the same
// verb, a title word that names no actor, or a fair part of their
// sentences' words.
func evidence(a, b *features) bool {
	if a.verb != "" && a.verb == b.verb {
		return true
	}
	for w := range a.title {
		if b.title[w] && !a.actorWords[w] && !b.actorWords[w] {
			return true
		}
	}
	return jaccard(a.words, b.words) >= 0.3
}

// overlap is |a∩b| / min(|a|, |b|), 0 when either is empty.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// jaccard is |a∩b| / |a∪b|, 0 when both are empty.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// stopWords are function words left out of content comparisons.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and but for nor yet with from into onto about
	against over under after before during since until through between among without
	within across toward towards upon around near despite amid like per via than that this
	these those there their they them then what which who whom whose when where why how
	was were has have had are been being its his her him she our ours your yours you not
	also just only very more most much many some any all both each every other another such
	said says say told tell would will could should can may might must shall did does
	doing done one two three four five six seven eight nine ten first last next week weeks
	month months year years day days today yesterday tomorrow monday tuesday wednesday
	thursday friday saturday sunday january february march april may june july august
	september october november december earlier later ago recently now new according
	including because while although though unless whether if so too still even well
	back out off own same via per mr mrs ms`) {
		m[w] = true
	}
	return m
}()
