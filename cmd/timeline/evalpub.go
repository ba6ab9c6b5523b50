package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

const evalPubUsage = `Usage: timeline eval-published [flags] GOLD.jsonl...

Drops the publication dates (dct, or published) of TempEval-style gold
corpora, infers them from each article's own text (with --cross, from the
other articles of the same corpus too), and prints the share of articles
whose inferred date is the true day, within 7 days, within 31 days, in the
true year, none, and wrong by more than a year: over all articles and over
those with at least one explicit date (a date expression with a known
interval without any anchor) in their body. The last two columns show the
ceiling: the share of articles that write their own year, and any year.
--bands adds the outcomes of the inferred dates by confidence band.

Example:
  timeline eval-published ../shared/data/timebank.jsonl ../shared/data/aquaint.jsonl
  timeline eval-published --guess --cross --bands ../shared/data/timebank.jsonl ../shared/data/aquaint.jsonl

Flags:
`

// goldDoc is one line of a TempEval-style gold corpus.
type goldDoc struct {
	ID  string `json:"id"`
	DCT string `json:"dct"`
	// Published stands for DCT in corpora without annotations.
	Published string      `json:"published"`
	Text      string      `json:"text"`
	Timexes   []goldTimex `json:"timexes"`
}

// goldTimex is one gold TIMEX3 annotation (character offsets).
type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// pubCounts are the outcomes of inference over a set of articles.
type pubCounts struct {
	n, exact, week, month, none, yearOff, yearOffConfident int
	// yearRight counts the inferred dates in the true year.
	yearRight int
	// yearWritten counts the articles whose text holds their true year: an
	// upper bound for single-document inference of the right year.
	yearWritten int
	// anyYear counts the articles whose text names any year at all: without
	// one, a single article's year cannot be told.
	anyYear int
	// bands counts the inferred dates by confidence band.
	bands [len(confBands)]bandCounts
}

// confBands are the upper bounds of the confidence bands reported.
var confBands = [...]float64{0.1, 0.2, 0.3, 0.5, 0.7, 1}

// bandCounts are the outcomes of the inferred dates of one confidence band.
type bandCounts struct {
	n, exact, week, yearRight, yearOff int
}

// add counts one article: its true day and the inferred one (zero: none).
func (c *pubCounts) add(truth, got time.Time, conf float64, text string) {
	c.n++
	if strings.Contains(text, strconv.Itoa(truth.Year())) {
		c.yearWritten++
	}
	if anyYearRe.MatchString(text) {
		c.anyYear++
	}
	if got.IsZero() {
		c.none++
		return
	}
	b := &c.bands[len(confBands)-1]
	for i, hi := range confBands {
		if conf <= hi+1e-9 {
			b = &c.bands[i]
			break
		}
	}
	b.n++
	if got.Year() == truth.Year() {
		c.yearRight++
		b.yearRight++
	}
	d := math.Abs(got.Sub(truth).Hours() / 24)
	switch {
	case d < 0.5:
		c.exact++
		b.exact++
		fallthrough
	case d <= 7:
		c.week++
		b.week++
		fallthrough
	case d <= 31:
		c.month++
	}
	if d > 366 {
		c.yearOff++
		b.yearOff++
		if conf > 0.3 {
			c.yearOffConfident++
		}
	}
}

// anyYearRe finds a written year: digits or words ("nineteen ninety-eight").
var anyYearRe = regexp.MustCompile(`(?i)\b(?:1[6-9]\d\d|20\d\d)\b|\bnineteen[ -](?:hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|\btwo thousand\b`)

// pct formats k of n as a percentage.
func pct(k, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(n))
}

// runEvalPublished measures publication-date inference on gold corpora
// with their dates dropped.
func runEvalPublished(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("timeline eval-published", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	spans := fs.String("spans", "engine", "where date expressions come from: engine (the date engine) or gold (the corpus's TIMEX3 spans, years kept only where written)")
	guess := fs.Bool("guess", false, "also give dates found from written dates alone (confidence at most 0.3)")
	cross := fs.Bool("cross", false, "also infer from the other articles of the same corpus (each corpus is one run)")
	bands := fs.Bool("bands", false, "also print, over all corpora, the inferred dates by confidence band")
	verbose := fs.BoolP("verbose", "v", false, "print one line per article: true day, inferred day, confidence, evidence")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "timeline eval-published: %v\nRun 'timeline eval-published --help' for usage.\n", err)
		return exitUsage
	}
	if *help {
		fmt.Fprint(stdout, evalPubUsage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return exitOK
	}
	if *spans != "engine" && *spans != "gold" {
		fmt.Fprintf(stderr, "timeline eval-published: --spans %q: want engine or gold\n", *spans)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "timeline eval-published: no gold files (usage: timeline eval-published [flags] GOLD.jsonl...)")
		return exitUsage
	}
	f := extract.NewFinder()
	var all, allExp pubCounts
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tarticles\ttrue day\t<=7 days\t<=31 days\ttrue year\tnone\t>1 year off\t>1y & conf>0.3\ttrue year in text\tany year in text\t")
	code := exitOK
	read := 0 // corpora read
	for _, path := range fs.Args() {
		docs, err := readGold(path)
		if err != nil {
			fmt.Fprintf(stderr, "timeline eval-published: %v\n", err)
			code = exitPartial
			continue
		}
		read++
		arts := make([]timeline.Article, len(docs))
		truth := make([]time.Time, len(docs))
		gold := map[string][]timeline.Timex{}
		for i, d := range docs {
			arts[i] = timeline.Article{ID: d.ID, Path: path, Line: i + 1, Text: d.Text, PublishedSource: timeline.SourceNone}
			arts[i].Paragraphs = extract.Classify(d.Text)
			if len(d.DCT) >= 10 {
				truth[i], _ = time.Parse(timeline.DayLayout, d.DCT[:10])
			}
			gold[d.Text] = unanchoredGold(d)
		}
		find := f.Find
		if *spans == "gold" {
			find = func(text string, anchor time.Time) []timeline.Timex { return gold[text] }
		}
		// Which articles hold an explicit date in their body.
		explicit := make([]bool, len(arts))
		for i := range arts {
			for _, t := range find(arts[i].Text, time.Time{}) {
				if t.Resolved() && (t.Type == timeline.TypeDate || t.Type == timeline.TypeTime) && arts[i].SectionAt(t.Start) == timeline.SectionBody {
					explicit[i] = true
					break
				}
			}
		}
		extract.ResolvePublished(arts, f, extract.PublishedOptions{Ignore: true, NoCrossArticle: !*cross, Find: find, Guess: *guess})
		var c, ce pubCounts
		for i, a := range arts {
			if truth[i].IsZero() {
				continue
			}
			got, _ := a.PublishedTime()
			c.add(truth[i], got, a.PublishedConfidence, a.Text)
			if explicit[i] {
				ce.add(truth[i], got, a.PublishedConfidence, a.Text)
			}
			if *verbose {
				gs := "none"
				if !got.IsZero() {
					gs = fmt.Sprintf("%s %+4.0fd", a.Published, got.Sub(truth[i]).Hours()/24)
				}
				fmt.Fprintf(stderr, "%s\t%s\texplicit=%v\t%s\t%.2f\t%s\n", a.ID, truth[i].Format(timeline.DayLayout), explicit[i], gs, a.PublishedConfidence, strings.Join(a.PublishedEvidence, "; "))
			}
		}
		name := path[strings.LastIndexByte(path, '/')+1:]
		writeCounts(tw, name, c)
		writeCounts(tw, name+" (explicit date in body)", ce)
		merge(&all, c)
		merge(&allExp, ce)
	}
	if fs.NArg() > 1 {
		writeCounts(tw, "all", all)
		writeCounts(tw, "all (explicit date in body)", allExp)
	}
	if read == 0 {
		return code // no table of nothing
	}
	if err := tw.Flush(); err != nil {
		return exitPartial
	}
	if *bands {
		fmt.Fprintln(stdout)
		tw = tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "confidence\tdates\ttrue day\t<=7 days\ttrue year\t>1 year off\t")
		lo := 0.0
		for i, hi := range confBands {
			b := all.bands[i]
			fmt.Fprintf(tw, "%.1f-%.1f\t%d\t%s\t%s\t%s\t%s\t\n", lo, hi, b.n, pct(b.exact, b.n), pct(b.week, b.n), pct(b.yearRight, b.n), pct(b.yearOff, b.n))
			lo = hi
		}
		if err := tw.Flush(); err != nil {
			return exitPartial
		}
	}
	return code
}

// writeCounts writes one table row.
func writeCounts(w io.Writer, name string, c pubCounts) {
	fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t\n", name, c.n, pct(c.exact, c.n), pct(c.week, c.n), pct(c.month, c.n), pct(c.yearRight, c.n), pct(c.none, c.n), pct(c.yearOff, c.n), c.yearOffConfident, pct(c.yearWritten, c.n), pct(c.anyYear, c.n))
}

// merge adds c to into.
func merge(into *pubCounts, c pubCounts) {
	into.n += c.n
	into.exact += c.exact
	into.week += c.week
	into.month += c.month
	into.none += c.none
	into.yearOff += c.yearOff
	into.yearOffConfident += c.yearOffConfident
	into.yearWritten += c.yearWritten
	into.yearRight += c.yearRight
	into.anyYear += c.anyYear
	for i, b := range c.bands {
		x := &into.bands[i]
		x.n += b.n
		x.exact += b.exact
		x.week += b.week
		x.yearRight += b.yearRight
		x.yearOff += b.yearOff
	}
}

// readGold reads a TempEval-style .jsonl corpus.
func readGold(path string) ([]goldDoc, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, &timeline.InputError{Path: path, Line: n, Msg: extract.DescribeJSONError(err)}
		}
		if d.DCT == "" {
			d.DCT = d.Published
		}
		if d.DCT == "" {
			return nil, &timeline.InputError{Path: path, Line: n, Msg: `no "dct" (or "published") field: not a gold corpus`}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, extract.ScanError(path, n, err)
	}
	if len(docs) == 0 {
		return nil, &timeline.InputError{Path: path, Msg: "empty file: no documents"}
	}
	return docs, nil
}

var (
	writtenYear = regexp.MustCompile(`\b(1[6-9]\d\d|20\d\d)\b|'\d\d\b`)
	weekdayName = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`)
	monthAndDay = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`)
	goldDay     = regexp.MustCompile(`^(\d{4})-(\d\d)-(\d\d)`)
	goldMonth   = regexp.MustCompile(`^(\d{4})-(\d\d)$`)
	goldYear    = regexp.MustCompile(`^(\d{4})$`)
)

// unanchoredGold turns a document's gold timexes into what a date engine
// without an anchor would give: values and intervals only where the year is
// written; weekdays as XXXX-WXX-d and days as XXXX-MM-DD otherwise.
func unanchoredGold(d goldDoc) []timeline.Timex {
	var out []timeline.Timex
	for _, g := range d.Timexes {
		s, e := byteOffset(d.Text, g.Start), byteOffset(d.Text, g.End)
		if s < 0 || e < s {
			continue
		}
		t := timeline.Timex{Start: s, End: e, Text: d.Text[s:e], Type: g.Type}
		if writtenYear.MatchString(g.Text) {
			t.Value = g.Value
			t.Grain, t.Interval = goldInterval(g.Value)
		} else if m := goldDay.FindStringSubmatch(g.Value); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			dd, _ := strconv.Atoi(m[3])
			switch {
			case weekdayName.MatchString(g.Text):
				wd := int(time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC).Weekday())
				if wd == 0 {
					wd = 7
				}
				t.Value = fmt.Sprintf("XXXX-WXX-%d", wd)
			case monthAndDay.MatchString(g.Text):
				t.Value = fmt.Sprintf("XXXX-%s-%s", m[2], m[3])
			default:
				t.Value = "XXXX-XX-XX"
			}
			t.Grain = timeline.GrainDay
		} else {
			t.Value = "XXXX"
		}
		out = append(out, t)
	}
	return out
}

// goldInterval returns the grain and days of a fully specified value.
func goldInterval(v string) (timeline.Grain, timeline.Interval) {
	if m := goldDay.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		dd, _ := strconv.Atoi(m[3])
		d := timeline.Day(y, time.Month(mo), dd)
		return timeline.GrainDay, timeline.Interval{Start: d, End: d}
	}
	if m := goldMonth.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		s := timeline.Day(y, time.Month(mo), 1)
		return timeline.GrainMonth, timeline.Interval{Start: s, End: s.AddDate(0, 1, -1)}
	}
	if m := goldYear.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		return timeline.GrainYear, timeline.Interval{Start: timeline.Day(y, 1, 1), End: timeline.Day(y, 12, 31)}
	}
	return timeline.GrainNone, timeline.Interval{}
}

// byteOffset converts a character (code point) offset of s to a byte offset.
func byteOffset(s string, chars int) int {
	off := 0
	for i := 0; i < chars; i++ {
		if off >= len(s) {
			return -1
		}
		_, n := utf8.DecodeRuneInString(s[off:])
		off += n
	}
	return off
}
