package render

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// csvHeader names the columns of timeline.csv.
var csvHeader = []string{"value", "start", "end", "grain", "title", "actors", "sources", "first_sentence", "mod", "id"}

// CSV writes the timeline as timeline.csv (RFC 4180: comma-separated,
// CRLF line ends, fields quoted when they hold a comma, a quote or a line
// break): a header row, then one row per event in timeline order with the
// TIMEX3 value, the first and last day covered (YYYY-MM-DD), the grain, the
// title, the actors and the source article ids (each list joined by "; "),
// the sentence of the event's first mention, the TIMEX3 mod and the event
// id. Text is written on one line, as UTF-8 without a byte order mark;
// nothing is prefixed to cells that start with "=", so a spreadsheet
// reading the file should be told to treat the columns as text.
func CSV(w io.Writer, tl *timeline.Timeline, _ Options) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for i := range tl.Events {
		e := &tl.Events[i]
		row := []string{
			oneLine(e.Date.Value),
			e.Date.Start,
			e.Date.End,
			string(e.Date.Grain),
			oneLine(e.Title),
			joinOneLine(e.Actors),
			joinOneLine(e.Sources),
			firstSentence(e),
			oneLine(e.Date.Mod),
			e.ID,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// joinOneLine joins a list with "; ", each item on one line.
func joinOneLine(items []string) string {
	parts := make([]string, 0, len(items))
	for _, s := range items {
		if s = oneLine(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}
