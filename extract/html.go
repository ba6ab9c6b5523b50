package extract

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/timeline-tool/timeline/timeline"
)

// minArticleRunes is the least text, in characters, that a page must yield
// to count as holding an article.
const minArticleRunes = 140

// ParseHTML reads one saved web page: the main article text (extracted
// with go-readability after navigation, cookie banners, video playlists,
// photo captions, related-story lists and other page furniture are
// removed), the title, the canonical URL and the publication time from the
// page metadata (published_source "html-meta"). Paragraphs of the text are
// separated by blank lines, and offsets refer to this text. When the page
// has no publication metadata, a date line at the top of the article is
// used (published_source "dateline"); when both exist and disagree, the
// metadata wins and a warning naming both values is added.
//
// The page's charset is taken from a byte order mark or its <meta charset>
// declaration, UTF-8 otherwise (windows-1252 when the bytes are not UTF-8).
// A page without article text is an error naming the file.
func ParseHTML(p, id string, data []byte) (timeline.Article, *timeline.InputError) {
	a := timeline.Article{ID: id, Path: p, PublishedSource: timeline.SourceNone}
	src, err := decodeHTML(data)
	if err != nil {
		return a, &timeline.InputError{Path: p, Msg: err.Error()}
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return a, &timeline.InputError{Path: p, Msg: "cannot parse HTML: " + err.Error()}
	}
	meta := readPageMeta(doc)
	a.URL = meta.url
	a.Title = meta.title
	text, title, err := articleText(doc)
	if err != nil {
		return a, &timeline.InputError{Path: p, Msg: err.Error()}
	}
	if title != "" {
		a.Title = title
	}
	a.Text = text
	for _, d := range meta.dates {
		pub, err := parseMetaDate(d.value)
		if err != nil {
			a.Warnings = append(a.Warnings, fmt.Sprintf("page metadata %s %q is not a date; ignored", d.from, d.value))
			continue
		}
		a.Published, a.PublishedSource = pub, timeline.SourceHTMLMeta
		checkDateline(&a, d.from)
		return a, nil
	}
	checkDateline(&a, "")
	return a, nil
}

// decodeHTML turns a page's bytes into UTF-8 text using the charset of its
// byte order mark or <meta charset> declaration. Bytes that are not valid
// in that charset become U+FFFD.
func decodeHTML(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("empty file")
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\ufeff"))
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("cannot decode the page from %s: %v", name, err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}

// articleText extracts the main article text of a parsed page, and the
// title go-readability reads for it. It changes doc.
func articleText(doc *html.Node) (text, title string, err error) {
	removeNoise(doc)
	art, err := readabilityParse(doc)
	if err != nil {
		return "", "", err
	}
	if art.Node != nil {
		removeNoise(art.Node)
		text = paragraphs(render.InnerText(art.Node))
	}
	if utf8.RuneCountInString(text) < minArticleRunes {
		return "", "", fmt.Errorf("no article found in the page (%d characters of text outside navigation, banners and captions); is it an article page?", utf8.RuneCountInString(text))
	}
	return text, collapseSpace(art.Title()), nil
}

// readabilityParse runs go-readability over doc, turning a panic in the
// library into an error so that no page can stop a run.
func readabilityParse(doc *html.Node) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot extract the article: readability failed: %v", r)
		}
	}()
	p := readability.NewParser()
	art, err = p.ParseAndMutate(doc, nil)
	if err != nil {
		err = fmt.Errorf("cannot extract the article: %v", err)
	}
	return art, err
}

// removeNoise deletes the page furniture under root (see isNoise), except
// an element that holds at least half of the text under root in at least
// two paragraphs, which is more likely a mislabelled article than furniture.
func removeNoise(root *html.Node) {
	sizes := map[*html.Node]textSize{}
	total := measureText(root, sizes)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if s := sizes[c]; isNoise(c) && (2*s.bytes < total.bytes || s.paras < 2) {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(root)
}

// textSize is the visible text under an element: its bytes, and the
// number of paragraphs (<p> elements) of at least minParaBytes.
type textSize struct {
	bytes, paras int
}

// minParaBytes is the least text of a paragraph that counts as article text.
const minParaBytes = 80

// measureText records in sizes the visible text under each element of n,
// and returns n's.
func measureText(n *html.Node, sizes map[*html.Node]textSize) textSize {
	switch n.Type {
	case html.TextNode:
		return textSize{bytes: len(n.Data)}
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Head:
			return textSize{}
		}
	}
	var s textSize
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := measureText(c, sizes)
		s.bytes += cs.bytes
		s.paras += cs.paras
	}
	if n.Type == html.ElementNode {
		if n.DataAtom == atom.P && s.bytes >= minParaBytes {
			s.paras++
		}
		sizes[n] = s
	}
	return s
}

// paragraphs tidies rendered text into paragraphs separated by one blank
// line: each rendered line is trimmed, no-break spaces become spaces, runs
// of spaces collapse, and empty lines go.
func paragraphs(s string) string {
	var sb strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.ReplaceAll(line, "\u00a0", " ")
		line = strings.Join(strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v' }), " ")
		if line == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(line)
	}
	return sb.String()
}

// datelinePrefixes are words that may stand before the date of a dateline.
var datelinePrefixes = []string{"published on", "published", "posted on", "posted"}

// htmlDateline looks for a line holding only a date, and optionally a time,
// among the first three paragraphs of extracted text, as some pages print
// it above or below the headline. It returns the date and the line.
func htmlDateline(text string) (pub, line string, ok bool) {
	for i, l := range strings.SplitN(text, "\n\n", 4) {
		if i == 3 {
			break
		}
		l = strings.TrimSpace(l)
		if len(l) > 70 {
			continue
		}
		d := l
		for _, pre := range datelinePrefixes {
			if len(d) > len(pre) && strings.EqualFold(d[:len(pre)], pre) {
				d = strings.TrimLeft(d[len(pre):], " :")
				break
			}
		}
		if pub, err := ParsePublished(d); err == nil {
			return pub, l, true
		}
	}
	return "", "", false
}

// checkDateline compares the article's publication time with the dateline
// at the top of its text. Without a publication time the dateline gives
// it; when both exist and name different days the metadata (named from)
// is kept and a warning names both.
func checkDateline(a *timeline.Article, from string) {
	dl, line, ok := htmlDateline(a.Text)
	if !ok {
		return
	}
	if a.Published == "" {
		a.Published, a.PublishedSource = dl, timeline.SourceDateline
		return
	}
	if samePublished(a.Published, dl) {
		return
	}
	a.Warnings = append(a.Warnings, fmt.Sprintf(
		"publication date: page metadata %s says %s but the dateline %q says %s; using the metadata",
		from, a.Published, line, dl))
	a.PublishedConflicts = append(a.PublishedConflicts, timeline.PublishedConflict{Kept: a.Published, Other: dl, Source: timeline.SourceDateline})
}

// samePublished reports whether two canonical publication times (RFC 3339
// or YYYY-MM-DD) agree: the same calendar day as written, or the same
// instant.
func samePublished(x, y string) bool {
	if len(x) >= 10 && len(y) >= 10 && x[:10] == y[:10] {
		return true
	}
	tx, err1 := time.Parse(time.RFC3339, x)
	ty, err2 := time.Parse(time.RFC3339, y)
	return err1 == nil && err2 == nil && tx.Equal(ty)
}

// emitHTML reads a page file's bytes with ParseHTML and hands the article
// to emit, or the problem to fail.
func emitHTML(p, id string, data []byte, emit func(timeline.Article), fail func(*timeline.InputError)) {
	a, ierr := ParseHTML(p, id, data)
	if ierr != nil {
		fail(ierr)
		return
	}
	emit(a)
}

// emitHTMLLine reads the "html" field of line n of a .jsonl file with
// ParseHTML. The line's own id, title, url and published fields win over
// what the page says (published_source "field"); defID is the id used when
// the line has none.
func emitHTMLLine(p string, n int, defID string, ja jsonlArticle, emit func(timeline.Article), fail func(*timeline.InputError)) {
	id := ja.ID
	if id == "" {
		id = defID
	}
	a, ierr := ParseHTML(p, id, []byte(*ja.HTML))
	if ierr != nil {
		ierr.Line = n
		fail(ierr)
		return
	}
	a.Line = n
	if ja.Title != "" {
		a.Title = ja.Title
	}
	if ja.URL != "" {
		a.URL = ja.URL
	}
	pubField := ja.Published
	if pubField == "" {
		pubField = ja.DCT
	}
	if pubField != "" {
		pub, err := ParsePublished(pubField)
		if err != nil {
			fail(&timeline.InputError{Path: p, Line: n, Msg: "\"published\": " + err.Error()})
			return
		}
		a.Published, a.PublishedSource = pub, timeline.SourceField
	}
	emit(a)
}
