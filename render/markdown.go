package render

import (
	"bufio"
	"io"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Markdown writes the timeline as timeline.md, a dated handout for
// teachers: the title, a line saying what it holds, then for each event in
// date order a heading with its date, written only as precisely as its
// grain ("week of March 27, 2017", "late March 2017"), and its title,
// the sources that report it (linked when their address is known), and the
// sentences that report it as quotes, each followed by its sources (and the
// section, caption or other, of one from outside body text). A list
// of the articles closes the handout. Article text is escaped so that it
// reads as written in any CommonMark or GitHub renderer: no emphasis, link,
// HTML, list, heading, table or math is made of it.
func Markdown(w io.Writer, tl *timeline.Timeline, opt Options) error {
	bw := bufio.NewWriter(w)
	idx := indexArticles(tl)
	bw.WriteString("# " + mdText(opt.exportTitle()) + "\n\n")
	bw.WriteString(mdText(exportSummary(tl)) + "\n")
	for i := range tl.Events {
		e := &tl.Events[i]
		bw.WriteString("\n## " + mdText(WriteDate(e.Date)))
		if t := eventHeadline(e); t != "" {
			bw.WriteString(": " + mdText(t))
		}
		bw.WriteString("\n")
		if len(e.Sources) > 0 {
			if len(e.Sources) == 1 {
				bw.WriteString("\nSource: ")
			} else {
				bw.WriteString("\nSources: ")
			}
			for j, id := range e.Sources {
				if j > 0 {
					bw.WriteString(", ")
				}
				bw.WriteString(mdSource(idx, id))
			}
			bw.WriteString("\n")
		}
		for _, q := range quotes(e) {
			labels := make([]string, len(q.Articles))
			for j, id := range q.Articles {
				labels[j] = mdText(idx.label(id))
			}
			where := strings.Join(labels, ", ")
			if q.Section != "" {
				where += "; " + q.Section
			}
			bw.WriteString("\n> " + mdText(q.Sentence) + " (" + where + ")\n")
		}
	}
	if len(tl.Articles) > 0 {
		bw.WriteString("\n## Articles\n\n")
		for i := range tl.Articles {
			a := &tl.Articles[i]
			line := "- " + mdSource(idx, a.ID)
			if t := oneLine(a.Title); t != "" {
				line += " (" + mdText(a.ID) + ")"
			}
			if p := publishedText(a.Published); p != "" {
				line += ", published " + mdText(p)
			} else {
				line += ", publication date unknown"
			}
			bw.WriteString(line + "\n")
		}
	}
	return bw.Flush()
}

// publishedText writes a publication time as a calendar day ("March 31,
// 2017"), or "" when it is unknown or unreadable.
func publishedText(p string) string {
	a := timeline.Article{Published: p}
	t, ok := a.PublishedTime()
	if !ok {
		return ""
	}
	return dayText(t)
}

// mdSource writes a source as its escaped label, as a link when its
// address is known.
func mdSource(idx articleIndex, id string) string {
	name := mdText(idx.label(id))
	if u := idx.url(id); u != "" {
		return "[" + name + "](<" + mdURLEscaper.Replace(u) + ">)"
	}
	return name
}

// mdURLEscaper makes an address safe inside a link destination in <...>.
var mdURLEscaper = strings.NewReplacer("<", "%3C", ">", "%3E", `\`, "%5C")

// mdEscaper backslash-escapes the characters that make Markdown of text
// anywhere in a line.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`, "&", `\&`, "$", `\$`,
)

// mdText writes text on one line with every Markdown-special character
// escaped, including the ones that matter only at the start of a line
// ("-", "+", "=", "1.").
func mdText(s string) string {
	s = mdEscaper.Replace(oneLine(s))
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return `\` + s
	}
	// "1." or "1)" at the start of a line begins an ordered list.
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		return s[:n] + `\` + s[n:]
	}
	return s
}
