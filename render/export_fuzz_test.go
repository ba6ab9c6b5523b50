package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// FuzzExports renders a one-article, one-event timeline made of arbitrary
// text in every export format and checks that each stays well-formed:
// valid JSON, a CSV that reads back to one row, folded iCalendar lines,
// well-formed TimeML, and a handout whose text makes no heading.
func FuzzExports(f *testing.F) {
	f.Add("000", "Title </script>", "Summary, \"q\"; x\\y", "On March 16, 2017, it rained.", "2017-03-16", "", uint8(2), 3, 17)
	f.Add("a/b", "# h\n- l", "\r\n", "\xff\x00 ]]> &amp;", "2017-W13", "END", uint8(4), -1, 400)
	f.Add("", "", "", "", "", "", uint8(0), 0, 0)
	grains := []timeline.Grain{timeline.GrainMinute, timeline.GrainHour, timeline.GrainDay, timeline.GrainWeek,
		timeline.GrainMonth, timeline.GrainQuarter, timeline.GrainSeason, timeline.GrainYear, timeline.GrainDecade,
		timeline.GrainCentury, timeline.GrainNone}
	f.Fuzz(func(t *testing.T, id, title, summary, text, value, mod string, grain uint8, start, end int) {
		d := timeline.Date{Value: value, Mod: mod, Grain: grains[int(grain)%len(grains)], Start: "2017-03-27", End: "2017-04-02"}
		tl := &timeline.Timeline{
			Version: timeline.FormatVersion,
			Articles: []timeline.Article{{ID: id, Title: title, URL: "https://x.example/" + id, Published: "2017-03-31", Text: text,
				Timexes: []timeline.Timex{{Start: start, End: end, Type: value, Value: value, Mod: mod}, {Start: 0, End: len(text), Value: mod}}}},
			Events: []timeline.Event{{ID: id, Date: d, Title: title, Summary: summary, Actors: []string{title}, Sources: []string{id},
				Mentions: []timeline.Mention{{Article: id, Sentence: text}}}},
		}
		for _, fm := range goldenFormats(t) {
			for path, out := range renderAll(t, fm, tl, Options{Title: summary}) {
				switch fm.Name {
				case "json", "timelinejs":
					if !json.Valid(out) {
						t.Errorf("%s: invalid JSON", path)
					}
				case "csv":
					rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
					if err != nil || len(rows) != 2 {
						t.Errorf("%s: %d rows, %v", path, len(rows), err)
					}
				case "ics":
					unfoldICS(t, out)
				case "tml":
					readTimeML(t, out)
				case "md":
					if !utf8.Valid(out) {
						t.Errorf("%s: invalid UTF-8", path)
					}
					if n := strings.Count(string(out), "\n#"); n != 2 {
						t.Errorf("%s: %d headings, want 2 (the event and Articles):\n%s", path, n, out)
					}
				}
			}
		}
	})
}
