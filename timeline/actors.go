package timeline

import (
	"sort"
	"strings"
	"unicode"
)

// corporateSuffixes are the words after a company's name that do not make it
// another company: Apple Inc. is Apple. "Corps", "Group" and "Holdings" are
// not among them (Apple Corps is the Beatles' company, not Apple).
var corporateSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "company": true,
	"ltd": true, "limited": true, "llc": true, "plc": true, "lp": true, "ag": true, "sa": true, "nv": true,
}

// ActorKey is the form under which two names of an actor are the same actor
// across articles: lower case, without a possessive at its end, a leading
// "the", the punctuation around words, the dots of an abbreviation, or a
// corporate suffix ("Apple Inc.", "Apple Inc", "apple" and "Apple's" share
// the key "apple", "U.S." and "US" the key "us"; "Apple Corps" and "Apple
// Computer" keep their own).
//
// A possessive that the name goes on after is part of the name and stays,
// with a straight apostrophe: "McDonald's Corp." and "McDonald’s Corp." key
// "mcdonald's", apart from the surname McDonald. A possessive at the end
// is read as an owner's ("Apple's"), so the bare "McDonald's" keys
// "mcdonald" as the surname does: whether such a name is a company's whole
// name or a person's possessive takes a knowledge of company names (or the
// sentence it stood in) that the name alone does not give.
func ActorKey(name string) string {
	if k, ok := plainActorKey(name); ok {
		return k
	}
	return wordsActorKey(name)
}

// wordsActorKey is ActorKey read word by word, for any name.
func wordsActorKey(name string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(StripPossessive(strings.TrimSpace(name)))) {
		w = strings.Trim(w, ".,;:!?\"'()“”‘’")
		w = strings.ReplaceAll(w, "’", "'") // McDonald’s is McDonald's
		if abbreviation(w) {
			w = strings.ReplaceAll(w, ".", "") // U.S. is US
		}
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && corporateSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
		if n := len(words); n > 1 && words[n-1] == "&" {
			words = words[:n-1] // Johnson & Johnson Co.: the & stays, a trailing one goes
		}
	}
	return strings.Join(words, " ")
}

// abbreviation reports whether w is letters in groups of one or two
// joined by dots (u.s, d.c, ph.d; its last dot trimmed), not a domain
// (ebay.com) or a number (3.1).
func abbreviation(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 2 {
			return false
		}
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// plainActorKey is ActorKey for the common name of ASCII letters, digits,
// hyphens and single spaces, with no leading "the" and no corporate suffix
// (Apple, Steve Jobs): its lower case, found without splitting it into
// words. ok is false for any other name.
func plainActorKey(name string) (string, bool) {
	if name == "" || name[0] == ' ' || name[len(name)-1] == ' ' {
		return "", false
	}
	last := 0 // where the last word starts
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
		case c == ' ' && name[i-1] != ' ':
			last = i + 1
		default:
			return "", false
		}
	}
	k := strings.ToLower(name)
	if last > 0 && (strings.HasPrefix(k, "the ") || corporateSuffixes[k[last:]]) {
		return "", false
	}
	return k, true
}

// actorKeys holds the ActorKey of each actor name one Build has seen, so
// that a name is keyed once however many mentions, groups and events it
// stands in. The merge fills it with every name of a resolved mention; the
// events, made in parallel, only read it (see of).
type actorKeys map[string]string

// add returns the key of name, keying it and keeping the key if new.
func (ks actorKeys) add(name string) string {
	k, ok := ks[name]
	if !ok {
		k = ActorKey(name)
		ks[name] = k
	}
	return k
}

// of returns the key of name without changing ks, so that goroutines may
// call it at once: a name not yet keyed (none, once the merge has run) is
// keyed again each time.
func (ks actorKeys) of(name string) string {
	if k, ok := ks[name]; ok {
		return k
	}
	return ActorKey(name)
}

// unifyActors names each actor of the events by one name across the
// timeline: the name its articles use most for it among those sharing its
// ActorKey (of names used as often, the longest, then the alphabetically
// first), and drops the copies that naming makes within an event.
// Mentions keep the names their articles wrote. (A surname is not joined
// to a full name across articles: "Conference" would join "Macworld
// Conference"; within an article the extractor already names a person by
// one name.) keys holds the names' keys, and takes those it lacks.
func unifyActors(events []Event, keys actorKeys) {
	count := map[string]map[string]int{} // key → name → mentions
	for i := range events {
		for _, m := range events[i].Mentions {
			for _, a := range m.Actors {
				k := keys.add(a)
				if count[k] == nil {
					count[k] = map[string]int{}
				}
				count[k][a]++
			}
		}
	}
	name := make(map[string]string, len(count))
	for k, names := range count {
		if len(names) < 2 {
			continue
		}
		all := make([]string, 0, len(names))
		for n := range names {
			all = append(all, n)
		}
		sort.Slice(all, func(i, j int) bool {
			a, b := all[i], all[j]
			if names[a] != names[b] {
				return names[a] > names[b]
			}
			if len(a) != len(b) {
				return len(a) > len(b)
			}
			return a < b
		})
		name[k] = all[0]
	}
	if len(name) == 0 {
		return
	}
	for i := range events {
		e := &events[i]
		seen := make(map[string]bool, len(e.Actors))
		out := e.Actors[:0]
		for _, a := range e.Actors {
			k := keys.add(a)
			if n, ok := name[k]; ok {
				a = n
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, a)
			}
		}
		e.Actors = out
	}
}
