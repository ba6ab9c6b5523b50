package timeline

import (
	"sort"
	"strings"
)

// mergeRef is Merge as it was before its index by month and word: every
// mention compared with every group of its months and every member of
// those. The tests check that Merge still groups exactly as it does.
func mergeRef(mentions []Mention) [][]Mention {
	feats := make([]featuresRef, len(mentions))
	idx := make([]int, 0, len(mentions))
	// named are the articles that name each actor.
	named, articles := map[string]map[string]bool{}, map[string]bool{}
	for i, m := range mentions {
		if !m.Resolved() {
			continue
		}
		feats[i] = featuresOfRef(m)
		idx = append(idx, i)
		articles[m.Article] = true
		// Actors and title words are counted apart.
		for _, ws := range []map[string]bool{feats[i].actors, prefixed(feats[i].title)} {
			for a := range ws {
				if named[a] == nil {
					named[a] = map[string]bool{}
				}
				named[a][m.Article] = true
			}
		}
	}
	for _, i := range idx {
		f := &feats[i]
		f.rare = map[string]bool{}
		for a := range f.actors {
			if !isCommon(int32(len(named[a])), len(articles)) {
				f.rare[a] = true
			}
		}
		f.rareTitle = map[string]bool{}
		for w := range f.title {
			if !isCommon(int32(len(named["\x00"+w])), len(articles)) {
				f.rareTitle[w] = true
			}
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return mentions[idx[a]].Interval.Days() < mentions[idx[b]].Interval.Days()
	})
	var groups []*mergeGroupRef
	byMonth := map[int][]int{}
	// candidates calls fn with every group whose date lies within iv.
	candidates := func(iv Interval, fn func(gi int)) {
		for mk := monthKey(iv.Start); mk <= monthKey(iv.End); mk++ {
			for _, gi := range byMonth[mk] {
				if iv.Contains(groups[gi].iv) {
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
		g := &mergeGroupRef{iv: m.Interval}
		g.add(i, f)
		groups = append(groups, g)
		mk := monthKey(m.Interval.Start)
		byMonth[mk] = append(byMonth[mk], len(groups)-1)
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
			for _, f := range g.feats {
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

// featuresRef are what merging compares of a mention.
type featuresRef struct {
	article string
	actors  map[string]bool
	rare    map[string]bool // the actors not common in the run
	// rareTitle are the title words not common in the run.
	rareTitle map[string]bool
	first     string // the first actor: the subject
	verb      string // verb lemma
	title     map[string]bool
	words     map[string]bool // content words of the sentence
	// actorWords are the lemmas of the actors' words.
	actorWords map[string]bool
}

// featuresOfRef reads a mention's featuresRef.
func featuresOfRef(m Mention) featuresRef {
	f := featuresRef{article: m.Article, actors: map[string]bool{}, verb: Lemma(m.Verb)}
	f.actorWords = contentWordsRef(strings.Join(m.Actors, " "))
	for i, a := range m.Actors {
		k := strings.ToLower(a)
		f.actors[k] = true
		if i == 0 {
			f.first = k
		}
	}
	f.title = contentWordsRef(m.Title)
	f.words = contentWordsRef(m.Sentence)
	if m.Verb != "" {
		f.title[f.verb] = true
	}
	return f
}

// contentWordsRef returns the lemmas of the content words of s as a set.
func contentWordsRef(s string) map[string]bool {
	out := map[string]bool{}
	eachContentWord(s, func(lemma string) { out[lemma] = true })
	return out
}

// mergeGroupRef is an event being assembled.
type mergeGroupRef struct {
	iv       Interval // the date of its most precise mention
	members  []int
	feats    []*featuresRef
	articles map[string]bool
}

func (g *mergeGroupRef) add(i int, f *featuresRef) {
	g.members = append(g.members, i)
	g.feats = append(g.feats, f)
	if g.articles == nil {
		g.articles = map[string]bool{}
	}
	g.articles[f.article] = true
}

// score is how well a mention with featuresRef f fits the group (0 when it
// must not join), against the threshold for its case: a mention of the same
// day (or the same coarse date) from another article needs less than one
// whose date only covers the group's, which must also share a verb or a
// content word beyond its actors.
func (g *mergeGroupRef) score(f *featuresRef, sameDate bool) float64 {
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
	for _, h := range g.feats {
		s := similarityRef(f, h, sameDate, sameDate && g.iv.Days() > 1, !g.articles[f.article])
		if s > best {
			best = s
		}
	}
	if best < need {
		return 0
	}
	return best
}

// similarityRef scores two mentions from 0 to 1: shared actors, the same
// verb, shared title words and shared sentence words. It is 0 when their
// subjects (first actors) are not among each other's actors and their
// sentences not nearly the same; when they lack evidence (more than
// actors) and are not of one date, of one coarse date from two articles,
// share only common actors, both report speech or, from two articles, one
// reports speech and the other another verb; and when they lack rare
// evidence (much of their sentences, a rare title word) and are of one
// coarse date without a rare actor or, from two articles, share no actor
// without the verb or name none.
func similarityRef(a, b *featuresRef, sameDate, coarse, other bool) float64 {
	words := jaccardRef(a.words, b.words)
	if a.first != "" && b.first != "" && (!a.actors[b.first] || !b.actors[a.first]) && words < 0.6 {
		return 0
	}
	shared, rare := 0.0, false
	for k := range a.actors {
		switch {
		case !b.actors[k]:
		case a.rare[k]:
			shared++
			rare = true
		default:
			shared += commonWeight
		}
	}
	actors := 0.0
	if len(a.actors) > 0 && len(b.actors) > 0 {
		actors = shared / float64(min(len(a.actors), len(b.actors)))
	}
	s := 0.35*actors + 0.25*overlapRef(a.title, b.title) + 0.25*words
	verb := false
	if a.verb != "" && a.verb == b.verb {
		rest := 0.25*overlapRef(without(a.title, a.verb), without(b.title, a.verb)) +
			0.25*jaccardRef(without(a.words, a.verb), without(b.words, a.verb))
		if rare || rest >= verbShared {
			s += 0.15
			verb = true
		} else {
			s = rest
		}
	}
	speech := speechVerbs[a.verb] && speechVerbs[b.verb]
	if speech {
		verb = false
	}
	// From two articles, a speech verb and another verb need evidence.
	twoVerbs := other && a.verb != "" && b.verb != "" && a.verb != b.verb && (speechVerbs[a.verb] || speechVerbs[b.verb])
	if (!sameDate || coarse && other || actors > 0 && !rare || speech || twoVerbs) && !evidenceRef(a, b, verb) {
		return 0
	}
	// A coarse date without a rare actor, and two articles that share no
	// actor (without the verb) or name none, need rare evidence.
	rareEvidence := words >= evidenceWords || sharesWordRef(a, b, a.rareTitle, b.rareTitle)
	if (coarse && !rare || other && (actors == 0 && !verb || len(a.actors) == 0 && len(b.actors) == 0)) && !rareEvidence {
		return 0
	}
	return s
}

// evidenceRef reports whether two mentions share more than actors: the
// verb (if it counts), a title word that names no actor, or a fair part of
// their sentences' words.
func evidenceRef(a, b *featuresRef, verb bool) bool {
	return verb || sharesWordRef(a, b, a.title, b.title) || jaccardRef(a.words, b.words) >= evidenceWords
}

// sharesWordRef reports whether the title words ta of a and tb of b share
// one that names no actor and is not their verb.
func sharesWordRef(a, b *featuresRef, ta, tb map[string]bool) bool {
	for w := range ta {
		if tb[w] && !a.actorWords[w] && !b.actorWords[w] && !(w == a.verb && w == b.verb) {
			return true
		}
	}
	return false
}

// prefixed returns the words of s behind a 0 byte, apart from actors.
func prefixed(s map[string]bool) map[string]bool {
	out := make(map[string]bool, len(s))
	for w := range s {
		out["\x00"+w] = true
	}
	return out
}

// overlap is |a∩b| / min(|a|, |b|), 0 when either is empty.
func overlapRef(a, b map[string]bool) float64 {
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
func jaccardRef(a, b map[string]bool) float64 {
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

// without returns a copy of the set s without x.
func without(s map[string]bool, x string) map[string]bool {
	out := make(map[string]bool, len(s))
	for k := range s {
		if k != x {
			out[k] = true
		}
	}
	return out
}
