package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// Classify splits text into paragraphs and says which section each belongs
// to: body, dateline, caption, credit, playlist or boilerplate.
//
// Scraped pages often hold one paragraph a line, with or without blank lines
// between; hard-wrapped lines (a line that stops mid-sentence and a next line
// that goes on in lower case) are joined. Paragraph spans exclude the
// surrounding white space, so the blank text between paragraphs belongs to
// none.
//
// The rules are general: cue phrases ("Now playing", "PHOTO:", "(AP Photo/
// ...)", "Contact us at", "This is an archived article"), shape (length,
// final punctuation, a line holding only a date or a running time), position
// (datelines at the top) and repetition (a caption printed twice). Everything
// no rule claims is body.
func Classify(text string) []timeline.Paragraph {
	ps := splitParagraphs(text)
	if len(ps) == 0 {
		return nil
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = text[p.Start:p.End]
	}
	secs := make([]timeline.Section, len(ps))
	for i, l := range lines {
		secs[i] = cueSection(l)
	}
	markRepeats(lines, secs)
	markPlaylistTitles(lines, secs)
	markHeaderLists(lines, secs)
	markTitleRuns(lines, secs)
	markDatelines(lines, secs)
	for i := range ps {
		ps[i].Section = secs[i]
	}
	return splitLeadDatelines(text, ps)
}

// splitParagraphs cuts text into trimmed, non-empty paragraphs: one a line,
// except that hard-wrapped lines are joined.
func splitParagraphs(text string) []timeline.Paragraph {
	var ps []timeline.Paragraph
	off := 0
	prevWrapped := false
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		s, e := trimSpan(text, off, end)
		switch {
		case s == e:
			prevWrapped = false
		case prevWrapped && startsLower(text[s:e]):
			ps[len(ps)-1].End = e
			prevWrapped = wrapsOn(text[ps[len(ps)-1].Start:e], text[s:e])
		default:
			ps = append(ps, timeline.Paragraph{Start: s, End: e, Section: timeline.SectionBody})
			prevWrapped = wrapsOn(text[s:e], text[s:e])
		}
		off = end + 1
	}
	return ps
}

// wrapsOn reports whether a paragraph whose last line is line looks
// hard-wrapped: the line is long and stops without final punctuation.
func wrapsOn(para, line string) bool {
	return len(line) >= 50 && !endsSentence(line) && strings.Count(para, " ") >= 7
}

// trimSpan narrows text[s:e] to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends like a sentence: with . ! ? : ; or
// such a mark followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;…", r)
}

// titleLike reports whether a paragraph is shaped like a headline, a menu
// entry or a video title: a few words with no final punctuation, not a
// "label: number" data line.
func titleLike(s string) bool {
	return shortLine(s) && !endsSentence(s) && !dataLine.MatchString(s) && !isDatelineLine(s)
}

// shortLine reports whether a paragraph is a few words long, as titles are.
func shortLine(s string) bool {
	if len(s) > 4*100 || utf8.RuneCountInString(s) > 100 {
		return false
	}
	n := fieldCount(s)
	return n > 0 && n <= 14
}

// fieldCount is len(strings.Fields(s)) without making the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// markRepeats marks paragraphs printed twice in a row (exactly, up to white
// space and case, or one cut short of the next) as captions: pages repeat
// the caption of a photo in its alt text and below it.
func markRepeats(lines []string, secs []timeline.Section) {
	// Only neighbours that open alike are normalized and compared.
	sigs := make([]uint64, len(lines))
	for i, l := range lines {
		sigs[i] = repeatSig(l)
	}
	// alike reports whether paragraphs i and j may repeat each other (a
	// signature of 0 says nothing).
	alike := func(i, j int) bool {
		return j >= 0 && j < len(sigs) && (sigs[i] == 0 || sigs[j] == 0 || sigs[i] == sigs[j])
	}
	norm := make([]string, len(lines))
	for i, l := range lines {
		if alike(i, i-1) || alike(i, i+1) {
			norm[i] = strings.ToLower(strings.Join(strings.Fields(l), " "))
		}
	}
	mark := func(i int) {
		if secs[i] == timeline.SectionBody {
			secs[i] = timeline.SectionCaption
		}
	}
	for i, n := range norm {
		if len(n) < 12 {
			continue
		}
		if i+1 < len(norm) && norm[i+1] == n {
			mark(i)
			mark(i + 1)
		}
		if i+1 < len(norm) && len(n) >= 40 && !endsSentence(n) && len(norm[i+1]) > len(n) && strings.HasPrefix(norm[i+1], n) {
			mark(i)
			mark(i + 1)
		}
	}
}

// repeatSig is the first 8 bytes other than white space of l, in lower
// case, or 0 when l has fewer or a non-ASCII byte comes first: two
// paragraphs whose normalized forms are equal or one the start of the other,
// and at least 12 bytes long, have the same signature or 0.
func repeatSig(l string) uint64 {
	var sig uint64
	n := 0
	for i := 0; i < len(l) && n < 8; i++ {
		b := l[i]
		switch {
		case b >= utf8.RuneSelf:
			return 0
		case b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r':
			continue
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		}
		sig = sig<<8 | uint64(b)
		n++
	}
	if n < 8 {
		return 0
	}
	return sig
}

// markPlaylistTitles marks the one short title that follows a running time
// ("01:17") or a "Now playing" cue as playlist.
func markPlaylistTitles(lines []string, secs []timeline.Section) {
	for i := 1; i < len(lines); i++ {
		if playlistCue.MatchString(lines[i-1]) && secs[i] == timeline.SectionBody && shortLine(lines[i]) && !isDatelineLine(lines[i]) {
			secs[i] = timeline.SectionPlaylist
		}
	}
}

// markHeaderLists marks the short title-like lines listed under a
// boilerplate header ("Story highlights", "Related Stories") as boilerplate.
func markHeaderLists(lines []string, secs []timeline.Section) {
	for i := 0; i < len(lines); i++ {
		if !listHeader.MatchString(lines[i]) {
			continue
		}
		for j := i + 1; j < len(lines) && secs[j] == timeline.SectionBody && titleLike(lines[j]) && !isDatelineLine(lines[j]); j++ {
			secs[j] = timeline.SectionBoilerplate
		}
	}
}

// markTitleRuns marks runs of title-like body lines as boilerplate (or
// playlist beside a playlist): three or more anywhere, two or more at the
// very top or bottom of the page. Menus, tag lists and "more stories"
// blocks look like that; story text does not.
func markTitleRuns(lines []string, secs []timeline.Section) {
	for i := 0; i < len(lines); {
		if secs[i] != timeline.SectionBody || !titleLike(lines[i]) {
			i++
			continue
		}
		j := i
		for j < len(lines) && secs[j] == timeline.SectionBody && titleLike(lines[j]) {
			j++
		}
		atEdge := allNonBody(secs[:i]) || allNonBody(secs[j:])
		if j-i >= 3 || (j-i >= 2 && atEdge && len(lines) > j-i) {
			sec := timeline.SectionBoilerplate
			if i > 0 && secs[i-1] == timeline.SectionPlaylist || j < len(secs) && secs[j] == timeline.SectionPlaylist {
				sec = timeline.SectionPlaylist
			}
			for k := i; k < j; k++ {
				secs[k] = sec
			}
		}
		i = j
	}
}

// allNonBody reports whether no section in secs is body.
func allNonBody(secs []timeline.Section) bool {
	for _, s := range secs {
		if s == timeline.SectionBody {
			return false
		}
	}
	return true
}

// markDatelines marks, near the top of the story, lines that hold only a
// publication date or a wire-service dateline ("NAIROBI, Kenya (AP) _",
// "(CNN) —"). Near the top means among the first three body paragraphs,
// whatever captions or playlists come before them.
func markDatelines(lines []string, secs []timeline.Section) {
	body := 0
	for i, l := range lines {
		if secs[i] != timeline.SectionBody {
			continue
		}
		if isDatelineLine(l) {
			secs[i] = timeline.SectionDateline
			continue
		}
		body++
		if body >= 3 {
			return
		}
	}
}

// splitLeadDatelines splits a wire dateline that opens a body paragraph
// ("WASHINGTON, March 31 (Reuters) - The ...") into a dateline paragraph and
// the body that follows, for the first few body paragraphs.
func splitLeadDatelines(text string, ps []timeline.Paragraph) []timeline.Paragraph {
	out := make([]timeline.Paragraph, 0, len(ps))
	body := 0
	for _, p := range ps {
		if p.Section == timeline.SectionBody && body < 3 {
			body++
			if n := leadDatelineLen(text[p.Start:p.End]); n > 0 {
				ds, de := trimSpan(text, p.Start, p.Start+n)
				out = append(out, timeline.Paragraph{Start: ds, End: de, Section: timeline.SectionDateline})
				bs, be := trimSpan(text, p.Start+n, p.End)
				if bs < be {
					out = append(out, timeline.Paragraph{Start: bs, End: be, Section: timeline.SectionBody})
				}
				continue
			}
		}
		out = append(out, p)
	}
	return out
}
