package extract

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestQuickCueTests checks that each quick test is true of every paragraph
// its pattern matches: of examples, and of every paragraph of the volume
// corpus when it is there.
func TestQuickCueTests(t *testing.T) {
	lines := []string{
		"Now playing", "02:31", "more videos:", "Watch", "Replay",
		"Story highlights", "Read more: how it happened", "Most read", "ſign up for our newsletter", "moſt read", "© 2017 CNN",
		"(c) 2017 AP", "All rights reserved.", "Terms of Use", "Don't miss", "Trending now:", "Get our daily newsletter", "This story has been updated",
		"PHOTO: Richard Drew/AP", "(Claritza Jimenez/The Washington Post)", "By Jane Doe", "Image by NASA", "Credit: John Moore",
		"John Moore/Getty Images", "a file picture/AFP", "Staff and wire ſhutterſtock", "ASSOCIATED PRESS", "The council met on March 16.",
	}
	lines = append(lines, silverLines(t)...)
	tests := []struct {
		name  string
		quick func(string) bool
		re    *regexp.Regexp
	}{
		{"playlist", mayBePlaylist, playlistCue},
		{"boilerplate", mayBeBoilerplate, boilerplateCue},
		{"credit", mayBeCredit, creditCue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			matched := 0
			for _, l := range lines {
				l = strings.TrimSpace(l)
				if tt.re.MatchString(l) {
					matched++
					if !tt.quick(l) {
						t.Errorf("%q matches the pattern but not the quick test", l)
					}
				}
			}
			if matched == 0 {
				t.Errorf("no example matches")
			}
		})
	}
}

// TestHoldsRights checks holdsRights against boilerplateAnywhere.
func TestHoldsRights(t *testing.T) {
	for _, l := range []string{
		"All rights reserved.", "ALL RIGHTS RESERVED", "(c) 2017 AP. all Rights Reserved 2017",
		"This material may not be published, broadcast, rewritten", "all rights reſerved", "Tous droits réservés. All rights reserved",
		"The rights were reserved for later.", "", "all rights  reserved",
	} {
		if got, want := holdsRights(l), boilerplateAnywhere.MatchString(l); got != want {
			t.Errorf("holdsRights(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestQuickDatelineTests checks mayHoldWireDateline and hasYearDigits: true
// of every paragraph whose dateline or stamp the patterns read, of examples
// and of the volume corpus when it is there.
func TestQuickDatelineTests(t *testing.T) {
	lines := []string{
		"NAIROBI, Kenya (AP) _", "(CNN) —", "ATLANTA _", "WASHINGTON, March 31 (Reuters) - The talks", "O’HARE, Ill. -- Flights",
		"March 31 (Reuters) - Oil fell", "March 31, 2017 9:11 PM EDT", "Posted: Mar 31, 2017", "9:11 PM ET, Fri March 31, 2017",
		"2017-03-31T09:11:00Z", "20170331", "Updated 2017-03-31 09:11", "The council met on March 16.",
	}
	lines = append(lines, silverLines(t)...)
	wire, stamps := 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for _, re := range []*regexp.Regexp{wireLine, wireLead} {
			if m := re.FindStringSubmatch(l); m != nil && (wireGroup(re, m, "city") != "" || wireGroup(re, m, "src") != "") {
				wire++
				if !mayHoldWireDateline(l) {
					t.Errorf("%q holds a dateline but not by the quick test", l)
				}
			}
		}
		if len(l) <= 100 {
			for _, part := range append(strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '•' }), stampSeparators.Replace(l)) {
				if _, ok := parseStampPart(part); ok {
					stamps++
					if !hasYearDigits(l) {
						t.Errorf("%q holds a stamp but no year digits", l)
					}
				}
			}
		}
	}
	if wire == 0 || stamps == 0 {
		t.Errorf("%d datelines and %d stamps among the examples", wire, stamps)
	}
}

// silverLines returns the lines of the TE3 silver corpus's texts (the
// corpus beside the repository, ../shared/data), or none when it is absent.
func silverLines(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../../shared/data/te3-silver-texts.jsonl")
	if err != nil {
		t.Logf("silver corpus absent (%v): examples only", err)
		return nil
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		lines = append(lines, strings.Split(sc.Text(), `\n`)...)
	}
	return lines
}
