package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files (and docs/screenshot.png in the browser test)")

// TestHTMLGolden renders the small fixture and compares it with the golden
// page; go test ./render -run TestHTMLGolden -update rewrites it.
func TestHTMLGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"page/small.html", Options{Title: "ICE arrests at California courthouses"}},
		{"page/small-source-lanes.html", Options{Lanes: "source", EchartsJS: []byte("/* echarts stand-in </script> */")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := HTML(&buf, fixtureTimeline(), tc.opt); err != nil {
				t.Fatal(err)
			}
			var again bytes.Buffer
			if err := HTML(&again, fixtureTimeline(), tc.opt); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Fatal("two renderings of the same timeline differ")
			}
			golden := filepath.Join("testdata", tc.name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("page differs from %s (run with -update after checking the change)", golden)
			}
		})
	}
}
