package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestTimelineJS(t *testing.T) {
	tl := exportFixture()
	var buf bytes.Buffer
	if err := TimelineJS(&buf, tl, fixtureOptions); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title  map[string]any   `json:"title"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title["text"] == nil || doc.Title["start_date"] != nil {
		t.Errorf("title slide = %v", doc.Title)
	}
	if len(doc.Events) != len(tl.Events) {
		t.Fatalf("%d events, want %d", len(doc.Events), len(tl.Events))
	}
	keys := func(m any) string {
		if m == nil {
			return "-"
		}
		var ks []string
		for _, k := range []string{"year", "month", "day", "hour", "minute"} {
			if v, ok := m.(map[string]any)[k]; ok {
				ks = append(ks, k+"="+v.(string))
			}
		}
		return strings.Join(ks, ",")
	}
	want := map[timeline.Grain]string{
		timeline.GrainDecade:  "year=2010 / year=2019",
		timeline.GrainYear:    "year=2015 / -",
		timeline.GrainDay:     "year=2017,month=3,day=16 / -",
		timeline.GrainMonth:   "year=2017,month=3 / -",
		timeline.GrainWeek:    "year=2017,month=3,day=27 / year=2017,month=4,day=2",
		timeline.GrainMinute:  "year=2017,month=3,day=31,hour=21,minute=11 / -",
		timeline.GrainQuarter: "year=2017,month=4 / year=2017,month=6",
		timeline.GrainSeason:  "year=2017,month=6 / year=2017,month=8",
	}
	for i, ev := range doc.Events {
		e := tl.Events[i]
		if got := keys(ev["start_date"]) + " / " + keys(ev["end_date"]); got != want[e.Date.Grain] {
			t.Errorf("%s event: dates %s, want %s", e.Date.Grain, got, want[e.Date.Grain])
		}
		if ev["unique_id"] != e.ID {
			t.Errorf("unique_id %v, want %s", ev["unique_id"], e.ID)
		}
		text := ev["text"].(map[string]any)
		for _, f := range []string{"headline", "text"} {
			s := text[f].(string)
			if strings.Contains(s, "<script") || strings.Contains(s, "</script") || strings.Contains(s, `"ICE"`) {
				t.Errorf("%s not escaped: %q", f, s)
			}
		}
		if ev["display_date"] != dateWords(e.Date) {
			t.Errorf("display_date %v, want %s", ev["display_date"], dateWords(e.Date))
		}
	}
	// The month with mod END says so in words.
	if !bytes.Contains(buf.Bytes(), []byte(`"display_date": "late March 2017"`)) {
		t.Error("no display_date late March 2017")
	}
	// The javascript: address is not linked; the https one is, escaped.
	if bytes.Contains(buf.Bytes(), []byte("javascript:")) {
		t.Error("javascript: address written")
	}
	if !bytes.Contains(buf.Bytes(), []byte(`<a href=\"https://time.com/4720348/ice?a=1&amp;b=(2)\">`)) {
		t.Error("https source not linked")
	}
}

func TestTimelineJSLanes(t *testing.T) {
	tl := exportFixture()
	var buf bytes.Buffer
	if err := TimelineJS(&buf, tl, Options{Lanes: "source"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"group": "wapo/001 Zoë"`)) {
		t.Error("no group named after a source")
	}
}
