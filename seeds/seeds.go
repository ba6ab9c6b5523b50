// Package seeds embeds the project's default corpus: five news articles of
// March 2017 about the exchange of letters between California's Chief Justice
// and Attorney General Sessions and DHS Secretary Kelly over immigration
// arrests in courthouses.
package seeds

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"io/fs"
	"path"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

//go:embed *.txt sources.csv
var files embed.FS

// FS returns the seed articles as a file system of .txt files at its root
// (and sources.csv, the outlet of each; see Titles).
func FS() fs.FS { return files }

// Titles maps each seed file's name to the outlet that published it, read
// from sources.csv: the texts carry no headline, and without a title a page
// would name its sources by their file names.
func Titles() (map[string]string, error) {
	m, err := titles()
	if err != nil {
		return nil, err
	}
	return m, nil
}

// titles is Titles with its error an input error on seeds/sources.csv.
func titles() (map[string]string, *timeline.InputError) {
	data, err := files.ReadFile("sources.csv")
	if err == nil {
		var m map[string]string
		if m, err = parseTitles(data); err == nil {
			return m, nil
		}
	}
	return nil, &timeline.InputError{Path: "seeds/sources.csv", Msg: err.Error()}
}

// parseTitles reads sources.csv: lines of file,title, # comments. A file
// named twice is an error, as is a line of another shape; the errors do not
// name the file (Titles does).
func parseTitles(data []byte) (map[string]string, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = -1 // checked below, with the line
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(recs))
	for _, rec := range recs {
		if len(rec) != 2 {
			return nil, fmt.Errorf("want file,title, got %q", rec)
		}
		if _, dup := m[rec[0]]; dup {
			return nil, fmt.Errorf("%s named twice", rec[0])
		}
		m[rec[0]] = rec[1]
	}
	return m, nil
}

// Stream reads the seed articles through l, as l.StreamFS does, and gives
// each the title of its outlet (Titles) unless it has one.
func Stream(l *extract.Loader, emit func(timeline.Article), fail func(*timeline.InputError)) {
	byFile, err := titles()
	if err != nil {
		fail(err)
	}
	l.StreamFS(files, "seeds", func(a timeline.Article) {
		if a.Title == "" {
			a.Title = byFile[path.Base(a.Path)]
		}
		emit(a)
	}, fail)
}

// Articles returns the five seed articles, read as text files and titled
// as Stream titles them. Their paths are "seeds/<file>".
func Articles() ([]timeline.Article, error) {
	var arts []timeline.Article
	var first *timeline.InputError
	Stream(&extract.Loader{}, func(a timeline.Article) { arts = append(arts, a) }, func(e *timeline.InputError) {
		if first == nil {
			first = e
		}
	})
	if first != nil {
		return nil, first
	}
	return arts, nil
}
