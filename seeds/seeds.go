// Package seeds embeds the project's default corpus: five news articles of
// March 2017 about the exchange of letters between California's Chief Justice
// and Attorney General Sessions and DHS Secretary Kelly over immigration
// arrests in courthouses.
package seeds

import (
	"embed"
	"io/fs"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

//go:embed *.txt
var files embed.FS

// FS returns the seed articles as a file system of .txt files at its root.
func FS() fs.FS { return files }

// Articles returns the five seed articles, read as text files. Their paths
// are "seeds/<file>".
func Articles() ([]timeline.Article, error) {
	l := extract.Loader{}
	arts, errs := l.LoadFS(files, "seeds")
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return arts, nil
}
