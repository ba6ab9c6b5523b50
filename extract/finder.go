package extract

import (
	"time"

	"github.com/olebedev/when/rules"

	"github.com/timeline-tool/timeline/timeline"
)

// Config tunes a Finder. The zero Config is the default news setting.
type Config struct {
	// Reanchor resolves bare weekdays and yearless dates against the last
	// explicit date of the text when that date lies in another year than the
	// publication date ("In August 2012 ... On Sunday night ..."). Anaphoric
	// phrases (the previous day, two days later, that year) always use the
	// last explicit date; see resolve.go.
	Reanchor bool
}

// Finder finds and resolves temporal expressions. A Finder holds no state
// between calls and is safe for concurrent use.
type Finder struct {
	cfg Config
}

// NewFinder returns a Finder with the news rule set.
func NewFinder() *Finder { return &Finder{} }

// NewFinderConfig returns a Finder with the news rule set tuned by cfg.
func NewFinderConfig(cfg Config) *Finder { return &Finder{cfg: cfg} }

// Find returns every temporal expression of text in order of position,
// resolved against anchor (the publication time). A zero anchor means the
// publication time is unknown: relative expressions then keep X digits.
//
// The text is tokenized once; the rules run only at tokens that can open a
// date expression (a month or weekday name, a number, a unit such as week
// or year, today, ago, the ...), so the time is linear in the text.
func (f *Finder) Find(text string, anchor time.Time) []timeline.Timex {
	p := parser{text: text, clock: anchor, cfg: f.cfg}
	if !anchor.IsZero() {
		p.anchor = timeline.Day(anchor.Year(), anchor.Month(), anchor.Day())
	}
	p.t = tokenize(text, make([]tok, 0, len(text)/5+8))
	return p.run(nil)
}

// NewsRule is one family of the news rules as an olebedev/when rule, for use
// with a when.Parser: Find reports the first expression of that family in
// a text, with its TIMEX3 type, value and mod as the match's Captures.
type NewsRule struct {
	name  string
	order float64
	f     *Finder
}

// Rules returns the news rule families as when rules, in priority order.
func (f *Finder) Rules() []rules.Rule {
	out := make([]rules.Rule, len(ruleSet))
	for i, r := range ruleSet {
		out[i] = &NewsRule{name: r.name, order: float64(i), f: f}
	}
	return out
}

// Name is the rule family's name.
func (r *NewsRule) Name() string { return r.name }

// Find implements rules.Rule: the first match of the family in text,
// resolved against an unknown anchor, or nil.
func (r *NewsRule) Find(text string) *rules.Match {
	p := parser{text: text, cfg: r.f.cfg}
	p.t = tokenize(text, nil)
	rule := ruleSet[int(r.order)]
	for i := range p.t {
		t := &p.t[i]
		var c wordClass
		if t.lx != nil {
			c = t.lx.cls
		}
		if c&rule.cue == 0 && !(rule.num && t.kind == tkNum) {
			continue
		}
		if m, ok := rule.fn(&p, i); ok && m.end > i {
			return p.asWhenMatch(m, r.order)
		}
	}
	return nil
}
