package extract

import (
	"testing"

	"github.com/olebedev/when"
)

// TestRulesInWhen runs the news rules inside an olebedev/when parser: the
// weekday rule finds "Friday" and resolves it, with when's base time, to
// the Friday on or before the base (not the next one, as when's own rule).
func TestRulesInWhen(t *testing.T) {
	w := when.New(nil)
	w.Add(NewFinder().Rules()...)
	r, err := w.Parse("The letter was released Friday.", seedDay)
	if err != nil || r == nil {
		t.Fatalf("Parse: %v, %v", r, err)
	}
	if r.Text != "Friday" || r.Time.Format("2006-01-02") != "2017-03-31" {
		t.Errorf("got %q at %v, want Friday at 2017-03-31", r.Text, r.Time)
	}
	for _, rule := range NewFinder().Rules() {
		if m := rule.Find("nothing to see here"); m != nil {
			t.Errorf("%s found %q", rule.(*NewsRule).Name(), m.Text)
		}
	}
}
