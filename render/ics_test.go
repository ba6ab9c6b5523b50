package render

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// unfoldICS undoes line folding (RFC 5545 section 3.1) and splits the
// content lines, checking the folding on the way.
func unfoldICS(t *testing.T, data []byte) []string {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("does not end in CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var lines []string
	for i, l := range raw {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			if len(lines) == 0 {
				t.Fatalf("line %d continues nothing", i+1)
			}
			prev := lines[len(lines)-1]
			if n := backslashes(prev); n%2 == 1 {
				t.Errorf("line %d: fold splits an escape after %q", i+1, prev)
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// unescapeICS reads a TEXT value.
func unescapeICS(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestICS(t *testing.T) {
	tl := exportFixture()
	var buf bytes.Buffer
	if err := ICS(&buf, tl, fixtureOptions); err != nil {
		t.Fatal(err)
	}
	lines := unfoldICS(t, buf.Bytes())
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Errorf("calendar not enclosed: %q ... %q", lines[0], lines[len(lines)-1])
	}
	type vevent map[string]string
	var evs []vevent
	var cur vevent
	for _, l := range lines {
		switch l {
		case "BEGIN:VEVENT":
			cur = vevent{}
			continue
		case "END:VEVENT":
			evs = append(evs, cur)
			cur = nil
			continue
		}
		if cur != nil {
			name, value, ok := strings.Cut(l, ":")
			if !ok {
				t.Errorf("no colon in %q", l)
			}
			cur[name] = value
		}
	}
	if len(evs) != len(tl.Events) {
		t.Fatalf("%d VEVENTs, want %d", len(evs), len(tl.Events))
	}
	uids := map[string]bool{}
	for i, ev := range evs {
		e := tl.Events[i]
		for _, p := range []string{"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION"} {
			if ev[p] == "" {
				t.Errorf("event %d: no %s", i, p)
			}
		}
		if uids[ev["UID"]] {
			t.Errorf("UID %s twice", ev["UID"])
		}
		uids[ev["UID"]] = true
		if want := e.ID + icsUIDDomain; ev["UID"] != want {
			t.Errorf("UID = %s, want %s", ev["UID"], want)
		}
		if ev["DTSTAMP"] != "20170401T011100Z" {
			t.Errorf("DTSTAMP = %s, want the latest publication time 20170401T011100Z", ev["DTSTAMP"])
		}
		if want := strings.ReplaceAll(e.Date.Start, "-", ""); ev["DTSTART;VALUE=DATE"] != want {
			t.Errorf("DTSTART = %s, want %s", ev["DTSTART;VALUE=DATE"], want)
		}
		end := e.Date.Interval().End.AddDate(0, 0, 1).Format("20060102")
		if ev["DTEND;VALUE=DATE"] != end {
			t.Errorf("DTEND = %s, want the day after the last, %s", ev["DTEND;VALUE=DATE"], end)
		}
		if got := unescapeICS(ev["SUMMARY"]); got != eventTitle(&e) {
			t.Errorf("SUMMARY reads back as %q, want %q", got, eventTitle(&e))
		}
	}
}

func TestICSText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{`a\b`, `a\\b`},
		{"a,b;c", `a\,b\;c`},
		{"one\r\ntwo\nthree\rfour", `one\ntwo\nthree\nfour`},
		{"tab\there, bell\a, nul\x00", "tab\there\\, bell\\, nul"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Zoë 東京", "Zoë 東京"},
	} {
		if got := icsText(c.in); got != c.want {
			t.Errorf("icsText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestICSFold(t *testing.T) {
	for _, s := range []string{
		"SUMMARY:" + strings.Repeat("a", 200),
		"SUMMARY:" + strings.Repeat("é", 100),
		"SUMMARY:" + strings.Repeat("東", 100),
		"SUMMARY:" + strings.Repeat("😀", 60),
		"SUMMARY:" + strings.Repeat(`\,`, 80),
		"SUMMARY:" + strings.Repeat(`x\\`, 60),
		"SUMMARY:" + strings.Repeat("\x80", 200), // not UTF-8: still folded, no hang
		"SUMMARY:short",
	} {
		var buf bytes.Buffer
		iw := &icsWriter{w: bufio.NewWriter(&buf)}
		iw.line(s)
		iw.w.Flush()
		raw := strings.TrimSuffix(buf.String(), "\r\n")
		parts := strings.Split(raw, "\r\n ")
		if got := strings.Join(parts, ""); got != s {
			t.Errorf("unfolds to %q, want %q", got, s)
		}
		for _, p := range strings.Split(raw, "\r\n") {
			if len(p) > 75 {
				t.Errorf("folded line of %d octets", len(p))
			}
			if utf8.ValidString(s) && !utf8.ValidString(p) {
				t.Errorf("fold splits a character: %q", p)
			}
		}
	}
}
