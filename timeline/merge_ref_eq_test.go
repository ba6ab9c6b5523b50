package timeline

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// randomMentions makes n mentions over a few days, weeks and months with
// words, verbs and actors drawn from small sets, so that most pairs share
// something and every rule of Merge gets its turn. Every sentence is told
// apart by a number (a reprint may join its first group at once, see
// TestMergeReprints).
func randomMentions(r *rand.Rand, n int) []Mention { return randomMentionsIn(r, n, 6) }

// randomMentionsIn is randomMentions from the given number of articles;
// past six, half the actors are drawn from a hundred rare names, so that
// the others are common in the run (see isCommon).
func randomMentionsIn(r *rand.Rand, n, articles int) []Mention {
	words := strings.Fields("letter funding court judge plan grant border police city council vote budget reply")
	verbs := []string{"", "sent", "wrote", "filed", "released", "met", "said", "closed"}
	actors := []string{"Sessions", "Kelly", "Cantil-Sakauye", "California", "Team", "the court"}
	values := []string{"2017-03-16", "2017-03-17", "2017-03-29", "2017-03-31", "2017-04-02", "2017-W13", "2017-03", "2017-04", "2017"}
	var out []Mention
	for i := 0; i < n; i++ {
		var title []string
		for k := 1 + r.Intn(4); k > 0; k-- {
			title = append(title, words[r.Intn(len(words))])
		}
		var as []string
		for k := r.Intn(3); k > 0; k-- {
			if articles > 6 && r.Intn(2) == 0 {
				as = append(as, fmt.Sprintf("Rare%d", r.Intn(100)))
				continue
			}
			as = append(as, actors[r.Intn(len(actors))])
		}
		m := mention(fmt.Sprintf("a%d", r.Intn(articles)), values[r.Intn(len(values))], verbs[r.Intn(len(verbs))], strings.Join(title, " "), as...)
		m.Sentence = fmt.Sprintf("%s %s %d.", m.Title, words[r.Intn(len(words))], i)
		out = append(out, m)
	}
	return out
}

// TestMergeAsBefore checks that the indexed Merge groups exactly as the
// plain one did.
func TestMergeAsBefore(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		ms := randomMentions(r, 1+r.Intn(60))
		if round >= 200 { // enough articles for common actors
			ms = randomMentionsIn(r, 100+r.Intn(200), 40)
		}
		got, want := Merge(ms), mergeRef(ms)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: got %v\nwant %v", round, titles(got), titles(want))
		}
	}
}

// TestMergeReprints checks that a copy of a mention reprinted by another
// article joins the event of its original.
func TestMergeReprints(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	ms := randomMentions(r, 200)
	all := append([]Mention(nil), ms...)
	for c := 0; c < 3; c++ {
		for _, m := range ms {
			m.Article += fmt.Sprintf("-copy%d", c)
			all = append(all, m)
		}
	}
	groupOf := make([]int, len(all))
	for i := range groupOf {
		groupOf[i] = -1
	}
	groups := mergeIndexes(all, actorKeys{})
	for g, idx := range groups {
		for _, i := range idx {
			groupOf[i] = g
		}
	}
	for i := len(ms); i < len(all); i++ {
		if o := i % len(ms); groupOf[i] != groupOf[o] {
			t.Errorf("copy %d of %q (%s) is in event %d, its original in event %d",
				i/len(ms)-1, all[i].Title, all[i].Value, groupOf[i], groupOf[o])
		}
	}
}

// TestBuildInPlace checks that Build makes the same timeline whether it
// copies the mentions or reorders them in place.
func TestBuildInPlace(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for round := 0; round < 50; round++ {
		ms := randomMentions(r, 1+r.Intn(80))
		if round%3 == 0 {
			ms = append(ms, Mention{Article: "a1", Timex: Timex{Value: "XXXX-WXX-5"}})
		}
		opt := Options{MinSources: round % 2, Top: round % 5 * 3}
		want := Build(nil, ms, opt)
		opt.InPlace = true
		got := Build(nil, append([]Mention(nil), ms...), opt)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: in place\n%+v\nwant\n%+v", round, got.Events, want.Events)
		}
	}
}
