package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// Cue patterns of page furniture. Each is matched against one trimmed
// paragraph.
var (
	// playlistCue: video players' labels and running times.
	playlistCue = regexp.MustCompile(`(?i)^(?:(?:now playing|up next|next up|playing next|video ad feedback|watch(?: now| more| video)?|replay|more videos?)\s*:?|\d{1,2}:\d{2}(?::\d{2})?)$`)

	// boilerplateCue: site furniture that opens a paragraph.
	boilerplateCue = regexp.MustCompile(`(?i)^(?:this is an archived article|story highlights\b|contact us\b|read more\b|related (?:stor|articles?\b|coverage\b|content\b|links\b|video)|recommended\s*(?:for you|stories|reading)?\s*:?$|most (?:read|popular|viewed|shared)\b|sign up\b|subscribe\b|advertisement\s*$|share (?:this|on)\b|click here\b|follow (?:us|@)|copyright\b|©|\(c\) ?\d{4}|all rights reserved|terms of (?:use|service)\b|privacy policy\b|join the conversation\b|more from\b|you may also like\b|don'?t miss\b|trending\s*(?:now)?\s*:?$|top stories\s*:?$|get (?:our|the) [^.]{0,40}newsletter|this (?:story|article) (?:was|has been) (?:updated|corrected)\b|this material may not be published)`)

	// boilerplateAnywhere: furniture phrases that mark a paragraph wherever
	// they stand in it.
	boilerplateAnywhere = regexp.MustCompile(`(?i)all rights reserved|this material may not be published, broadcast`)

	// listHeader: headers under which pages list links or highlights.
	listHeader = regexp.MustCompile(`(?i)^(?:story highlights|highlights|related stor(?:y|ies)|related articles?|related coverage|read more(?: from .*)?|more from .*|most (?:read|popular|viewed)|recommended(?: for you)?|you may also like|trending(?: now)?|more stories|top stories|what to read next)\s*:?$`)

	// creditCue: a paragraph that is only a credit: "PHOTO: Richard Drew/AP",
	// "(Claritza Jimenez/The Washington Post)", "By Jane Doe".
	creditCue = regexp.MustCompile(`^(?i:photo(?:graph)?s?|images?|video|credit|photo credit|source|graphic|illustration|picture)\s*:\s*\S` +
		`|^\(?(?i:photo(?:graph)?|image) by\b` +
		`|^\([^()]{2,80}\)$` +
		`|^By\s+[A-Z][\pL.'’-]+(?:\s+[A-Z][\pL.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[^.]{0,60})?$` +
		`|^[^.!?]{0,60}(?i:getty images|associated press|/ap|/reuters|/afp|shutterstock)$`)

	// captionTail and captionHead: a paragraph that ends with a photo credit, "(AP
	// Photo/Evan Vucci)", "(Credit: John Moore/Getty Images)", "(Susan
	// Walsh/AP)", or opens like an agency caption, "CHICAGO, IL - JUNE 29:".
	captionTail = regexp.MustCompile(`\((?i:ap photo|photo|photos|credit|image|picture|courtesy|file photo|getty)[^()]*\)\s*$` +
		`|\([A-Z][^()/\d]{1,50}/\s?[A-Z][^()\d]{1,60}\)\s*$`)
	captionHead = regexp.MustCompile(`^[A-Z][A-Z .'’-]+(?:, [A-Z]{2,}\.?)?\s+-\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.? \d{1,2}:`)

	// dataLine: "Total dead: 192", a label and a number, as in tables.
	dataLine = regexp.MustCompile(`:\s*[\d.,%$]+\s*$`)
)

// cueSection returns the section a paragraph's cue phrases give it, or body.
func cueSection(l string) timeline.Section {
	switch {
	case mayBePlaylist(l) && playlistCue.MatchString(l):
		return timeline.SectionPlaylist
	case len(l) <= 300 && mayBeBoilerplate(l) && boilerplateCue.MatchString(l),
		len(l) <= 400 && mayHoldRights(l) && holdsRights(l),
		len(l) > 300 && len(l) < 1000 && archiveNotice.MatchString(l):
		return timeline.SectionBoilerplate
	case isDatelineLine(l):
		return timeline.SectionBody // placed by markDatelines
	case len(l) <= 120 && mayBeCredit(l) && creditCue.MatchString(l):
		return timeline.SectionCredit
	case captionTail.MatchString(tail(l, 160)), captionHead.MatchString(head(l, 80)):
		return timeline.SectionCaption
	}
	return timeline.SectionBody
}

// archiveNotice matches the notices archives put above old stories, also
// when they are longer than other boilerplate.
var archiveNotice = regexp.MustCompile(`(?i)^this (?:is an archived|article is more than|story is more than|content is more than)`)

// tail returns about the last n bytes of s, cut at a character boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// head returns about the first n bytes of s, cut at a character boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// The quick tests below are true of every paragraph their pattern matches
// (so they change no result) and false of most others. Under (?i) an ASCII
// s or k also matches a non-ASCII letter (ſ, K), so a paragraph with
// non-ASCII bytes where they look always goes on to the pattern.

// mayBePlaylist is a quick test before playlistCue: its labels open with
// one of a few letters, its running times with a digit.
func mayBePlaylist(l string) bool {
	if l == "" {
		return false
	}
	b := l[0]
	return b >= utf8.RuneSelf || b >= '0' && b <= '9' || strings.IndexByte("nuvwrm", b|0x20) >= 0
}

// boilerplateOpenings are the first three letters of boilerplateCue's
// phrases, but "(c)" and "©".
var boilerplateOpenings = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields("thi sto con rea rel rec mos sig sub adv sha cli fol cop all ter pri joi mor you don tre top get") {
		m[p] = true
	}
	return m
}()

// mayBeBoilerplate is a quick test before boilerplateCue.
func mayBeBoilerplate(l string) bool {
	if len(l) < 3 || l[0] == '(' {
		return true
	}
	var open [3]byte
	for i := range open {
		if l[i] >= utf8.RuneSelf {
			return true
		}
		open[i] = l[i] | 0x20
	}
	return boilerplateOpenings[string(open[:])]
}

// creditEndings are the agencies that end a creditCue paragraph.
var creditEndings = []string{"getty images", "associated press", "/ap", "/reuters", "/afp", "shutterstock"}

// mayBeCredit is a quick test before creditCue: a credit opens with a label
// and a colon (Photo:), with "photo by" or "image by", with By or a
// bracket, or ends with an agency.
func mayBeCredit(l string) bool {
	if l == "" {
		return false
	}
	if b := l[0]; b >= utf8.RuneSelf || b == '(' || strings.HasPrefix(l, "By") {
		return true
	}
	if strings.IndexByte("pPiIvVcCsSgG", l[0]) >= 0 && strings.IndexByte(l, ':') >= 0 {
		return true
	}
	if strings.IndexByte("pPiI", l[0]) >= 0 && hasBy(l) {
		return true
	}
	var buf [len("associated press")]byte
	low := lowerASCII(buf[:], tailBytes(l, len(buf)))
	if low == nil {
		return true // non-ASCII: the pattern decides
	}
	for _, e := range creditEndings {
		if strings.HasSuffix(string(low), e) {
			return true
		}
	}
	return false
}

// hasBy reports whether l holds "by" in any case (neither letter has a
// non-ASCII case fold).
func hasBy(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		if l[i]|0x20 == 'b' && l[i+1]|0x20 == 'y' {
			return true
		}
	}
	return false
}

// tailBytes returns the last n bytes of s (all of s if shorter).
func tailBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// mayHoldRights is a quick test before boilerplateAnywhere.
func mayHoldRights(l string) bool {
	return strings.Contains(l, "ESERVED") || strings.Contains(l, "eserved") || strings.Contains(l, "roadcast")
}

// rightsPhrases are boilerplateAnywhere's phrases, lower-cased.
var rightsPhrases = []string{"all rights reserved", "this material may not be published, broadcast"}

// holdsRights is boilerplateAnywhere.MatchString(l), without the pattern
// for ASCII paragraphs (where its case folding is ASCII's).
func holdsRights(l string) bool {
	for i := 0; i < len(l); i++ {
		if l[i] >= utf8.RuneSelf {
			return boilerplateAnywhere.MatchString(l)
		}
	}
	low := strings.ToLower(l)
	for _, p := range rightsPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}
