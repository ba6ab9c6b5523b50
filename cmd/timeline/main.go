// Command timeline turns news articles into a dated, merged, ordered list of
// events and renders it as a static HTML timeline page and a JSON export.
//
// Run "timeline --help" for usage; with no arguments it builds the timeline
// of the embedded seed articles.
package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the soft memory limit of the process unless GOMEMLIMIT
// sets one: the garbage collector works harder as the heap nears it, which
// keeps large runs in bounded memory at a small cost in speed.
const memoryLimit = 768 << 20

// gcPercent is the garbage collector's GOGC unless GOGC sets one: the heap
// may grow to five times what is live before a collection (the memory limit
// still holds), which saves about a sixth of the CPU time of a large build.
const gcPercent = 400

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
