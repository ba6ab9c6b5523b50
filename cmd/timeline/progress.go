package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// progress prints a progress line to stderr during long runs when stderr is
// a terminal: articles done, MB read of the total, MB/s and time left. It is
// silent otherwise, with --quiet, and for runs shorter than delay.
type progress struct {
	w      io.Writer
	on     bool
	total  int64
	start  time.Time
	delay  time.Duration
	mu     sync.Mutex
	last   time.Time
	drawn  bool
	arts   int
	nbytes int64
	// read counts the input bytes read, when the loader reports them.
	read atomic.Int64
}

// newProgress returns a progress reporter for inputs of total bytes (0 when
// unknown).
func newProgress(w io.Writer, quiet bool, total int64) *progress {
	return &progress{w: w, on: !quiet && isTerminal(w), total: total, start: time.Now(), delay: 2 * time.Second}
}

// addRead records n more bytes read from the inputs; the progress line then
// counts those instead of the bytes of article text processed, so that it
// compares with the inputs' total size.
func (p *progress) addRead(n int64) { p.read.Add(n) }

// update records the counts so far and redraws at most a few times a second.
func (p *progress) update(articles int, nbytes int64) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if r := p.read.Load(); r > 0 {
		nbytes = r
	}
	p.arts, p.nbytes = articles, nbytes
	now := time.Now()
	if now.Sub(p.start) < p.delay || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	p.drawn = true
	fmt.Fprint(p.w, "\r\033[K"+p.line(now))
}

// line formats the progress line.
func (p *progress) line(now time.Time) string {
	secs := now.Sub(p.start).Seconds()
	mb := float64(p.nbytes) / (1 << 20)
	rate := mb / secs
	s := fmt.Sprintf("timeline: %d articles, %.1f MB", p.arts, mb)
	if p.total > 0 {
		s += fmt.Sprintf(" of %.1f MB", float64(p.total)/(1<<20))
	}
	s += fmt.Sprintf(", %.1f MB/s", rate)
	if p.total > p.nbytes && rate > 0 {
		left := time.Duration(float64(p.total-p.nbytes) / (1 << 20) / rate * float64(time.Second))
		s += fmt.Sprintf(", %s left", left.Round(time.Second))
	}
	return s
}

// finish clears the progress line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// inputBytes is the total size of the input files and directories (0 when
// unknown, as for stdin).
func inputBytes(inputs []string) int64 {
	var n int64
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			n += fi.Size()
			continue
		}
		n += dirBytes(in)
	}
	return n
}

// dirBytes is the total size of the files under dir.
func dirBytes(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
