package extract

import (
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Finder finds and resolves temporal expressions. A Finder holds no state
// between calls and is safe for concurrent use.
type Finder struct{}

// NewFinder returns a Finder with the news rule set.
func NewFinder() *Finder { return &Finder{} }

// Find returns every temporal expression of text in order of position,
// resolved against anchor (the publication time). A zero anchor means the
// publication time is unknown: relative expressions then keep X digits.
//
// STUB: replaced by the date engine (issue 3).
func (f *Finder) Find(text string, anchor time.Time) []timeline.Timex { return nil }
