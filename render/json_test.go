package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestJSONAsEncoder checks that the streamed JSON is byte for byte what
// encoding/json writes for the whole timeline.
func TestJSONAsEncoder(t *testing.T) {
	many := func(n int) *timeline.Timeline {
		tl := &timeline.Timeline{Version: timeline.FormatVersion, Articles: []timeline.Article{{ID: "a", Title: "<b>A & B</b>"}}}
		for i := 0; i < n; i++ {
			tl.Events = append(tl.Events, timeline.Event{ID: fmt.Sprintf("e%d", i), Title: "Kelly met <reporters> & \u2028 them",
				Mentions: []timeline.Mention{{Article: "a", Sentence: "s", Actors: []string{"Kelly"}}}})
		}
		return tl
	}
	withRest := many(3)
	withRest.Unresolved = []timeline.Mention{{Article: "a", Timex: timeline.Timex{Value: "XXXX-WXX-5"}}}
	withRest.Errors = []timeline.InputError{{Path: "x.jsonl", Line: 2, Msg: "bad"}}
	tests := []struct {
		name string
		tl   *timeline.Timeline
	}{
		{"nil slices", &timeline.Timeline{Version: 1}},
		{"empty events", &timeline.Timeline{Version: 1, Events: []timeline.Event{}}},
		{"one event", many(1)},
		{"one chunk exactly", many(jsonChunk)},
		{"many chunks", many(3*jsonChunk + 7)},
		{"unresolved and errors", withRest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tt.tl); err != nil {
				t.Fatal(err)
			}
			if err := JSON(&got, tt.tl, Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("got\n%s\nwant\n%s", got.Bytes(), want.Bytes())
			}
		})
	}
}

// TestIndentCompact checks indentCompact against json.Indent, on compact
// JSON and on input it hands to json.Indent.
func TestIndentCompact(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[{}]}`, `"x"`, `12`, `null`, `[1,2,[3,[]],{"k":true}]`,
		`{"s":"quote \" comma, colon: brace { ] \\ end","t":"\\\\"}`, `{"a":"\u2028 é"}`, `{"a":"\\\"x\\","b":"\\"}`, `["\"",""]`,
		`{"a": 1}`, `[1, 2]`, ``, `{"a":`, `{"a":"open`, `]`,
	} {
		var got, want bytes.Buffer
		got.WriteString("    ")
		want.WriteString("    ")
		gotErr := indentCompact(&got, []byte(src), "    ", "  ")
		wantErr := json.Indent(&want, []byte(src), "    ", "  ")
		if (gotErr != nil) != (wantErr != nil) {
			t.Errorf("%q: error %v, want %v", src, gotErr, wantErr)
			continue
		}
		if wantErr == nil && got.String() != want.String() {
			t.Errorf("%q: got\n%s\nwant\n%s", src, got.String(), want.String())
		}
	}
}
