package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// GoldDoc is one article of a TIMEX3 gold file (TempEval-3 format, one JSON
// object a line). Offsets in Timexes are CHARACTER offsets as read;
// ReadGold converts them to byte offsets.
type GoldDoc struct {
	// ID names the document.
	ID string `json:"id"`
	// DCT is the document creation time, the anchor of relative dates.
	DCT string `json:"dct"`
	// Text is the document's text.
	Text string `json:"text"`
	// Timexes are the gold temporal expressions, in text order.
	Timexes []GoldTimex `json:"timexes"`
}

// GoldTimex is one gold temporal expression.
type GoldTimex struct {
	// Start and End delimit the expression in the text: character offsets
	// in the file, byte offsets once ReadGold has converted them.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the expression as written.
	Text string `json:"text"`
	// Type is the TIMEX3 type: DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TIMEX3 value.
	Value string `json:"value"`
	// Mod is the TIMEX3 mod, "" when none.
	Mod string `json:"mod,omitempty"`
}

// ReadGold reads a gold .jsonl stream and converts the character offsets of
// every timex to byte offsets of Text. Every line must have a "timexes"
// list (empty for a document without dates). Errors name the file and line.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	var docs []GoldDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), maxGoldLine)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var d GoldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, &timeline.InputError{Path: name, Line: line, Msg: DescribeJSONError(err)}
		}
		if d.Timexes == nil {
			// An empty list is a document without dates; no list at all is
			// not gold (an article feed, a SemEval timeline).
			return nil, &timeline.InputError{Path: name, Line: line, Msg: `no "timexes" field: not a TIMEX3 gold corpus`}
		}
		byteAt := charToByte(d.Text)
		for i := range d.Timexes {
			g := &d.Timexes[i]
			if g.Start < 0 || g.End > len(byteAt)-1 || g.Start >= g.End {
				return nil, &timeline.InputError{Path: name, Line: line, Msg: fmt.Sprintf("timex %q: offsets %d-%d outside the text of %d characters", g.Text, g.Start, g.End, len(byteAt)-1)}
			}
			g.Start, g.End = byteAt[g.Start], byteAt[g.End]
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, ScanError(name, line, err)
	}
	return docs, nil
}

// ScanError describes the error of a bufio.Scanner reading the lines of a
// gold file (buffer at most 64 MB, as the eval commands set it) after line lines were read: the line that
// could not be read is the next one, and a line too long says so in words.
func ScanError(path string, line int, err error) error {
	msg := err.Error()
	if errors.Is(err, bufio.ErrTooLong) {
		msg = fmt.Sprintf("line longer than %d MB", maxGoldLine>>20)
	}
	return &timeline.InputError{Path: path, Line: line + 1, Msg: msg}
}

// maxGoldLine bounds a line of a gold file, in bytes.
const maxGoldLine = 64 << 20

// charToByte maps each character offset of s (and len) to its byte offset.
func charToByte(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// ParseDCT parses a gold document creation time (2017-03-31, or with a time).
func ParseDCT(s string) (time.Time, bool) {
	for _, l := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Error kinds of a Report.
const (
	ErrMissed   = "missed"
	ErrSpurious = "spurious"
	ErrValue    = "wrong value"
	ErrType     = "wrong type"
	ErrSpan     = "wrong span"
)

// EvalError is one disagreement between the system and the gold.
type EvalError struct {
	Kind    string // one of the Err constants: missed, spurious, wrong span, value or type
	Doc     string // the id of the document
	Context string // the text around the expression, the expression in [brackets]
	Gold    string // gold text, type and value ("" for spurious)
	System  string // system text, type and value ("" for missed)
}

// Report holds the TempEval-3 counts. Strict matches share the span;
// relaxed matches overlap. Attribute scores count relaxed matches whose
// attribute agrees, over system expressions (precision) and gold (recall).
type Report struct {
	// Docs, Gold and System count the documents scored and the gold and
	// system expressions in them.
	Docs, Gold, System int
	// Strict and Relaxed count the gold expressions matched by a system
	// expression with the same span, and with an overlapping one.
	Strict, Relaxed int
	// ValueMatch and TypeMatch count the relaxed matches whose value, and
	// whose type, agree with the gold.
	ValueMatch, TypeMatch int
	// Errors are the disagreements, document by document.
	Errors []EvalError
	// Agreement holds how the gold agrees with itself and what the wrong
	// values say of it (see Report.WriteAgreement).
	Agreement Agreement
}

// Score runs f over every document, anchored at its DCT, and adds the
// comparison with the gold to the report.
func (r *Report) Score(f *Finder, docs []GoldDoc) {
	for _, d := range docs {
		anchor, _ := ParseDCT(d.DCT)
		r.Add(d, f.Find(d.Text, anchor))
	}
}

// Add compares the system timexes of one document with its gold.
func (r *Report) Add(d GoldDoc, sys []timeline.Timex) {
	r.Docs++
	r.Agreement.addDoc(d.Text)
	r.Gold += len(d.Timexes)
	r.System += len(sys)
	used := make([]bool, len(sys))
	for _, g := range d.Timexes {
		r.Agreement.addGold(g)
		best := -1
		for j, s := range sys {
			if used[j] || s.End <= g.Start || s.Start >= g.End {
				continue
			}
			if best < 0 || overlap(s, g) > overlap(sys[best], g) {
				best = j
			}
		}
		slip := SlipReason(g.Text, g.Type, g.Value)
		if best < 0 {
			r.Agreement.addSlip(d.ID, g, slip, false, false)
			r.Agreement.addMissed(g.Text)
			r.Errors = append(r.Errors, EvalError{Kind: ErrMissed, Doc: d.ID, Context: context(d.Text, g.Start, g.End), Gold: goldString(g)})
			continue
		}
		used[best] = true
		s := sys[best]
		r.Relaxed++
		strict := s.Start == g.Start && s.End == g.End
		if strict {
			r.Strict++
		}
		okV, okT := s.Value == g.Value, s.Type == g.Type
		r.Agreement.addSlip(d.ID, g, slip, true, okV)
		if okV {
			r.ValueMatch++
		}
		if okT {
			r.TypeMatch++
		}
		e := EvalError{Doc: d.ID, Context: context(d.Text, min(s.Start, g.Start), max(s.End, g.End)), Gold: goldString(g), System: sysString(s)}
		switch {
		case !okV:
			e.Kind = ErrValue
			r.Agreement.addWrong(g, s.Value, s.Mod)
		case !okT:
			e.Kind = ErrType
		case !strict:
			e.Kind = ErrSpan
		default:
			continue
		}
		r.Errors = append(r.Errors, e)
	}
	for j, s := range sys {
		if !used[j] {
			r.Agreement.addSpurious(s.Text)
			r.Errors = append(r.Errors, EvalError{Kind: ErrSpurious, Doc: d.ID, Context: context(d.Text, s.Start, s.End), System: sysString(s)})
		}
	}
}

func overlap(s timeline.Timex, g GoldTimex) int { return min(s.End, g.End) - max(s.Start, g.Start) }

func goldString(g GoldTimex) string {
	return fmt.Sprintf("%q %s %s%s", g.Text, g.Type, g.Value, modString(g.Mod))
}

func sysString(s timeline.Timex) string {
	return fmt.Sprintf("%q %s %s%s", s.Text, s.Type, s.Value, modString(s.Mod))
}

func modString(m string) string {
	if m == "" {
		return ""
	}
	return " mod=" + m
}

// context returns up to 40 bytes either side of text[s:e] with the span bracketed.
func context(text string, s, e int) string {
	a, b := max(0, s-40), min(len(text), e+40)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	c := text[a:s] + "[" + text[s:e] + "]" + text[e:b]
	return strings.Join(strings.Fields(c), " ")
}

// F1 returns precision, recall and F1 of n correct over sys system and gold items.
func F1(n, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(n) / float64(sys)
	}
	if gold > 0 {
		r = float64(n) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// WriteSummary prints the scores as a small table.
func (r *Report) WriteSummary(w io.Writer) {
	fmt.Fprintf(w, "documents %d  gold %d  system %d\n", r.Docs, r.Gold, r.System)
	fmt.Fprintf(w, "%-14s %6s %6s %6s\n", "", "P", "R", "F1")
	row := func(name string, n int) {
		p, rc, f := F1(n, r.System, r.Gold)
		fmt.Fprintf(w, "%-14s %6.4f %6.4f %6.4f\n", name, p, rc, f)
	}
	row("strict span", r.Strict)
	row("relaxed span", r.Relaxed)
	row("value", r.ValueMatch)
	row("type", r.TypeMatch)
}

// WriteErrors prints up to n errors grouped by kind, the biggest group first.
func (r *Report) WriteErrors(w io.Writer, n int) {
	groups := map[string][]EvalError{}
	for _, e := range r.Errors {
		groups[e.Kind] = append(groups[e.Kind], e)
	}
	kinds := make([]string, 0, len(groups))
	for k := range groups {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if len(groups[kinds[i]]) != len(groups[kinds[j]]) {
			return len(groups[kinds[i]]) > len(groups[kinds[j]])
		}
		return kinds[i] < kinds[j]
	})
	// share n between the groups in proportion, at least one each
	total := len(r.Errors)
	for _, k := range kinds {
		g := groups[k]
		take := n
		if total > 0 && n < total {
			take = max(1, n*len(g)/total)
		}
		take = min(take, len(g))
		fmt.Fprintf(w, "\n== %s (%d)\n", k, len(g))
		for _, e := range g[:take] {
			fmt.Fprintf(w, "%s: %s\n", e.Doc, e.Context)
			if e.Gold != "" {
				fmt.Fprintf(w, "    gold   %s\n", e.Gold)
			}
			if e.System != "" {
				fmt.Fprintf(w, "    system %s\n", e.System)
			}
		}
	}
}
