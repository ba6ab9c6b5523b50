package main

import (
	"fmt"
	"io"
)

// runEval scores the date engine against gold TIMEX3 annotations.
//
// STUB: replaced by the evaluation command (issue 3).
func runEval(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "timeline eval: not implemented yet")
	return exitUsage
}
