package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// walkedExts are the file endings extract.Loader reads when it walks a
// directory; a file given by name is read whatever its ending.
var walkedExts = map[string]bool{".txt": true, ".md": true, ".jsonl": true, ".html": true, ".htm": true}

// dedupeInputs drops the inputs that would be read a second time: one that
// names the same file or directory as an earlier input (or "-" again), and
// one that a directory among the inputs walks into anyway. Each article is
// then read once, and an event reported by it counts it as one source. It
// returns the inputs to read and, for each one dropped, why.
func dedupeInputs(inputs []string) (keep []string, dropped []*timeline.InputError) {
	type input struct {
		name  string
		real  string // absolute, symbolic links resolved; "" if it cannot be
		info  os.FileInfo
		isDir bool
	}
	ins := make([]input, len(inputs))
	for i, name := range inputs {
		ins[i].name = name
		if name == "-" {
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			continue // the loader reports it
		}
		ins[i].info, ins[i].isDir = info, info.IsDir()
		if abs, err := filepath.Abs(name); err == nil {
			if r, err := filepath.EvalSymlinks(abs); err == nil {
				ins[i].real = r
			}
		}
	}
	stdin := false
	var kept []input
next:
	for _, in := range ins {
		if in.name == "-" {
			if stdin {
				dropped = append(dropped, &timeline.InputError{Path: "-", Msg: "standard input given twice; read once"})
				continue
			}
			stdin = true
		}
		if in.info == nil {
			keep = append(keep, in.name)
			continue
		}
		for _, prev := range kept {
			if prev.info != nil && os.SameFile(prev.info, in.info) {
				msg := "given twice; read once"
				if prev.name != in.name {
					msg = fmt.Sprintf("given twice (also as %s); read once", prev.name)
				}
				dropped = append(dropped, &timeline.InputError{Path: in.name, Msg: msg})
				continue next
			}
		}
		for _, dir := range ins {
			if !dir.isDir || dir.real == "" || in.real == "" || dir.real == in.real {
				continue
			}
			rel, err := filepath.Rel(dir.real, in.real)
			if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				continue
			}
			if in.isDir || walkedExts[strings.ToLower(filepath.Ext(in.real))] {
				dropped = append(dropped, &timeline.InputError{Path: in.name, Msg: fmt.Sprintf("read from %s already; read once", dir.name)})
				continue next
			}
		}
		keep = append(keep, in.name)
		kept = append(kept, in)
	}
	return keep, dropped
}
