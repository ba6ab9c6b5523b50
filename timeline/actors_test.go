package timeline

import (
	"reflect"
	"testing"
)

func TestActorKey(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Apple Inc.", "apple"},
		{"Apple Inc", "apple"},
		{"Apple's", "apple"},
		{"apple", "apple"},
		{"Apple Corps", "apple corps"},
		{"Apple Computer", "apple computer"},
		{"Apple Computer Inc.", "apple computer"},
		{"The Walt Disney Company", "walt disney"},
		{"The Hague", "hague"},
		{"Inc.", "inc"}, // a suffix alone stays
		{"U.S.", "us"},
		{"US", "us"},
		{"Johnson & Johnson Co.", "johnson & johnson"},
		{"the States'", "states"},
		{"Sessions", "sessions"},
		{"( Apple )", "apple"}, // no empty word is kept, first or last
		{"“Apple”", "apple"},
		{"Ph.D.", "phd"},
		{"eBay.com", "ebay.com"}, // a domain keeps its dot
		{"Windows 3.1", "windows 3.1"},
		// A possessive the name goes on after is part of the name; one at
		// its end is an owner's, for a company's name too (the name alone
		// does not tell McDonald's the company from McDonald's lawyer).
		{"McDonald's Corp.", "mcdonald's"},
		{"McDonald’s Corp.", "mcdonald's"},
		{"McDonald's Corp.'s", "mcdonald's"},
		{"Moody's Investors Service Inc.", "moody's investors service"},
		{"Worldwide Developer’s Conference", "worldwide developer's conference"},
		{"McDonald", "mcdonald"},
		{"Ronald McDonald's", "ronald mcdonald"},
		{"McDonald's", "mcdonald"},
		{"O’Brien", "o'brien"},
		{"O'Brien", "o'brien"},
	} {
		if got := ActorKey(c.name); got != c.want {
			t.Errorf("ActorKey(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// Each event names an actor by the name the run uses most for it; the
// mentions keep what their articles wrote.
func TestUnifyActors(t *testing.T) {
	ev := func(actors ...string) Event {
		return Event{Actors: append([]string(nil), actors...), Mentions: []Mention{{Actors: actors}}}
	}
	events := []Event{
		ev("Apple", "Beatles"),
		ev("Apple Inc.", "Apple Corps"),
		ev("Apple"),
		ev("Apple Inc", "Apple", "U.S."),
		ev("US"),
		ev("U.S."),
	}
	unifyActors(events, actorKeys{})
	want := [][]string{
		{"Apple", "Beatles"},
		{"Apple", "Apple Corps"},
		{"Apple"},
		{"Apple", "U.S."}, // Apple Inc and Apple are one actor, named once
		{"U.S."},
		{"U.S."},
	}
	for i, e := range events {
		if !reflect.DeepEqual(e.Actors, want[i]) {
			t.Errorf("event %d actors %q, want %q", i, e.Actors, want[i])
		}
	}
	if got := events[1].Mentions[0].Actors[0]; got != "Apple Inc." {
		t.Errorf("mention actor rewritten to %q", got)
	}
}

// Of names used equally often the longest names the actor.
func TestUnifyActorsTie(t *testing.T) {
	events := []Event{
		{Actors: []string{"Apple"}, Mentions: []Mention{{Actors: []string{"Apple"}}}},
		{Actors: []string{"Apple Inc."}, Mentions: []Mention{{Actors: []string{"Apple Inc."}}}},
	}
	unifyActors(events, actorKeys{})
	for i, e := range events {
		if len(e.Actors) != 1 || e.Actors[0] != "Apple Inc." {
			t.Errorf("event %d actors %q, want [Apple Inc.]", i, e.Actors)
		}
	}
}

// Build names the actors of its events by one name across the run.
func TestBuildUnifiesActors(t *testing.T) {
	ms := []Mention{
		mention("a", "2017-03-16", "sent", "Apple Inc. sent a letter", "Apple Inc."),
		mention("a", "2017-03-20", "met", "Apple met regulators", "Apple"),
		mention("b", "2017-03-29", "sued", "Apple sued Samsung", "Apple", "Samsung"),
	}
	tl := Build([]Article{{ID: "a"}, {ID: "b"}}, ms, Options{})
	if len(tl.Events) != 3 {
		t.Fatalf("%d events, want 3", len(tl.Events))
	}
	for _, e := range tl.Events {
		if e.Actors[0] != "Apple" {
			t.Errorf("%s: actors %q, want Apple first", e.Date.Value, e.Actors)
		}
	}
}

// An event ranks its actors by ActorKey: "Apple Inc." once and "Apple"
// twice are one actor reported three times, ahead of one reported once.
func TestEventActorsRankedByKey(t *testing.T) {
	m := func(actors ...string) Mention {
		return Mention{Article: "a", Sentence: "s", Verb: "v", Title: "a b c d", Actors: actors}
	}
	e := newEvent([]Mention{m("Xerox"), m("Beatles", "Apple Inc."), m("Apple"), m("Apple")}, nil, nil)
	want := []string{"Xerox", "Apple Inc.", "Beatles"}
	if !reflect.DeepEqual(e.Actors, want) {
		t.Errorf("actors %q, want %q", e.Actors, want)
	}
}

// The merge keys every actor name of a resolved mention, reprinted or
// not, so that the events, made in parallel, only read the keys.
func TestMergeKeysEveryActor(t *testing.T) {
	ms := []Mention{
		mention("a", "2017-03-16", "sent", "Apple Inc. sent a letter", "Apple Inc.", "Beatles"),
		mention("b", "2017-03-16", "sent", "Apple Inc. sent a letter", "Apple Inc.", "Beatles"),
		mention("b", "2017-03", "met", "Apple met regulators", "Apple", "U.S."),
		{Article: "c", Timex: Timex{Value: "XXXX-WXX-5"}, Actors: []string{"Unresolved Co."}},
	}
	keys := actorKeys{}
	mergeIndexes(ms, keys)
	want := actorKeys{"Apple Inc.": "apple", "Beatles": "beatles", "Apple": "apple", "U.S.": "us"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys %q, want %q", keys, want)
	}
	if got := keys.of("Unresolved Co."); got != "unresolved" || len(keys) != len(want) {
		t.Errorf("of: %q, and %d keys: a name not keyed is keyed without being kept", got, len(keys))
	}
}

// plainActorKey, the fast path, agrees with the word-by-word reading on
// every name it takes.
func TestPlainActorKeyAgrees(t *testing.T) {
	taken := 0
	for _, n := range []string{"Apple", "Steve Jobs", "Cantil-Sakauye", "apple", "G8", "Apple Inc", "The Hague",
		"the Beatles", "Inc", "Walt Disney Company", "Sessions", "Kelly", "AT and T", "New York Times", "X Corp"} {
		k, ok := plainActorKey(n)
		if !ok {
			continue
		}
		taken++
		if w := wordsActorKey(n); k != w {
			t.Errorf("%q: plain key %q, word by word %q", n, k, w)
		}
	}
	if taken < 8 {
		t.Errorf("the fast path took only %d names", taken)
	}
}
