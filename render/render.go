package render

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Options configures the writers. The zero Options is valid.
type Options struct {
	// Title heads the page and the handouts ("" for a default).
	Title string
	// EchartsJS is the content of an echarts.min.js to inline into the page
	// (for example from the npm package echarts), making it self-contained:
	// its chart then draws offline.
	EchartsJS []byte
	// EchartsSrc, when EchartsJS is empty, is the address the page loads
	// echarts from (a file beside the page, a mirror); "" is EchartsCDN.
	EchartsSrc string
	// Lanes groups the chart's rows: "actor" (default) or "source".
	Lanes string
}

// Format is one output format.
type Format struct {
	// Name is what --format takes.
	Name string
	// File is the file written into the output directory; for a format of
	// several files (Files set) it is the directory that holds them, ending
	// in "/".
	File string
	// Write writes the format: the whole file, or for a format of several
	// files what --stdout prints (see each format's doc).
	Write func(w io.Writer, tl *timeline.Timeline, opt Options) error
	// Files, when set, lists the files the format writes into the output
	// directory (the tml format writes one file per article).
	Files func(tl *timeline.Timeline, opt Options) []File
	// NeedsText is set for formats that need every article's Text and
	// Timexes, which a build otherwise drops as soon as it can.
	NeedsText bool
}

// Formats returns every output format by name.
func Formats() map[string]Format {
	fs := []Format{
		{Name: "html", File: "timeline.html", Write: HTML},
		{Name: "json", File: "timeline.json", Write: JSON},
	}
	fs = append(fs, exportFormats()...)
	m := make(map[string]Format, len(fs))
	for _, f := range fs {
		m[f.Name] = f
	}
	return m
}

// FormatNames returns the names of every format, sorted.
func FormatNames() []string {
	var names []string
	for n := range Formats() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// WriteFileAtomic writes a file through a temporary file in the same
// directory that is renamed into place only when write succeeded, so that a
// failure never leaves a half-written file.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// ParseFormats splits a comma-separated --format list and checks each name.
func ParseFormats(list string) ([]Format, error) {
	all := Formats()
	var out []Format
	seen := map[string]bool{}
	for _, n := range strings.Split(list, ",") {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" || seen[n] {
			continue
		}
		f, ok := all[n]
		if !ok {
			return nil, fmt.Errorf("unknown format %q (want one of %s)", n, strings.Join(FormatNames(), ", "))
		}
		seen[n] = true
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format given")
	}
	return out, nil
}
