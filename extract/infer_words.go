package extract

import (
	"math"
	"strings"
	"unicode"
)

// stopWords are words too common to say two sentences tell the same event,
// and date words (which differ by design between the reports of an event).
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but of to in on at for from by with as is are was were be been being
		has have had that this these those it its their they them he she his her him we our you your i
		not no than then there which who whom whose what when where while will would could should can may
		might must also about after before over into out up down more most some any all other said says say
		told tell according one two three four five six seven eight nine ten new last next first earlier later
		week weeks month months year years day days today yesterday tomorrow tonight morning afternoon evening
		monday tuesday wednesday thursday friday saturday sunday january february march april may june july
		august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
		mr mrs ms dr just only such so very because if even still now recent recently since until being`) {
		m[w] = true
	}
	return m
}()

// contentWords returns the distinct stems of the content words of s:
// lower-cased, stop words dropped, long words cut to their first six
// letters so that "respond", "responded" and "response" meet.
func contentWords(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		w = strings.Trim(strings.ToLower(w), "-")
		if len(w) < 3 || stopWords[w] || isDigits(w) {
			continue
		}
		if r := []rune(w); len(r) > 6 {
			w = string(r[:6])
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// wordSet builds a set from words.
func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// wordOverlap returns how many words a and b share and their cosine similarity
// as sets.
func wordOverlap(a []string, b map[string]bool) (int, float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	n := 0
	for _, w := range a {
		if b[w] {
			n++
		}
	}
	return n, float64(n) / math.Sqrt(float64(len(a))*float64(len(b)))
}
