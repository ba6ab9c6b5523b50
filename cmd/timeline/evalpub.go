package main

import (
	"fmt"
	"io"
)

// runEvalPublished measures publication-date inference on gold corpora
// with their dates dropped.
//
// STUB: replaced by publication-date resolution (issue 4).
func runEvalPublished(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "timeline eval-published: not implemented yet")
	return exitUsage
}
