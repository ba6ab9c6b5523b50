package timeline

import (
	"slices"
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
	// verbShared: the score two mentions that share no rare actor must
	// reach, without their common verb, before it counts. The verb alone ("said", "killed")
	// would carry two unrelated reports of one day past sameDayScore.
	verbShared = 0.1
	// evidenceWords: the jaccard of their sentences' words that is
	// evidence that two mentions report one thing, beyond their actors
	// (see evidence and rareEvidence).
	evidenceWords = 0.3
)

// An actor named in many articles of the run (a country, "police") is
// weak evidence that two mentions report one event: it is common when at
// least one article in commonShare and at least commonArticles articles
// name it (counted in each Merge, over its mentions), and then counts
// commonWeight in the actor score, a rare actor 1. Two mentions that share
// only common actors need more (see evidence) even on the same day: "the
// gold price in US dollars" and "US lawmakers left for Havana".
const (
	commonWeight   = 0.5
	commonShare    = 50
	commonArticles = 10
)

// Bounds that keep merging linear when one month holds a great many
// events that share common words (a whole archive about one story). Real
// news stays far below them; past them a mention is compared with the most
// recent groups only.
const (
	// maxPostings is how many groups of one month are looked at for one
	// shared word: the most recently made ones.
	maxPostings = 2048
	// maxCandidates is how many groups one mention is compared with.
	maxCandidates = 16384
	// maxCompared is how many distinct mentions of a group a mention is
	// compared with: the first ones, which made its date.
	maxCompared = 64
)

// Merge groups resolved mentions that report the same event. It returns
// the groups, each with its mentions from the most precise to the least
// (as given among equals), then those of a vaguer group that joined it.
//
// Mentions are taken from the most precise date to the least. A mention
// joins the existing group it resembles most, if it resembles it enough
// and if the group's date lies within the mention's date: a day joins only
// the same day, so two mentions of different days never merge, while
// "earlier this month" may join March 16 and the event keeps the precise
// date. Resemblance is shared actors, the same verb lemma and shared
// content words of title and sentence (see similarity), and:
//   - a group whose first actor is foreign to the mention's actors, and
//     the reverse, is ruled out unless their sentences are nearly the same;
//   - an actor that many articles of the input name, such as a country, is
//     common: it counts less, and alone it neither lets the verb count nor
//     is enough;
//   - the verb counts only with a shared rare actor or enough else besides
//     it, and is no evidence when both verbs report speech ("said");
//   - what is shared must be more than actors (evidence: the verb, a title
//     word that names no actor, much of the sentences) unless the two are
//     of one date and share a rare actor or none; two from two articles
//     need it too when they are of one week, month or year, or when one
//     verb reports speech and the other is another;
//   - two mentions of one week, month or year need a shared rare actor, a
//     shared title word that few articles have, or much of their
//     sentences; so do two from two articles that share no actor (unless
//     the verb counts) or name none.
//
// Groups are indexed by the month their date starts in and by the words
// and actors of their mentions, so a mention is compared only with the
// groups inside its own interval that share a word or an actor with it
// (the others could not score), and with each distinct sentence of a group
// once however often it was reprinted; a reprint (the same sentence, verb
// and actors with the same date) joins the group its first copy joined
// when it fits there. The time taken grows with the number of mentions,
// not with its square (see maxPostings).
func Merge(mentions []Mention) [][]Mention {
	groups := mergeIndexes(mentions, actorKeys{})
	out := make([][]Mention, len(groups))
	for k, g := range groups {
		out[k] = pick(mentions, g)
	}
	return out
}

// pick returns a new slice of the mentions at the indexes idx.
func pick(mentions []Mention, idx []int) []Mention {
	ms := make([]Mention, len(idx))
	for j, i := range idx {
		ms[j] = mentions[i]
	}
	return ms
}

// mergeIndexes is Merge giving the indexes in mentions of each group's
// mentions. It adds to keys the ActorKey of every actor of a resolved
// mention.
func mergeIndexes(mentions []Mention, keys actorKeys) [][]int {
	days := make([]int, len(mentions))
	idx := make([]int, 0, len(mentions))
	for i := range mentions {
		if !mentions[i].Resolved() {
			continue
		}
		days[i] = mentions[i].Interval.Days()
		idx = append(idx, i)
	}
	sort.SliceStable(idx, func(a, b int) bool { return days[idx[a]] < days[idx[b]] })
	mg := newMerger(keys)
	mg.contentOf = make([]int32, len(mentions))
	mg.articleOf = make([]int32, len(mentions))
	for _, i := range idx {
		mg.contentOf[i] = mg.content(&mentions[i])
		mg.articleOf[i] = mg.intern(mg.articles, mentions[i].Article)
	}
	mg.prefixes()
	mg.rareActors(idx)
	// reprints maps a content and a date to the group the first mention of
	// them joined.
	reprints := map[reprintKey]int{}
	for _, i := range idx {
		c, a := mg.contentOf[i], mg.articleOf[i]
		rk := reprintKey{c, mentions[i].Interval.Start.Unix(), days[i]}
		gi, seen := reprints[rk]
		if seen && mg.score(mg.groups[gi], c, a, days[i] == mg.groups[gi].days) > 0 {
			// A reprint joins where the sentence went before: no group can
			// resemble it more than one that holds the same sentence (a
			// more precise group that grew since might now take it too;
			// that is not worth a search per reprint).
			mg.add(gi, i)
			continue
		}
		best, bestScore, bestDays := -1, 0.0, 0
		for _, gi := range mg.candidates(mentions[i].Interval, -1, true, c) {
			g := mg.groups[gi]
			s := mg.score(g, c, a, days[i] == g.days)
			// The most precise fitting group wins, then the closest.
			if s > 0 && (best < 0 || g.days < bestDays || g.days == bestDays && s > bestScore) {
				best, bestScore, bestDays = int(gi), s, g.days
			}
		}
		if best < 0 {
			iv := mentions[i].Interval
			best = len(mg.groups)
			mg.groups = append(mg.groups, &mergeGroup{iv: iv, days: days[i], month: monthKey(iv.Start)})
			mg.stamp = append(mg.stamp, 0)
		}
		mg.add(best, i)
		if !seen {
			reprints[rk] = best
		}
	}
	// A group of vague mentions that one of its members ties to a more
	// precise group joins it: "earlier this month ... wrote" follows "wrote
	// in her letter earlier this month" into March 16.
	for gi, g := range mg.groups {
		if g.days <= 1 || len(g.members) == 0 {
			continue
		}
		best, bestScore := -1, 0.0
		// Only shared actors or title words reach vagueScore.
		for _, hi := range mg.candidates(g.iv, gi, false, g.distinct...) {
			h := mg.groups[hi]
			if h.days >= g.days || len(h.members) == 0 {
				continue
			}
			if s := mg.joinScore(h, g); s > bestScore {
				best, bestScore = int(hi), s
			}
		}
		if best >= 0 {
			for _, i := range g.members {
				mg.add(best, i)
			}
			g.members = nil
		}
	}
	out := make([][]int, 0, len(mg.groups))
	for _, g := range mg.groups {
		if len(g.members) > 0 {
			out = append(out, g.members)
		}
	}
	return out
}

// reprintKey is a content and the date it was given.
type reprintKey struct {
	content int32
	start   int64
	days    int
}

// monthKey numbers the month of t.
func monthKey(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

// merger holds the state of one Merge: interned words, the distinct
// contents of the mentions, the groups and their index.
type merger struct {
	words    map[string]int32 // lemmas, and actor keys behind a 0 byte
	keys     actorKeys        // the actor names' keys
	articles map[string]int32
	contents map[string]int32 // a content's key (see content) → its id
	feats    []features       // by content id
	// contentOf and articleOf are the content id and the article id of
	// each mention, by its index in the input.
	contentOf, articleOf []int32
	groups               []*mergeGroup
	// index maps a month and a word (postingKey) to the groups of that
	// month with the word, in the order they were made.
	index    map[uint64]int32
	postings [][]int32
	// in maps a group and a content (pairKey) to whether the group has it.
	in    map[uint64]bool
	stamp []uint32 // per group: the query that last saw it
	query uint32
	cands []int32
	key   []byte
}

// newMerger returns an empty merger that keys actor names into keys.
func newMerger(keys actorKeys) *merger {
	return &merger{words: map[string]int32{}, keys: keys, articles: map[string]int32{}, contents: map[string]int32{},
		index: map[uint64]int32{}, in: map[uint64]bool{}}
}

// intern returns the number of s in table, adding it if new.
func (mg *merger) intern(table map[string]int32, s string) int32 {
	if id, ok := table[s]; ok {
		return id
	}
	id := int32(len(table))
	table[s] = id
	return id
}

// features are what merging compares of a mention: sets of interned words
// as sorted slices.
type features struct {
	// The fields similarity reads first come first, to share a cache line.
	first  int32   // the first actor, the subject; -1 if none
	verb   int32   // verb lemma; -1 if none
	speech bool    // the verb reports speech (see speechVerbs)
	actors []int32 // lower-case actors
	words  []int32 // content words of the sentence
	rare   []int32 // the actors that are not common in the run
	title  []int32 // content words of the title, and the verb lemma
	// plainTitle are the title words that name no actor (no content word
	// of an actor), rareTitle those of them that are not common in the
	// run: what sharesWord looks at.
	plainTitle, rareTitle []int32
	// strong are the actors and title words: two mentions that share none
	// score no more than a quarter of their words' jaccard.
	strong []int32
	// prefix are the rarest of the words, so many that two mentions whose
	// words' jaccard is at least 0.6 share one of them (prefix filtering).
	prefix []int32
}

// content returns the id of the mention's content (what features are read
// from), reading its features when it is new: a reprinted sentence is read
// once.
func (mg *merger) content(m *Mention) int32 {
	k := mg.key[:0]
	for _, a := range m.Actors {
		k = appendField(k, a)
	}
	k = append(k, 1)
	k = appendField(k, m.Verb)
	k = appendField(k, m.Title)
	k = appendField(k, m.Sentence)
	mg.key = k
	if id, ok := mg.contents[string(k)]; ok {
		return id
	}
	id := int32(len(mg.feats))
	mg.contents[string(k)] = id
	mg.feats = append(mg.feats, mg.featuresOf(m))
	return id
}

// appendField appends s to the key b, its length first.
func appendField(b []byte, s string) []byte {
	b = append(b, byte(len(s)>>24), byte(len(s)>>16), byte(len(s)>>8), byte(len(s)))
	return append(b, s...)
}

// featuresOf reads a mention's features.
func (mg *merger) featuresOf(m *Mention) features {
	f := features{first: -1, verb: -1}
	verb := Lemma(m.Verb)
	if verb != "" {
		f.verb = mg.intern(mg.words, verb)
	}
	f.speech = speechVerbs[verb]
	actorWords := mg.contentWords(strings.Join(m.Actors, " "), nil)
	for i, a := range m.Actors {
		k := mg.keys.add(a)
		id := mg.intern(mg.words, "\x00"+k)
		f.actors = append(f.actors, id)
		if i == 0 && k != "" {
			f.first = id
		}
	}
	f.actors = sortSet(f.actors)
	var title []int32
	if f.verb >= 0 {
		title = []int32{f.verb}
	}
	f.title = mg.contentWords(m.Title, title)
	f.words = mg.contentWords(m.Sentence, nil)
	f.plainTitle = minus(f.title, func(w int32) bool { return has(actorWords, w) })
	f.strong = sortSet(append(append([]int32(nil), f.actors...), f.title...))
	return f
}

// contentWords adds to set the interned lemmas of the content words of s
// (see eachContentWord) and returns it sorted.
func (mg *merger) contentWords(s string, set []int32) []int32 {
	eachContentWord(s, func(lemma string) {
		set = append(set, mg.intern(mg.words, lemma))
	})
	return sortSet(set)
}

// eachContentWord calls fn with the lemma of each word of s that is not a
// function word, a date or a number, in order and with repeats.
func eachContentWord(s string, fn func(lemma string)) {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-' || r == '\'' || r == '’')
	}) {
		w = strings.Trim(strings.ToLower(w), "-'’")
		w = StripPossessive(w)
		if len(w) < 3 || stopWords[w] {
			continue
		}
		fn(Lemma(w))
	}
}

// sortSet sorts s and removes repeats.
func sortSet(s []int32) []int32 {
	slices.Sort(s)
	return slices.Compact(s)
}

// mergeGroup is an event being assembled.
type mergeGroup struct {
	iv    Interval // the date of its most precise mention
	days  int      // iv.Days()
	month int      // monthKey(iv.Start), the month it is indexed under
	// members are the indexes of its mentions.
	members  []int
	distinct []int32 // its distinct contents, in the order they came
	// sources are its articles, as a sorted set.
	sources []int32
}

// hasSource reports whether article a has a mention in g.
func (g *mergeGroup) hasSource(a int32) bool { return has(g.sources, a) }

// add puts mention i into group gi and indexes the words of its content
// under the group if they are new to it.
func (mg *merger) add(gi, i int) {
	g := mg.groups[gi]
	c, a := mg.contentOf[i], mg.articleOf[i]
	g.members = append(g.members, i)
	if at, ok := slices.BinarySearch(g.sources, a); !ok {
		g.sources = slices.Insert(g.sources, at, a)
	}
	pk := uint64(gi)<<32 | uint64(uint32(c))
	if mg.in[pk] {
		return
	}
	mg.in[pk] = true
	g.distinct = append(g.distinct, c)
	f := &mg.feats[c]
	for _, w := range f.strong {
		mg.post(postingKey(g.month, w, false), gi)
	}
	for _, w := range f.prefix {
		mg.post(postingKey(g.month, w, true), gi)
	}
}

// post adds group gi to the postings of key k.
func (mg *merger) post(k uint64, gi int) {
	p, ok := mg.index[k]
	if !ok {
		p = int32(len(mg.postings))
		mg.index[k] = p
		mg.postings = append(mg.postings, nil)
	}
	list := mg.postings[p]
	if n := len(list); n == 0 || list[n-1] != int32(gi) {
		mg.postings[p] = append(list, int32(gi))
	}
}

// postingKey is the index key of word w in month mk, as a strong word or
// as a word of a prefix.
func postingKey(mk int, w int32, prefix bool) uint64 {
	k := uint64(uint32(mk))<<32 | uint64(uint32(w))
	if prefix {
		k |= 1 << 31
	}
	return k
}

// prefixes sets the prefix of every content: its words ordered from the
// rarest among all contents to the most common, the first n-⌊0.6n⌋+1 of its
// n. Two word sets whose jaccard is at least 0.6 share at least ⌈0.6n⌉ of
// their words, so at least one of their prefixes.
func (mg *merger) prefixes() {
	df := make([]int32, len(mg.words))
	for _, f := range mg.feats {
		for _, w := range f.words {
			df[w]++
		}
	}
	for i := range mg.feats {
		f := &mg.feats[i]
		n := len(f.words)
		if n == 0 {
			continue
		}
		ws := slices.Clone(f.words)
		slices.SortFunc(ws, func(a, b int32) int {
			if df[a] != df[b] {
				return int(df[a] - df[b])
			}
			return int(a - b)
		})
		f.prefix = ws[:min(n, n-int(0.6*float64(n))+1)]
	}
}

// rareActors sets the rare actors and rare title words of every content:
// those of its actors and plain title words that fewer articles of the mentions
// idx have than make an actor common (commonShare, commonArticles).
func (mg *merger) rareActors(idx []int) {
	df := make([]int32, len(mg.words))
	// The mentions article by article, so that a word is counted once per
	// article when the article last counting it is another.
	byArticle := slices.Clone(idx)
	slices.SortStableFunc(byArticle, func(i, j int) int { return int(mg.articleOf[i] - mg.articleOf[j]) })
	last := make([]int32, len(mg.words))
	for w := range last {
		last[w] = -1
	}
	for _, i := range byArticle {
		a := mg.articleOf[i]
		f := &mg.feats[mg.contentOf[i]]
		for _, ws := range [2][]int32{f.actors, f.title} {
			for _, w := range ws {
				if last[w] != a {
					last[w] = a
					df[w]++
				}
			}
		}
	}
	n := len(mg.articles)
	commonWord := func(w int32) bool { return isCommon(df[w], n) }
	for c := range mg.feats {
		f := &mg.feats[c]
		f.rare = minus(f.actors, commonWord)
		f.rareTitle = minus(f.plainTitle, commonWord)
	}
}

// minus returns s without the elements drop reports, s itself if none.
func minus(s []int32, drop func(int32) bool) []int32 {
	if !slices.ContainsFunc(s, drop) {
		return s
	}
	return slices.DeleteFunc(slices.Clone(s), drop)
}

// isCommon reports whether an actor that df of n articles name is common.
func isCommon(df int32, n int) bool {
	return df >= commonArticles && int(df)*commonShare >= n
}

// candidates returns the groups (but skip) whose date lies within iv and
// that share a strong word (or, with prefix, a prefix word) with one of the
// contents cs, in the order they were made within each month, months in
// order.
func (mg *merger) candidates(iv Interval, skip int, prefix bool, cs ...int32) []int32 {
	mg.query++
	if mg.query == 0 { // wrapped: forget every stamp
		clear(mg.stamp)
		mg.query = 1
	}
	out := mg.cands[:0]
	for mk := monthKey(iv.Start); mk <= monthKey(iv.End) && len(out) < maxCandidates; mk++ {
		from := len(out)
		for _, c := range cs {
			out = mg.look(out, iv, skip, mk, mg.feats[c].strong, false)
			if prefix {
				out = mg.look(out, iv, skip, mk, mg.feats[c].prefix, true)
			}
		}
		slices.Sort(out[from:])
	}
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	mg.cands = out
	return out
}

// look appends to out the groups of month mk, not yet seen by this query,
// whose date lies within iv and that have one of the words ws.
func (mg *merger) look(out []int32, iv Interval, skip, mk int, ws []int32, prefix bool) []int32 {
	for _, w := range ws {
		p, ok := mg.index[postingKey(mk, w, prefix)]
		if !ok {
			continue
		}
		list := mg.postings[p]
		if len(list) > maxPostings {
			list = list[len(list)-maxPostings:]
		}
		for _, gi := range list {
			if mg.stamp[gi] == mg.query || int(gi) == skip {
				continue
			}
			mg.stamp[gi] = mg.query
			if iv.Contains(mg.groups[gi].iv) {
				out = append(out, gi)
			}
		}
	}
	return out
}

// score is how well a mention with content c from article a fits the group
// (0 when it must not join), against the threshold for its case: a mention
// of the same day (or the same coarse date) from another article needs less
// than one whose date only covers the group's, which must also share a verb
// or a content word beyond its actors.
func (mg *merger) score(g *mergeGroup, c, a int32, sameDate bool) float64 {
	need := vagueScore
	if sameDate {
		need = sameDayScore
		if g.days > 1 {
			need = sameCoarseScore
		}
	}
	other := !g.hasSource(a)
	if !other {
		need = sameArticleScore
	}
	best := mg.best(g, c, sameDate, other)
	if best < need {
		return 0
	}
	return best
}

// best is the highest similarity of content c to a distinct content of g;
// other tells that c comes from an article g does not have.
func (mg *merger) best(g *mergeGroup, c int32, sameDate, other bool) float64 {
	best := 0.0
	for k, h := range g.distinct {
		if k == maxCompared {
			break
		}
		s := mg.similarity(c, h, sameDate, sameDate && g.days > 1, other)
		if s > best {
			best = s
		}
	}
	return best
}

// joinScore is how well the vague group g fits the more precise group h:
// the best score against h of one of g's mentions, 0 if none fits.
func (mg *merger) joinScore(h, g *mergeGroup) float64 {
	best := 0.0
	for _, c := range g.distinct {
		s := mg.best(h, c, false, true)
		if s < vagueScore || s <= best {
			continue
		}
		// Below sameArticleScore, enough only for a mention from an
		// article h does not have.
		if s < sameArticleScore && !slices.ContainsFunc(g.members, func(i int) bool {
			return mg.contentOf[i] == c && !h.hasSource(mg.articleOf[i])
		}) {
			continue
		}
		best = s
	}
	return best
}

// similarity scores two contents from 0 to 1: shared actors (a common one
// counting commonWeight), the same verb (when they share a rare actor, or
// enough else besides the verb: verbShared; no evidence when both verbs
// report speech), shared title words and shared sentence words. It is 0, however
// high that score, when:
//   - their subjects (first actors) are not among each other's actors,
//     unless their sentences are nearly the same (words' jaccard 0.6);
//   - they share no more than actors (see evidence) while they are not of
//     one date (sameDate), are of one coarse date (coarse: a week, a month,
//     a year) from two articles (other), share only common actors, both
//     report speech, or, from two articles, one reports speech and the
//     other a different verb;
//   - they have no rare evidence (a rare title word or a fair part of
//     their sentences' words, see rareEvidence) while they are of one
//     coarse date and share no rare actor, or are from two articles and
//     share no actor without the verb counting, or name no actor at all.
func (mg *merger) similarity(ca, cb int32, sameDate, coarse, other bool) float64 {
	a, b := &mg.feats[ca], &mg.feats[cb]
	foreign := a.first >= 0 && b.first >= 0 && (!has(a.actors, b.first) || !has(b.actors, a.first))
	if foreign && !mayReach(len(a.words), len(b.words), 0.6) {
		// Sentences too unlike in length to be nearly the same: no need
		// to count the words they share.
		return 0
	}
	nw := common(a.words, b.words)
	words := jaccardOf(nw, len(a.words), len(b.words))
	if foreign && words < 0.6 {
		return 0
	}
	actors, rare := actorScore(a, b)
	nt := common(a.title, b.title)
	s := 0.35*actors + 0.25*overlapOf(nt, len(a.title), len(b.title)) + 0.25*words
	verb := false
	if v := a.verb; v >= 0 && v == b.verb {
		// A shared verb counts only with a shared rare actor or enough
		// else besides it; if not, it does not count at all, neither as
		// the verb nor as a word of the titles (which hold its lemma) and
		// the sentences.
		rest := 0.0
		if !rare {
			rest = 0.25*overlapBut(a.title, b.title, nt, v) + 0.25*jaccardBut(a.words, b.words, nw, v)
		}
		if rare || rest >= verbShared {
			s += 0.15
			verb = true
		} else {
			s = rest
		}
	}
	// Two mentions that both report speech ("the agency said") share a
	// source, which is no event: what was said must be shared.
	speech := a.speech && b.speech
	if speech {
		verb = false
	}
	// From two articles, a mention that reports what its subject said and
	// one that reports another thing the subject did ("Hu said China will
	// adhere to the path of peace" and "Hu arrived here") are two events
	// unless they share more than actors.
	twoVerbs := other && a.verb >= 0 && b.verb >= 0 && a.verb != b.verb && (a.speech || b.speech)
	if (!sameDate || coarse && other || actors > 0 && !rare || speech || twoVerbs) && !evidence(a, b, verb, words) {
		return 0
	}
	// A week, a month, a year holds many events of the same kind ("US
	// inventories increased 0.5 percent in September" and "the US economy
	// increased at a rate of 4.3 percent"): the verb and a common title
	// word ("percent", not "rape") are not enough without a rare actor.
	// From two articles, two mentions that share no actor ("the SET index
	// moved up 0.58 points" and "the Straits Times Index rose 9.8 points")
	// need the verb too, and two that name none at all have only what
	// happened in common, while a day has many accidents, clashes and
	// releases of figures ("The accident occurred ... in Zhoujia township"
	// and "The accident occurred ... when a methane gas explosion").
	if (coarse && !rare || other && (actors == 0 && !verb || len(a.actors) == 0 && len(b.actors) == 0)) &&
		!rareEvidence(a, b, words) {
		return 0
	}
	return s
}

// actorScore is the overlap of two mentions' actors, a common actor
// (see isCommon) counting commonWeight, and whether they share a rare one.
func actorScore(a, b *features) (float64, bool) {
	if len(a.actors) == 0 || len(b.actors) == 0 {
		return 0, false
	}
	n, r := common(a.actors, b.actors), 0
	switch {
	case n == 0:
		return 0, false
	case len(a.rare) == len(a.actors) && len(b.rare) == len(b.actors):
		r = n
	default:
		r = common(a.rare, b.rare)
	}
	return (float64(r) + commonWeight*float64(n-r)) / float64(min(len(a.actors), len(b.actors))), r > 0
}

// sharesWord reports whether the title word sets ta of a and tb of b,
// which name no actor (plainTitle or rareTitle), share a word that is not
// their verb.
func sharesWord(a, b *features, ta, tb []int32) bool {
	i, j := 0, 0
	for i < len(ta) && j < len(tb) {
		switch x, y := ta[i], tb[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			// The verb's lemma in the titles is the verb, which has had
			// its say.
			if !(x == a.verb && x == b.verb) {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// evidence reports whether two mentions share more than actors: the verb
// (if it counts), a title word that names no actor and is not their verb,
// or a fair part of their sentences' words (words is their jaccard).
func evidence(a, b *features, verb bool, words float64) bool {
	return verb || words >= evidenceWords || sharesWord(a, b, a.plainTitle, b.plainTitle)
}

// rareEvidence reports whether two mentions share a fair part of their
// sentences' words (words is their jaccard) or a title word that few
// articles of the run have (see isCommon), names no actor and is not their
// verb.
func rareEvidence(a, b *features, words float64) bool {
	return words >= evidenceWords || sharesWord(a, b, a.rareTitle, b.rareTitle)
}

// has reports whether the sorted set s holds x.
func has(s []int32, x int32) bool {
	_, ok := slices.BinarySearch(s, x)
	return ok
}

// common counts the elements two sorted sets share.
func common(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// overlapOf is the overlap |a∩b| / min(|a|, |b|) of two sets a and b of
// la and lb elements that share n, 0 when either is empty.
func overlapOf(n, la, lb int) float64 {
	if la == 0 || lb == 0 {
		return 0
	}
	return float64(n) / float64(min(la, lb))
}

// overlapBut is overlapOf a and b, which share n elements, without the
// element x.
func overlapBut(a, b []int32, n int, x int32) float64 {
	la, lb := len(a), len(b)
	if has(a, x) {
		la--
		if has(b, x) {
			n--
		}
	}
	if has(b, x) {
		lb--
	}
	if la <= 0 || lb <= 0 {
		return 0
	}
	return float64(n) / float64(min(la, lb))
}

// jaccardBut is jaccardOf a and b, which share n elements, without the
// element x.
func jaccardBut(a, b []int32, n int, x int32) float64 {
	u := len(a) + len(b)
	if has(a, x) {
		u--
		if has(b, x) {
			n--
		}
	}
	if has(b, x) {
		u--
	}
	if u-n <= 0 {
		return 0
	}
	return float64(n) / float64(u-n)
}

// jaccardOf is the jaccard |a∩b| / |a∪b| of two sets a and b of la and lb
// elements that share n, 0 when both are empty.
func jaccardOf(n, la, lb int) float64 {
	if la == 0 && lb == 0 {
		return 0
	}
	return float64(n) / float64(la+lb-n)
}

// mayReach reports whether two sets of la and lb elements may have a
// jaccard of at least t: it is at most min/max, which the smaller set
// sharing all of itself gives, computed as jaccardOf would.
func mayReach(la, lb int, t float64) bool {
	if la == 0 && lb == 0 {
		return 0 >= t
	}
	return jaccardOf(min(la, lb), la, lb) >= t
}

// speechVerbs are the lemmas of the verbs that attribute what a mention
// says to its subject, its source.
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "report": true}

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
