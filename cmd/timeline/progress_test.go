package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressCountsInputBytes(t *testing.T) {
	tests := []struct {
		name string
		read int64
		want string
	}{
		{"text bytes when the loader reports nothing", 0, "3 articles, 1.0 MB of 4.0 MB"},
		{"input bytes read when it does", 2 << 20, "3 articles, 2.0 MB of 4.0 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := &progress{w: &buf, on: true, total: 4 << 20, start: time.Now().Add(-3 * time.Second), delay: 2 * time.Second}
			p.addRead(tt.read)
			p.update(3, 1<<20)
			if !strings.Contains(buf.String(), tt.want) || !strings.Contains(buf.String(), "left") {
				t.Errorf("got %q, want %q and the time left", buf.String(), tt.want)
			}
		})
	}
}
