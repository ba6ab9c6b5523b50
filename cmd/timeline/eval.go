package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/timeline-tool/timeline/extract"
)

// runEval scores the date engine against gold TIMEX3 annotations: strict and
// relaxed span P/R/F1, value F1 and type F1 (TempEval-3 definitions), and
// with --errors N the errors grouped by kind.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("timeline eval", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	nErr := fs.Int("errors", 0, "print N errors grouped by kind (missed, spurious, wrong value, wrong type, wrong span)")
	agree := fs.Bool("agreement", false, "print how the gold agrees with itself: phrases whose values differ in shape across the corpus, which wrong values follow a convention the gold keeps elsewhere, and which gold values contradict their own phrase")
	reanchor := fs.Bool("reanchor", false, "resolve bare weekdays and yearless dates against the last explicit date in another year")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "timeline eval: %v\nRun 'timeline eval --help' for usage.\n", err)
		return exitUsage
	}
	if *help {
		fmt.Fprintln(stdout, "Usage: timeline eval [--errors N] [--agreement] GOLD.jsonl...\n\nFlags:")
		fmt.Fprint(stdout, fs.FlagUsages())
		return exitOK
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "timeline eval: no gold files (usage: timeline eval [--errors N] GOLD.jsonl...)")
		return exitUsage
	}
	f := extract.NewFinderConfig(extract.Config{Reanchor: *reanchor})
	var rep extract.Report
	code := exitOK
	for _, name := range fs.Args() {
		fh, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "timeline eval: %v\n", err)
			code = exitPartial
			continue
		}
		docs, err := extract.ReadGold(fh, name)
		fh.Close()
		if err != nil {
			fmt.Fprintf(stderr, "timeline eval: %v\n", err)
			code = exitPartial
			continue
		}
		if len(docs) == 0 {
			fmt.Fprintf(stderr, "timeline eval: %s: empty file: no documents\n", name)
			code = exitPartial
			continue
		}
		rep.Score(f, docs)
	}
	if rep.Docs == 0 && code != exitOK {
		return code // no score of nothing
	}
	rep.WriteSummary(stdout)
	if *nErr > 0 {
		rep.WriteErrors(stdout, *nErr)
	}
	if *agree {
		rep.WriteAgreement(stdout, 20)
	}
	return code
}
