package render

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// TimeMLFiles returns one TimeML file per article, "tml/<article id>.tml",
// as TimeMLArticle writes it. Article ids are made safe as file names
// (see fileName), and names that would collide, even on a file system that
// ignores case, get "-2", "-3", ... before the extension.
func TimeMLFiles(tl *timeline.Timeline, _ Options) []File {
	used := map[string]bool{}
	files := make([]File, 0, len(tl.Articles))
	for i := range tl.Articles {
		a := &tl.Articles[i]
		base := fileName(a.ID)
		name := base
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = base + "-" + strconv.Itoa(n)
		}
		used[strings.ToLower(name)] = true
		files = append(files, File{
			Path:  "tml/" + name + ".tml",
			Write: func(w io.Writer) error { return TimeMLArticle(w, a) },
		})
	}
	return files
}

// TimeML writes every article as a TimeML document, one after another in
// input order: this is what --stdout prints for the tml format. Each
// document is whole, from its XML declaration to </TimeML>, so the stream
// is split back into files at each "<?xml".
func TimeML(w io.Writer, tl *timeline.Timeline, _ Options) error {
	for i := range tl.Articles {
		if err := TimeMLArticle(w, &tl.Articles[i]); err != nil {
			return err
		}
	}
	return nil
}

// TimeMLArticle writes one article as a TimeML document in the layout that
// the TempEval-3 corpora use and their tools read: a <TimeML> root with
// <DOCID> (the article id), <DCT> holding the publication date as a TIMEX3
// with tid "t0" and functionInDocument "CREATION_TIME" (left out when the
// publication date is unknown, since a TIMEX3 must have a value), <TITLE>
// when the article has one, and <TEXT>: the article text, XML-escaped, with
// every temporal expression of Article.Timexes tagged as a TIMEX3 with
// tid ("t1", "t2", ... in text order), type, value, and mod when set.
// Expressions whose byte offsets fall outside the text or inside a UTF-8
// character are skipped, and of overlapping ones only the first (the
// longest of those starting at one offset) is kept, as TIMEX3 tags do not
// nest. Characters that XML 1.0 cannot hold become U+FFFD, one for one, so
// character offsets within <TEXT> are kept.
func TimeMLArticle(w io.Writer, a *timeline.Article) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">` + "\n\n")
	bw.WriteString("<DOCID>" + xmlText(a.ID) + "</DOCID>\n\n")
	if dct := dctValue(a); dct != "" {
		bw.WriteString(`<DCT><TIMEX3 tid="t0" type="DATE" value="` + dct + `" temporalFunction="false" functionInDocument="CREATION_TIME">` + dct + "</TIMEX3></DCT>\n\n")
	}
	if t := oneLine(a.Title); t != "" {
		bw.WriteString("<TITLE>" + xmlText(t) + "</TITLE>\n\n")
	}
	bw.WriteString("<TEXT>")
	pos := 0
	for n, t := range tmlTimexes(a) {
		bw.WriteString(xmlText(a.Text[pos:t.Start]))
		bw.WriteString(`<TIMEX3 tid="t` + strconv.Itoa(n+1) + `" type="` + xmlAttr(t.Type) + `" value="` + xmlAttr(t.Value) + `"`)
		if t.Mod != "" {
			bw.WriteString(` mod="` + xmlAttr(t.Mod) + `"`)
		}
		bw.WriteString(">" + xmlText(a.Text[t.Start:t.End]) + "</TIMEX3>")
		pos = t.End
	}
	bw.WriteString(xmlText(a.Text[pos:]))
	bw.WriteString("</TEXT>\n\n</TimeML>\n")
	return bw.Flush()
}

// dctValue returns the TIMEX3 value of an article's creation time: the day
// of its publication time as written (its own time zone), or "".
func dctValue(a *timeline.Article) string {
	t, ok := a.PublishedTime()
	if !ok {
		return ""
	}
	return t.Format(timeline.DayLayout)
}

// tmlTimexes returns the timexes of an article that can be tagged: within
// the text, on character boundaries, not empty, sorted by start, without
// overlaps.
func tmlTimexes(a *timeline.Article) []timeline.Timex {
	var ok []timeline.Timex
	for _, t := range a.Timexes {
		if t.Start < 0 || t.End > len(a.Text) || t.Start >= t.End {
			continue
		}
		if !boundary(a.Text, t.Start) || !boundary(a.Text, t.End) {
			continue
		}
		ok = append(ok, t)
	}
	sort.SliceStable(ok, func(i, j int) bool {
		if ok[i].Start != ok[j].Start {
			return ok[i].Start < ok[j].Start
		}
		return ok[i].End > ok[j].End
	})
	kept := ok[:0]
	end := 0
	for _, t := range ok {
		if t.Start < end {
			continue
		}
		kept = append(kept, t)
		end = t.End
	}
	return kept
}

// boundary reports whether off starts a UTF-8 character of s (or is its end).
func boundary(s string, off int) bool {
	return off == len(s) || utf8.RuneStart(s[off])
}

// xmlText escapes character data: &, < and > become references, \r
// becomes &#xD; so that it survives XML line-end handling, and characters
// XML 1.0 cannot hold (most control characters, invalid UTF-8, U+FFFE,
// U+FFFF) become U+FFFD, one for each.
func xmlText(s string) string { return xmlEscape(s, false) }

// xmlAttr escapes an attribute value in double quotes: as xmlText, and
// also '"', tab and line breaks.
func xmlAttr(s string) string { return xmlEscape(s, true) }

func xmlEscape(s string, attr bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\r':
			b.WriteString("&#xD;")
		case attr && r == '"':
			b.WriteString("&quot;")
		case attr && r == '\n':
			b.WriteString("&#xA;")
		case attr && r == '\t':
			b.WriteString("&#x9;")
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
