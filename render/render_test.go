package render

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub", "out.json")
	if err := WriteFileAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "first"); return err }); err != nil {
		t.Fatal(err)
	}
	// A writer that fails half-way must leave the previous file untouched
	// and no temporary file behind.
	boom := errors.New("boom")
	err := WriteFileAtomic(p, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err %v, want boom", err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "first" {
		t.Errorf("file now %q, want the previous content", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only out.json", len(entries))
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{in: "html,json", want: "html,json"},
		{in: " JSON , html,json", want: "json,html"},
		{in: "pdf", err: "unknown format \"pdf\""},
		{in: ",", err: "no format"},
	}
	for _, tt := range tests {
		fs, err := ParseFormats(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseFormats(%q) error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		var names []string
		for _, f := range fs {
			names = append(names, f.Name)
		}
		if err != nil || strings.Join(names, ",") != tt.want {
			t.Errorf("ParseFormats(%q) = %v, %v; want %s", tt.in, names, err, tt.want)
		}
	}
}
