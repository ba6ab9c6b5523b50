package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

// dedupeInputs drops the inputs that would be read a second time: one that
// names the same file or directory as an earlier input (or "-" again), and
// one that a directory among the inputs walks into anyway. Each article is
// then read once, and an event reported by it counts it as one source. It
// returns the inputs to read and, for each one dropped, why. Inputs are
// compared by their absolute paths with symbolic links resolved, in time
// linear in their number (a shell glob may give tens of thousands).
func dedupeInputs(inputs []string) (keep []string, dropped []*timeline.InputError) {
	reals := make([]string, len(inputs)) // "" when it cannot be resolved
	isDir := make([]bool, len(inputs))
	dirs := map[string]string{} // directory inputs: resolved path -> name given
	for i, name := range inputs {
		if name == "-" {
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			continue // the loader reports it
		}
		abs, err := filepath.Abs(name)
		if err != nil {
			continue
		}
		if reals[i], err = filepath.EvalSymlinks(abs); err != nil {
			reals[i] = ""
			continue
		}
		if isDir[i] = info.IsDir(); isDir[i] {
			if _, ok := dirs[reals[i]]; !ok {
				dirs[reals[i]] = name
			}
		}
	}
	seen := map[string]string{} // inputs kept: resolved path -> name given
	stdin := false
	for i, name := range inputs {
		real := reals[i]
		switch {
		case name == "-" && stdin:
			dropped = append(dropped, &timeline.InputError{Path: "-", Msg: "standard input given twice; read once"})
			continue
		case name == "-":
			stdin = true
		case real == "":
		case seen[real] != "":
			msg := "given twice; read once"
			if seen[real] != name {
				msg = fmt.Sprintf("given twice (also as %s); read once", seen[real])
			}
			dropped = append(dropped, &timeline.InputError{Path: name, Msg: msg})
			continue
		case isDir[i] || extract.Walked(real):
			if dir := enclosingDir(real, dirs); dir != "" {
				dropped = append(dropped, &timeline.InputError{Path: name, Msg: fmt.Sprintf("read from %s already; read once", dir)})
				continue
			}
		}
		if real != "" {
			seen[real] = name
		}
		keep = append(keep, name)
	}
	return keep, dropped
}

// enclosingDir returns the name given to the nearest directory of dirs
// (resolved paths) that holds path, or "".
func enclosingDir(path string, dirs map[string]string) string {
	for p := filepath.Dir(path); ; p = filepath.Dir(p) {
		if name, ok := dirs[p]; ok {
			return name
		}
		if p == filepath.Dir(p) {
			return ""
		}
	}
}
