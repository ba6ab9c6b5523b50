package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// silverCorpus is the volume corpus of ../shared, from this package's
// directory.
const silverCorpus = "../../../shared/data/te3-silver-texts.jsonl"

// makeCorpus writes silverCorpus repeated to at least mb megabytes into dir,
// giving every copy of an article its own id, and returns the file and the
// number of articles.
func makeCorpus(tb testing.TB, dir string, mb int) (string, int) {
	tb.Helper()
	src, err := os.ReadFile(silverCorpus)
	if err != nil {
		tb.Skipf("volume corpus not found: %v", err)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			tb.Fatal(err)
		}
		lines = append(lines, m)
	}
	p := filepath.Join(dir, fmt.Sprintf("silver-%dmb.jsonl", mb))
	f, err := os.Create(p)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	n, size := 0, 0
	for copyN := 0; size < mb<<20; copyN++ {
		for _, m := range lines {
			m2 := map[string]any{}
			for k, v := range m {
				m2[k] = v
			}
			m2["id"] = fmt.Sprintf("%v-c%d", m["id"], copyN)
			b, _ := json.Marshal(m2)
			w.Write(b)
			w.WriteByte('\n')
			size += len(b) + 1
			n++
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	f.Close()
	return p, n
}

// BenchmarkBuild runs the whole build (the real binary, as a user runs it,
// writing timeline.json) over the volume corpus repeated to 50 MB and to
// 200 MB, generated into a temporary directory, and reports MB/s,
// articles/s and the peak resident memory of the process, and the CPU
// seconds it used (user and system) with the MB it built per CPU second,
// which other work on a shared machine disturbs less than the wall time.
// The README quotes the medians of
//
//	go test -run '^$' -bench Build -benchtime 1x -count 3 -timeout 60m ./cmd/timeline
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "timeline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	for _, mb := range []int{50, 200} {
		corpus, n := makeCorpus(b, dir, mb)
		fi, _ := os.Stat(corpus)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(fi.Size())
			var peak int64
			var cpu time.Duration
			start := time.Now()
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(bin, "--quiet", "--format", "json", "--out", filepath.Join(dir, "out"), corpus)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("timeline: %v\n%s", err, out)
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > peak {
					peak = ru.Maxrss // kilobytes on Linux
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			secs := time.Since(start).Seconds() / float64(b.N)
			b.ReportMetric(float64(n)/secs, "articles/s")
			b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
			cpuSecs := cpu.Seconds() / float64(b.N)
			b.ReportMetric(cpuSecs, "cpu-s/op")
			b.ReportMetric(float64(fi.Size())/1e6/cpuSecs, "MB/cpu-s") // MB as in MB/s
		})
	}
}
