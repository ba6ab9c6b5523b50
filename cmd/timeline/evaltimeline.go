package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

const evalTimelineUsage = `timeline eval-timeline scores built events against the gold cross-document
timelines of SemEval-2015 Task 4 (TimeLine).

Usage:
  timeline eval-timeline [flags] TRIAL.jsonl

The file holds articles ("kind":"article": id, dct, text) and gold timelines
("kind":"timeline": a target entity and ordered entries, each with a TIMEX3
date, XXXX-XX-XX when unknown, and event mentions with doc_id, sentence and
character offsets). Every article is run through the whole pipeline
(sections, dates anchored at the dct, mentions) and one timeline is built
over all of them.

How our events map to gold entries: a gold entry is recovered when one of
our events has a mention in the same document whose sentence holds one of
the entry's event mentions (the gold character offsets are converted to
bytes). A recovered entry with a known date has the right date when the
event's date, cut to the gold precision, equals it (2008-06-09 for
2008-06-09; 2008-03 for 2008-03-XX); "within" counts events whose date
interval lies inside the gold date's. Gold timelines cover only their
target entities, so most of our events map to no entry by design.

Flags:
`

// goldLine is one line of the SemEval trial file.
type goldLine struct {
	Kind      string      `json:"kind"`
	ID        string      `json:"id"`
	Title     string      `json:"title"`
	DCT       string      `json:"dct"`
	Text      string      `json:"text"`
	Entity    string      `json:"entity"`
	Entries   []goldEntry `json:"entries"`
	Published string      `json:"published"`
}

// goldEntry is one line of a gold timeline: events at one date.
type goldEntry struct {
	Order  int         `json:"order"`
	Date   string      `json:"date"`
	Events []goldEvent `json:"events"`
}

// goldEvent is one gold event mention.
type goldEvent struct {
	DocID string `json:"doc_id"`
	Sent  int    `json:"sent"`
	Token string `json:"token"`
	Start *int   `json:"start"`
	End   *int   `json:"end"`
}

// runEvalTimeline scores built events against SemEval-2015 Task 4 gold
// timelines.
func runEvalTimeline(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("timeline eval-timeline", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	help := fs.BoolP("help", "h", false, "show this help")
	verbose := fs.BoolP("verbose", "v", false, "list every gold entry and the event it maps to")
	errs := fs.BoolP("errors", "e", false, "list every recovered dated entry whose date is wrong: the gold event, our date expression and its sentence")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "timeline eval-timeline: %v\nRun 'timeline eval-timeline --help' for usage.\n", err)
		return exitUsage
	}
	if *help {
		fmt.Fprint(stdout, evalTimelineUsage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return exitOK
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "timeline eval-timeline: want one TRIAL.jsonl file")
		return exitUsage
	}
	arts, gold, err := readTrial(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "timeline eval-timeline: %v\n", err)
		return exitPartial
	}
	tl := buildTrial(arts)
	r := scoreTrial(arts, gold, tl)
	r.write(stdout, *verbose)
	if *errs {
		r.writeErrors(stdout)
	}
	return exitOK
}

// readTrial reads the articles and gold timelines of a trial file.
func readTrial(path string) ([]timeline.Article, []goldLine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var arts []timeline.Article
	var gold []goldLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l goldLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %s", path, n, extract.DescribeJSONError(err))
		}
		switch l.Kind {
		case "article":
			a := timeline.Article{ID: l.ID, Title: l.Title, Path: path, Line: n, Text: l.Text,
				PublishedSource: timeline.SourceNone}
			if p, err := extract.ParsePublished(l.DCT); err == nil {
				a.Published, a.PublishedSource = p, timeline.SourceField
			}
			arts = append(arts, a)
		case "timeline":
			gold = append(gold, l)
		default:
			return nil, nil, fmt.Errorf("%s:%d: unknown kind %q (want article or timeline)", path, n, l.Kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, extract.ScanError(path, n, err)
	}
	if len(arts) == 0 {
		return nil, nil, fmt.Errorf(`%s: no articles (no line of "kind":"article")`, path)
	}
	return arts, gold, nil
}

// buildTrial runs the pipeline over the articles and builds one timeline.
func buildTrial(arts []timeline.Article) *timeline.Timeline {
	f := extract.NewFinder()
	var ms []timeline.Mention
	for i := range arts {
		arts[i].Paragraphs = extract.Classify(arts[i].Text)
		txs, m := extract.Process(&arts[i], f, extract.Options{})
		arts[i].Timexes = txs
		ms = append(ms, m...)
	}
	return timeline.Build(arts, ms, timeline.Options{})
}

// trialResult is the outcome of scoring.
type trialResult struct {
	articles, events, mentions int
	entries, dated             int
	recovered, recoveredDated  int
	rightDate, withinDate      int
	eventsMapped               int
	perEntity                  []entityResult
	lines                      []string
	wrong                      []dateError
}

// dateError is a recovered dated gold entry whose event has another date:
// the gold event mention and our mention in the same sentence.
type dateError struct {
	entity, gold string // the gold timeline and entry date
	doc, token   string // the gold event mention
	event        timeline.Date
	m            *timeline.Mention // our mention in the gold mention's sentence
}

// entityResult is the outcome for one gold timeline.
type entityResult struct {
	entity                           string
	entries, dated, recovered, right int
}

// mentionRef points at one of our mentions.
type mentionRef struct {
	event int
	m     *timeline.Mention
}

// scoreTrial maps gold entries to events.
func scoreTrial(arts []timeline.Article, gold []goldLine, tl *timeline.Timeline) trialResult {
	r := trialResult{articles: len(arts), events: len(tl.Events)}
	texts := map[string]string{}
	for _, a := range arts {
		texts[a.ID] = a.Text
	}
	byDoc := map[string][]mentionRef{}
	for ei := range tl.Events {
		for mi := range tl.Events[ei].Mentions {
			m := &tl.Events[ei].Mentions[mi]
			byDoc[m.Article] = append(byDoc[m.Article], mentionRef{ei, m})
			r.mentions++
		}
	}
	mapped := map[int]bool{}
	for _, g := range gold {
		er := entityResult{entity: g.Entity}
		for _, e := range g.Entries {
			er.entries++
			dated := goldValue(e.Date) != ""
			if dated {
				er.dated++
			}
			found := -1
			var foundRef *timeline.Mention
			var foundGold goldEvent
			for _, ge := range e.Events {
				text, ok := texts[ge.DocID]
				if !ok || ge.Start == nil {
					continue
				}
				off := runeToByte(text, *ge.Start)
				for _, ref := range byDoc[ge.DocID] {
					s := ref.m.SentenceStart
					if off >= s && off < s+len(ref.m.Sentence) {
						if found < 0 || dated && dateRight(tl.Events[ref.event].Date, e.Date) {
							found, foundRef, foundGold = ref.event, ref.m, ge
						}
					}
				}
			}
			line := fmt.Sprintf("%-22.22s %-10s", g.Entity, e.Date)
			if found >= 0 {
				er.recovered++
				mapped[found] = true
				ev := tl.Events[found]
				line += fmt.Sprintf(" -> %-10s %q", ev.Date.Value, ev.Title)
				if dated {
					r.recoveredDated++
					if dateRight(ev.Date, e.Date) {
						er.right++
					} else {
						if dateWithin(ev.Date, e.Date) {
							r.withinDate++
						}
						r.wrong = append(r.wrong, dateError{entity: g.Entity, gold: e.Date,
							doc: foundGold.DocID, token: foundGold.Token, event: ev.Date, m: foundRef})
					}
				}
			} else {
				line += " -> (none)"
			}
			r.lines = append(r.lines, line)
		}
		r.entries += er.entries
		r.dated += er.dated
		r.recovered += er.recovered
		r.rightDate += er.right
		r.perEntity = append(r.perEntity, er)
	}
	r.withinDate += r.rightDate
	r.eventsMapped = len(mapped)
	return r
}

// runeToByte converts a character offset of text to a byte offset.
func runeToByte(text string, n int) int {
	b := 0
	for i := 0; i < n && b < len(text); i++ {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	return b
}

// goldValue normalises a gold date: "2008-03-XX" is "2008-03", "2010-XX-XX"
// is "2010".
func goldValue(g string) string {
	parts := strings.Split(g, "-")
	var keep []string
	for _, p := range parts {
		if strings.Contains(p, "X") {
			break
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, "-")
}

// dateRight reports whether our date, cut to the gold precision, is the
// gold date.
func dateRight(d timeline.Date, gold string) bool {
	g := goldValue(gold)
	if g == "" || d.Start == "" {
		return false
	}
	v := d.Value
	if d.Grain == timeline.GrainDay || len(v) >= len(g) && d.Start == d.End {
		v = d.Start
	}
	return len(v) >= len(g) && v[:len(g)] == g && (len(v) == len(g) || v[len(g)] == '-')
}

// dateWithin reports whether our date's interval lies inside the gold
// date's.
func dateWithin(d timeline.Date, gold string) bool {
	g := goldValue(gold)
	var s, e time.Time
	var err error
	switch len(g) {
	case 4:
		s, err = time.Parse("2006", g)
		e = s.AddDate(1, 0, -1)
	case 7:
		s, err = time.Parse("2006-01", g)
		e = s.AddDate(0, 1, -1)
	case 10:
		s, err = time.Parse("2006-01-02", g)
		e = s
	default:
		return false
	}
	if err != nil {
		return false
	}
	return timeline.Interval{Start: s, End: e}.Contains(d.Interval())
}

// writeErrors lists the recovered dated entries with a wrong date.
func (r trialResult) writeErrors(w io.Writer) {
	fmt.Fprintf(w, "wrong dates: %d\n", len(r.wrong))
	for _, e := range r.wrong {
		fmt.Fprintf(w, "%s gold %s %q (%s): event %s, our expression %q = %s\n  %s\n",
			e.entity, e.gold, e.token, e.doc, e.event.Value, e.m.Text, e.m.Value, e.m.Sentence)
	}
}

// write prints the report.
func (r trialResult) write(w io.Writer, verbose bool) {
	pct := func(a, b int) string {
		if b == 0 {
			return "  -  "
		}
		return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "articles %d, events %d (%d mentions), %d events map to a gold entry\n",
		r.articles, r.events, r.mentions, r.eventsMapped)
	fmt.Fprintf(w, "gold entries %d, recovered %d (%s)\n", r.entries, r.recovered, pct(r.recovered, r.entries))
	fmt.Fprintf(w, "gold dated entries %d, recovered %d (%s), with the right date %d (%s), date within gold %d (%s)\n",
		r.dated, r.recoveredDated, pct(r.recoveredDated, r.dated), r.rightDate, pct(r.rightDate, r.dated),
		r.withinDate, pct(r.withinDate, r.dated))
	ents := append([]entityResult(nil), r.perEntity...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].entity < ents[j].entity })
	for _, e := range ents {
		fmt.Fprintf(w, "  %-22s entries %3d recovered %3d  dated %3d right date %3d (%s)\n",
			e.entity, e.entries, e.recovered, e.dated, e.right, pct(e.right, e.dated))
	}
	if verbose {
		for _, l := range r.lines {
			fmt.Fprintln(w, l)
		}
	}
}
