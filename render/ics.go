package render

import (
	"bufio"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// icsUIDDomain ends every UID, making it globally unique as RFC 5545 asks.
const icsUIDDomain = "@timeline-tool"

// ICS writes the timeline as timeline.ics, an iCalendar file (RFC 5545)
// that calendar applications import: one all-day VEVENT per event with a
// known interval, from DTSTART;VALUE=DATE (the first day covered) to
// DTEND;VALUE=DATE (the day after the last, as the end is exclusive). The
// UID is the event id, so that importing a newer export updates events
// instead of doubling them. DTSTAMP is taken from the data, never from the
// clock: the latest publication time of the articles (in UTC), else the
// day after the latest event, else the Unix epoch. SUMMARY is the event
// title; DESCRIPTION gives the date in words, the summary sentence and the
// sources. Text is escaped (backslash, semicolon, comma, line break), lines
// end in CRLF and are folded at 75 octets without splitting a UTF-8
// character.
func ICS(w io.Writer, tl *timeline.Timeline, opt Options) error {
	iw := &icsWriter{w: bufio.NewWriter(w)}
	idx := indexArticles(tl)
	iw.line("BEGIN:VCALENDAR")
	iw.line("VERSION:2.0")
	iw.line("PRODID:-//timeline-tool//timeline//EN")
	iw.line("CALSCALE:GREGORIAN")
	iw.line("METHOD:PUBLISH")
	iw.line("X-WR-CALNAME:" + icsText(opt.exportTitle()))
	stamp := icsStamp(tl).Format("20060102T150405Z")
	uids := map[string]bool{}
	for i := range tl.Events {
		e := &tl.Events[i]
		iv := e.Date.Interval()
		if iv.IsZero() {
			continue
		}
		end := iv.End
		if end.Before(iv.Start) {
			end = iv.Start
		}
		iw.line("BEGIN:VEVENT")
		iw.line("UID:" + icsText(uniqueID(e.ID, uids)+icsUIDDomain))
		iw.line("DTSTAMP:" + stamp)
		iw.line("DTSTART;VALUE=DATE:" + iv.Start.Format("20060102"))
		iw.line("DTEND;VALUE=DATE:" + end.AddDate(0, 0, 1).Format("20060102"))
		iw.line("SUMMARY:" + icsText(eventTitle(e)))
		iw.line("DESCRIPTION:" + icsText(icsDescription(e, idx)))
		iw.line("TRANSP:TRANSPARENT")
		iw.line("END:VEVENT")
	}
	iw.line("END:VCALENDAR")
	return iw.w.Flush()
}

// icsDescription says an event's date in words, its summary and its
// sources, one to a line.
func icsDescription(e *timeline.Event, idx articleIndex) string {
	lines := []string{dateWords(e.Date)}
	if s := oneLine(e.Summary); s != "" {
		lines = append(lines, s)
	}
	if len(e.Sources) > 0 {
		var srcs []string
		for _, id := range e.Sources {
			s := idx.label(id)
			if u := idx.url(id); u != "" {
				s += " <" + u + ">"
			}
			srcs = append(srcs, s)
		}
		head := "Sources: "
		if len(srcs) == 1 {
			head = "Source: "
		}
		lines = append(lines, head+strings.Join(srcs, ", "))
	}
	return strings.Join(lines, "\n")
}

// icsStamp returns the DTSTAMP of every event: the latest publication time
// of the articles, else the day after the latest event, else the epoch.
func icsStamp(tl *timeline.Timeline) time.Time {
	var latest time.Time
	for i := range tl.Articles {
		if t, ok := tl.Articles[i].PublishedTime(); ok && t.After(latest) {
			latest = t
		}
	}
	if latest.IsZero() {
		for i := range tl.Events {
			if iv := tl.Events[i].Date.Interval(); !iv.IsZero() && !iv.End.Before(latest) {
				latest = iv.End.AddDate(0, 0, 1)
			}
		}
	}
	if latest.IsZero() {
		latest = time.Unix(0, 0)
	}
	return latest.UTC()
}

// icsEscaper escapes TEXT values (RFC 5545 section 3.3.11).
var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// icsText returns s as an escaped TEXT value: valid UTF-8, line breaks as
// \n, and control characters other than tab dropped, as TEXT may not hold
// them.
func icsText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	return icsEscaper.Replace(s)
}

// icsWriter writes content lines, folded and ended with CRLF.
type icsWriter struct {
	w *bufio.Writer
}

// icsLineOctets is the longest content line RFC 5545 allows, in octets,
// without the CRLF.
const icsLineOctets = 75

// line writes one content line, folding it at 75 octets: each further
// part starts with a space and holds at most 74 octets of the line. A
// UTF-8 character is never split, nor an escape such as "\,", which RFC
// 5545 allows but some readers trip over.
func (iw *icsWriter) line(s string) {
	limit := icsLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if backslashes(s[:cut])%2 == 1 {
			cut--
		}
		if cut < limit-8 { // not UTF-8 after all: cut anywhere
			cut = limit
		}
		iw.w.WriteString(s[:cut])
		iw.w.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLineOctets - 1
	}
	iw.w.WriteString(s)
	iw.w.WriteString("\r\n")
}

// backslashes counts the backslashes that end s.
func backslashes(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	return n
}
