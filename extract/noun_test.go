package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestNoun checks the word classes the rules ask about the word after a
// date word: a function word or a noun, whatever else the lexicon holds.
func TestNoun(t *testing.T) {
	for _, c := range []struct {
		word string
		noun bool
		fn   funcKind
	}{
		{"commodities", true, fNone}, // outside the lexicon
		{"troops", true, fNone},      // in the lexicon for the duration rules
		{"Boeing", true, fNone},      // in the lexicon for the quarter rule
		{"sales", true, fNone},       // a noun, if one a season or holiday dates
		{"break", true, fNone},
		{"told", false, fNone},
		{"December", false, fNone},
		{"next", false, fNone},
		{"the", false, fDet},
		{"his", false, fDet},
		{"he", false, fPron},
		{"themselves", false, fPron},
		{"with", false, fPrep},
		{"despite", false, fPrep},
		{"because", false, fConj},
		{"could", false, fModal},
		{"had", false, fAux},
		{"not", false, fAdv},
		{"also", false, fAdv},
		{"US", true, fNone}, // not the pronoun us: the country
	} {
		p := parser{text: c.word, t: tokenize(c.word, nil)}
		if got := p.noun(0); got != c.noun {
			t.Errorf("noun(%q) = %v, want %v", c.word, got, c.noun)
		}
		if got := p.fn(0); got != c.fn {
			t.Errorf("fn(%q) = %d, want %d", c.word, got, c.fn)
		}
	}
}

// nextWordRule is a rule that decides by the word after a date word: text
// holds %s where the word goes, span is the expression the rule finds when
// it stands alone.
type nextWordRule struct {
	name, text, span string
	capt             bool     // the word is capitalised
	own              []string // words the rule itself tests in that place
	// the decision for words of each kind: whether span is found
	fn, noun, spanNoun bool
}

var nextWordRules = []nextWordRule{
	{name: "holiday", text: "Shops counted on Christmas %s again this year.", span: "Christmas", fn: true, noun: false, spanNoun: true},
	{name: "season", text: "Fighting stopped in the winter %s the north.", span: "the winter", fn: true, noun: false, spanNoun: true},
	{name: "the day before", text: "She had arrived the day before %s left.", span: "the day before", fn: true, noun: false, spanNoun: false, own: []string{"before", "after"}},
	{name: "fraction", text: "It sold three quarters of %s stock.", span: "three quarters", capt: true, fn: true, noun: false, spanNoun: false},
	{name: "a second", text: "They formed a second %s in May.", span: "a second", fn: false, noun: false, spanNoun: false,
		own: []string{"later", "earlier", "ago", "after", "before", "longer"}},
}

// found reports whether the expression r.span is found with w in place.
func (r nextWordRule) found(f *Finder, w string) bool {
	if r.capt {
		w = strings.ToUpper(w[:1]) + w[1:]
	}
	text := fmt.Sprintf(r.text, w)
	for _, x := range f.Find(text, time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC)) {
		if x.Text == r.span {
			return true
		}
	}
	return false
}

// TestNextWordDecisions checks each rule's decision on a few words of each
// kind, among them words in the lexicon only for another rule's sake
// (troops, shares) that must count as the nouns they are.
func TestNextWordDecisions(t *testing.T) {
	f := NewFinder()
	for _, r := range nextWordRules {
		for _, c := range []struct {
			words []string
			want  bool
		}{
			{[]string{"commodities", "gifts", "troops", "shares", "price"}, r.noun},
			{[]string{"and", "because", "with", "despite", "also", "too", "could", "not"}, r.fn},
			{[]string{"sales", "break", "shopping"}, r.spanNoun},
		} {
			for _, w := range c.words {
				if r.name == "the day before" && (w == "and" || w == "because" || w == "with" || w == "despite") {
					continue // "the day before and left" is no sentence
				}
				if got := r.found(f, w); got != c.want {
					t.Errorf("%s: %q found = %v, want %v", r.name, fmt.Sprintf(r.text, w), got, c.want)
				}
			}
		}
	}
	// the text may end after the date word
	for _, text := range []string{"Christmas", "the winter", "the day before", "three quarters of", "a second"} {
		f.Find(text, time.Time{})
	}
	// the day before: a pronoun opens a clause, the event it dates
	if r := nextWordRules[2]; r.found(f, "he") || !r.found(f, "too") {
		t.Errorf("the day before: found before he %v (want false), before too %v (want true)", r.found(f, "he"), r.found(f, "too"))
	}
}

// TestNextWordIgnoresLexicon checks that no rule reads "in the lexicon" as
// "not a noun": each word the lexicon holds only because some rule tests
// it (cOther) gets the decision an unknown noun gets.
func TestNextWordIgnoresLexicon(t *testing.T) {
	f := NewFinder()
	var words []string
	for w, id := range lexicon {
		if lexTable[id].cls == cOther && !strings.ContainsAny(w, "-'.") && len(w) > 2 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	if len(words) < 100 {
		t.Fatalf("only %d words of class cOther alone", len(words))
	}
	for _, r := range nextWordRules {
		want := r.found(f, "zorblats")
		if want != r.noun {
			t.Fatalf("%s: an unknown noun found = %v, want %v", r.name, want, r.noun)
		}
		for _, w := range words {
			if slices.Contains(r.own, w) {
				continue
			}
			if got := r.found(f, w); got != want {
				t.Errorf("%s: %q found = %v, as for no noun outside the lexicon", r.name, fmt.Sprintf(r.text, w), got)
			}
		}
	}
}
