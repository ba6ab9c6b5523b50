package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestDedupeInputs checks which inputs are dropped as read already: the same
// file or directory by another name, a file or directory under a directory
// given, standard input twice; and which are kept: a file under a directory
// that the walk would skip for its ending, and inputs that do not exist.
func TestDedupeInputs(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a/x.txt", "a/sub/y.md", "a/notes.text", "b/z.jsonl"} {
		writeInput(t, dir, name, []byte("x"))
	}
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	tests := []struct {
		name    string
		inputs  []string
		keep    []string
		dropped []string // "path: message"
	}{
		{"distinct", []string{"a/x.txt", "b", "-"}, []string{"a/x.txt", "b", "-"}, nil},
		{"same name twice", []string{"a/x.txt", "a/x.txt"}, []string{"a/x.txt"}, []string{"a/x.txt: given twice; read once"}},
		{"same file by another name", []string{"a/x.txt", "./a/../a/x.txt", filepath.Join(dir, "a/x.txt")}, []string{"a/x.txt"},
			[]string{"./a/../a/x.txt: given twice (also as a/x.txt); read once", filepath.Join(dir, "a/x.txt") + ": given twice (also as a/x.txt); read once"}},
		{"file under a directory given after it", []string{"a/x.txt", "a"}, []string{"a"}, []string{"a/x.txt: read from a already; read once"}},
		{"directory under a directory", []string{"a", "a/sub"}, []string{"a"}, []string{"a/sub: read from a already; read once"}},
		{"through a symbolic link", []string{"link", "a/sub/y.md"}, []string{"link"}, []string{"a/sub/y.md: read from link already; read once"}},
		{"directory twice", []string{"a", "link/"}, []string{"a"}, []string{"link/: given twice (also as a); read once"}},
		{"ending the walk skips", []string{"a", "a/notes.text"}, []string{"a", "a/notes.text"}, nil},
		{"missing twice", []string{"nope.txt", "nope.txt"}, []string{"nope.txt", "nope.txt"}, nil},
		{"standard input twice", []string{"-", "a/x.txt", "-"}, []string{"-", "a/x.txt"}, []string{"-: standard input given twice; read once"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keep, dropped := dedupeInputs(tt.inputs)
			var got []string
			for _, d := range dropped {
				got = append(got, d.Error())
			}
			if !reflect.DeepEqual(keep, tt.keep) || !reflect.DeepEqual(got, tt.dropped) {
				t.Errorf("kept %q dropped %q; want %q, %q", keep, got, tt.keep, tt.dropped)
			}
		})
	}
}
