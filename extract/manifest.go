package extract

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// ReadManifest reads a CSV or JSON file mapping article ids or paths to
// publication dates, and returns them in the canonical form of
// ParsePublished.
//
// CSV: two columns, `id_or_path,published`, with an optional header line
// and '#' comment lines. JSON: an object {"id_or_path": "date", ...} or an
// array of objects [{"id": ..., "published": ...}] (the key may also be
// "path", "file" or "url"; the date "date"). Errors are *timeline.InputError
// values naming the file and line.
func ReadManifest(p string) (map[string]string, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, &timeline.InputError{Path: p, Msg: describeOSError(err)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, &timeline.InputError{Path: p, Msg: "empty file"}
	}
	var m map[string]string
	if trimmed[0] == '{' || trimmed[0] == '[' || strings.EqualFold(filepath.Ext(p), ".json") {
		m, err = readManifestJSON(p, data)
	} else {
		m, err = readManifestCSV(p, data)
	}
	if err != nil {
		return nil, err
	}
	if len(m) == 0 {
		return nil, &timeline.InputError{Path: p, Msg: "no entries"}
	}
	return m, nil
}

// manifestAdder collects entries, refusing a key given two different dates.
type manifestAdder struct {
	path  string
	m     map[string]string
	lines map[string]int
}

// add parses date and stores it under key, reporting errors at line.
func (ma *manifestAdder) add(key, date string, line int) error {
	key = strings.TrimSpace(key)
	if key == "" {
		return &timeline.InputError{Path: ma.path, Line: line, Msg: "empty article id or path"}
	}
	pub, err := ParsePublished(date)
	if err != nil {
		return &timeline.InputError{Path: ma.path, Line: line, Msg: fmt.Sprintf("%s: %v", key, err)}
	}
	key = manifestKey(key)
	if old, ok := ma.m[key]; ok && old != pub {
		return &timeline.InputError{Path: ma.path, Line: line, Msg: fmt.Sprintf("%s is given %s here and %s on line %d", key, pub, old, ma.lines[key])}
	}
	ma.m[key], ma.lines[key] = pub, line
	return nil
}

// manifestKey normalises an id or path for lookup.
func manifestKey(k string) string {
	k = strings.TrimSpace(k)
	if strings.ContainsAny(k, `/\`) && !strings.Contains(k, "://") {
		k = path.Clean(filepath.ToSlash(k))
	}
	return k
}

// readManifestCSV reads `id_or_path,published` lines.
func readManifestCSV(p string, data []byte) (map[string]string, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.Comment = '#'
	r.TrimLeadingSpace = true
	ma := &manifestAdder{path: p, m: map[string]string{}, lines: map[string]int{}}
	first := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &timeline.InputError{Path: p, Line: pe.Line, Msg: pe.Err.Error()}
			}
			return nil, &timeline.InputError{Path: p, Msg: err.Error()}
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != 2 {
			return nil, &timeline.InputError{Path: p, Line: line, Msg: fmt.Sprintf("want 2 columns (id_or_path,published), got %d", len(rec))}
		}
		if first {
			first = false
			if isManifestHeader(rec) {
				continue
			}
		}
		if err := ma.add(rec[0], rec[1], line); err != nil {
			return nil, err
		}
	}
	return ma.m, nil
}

// isManifestHeader reports whether a first CSV record is a header line.
func isManifestHeader(rec []string) bool {
	if _, err := ParsePublished(rec[1]); err == nil {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(rec[1]))
	return h == "published" || h == "date" || h == "published_at" || h == "pubdate" || h == "dct"
}

// manifestEntry is one element of a JSON array manifest.
type manifestEntry struct {
	ID, Path, File, URL string
	Published, Date     string
}

// readManifestJSON reads an object or an array of objects.
func readManifestJSON(p string, data []byte) (map[string]string, error) {
	ma := &manifestAdder{path: p, m: map[string]string{}, lines: map[string]int{}}
	dec := json.NewDecoder(bytes.NewReader(data))
	lineAt := func(off int64) int { return 1 + bytes.Count(data[:min(int(off), len(data))], []byte("\n")) }
	jsonErr := func(err error) error {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return &timeline.InputError{Path: p, Line: lineAt(se.Offset), Msg: se.Error()}
		case errors.As(err, &te):
			return &timeline.InputError{Path: p, Line: lineAt(te.Offset), Msg: fmt.Sprintf("want a string, got a JSON %s", te.Value)}
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			return &timeline.InputError{Path: p, Line: lineAt(int64(len(data))), Msg: "unexpected end of JSON"}
		}
		return &timeline.InputError{Path: p, Line: lineAt(dec.InputOffset()), Msg: err.Error()}
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonErr(err)
	}
	switch tok {
	case json.Delim('{'):
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, jsonErr(err)
			}
			line := lineAt(dec.InputOffset() - 1) // the key's closing quote
			var v string
			if err := dec.Decode(&v); err != nil {
				var te *json.UnmarshalTypeError
				if errors.As(err, &te) {
					return nil, &timeline.InputError{Path: p, Line: line, Msg: fmt.Sprintf("%q: want a date string, got a JSON %s", kt, te.Value)}
				}
				return nil, jsonErr(err)
			}
			if err := ma.add(kt.(string), v, line); err != nil {
				return nil, err
			}
		}
	case json.Delim('['):
		for dec.More() {
			start := int(dec.InputOffset())
			for start < len(data) && strings.IndexByte(" \t\r\n,", data[start]) >= 0 {
				start++
			}
			line := lineAt(int64(start))
			var e manifestEntry
			if err := dec.Decode(&e); err != nil {
				return nil, jsonErr(err)
			}
			key := firstNonEmpty(e.ID, e.Path, e.File, e.URL)
			date := firstNonEmpty(e.Published, e.Date)
			if key == "" || date == "" {
				return nil, &timeline.InputError{Path: p, Line: line, Msg: `each entry needs "id" (or "path", "file", "url") and "published" (or "date")`}
			}
			if err := ma.add(key, date, line); err != nil {
				return nil, err
			}
		}
	default:
		return nil, &timeline.InputError{Path: p, Line: 1, Msg: "want a JSON object or array"}
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonErr(err)
	}
	return ma.m, nil
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// manifestLookup returns the manifest date of an article: by id, path,
// file name or file name without extension, or URL.
func manifestLookup(m map[string]string, a *timeline.Article) (string, string, bool) {
	for _, k := range manifestKeys(a) {
		if v, ok := m[k]; ok {
			return v, k, true
		}
	}
	return "", "", false
}

// manifestKeys lists the keys a manifest may name an article by, most
// specific first.
func manifestKeys(a *timeline.Article) []string {
	base := path.Base(filepath.ToSlash(a.Path))
	var ks []string
	for _, k := range []string{a.ID, manifestKey(a.Path), base, strings.TrimSuffix(base, path.Ext(base)), a.URL} {
		if k != "" && k != "." && k != "/" {
			ks = append(ks, k)
		}
	}
	return ks
}

// UnusedManifestKeys returns the keys of a manifest that name none of the
// articles, sorted: most likely typos, or files left out of the run.
func UnusedManifestKeys(m map[string]string, arts []timeline.Article) []string {
	used := map[string]bool{}
	for i := range arts {
		for _, k := range manifestKeys(&arts[i]) {
			used[k] = true
		}
	}
	var out []string
	for k := range m {
		if !used[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
