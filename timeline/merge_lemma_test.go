package timeline

import "testing"

func TestStripPossessive(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"California's", "California"},
		{"California’s", "California"},
		{"CALIFORNIA'S", "CALIFORNIA"},
		{"california’s", "california"},
		{"States'", "States"},
		{"States’", "States"},
		{"states'", "states"},
		{"STATES’", "STATES"},
		{"States", "States"},
		{"it's", "it"},
		{"'s", "'s"},
		{"’s", "’s"},
		{"s'", "s'"},
		{"s’", "s’"},
		{"Rock'", "Rock'"},
		{"rock’", "rock’"},
		{"’", "’"},
		{"", ""},
	} {
		if got := StripPossessive(tc.in); got != tc.want {
			t.Errorf("StripPossessive(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
