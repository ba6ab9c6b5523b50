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
		w = firstRunes(w, 6)
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

// idfOf returns how rare each word of docs is: log(n/df) scaled so that a
// word of at most two documents (all a match between two needs) weighs 1
// and a word of every document 0.
func idfOf(docs [][]string) map[string]float64 {
	df := map[string]int{}
	n := 0
	for _, d := range docs {
		if len(d) == 0 {
			continue
		}
		n++
		for _, w := range d {
			df[w]++
		}
	}
	idf := make(map[string]float64, len(df))
	for w, k := range df {
		idf[w] = 1
		if n > 2 {
			idf[w] = min(1, math.Log(float64(n)/float64(k))/math.Log(float64(n)/2))
		}
	}
	return idf
}

// idfOverlap returns the cosine similarity of a and b as sets of words
// weighted by idf (a word unknown to idf weighs 1, as the rarest).
func idfOverlap(a []string, b map[string]bool, idf map[string]float64) float64 {
	weight := func(w string) float64 {
		if v, ok := idf[w]; ok {
			return v
		}
		return 1
	}
	var dot, na, nb float64
	for _, w := range a {
		x := weight(w)
		na += x * x
		if b[w] {
			dot += x * x
		}
	}
	for w := range b {
		x := weight(w)
		nb += x * x
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// firstRunes returns the first n characters of s (s valid UTF-8).
func firstRunes(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}
