package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// DefaultMaxArticleSize is the largest article (or .jsonl line) read by
// default: 10 MB.
const DefaultMaxArticleSize = 10 << 20

// articleExts are the file endings read when walking a directory.
var articleExts = map[string]bool{".txt": true, ".md": true, ".jsonl": true, ".html": true, ".htm": true}

// Walked reports whether the Loader reads a file of this name when it walks
// a directory that holds it (.txt, .md, .jsonl, .html, .htm, in any case);
// a file given by name is read whatever its ending.
func Walked(name string) bool { return articleExts[strings.ToLower(filepath.Ext(name))] }

// Loader reads articles from files, directories and standard input.
// The zero Loader reads nothing from stdin and uses DefaultMaxArticleSize.
type Loader struct {
	// Stdin is read for the input "-".
	Stdin io.Reader
	// MaxSize is the largest article in bytes; 0 means DefaultMaxArticleSize.
	MaxSize int64
	// OnRead, when set, is told the number of bytes of each read from an
	// input file or stdin (for progress against the inputs' size).
	OnRead func(n int64)
}

// reader returns r, counted by OnRead when it is set.
func (l *Loader) reader(r io.Reader) io.Reader {
	if l.OnRead == nil {
		return r
	}
	return countReader{r, l.OnRead}
}

// countReader tells onRead how many bytes each Read returns.
type countReader struct {
	r      io.Reader
	onRead func(int64)
}

func (c countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.onRead(int64(n))
	}
	return n, err
}

// maxSize returns the effective article size limit.
func (l *Loader) maxSize() int64 {
	if l.MaxSize > 0 {
		return l.MaxSize
	}
	return DefaultMaxArticleSize
}

// Load reads every input: files (.txt, .md, .jsonl, .html, .htm; any other
// ending is read as text), directories (walked recursively for those)
// and "-" for standard input. It returns the articles in input order and one
// error per input, or .jsonl line, that could not be read; the good articles
// are returned whatever the bad ones.
func (l *Loader) Load(inputs []string) ([]timeline.Article, []*timeline.InputError) {
	var arts []timeline.Article
	var errs []*timeline.InputError
	l.Stream(inputs, func(a timeline.Article) { arts = append(arts, a) }, func(e *timeline.InputError) { errs = append(errs, e) })
	UniqueIDs(arts)
	return arts, errs
}

// Stream reads the inputs like Load but hands each article to emit as soon
// as it is read, and each problem to fail, so that a caller need not hold
// every text in memory. Article ids are not made unique.
func (l *Loader) Stream(inputs []string, emit func(timeline.Article), fail func(*timeline.InputError)) {
	for _, in := range inputs {
		l.loadInput(in, emit, fail)
	}
}

// loadInput reads one command-line input.
func (l *Loader) loadInput(in string, emit func(timeline.Article), fail func(*timeline.InputError)) {
	if in == "-" {
		if l.Stdin == nil {
			fail(&timeline.InputError{Path: "-", Msg: "no standard input"})
			return
		}
		// The first non-blank byte, however far, tells the kind: .jsonl is
		// streamed, its lines limited one by one as from a file; a text or
		// a page is read whole, within the article limit.
		br := bufio.NewReaderSize(l.reader(l.Stdin), 64<<10)
		blank, lines, first, err := skipBlank(br, l.maxSize())
		if err != nil {
			fail(&timeline.InputError{Path: "-", Line: lines + 1, Msg: err.Error()})
			return
		}
		if first == '{' {
			l.parseJSONLFrom("-", br, lines, emit, fail)
			return
		}
		data, err := readLimited(io.MultiReader(bytes.NewReader(blank), br), l.maxSize())
		if err != nil {
			fail(&timeline.InputError{Path: "-", Msg: err.Error()})
			return
		}
		kind := ".txt"
		if first == '<' {
			kind = ".html"
		}
		l.parse("-", "stdin", kind, data, emit, fail)
		return
	}
	info, err := os.Stat(in)
	if err != nil {
		fail(&timeline.InputError{Path: in, Msg: describeOSError(err)})
		return
	}
	if !info.IsDir() {
		l.loadFile(in, emit, fail)
		return
	}
	var files []string
	walkFailed := false
	werr := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fail(&timeline.InputError{Path: p, Msg: describeOSError(err)})
			walkFailed = true
			return nil
		}
		if !d.IsDir() && Walked(p) {
			files = append(files, p)
		}
		return nil
	})
	if werr != nil {
		fail(&timeline.InputError{Path: in, Msg: werr.Error()})
	}
	if len(files) == 0 && !walkFailed && werr == nil {
		fail(&timeline.InputError{Path: in, Msg: "directory holds no articles (.txt, .md, .jsonl, .html, .htm)"})
		return
	}
	sort.Strings(files)
	for _, f := range files {
		l.loadFile(f, emit, fail)
	}
}

// loadFile reads one file from disk.
func (l *Loader) loadFile(p string, emit func(timeline.Article), fail func(*timeline.InputError)) {
	f, err := os.Open(p)
	if err != nil {
		fail(&timeline.InputError{Path: p, Msg: describeOSError(err)})
		return
	}
	defer f.Close()
	r := l.reader(f)
	ext := strings.ToLower(filepath.Ext(p))
	if ext == ".jsonl" {
		l.parseJSONL(p, r, emit, fail)
		return
	}
	// A file known to be too large is refused before a byte is read.
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > l.maxSize() {
		fail(&timeline.InputError{Path: p, Msg: fmt.Sprintf("larger than the %d-byte article limit: %d bytes (raise --max-size)", l.maxSize(), fi.Size())})
		return
	}
	data, err := readLimited(r, l.maxSize())
	if err != nil {
		fail(&timeline.InputError{Path: p, Msg: err.Error()})
		return
	}
	l.parse(p, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)), ext, data, emit, fail)
}

// LoadFS reads every .txt, .md and .jsonl file of fsys, in name order.
// Paths in the articles are prefix joined with the file's path in fsys.
func (l *Loader) LoadFS(fsys fs.FS, prefix string) ([]timeline.Article, []*timeline.InputError) {
	var arts []timeline.Article
	var errs []*timeline.InputError
	l.StreamFS(fsys, prefix, func(a timeline.Article) { arts = append(arts, a) }, func(e *timeline.InputError) { errs = append(errs, e) })
	UniqueIDs(arts)
	return arts, errs
}

// StreamFS is LoadFS handing each article to emit as soon as it is read.
func (l *Loader) StreamFS(fsys fs.FS, prefix string, emit func(timeline.Article), fail func(*timeline.InputError)) {
	werr := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !Walked(p) {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		full := path.Join(prefix, p)
		ext := strings.ToLower(path.Ext(p))
		if ext == ".jsonl" {
			l.parseJSONL(full, f, emit, fail)
			return nil
		}
		data, err := readLimited(f, l.maxSize())
		if err != nil {
			fail(&timeline.InputError{Path: full, Msg: err.Error()})
			return nil
		}
		l.parse(full, strings.TrimSuffix(path.Base(p), ext), ext, data, emit, fail)
		return nil
	})
	if werr != nil {
		fail(&timeline.InputError{Path: prefix, Msg: werr.Error()})
	}
}

// parse turns the bytes of a text or Markdown article, or of a .jsonl
// stream read from stdin, into articles.
func (l *Loader) parse(p, id, ext string, data []byte, emit func(timeline.Article), fail func(*timeline.InputError)) {
	if ext == ".jsonl" {
		l.parseJSONL(p, bytes.NewReader(data), emit, fail)
		return
	}
	if ext == ".html" || ext == ".htm" {
		emitHTML(p, id, data, emit, fail)
		return
	}
	text, err := decodeText(data)
	if err != nil {
		fail(&timeline.InputError{Path: p, Msg: err.Error()})
		return
	}
	a, ierr := ParseText(p, id, text)
	if ierr != nil {
		fail(ierr)
		return
	}
	emit(a)
}

// ParseText reads one text or Markdown article: optional front matter
// between two "---" lines at the very top (title, published, url), and a
// first line that holds only a date and time, which is then the publication
// time (published_source "dateline"). The article text is what follows the
// front matter; offsets refer to it.
func ParseText(p, id, text string) (timeline.Article, *timeline.InputError) {
	a := timeline.Article{ID: id, Path: p, PublishedSource: timeline.SourceNone}
	body, fm, line, err := splitFrontMatter(text)
	if err != nil {
		return a, &timeline.InputError{Path: p, Line: line, Msg: err.Error()}
	}
	a.Text = body
	for _, kv := range fm {
		switch kv.key {
		case "title":
			a.Title = kv.value
		case "url":
			a.URL = kv.value
		case "id":
			a.ID = kv.value
		case "published", "date":
			pub, err := ParsePublished(kv.value)
			if err != nil {
				return a, &timeline.InputError{Path: p, Line: kv.line, Msg: "front matter: published: " + err.Error()}
			}
			a.Published, a.PublishedSource = pub, timeline.SourceFrontMatter
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, &timeline.InputError{Path: p, Msg: "empty article: no text"}
	}
	if a.Published == "" {
		if pub, ok := firstLineDate(a.Text); ok {
			a.Published, a.PublishedSource = pub, timeline.SourceDateline
		}
	}
	return a, nil
}

// fmField is one "key: value" line of front matter.
type fmField struct {
	key, value string
	line       int
}

// splitFrontMatter separates front matter from the body. It returns the
// body, the fields, and on error the line of the problem.
func splitFrontMatter(text string) (string, []fmField, int, error) {
	first, rest, ok := strings.Cut(text, "\n")
	if strings.TrimRight(first, "\r \t") != "---" || !ok {
		return text, nil, 0, nil
	}
	if !hasClosingFence(rest) {
		return "", nil, 1, fmt.Errorf("front matter opened on line 1 is never closed by a \"---\" line")
	}
	var fields []fmField
	off := len(first) + 1
	for line := 2; ; line++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		off += len(l) + 1
		t := strings.TrimRight(l, "\r \t")
		if t == "---" {
			if off > len(text) {
				off = len(text)
			}
			return text[off:], fields, 0, nil
		}
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		k, v, found := strings.Cut(t, ":")
		if !found {
			return "", nil, line, fmt.Errorf("front matter: line %q is not \"key: value\"", t)
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		fields = append(fields, fmField{key: strings.ToLower(strings.TrimSpace(k)), value: v, line: line})
	}
}

// hasClosingFence reports whether some line of s is "---".
func hasClosingFence(s string) bool {
	for s != "" {
		var l string
		l, s, _ = strings.Cut(s, "\n")
		if strings.TrimRight(l, "\r \t") == "---" {
			return true
		}
	}
	return false
}

// firstLineDate reports the publication time held by the article's first
// non-blank line when that line holds only a date and time.
func firstLineDate(text string) (string, bool) {
	for _, l := range strings.SplitN(text, "\n", 4) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if len(l) > 60 {
			return "", false
		}
		pub, err := ParsePublished(l)
		return pub, err == nil
	}
	return "", false
}

// jsonlArticle is one line of a .jsonl input.
type jsonlArticle struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
	Text      *string `json:"text"`
	// HTML is a saved web page, read when Text is absent (see ParseHTML).
	HTML *string `json:"html"`
	// DCT is the publication date of the TempEval gold corpora.
	DCT string `json:"dct"`
}

// skipBlank reads the blank start of br (spaces, tabs, line breaks and
// byte order marks), however long, and returns it (its first limit+1
// bytes: more makes a text too large anyway), the line breaks in it and
// the first byte after it, 0 at the end of the input.
func skipBlank(br *bufio.Reader, limit int64) (blank []byte, lines int, first byte, err error) {
	for {
		b, err := br.Peek(1)
		if len(b) == 0 {
			if err == io.EOF {
				err = nil
			}
			return blank, lines, 0, err
		}
		n := 1
		switch b[0] {
		case '\n':
			lines++
		case ' ', '\t', '\r':
		case 0xEF:
			if bom, _ := br.Peek(3); string(bom) != "\ufeff" {
				return blank, lines, b[0], nil
			}
			n = 3
		default:
			return blank, lines, b[0], nil
		}
		if int64(len(blank)) <= limit {
			b, _ = br.Peek(n)
			blank = append(blank, b...)
		}
		br.Discard(n)
	}
}

// parseJSONL reads one article a line. A bad line is reported with its line
// number and the rest are still read.
func (l *Loader) parseJSONL(p string, r io.Reader, emit func(timeline.Article), fail func(*timeline.InputError)) {
	l.parseJSONLFrom(p, r, 0, emit, fail)
}

// parseJSONLFrom is parseJSONL for r that starts after line skipped of the
// input (blank lines already read).
func (l *Loader) parseJSONLFrom(p string, r io.Reader, skipped int, emit func(timeline.Article), fail func(*timeline.InputError)) {
	br := bufio.NewReaderSize(r, 64<<10)
	limit := l.maxSize()
	base := strings.TrimSuffix(path.Base(filepath.ToSlash(p)), path.Ext(p))
	if p == "-" {
		base = "stdin"
	}
	n, read := skipped, 0 // lines, and lines that were not blank
	for {
		line, tooLong, err := readLine(br, limit)
		if len(line) == 0 && err != nil {
			if err != io.EOF {
				fail(&timeline.InputError{Path: p, Line: n + 1, Msg: err.Error()})
			}
			break
		}
		n++
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			read++
		}
		if tooLong {
			fail(&timeline.InputError{Path: p, Line: n, Msg: fmt.Sprintf("line longer than the %d-byte article limit (raise --max-size)", limit)})
			continue
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var ja jsonlArticle
		if err := json.Unmarshal(line, &ja); err != nil {
			fail(&timeline.InputError{Path: p, Line: n, Msg: DescribeJSONError(err)})
			continue
		}
		if ja.Text == nil && ja.HTML != nil {
			emitHTMLLine(p, n, fmt.Sprintf("%s-%d", base, n), ja, emit, fail)
			continue
		}
		if ja.Text == nil {
			fail(&timeline.InputError{Path: p, Line: n, Msg: "no \"text\" field"})
			continue
		}
		if strings.TrimSpace(*ja.Text) == "" {
			fail(&timeline.InputError{Path: p, Line: n, Msg: "empty \"text\": no article"})
			continue
		}
		if !utf8.ValidString(*ja.Text) {
			fail(&timeline.InputError{Path: p, Line: n, Msg: "\"text\" is not valid UTF-8"})
			continue
		}
		a := timeline.Article{ID: ja.ID, Title: ja.Title, URL: ja.URL, Path: p, Line: n, Text: *ja.Text, PublishedSource: timeline.SourceNone}
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s-%d", base, n)
		}
		pubField := ja.Published
		if pubField == "" {
			pubField = ja.DCT
		}
		if pubField != "" {
			pub, err := ParsePublished(pubField)
			if err != nil {
				fail(&timeline.InputError{Path: p, Line: n, Msg: "\"published\": " + err.Error()})
				continue
			}
			a.Published, a.PublishedSource = pub, timeline.SourceField
		}
		emit(a)
		if err != nil {
			break
		}
	}
	if read == 0 {
		fail(&timeline.InputError{Path: p, Msg: "empty file: no articles"})
	}
}

// DescribeJSONError says what is wrong with a line of a .jsonl file that
// does not decode into the object it should hold, in a user's words rather
// than the decoder's Go type names: "text" is a JSON number, want a string;
// not a JSON object but a JSON array.
func DescribeJSONError(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field != "":
		return fmt.Sprintf("%q is a JSON %s, want %s", te.Field, te.Value, jsonKind(te.Type))
	case errors.As(err, &te):
		return fmt.Sprintf("not a JSON object but a JSON %s", te.Value)
	case errors.As(err, &se):
		return fmt.Sprintf("not a JSON object: %v (at byte %d)", err, se.Offset)
	}
	return "not a JSON object: " + err.Error()
}

// jsonKind names the JSON kind a Go type decodes from.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another kind"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "an object"
}

// readLine reads one line of at most limit bytes. A longer line is consumed
// and reported as tooLong.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if int64(len(line)+len(chunk)) > limit {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if e != nil {
			return line, tooLong, e
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

// readLimited reads all of r, failing when it holds more than limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than the %d-byte article limit (raise --max-size)", limit)
	}
	return data, nil
}

// decodeText turns a file's bytes into text: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is decoded, and binary or invalid
// UTF-8 data is an error.
func decodeText(data []byte) (string, error) {
	switch {
	case len(data) == 0:
		return "", fmt.Errorf("empty file")
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("binary file (holds NUL bytes), not an article")
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return "", fmt.Errorf("invalid UTF-8 at byte %d (convert the file to UTF-8)", off)
	}
	return string(data), nil
}

// decodeUTF16 decodes UTF-16 text that starts with a byte order mark.
func decodeUTF16(data []byte) (string, error) {
	big := data[0] == 0xFE
	data = data[2:]
	if len(data)%2 != 0 {
		return "", fmt.Errorf("UTF-16 file with an odd number of bytes")
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if big {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	var sb strings.Builder
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= 0xD800 && r < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
			r = (r-0xD800)<<10 | (rune(u[i+1]) - 0xDC00) + 0x10000
			i++
		} else if r >= 0xD800 && r < 0xE000 {
			return "", fmt.Errorf("invalid UTF-16 at byte %d", 2+2*i)
		}
		if r == 0 {
			return "", fmt.Errorf("binary file (holds NUL characters), not an article")
		}
		sb.WriteRune(r)
	}
	if sb.Len() == 0 {
		return "", fmt.Errorf("empty file")
	}
	return sb.String(), nil
}

// describeOSError turns file system errors into short messages.
func describeOSError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or directory"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *fs.PathError
	if ok := asPathError(err, &pe); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// asPathError unwraps err into a *fs.PathError.
func asPathError(err error, target **fs.PathError) bool {
	pe, ok := err.(*fs.PathError)
	if ok {
		*target = pe
	}
	return ok
}

// UniqueIDs makes article ids unique in place by appending "-2", "-3", ...
// to repeats, so that events can name their sources unambiguously.
func UniqueIDs(arts []timeline.Article) {
	seen := map[string]int{}
	for i := range arts {
		arts[i].ID = uniqueID(seen, arts[i].ID)
	}
}
