package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strconv"

	"github.com/timeline-tool/timeline/timeline"
)

// JSON writes the timeline as timeline.json (format version 1), indented,
// with a final newline: what encoding/json writes for the Timeline, but
// streamed a few hundred items at a time, encoded in parallel, so that the
// whole file is never held in memory.
func JSON(w io.Writer, tl *timeline.Timeline, _ Options) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	bw.WriteString("{\n  \"version\": " + strconv.Itoa(tl.Version) + ",\n  \"articles\": ")
	if err := writeArray(bw, tl.Articles); err != nil {
		return err
	}
	bw.WriteString(",\n  \"events\": ")
	if err := writeArray(bw, tl.Events); err != nil {
		return err
	}
	if len(tl.Unresolved) > 0 {
		bw.WriteString(",\n  \"unresolved\": ")
		if err := writeArray(bw, tl.Unresolved); err != nil {
			return err
		}
	}
	if len(tl.Errors) > 0 {
		bw.WriteString(",\n  \"errors\": ")
		if err := writeArray(bw, tl.Errors); err != nil {
			return err
		}
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// jsonChunk is how many items one goroutine of writeArray encodes at once.
const jsonChunk = 64

// encoded is a chunk of items as indented JSON, or the error encoding them.
type encoded struct {
	buf []byte
	err error
}

// writeArray writes items as a JSON array member of a top-level object
// (indented by two, its items by four spaces), as json.Encoder with
// SetIndent("", "  ") and no HTML escaping writes it. Chunks of items are
// encoded in parallel, at most a few per CPU at a time, and written in order.
func writeArray[T any](w *bufio.Writer, items []T) error {
	switch {
	case items == nil:
		_, err := w.WriteString("null")
		return err
	case len(items) == 0:
		_, err := w.WriteString("[]")
		return err
	}
	w.WriteString("[\n")
	workers := runtime.GOMAXPROCS(0)
	queue := make(chan chan encoded, 2*workers)
	sem := make(chan struct{}, workers)
	go func() {
		defer close(queue)
		for from := 0; from < len(items); from += jsonChunk {
			part := items[from:min(from+jsonChunk, len(items))]
			last := from+jsonChunk >= len(items)
			res := make(chan encoded, 1)
			queue <- res
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				buf, err := encodeItems(part, last)
				res <- encoded{buf, err}
			}()
		}
	}()
	var first error
	for res := range queue {
		e := <-res
		if first == nil {
			first = e.err
		}
		if first == nil {
			_, first = w.Write(e.buf)
		}
	}
	if first != nil {
		return first
	}
	_, err := w.WriteString("\n  ]")
	return err
}

// encodeItems encodes items as lines of an array at depth one, separated by
// commas, and after the last one too unless last.
func encodeItems[T any](items []T, last bool) ([]byte, error) {
	var raw, out bytes.Buffer
	enc := json.NewEncoder(&raw)
	enc.SetEscapeHTML(false)
	for i := range items {
		raw.Reset()
		if err := enc.Encode(&items[i]); err != nil {
			return nil, err
		}
		out.WriteString("    ")
		if err := indentCompact(&out, bytes.TrimSuffix(raw.Bytes(), []byte("\n")), "    ", "  "); err != nil {
			return nil, err
		}
		if i < len(items)-1 || !last {
			out.WriteString(",\n")
		}
	}
	return out.Bytes(), nil
}

// indentCompact appends to dst what json.Indent appends for src, faster
// for the compact JSON that json.Encoder writes (no white space outside
// strings), which it copies a string at a time. Other input goes to
// json.Indent.
func indentCompact(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	if len(src) == 0 {
		return json.Indent(dst, src, prefix, indent)
	}
	dst.Grow(len(src) + len(src)/2)
	out := dst.AvailableBuffer()
	depth := 0
	needIndent := false
	var nl []byte // a newline, prefix and depth indents
	newline := func() {
		n := 1 + len(prefix) + depth*len(indent)
		if depth < 0 {
			n = 1 + len(prefix)
		}
		for len(nl) < n {
			if len(nl) == 0 {
				nl = append(append(nl, '\n'), prefix...)
			} else {
				nl = append(nl, indent...)
			}
		}
		out = append(out, nl[:n]...)
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			newline()
		}
		switch c {
		case '"':
			// The closing quote is the first one after an even number of
			// backslashes.
			j := i + 1
			for {
				k := bytes.IndexByte(src[j:], '"')
				if k < 0 {
					j = len(src)
					break
				}
				j += k
				b := j - 1
				for b > i && src[b] == '\\' {
					b--
				}
				if (j-1-b)%2 == 0 {
					break
				}
				j++
			}
			if j >= len(src) {
				return json.Indent(dst, src, prefix, indent)
			}
			out = append(out, src[i:j+1]...)
			i = j
		case '{', '[':
			needIndent = true
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline()
		case ':':
			out = append(out, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline()
			}
			out = append(out, c)
		case ' ', '\t', '\n', '\r':
			return json.Indent(dst, src, prefix, indent)
		default:
			out = append(out, c)
		}
	}
	if depth != 0 || needIndent {
		return json.Indent(dst, src, prefix, indent)
	}
	dst.Write(out)
	return nil
}
