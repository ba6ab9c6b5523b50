package main

import (
	"fmt"
	"io"
)

// runEvalTimeline scores built events against SemEval-2015 Task 4 gold
// timelines.
//
// STUB: replaced by event merging (issue 5).
func runEvalTimeline(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "timeline eval-timeline: not implemented yet")
	return exitUsage
}
