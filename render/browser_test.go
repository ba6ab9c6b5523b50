package render

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// The browser test opens the self-contained page in headless Chromium.
// It needs Chromium (Debian package chromium, or $TIMELINE_CHROMIUM) and an
// echarts.min.js to inline, named by $TIMELINE_ECHARTS_JS (from the npm
// package echarts; no third-party script is kept in the repository). It
// skips when either is missing, unless $TIMELINE_BROWSER_TEST=1 (set by
// .ci/run, which installs both), which makes it fail instead.
//
//	go test ./render -run Browser -v
//
// $TIMELINE_SCREENSHOT names a file for a screenshot of the fixture page.
// (docs/screenshot.sh makes the README's screenshot, of the seeds' page.)

// browserEnv returns the Chromium binary and the echarts script, or skips.
func browserEnv(t *testing.T) (chromium string, echartsJS []byte) {
	t.Helper()
	chromium = findChromium(t)
	path := os.Getenv("TIMELINE_ECHARTS_JS")
	if path == "" {
		browserMissing(t, "no echarts.min.js: set TIMELINE_ECHARTS_JS (npm install echarts)")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		browserMissing(t, "cannot read echarts: %v", err)
	}
	return chromium, b
}

// findChromium returns the Chromium binary, or skips.
func findChromium(t *testing.T) string {
	t.Helper()
	if testing.Short() && os.Getenv("TIMELINE_BROWSER_TEST") == "" {
		t.Skip("browser test skipped in -short mode")
	}
	if c := os.Getenv("TIMELINE_CHROMIUM"); c != "" {
		return c
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	browserMissing(t, "no Chromium found (apt-get install chromium, or set TIMELINE_CHROMIUM)")
	return ""
}

// browserMissing skips the test, or fails it under TIMELINE_BROWSER_TEST=1.
func browserMissing(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("TIMELINE_BROWSER_TEST") == "1" {
		t.Fatalf("TIMELINE_BROWSER_TEST=1 but %s", msg)
	}
	t.Skipf("browser test skipped: %s", msg)
}

// chromiumArgs are the flags of every run: headless, no network chatter, a
// fresh profile.
func chromiumArgs(t *testing.T, extra ...string) []string {
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0"}
	return append(args, extra...)
}

// runChromium runs Chromium and returns its stdout and stderr.
func runChromium(t *testing.T, chromium string, args []string) (stdout, stderr []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, tail(errb.String(), 3000))
	}
	return out.Bytes(), errb.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// probeHead goes first in <head>: it records errors, console errors and
// warnings, and any alert() call, before the page's own scripts run.
const probeHead = `<script>
window.__errors = []; window.__warnings = []; window.__alerted = false;
window.addEventListener('error', function (e) {
  window.__errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'resource failed'));
}, true);
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('unhandled rejection: ' + e.reason); });
(function () {
  var ce = console.error, cw = console.warn;
  console.error = function () { window.__errors.push('console.error: ' + Array.prototype.join.call(arguments, ' ')); return ce.apply(console, arguments); };
  console.warn = function () { window.__warnings.push(Array.prototype.join.call(arguments, ' ')); return cw.apply(console, arguments); };
})();
window.alert = function () { window.__alerted = true; };
</script>`

// probeBody goes last in <body>: after load it exercises the page (a chart
// click, the step-through by button and key, the ordering check) and writes
// what it saw into <pre id="selfcheck"> as JSON.
const probeBody = `<script>
var r = {};
window.addEventListener('load', function () { setTimeout(function () {
  try {
    var chart = TimelineChart.instance();
    r.outsideNote = !document.getElementById('chart-outside').hidden;
    if (chart) { chart.dispatchAction({ type: 'dataZoom', start: 0, end: 100 }); chart.getZr().flush(); }
  } catch (e) {
    window.__errors.push('probe: ' + e);
  }
}, 300); setTimeout(function () {
  try {
    var chart = TimelineChart.instance();
    r.events = TimelinePage.data.events.length;
    r.entries = document.querySelectorAll('#story .entry').length;
    r.canvas = !!document.querySelector('#timeline-chart canvas');
    r.chartItems = TimelineChart.itemCount();
    r.drawn = 0;
    if (chart) {
      var d = chart.getModel().getSeriesByIndex(0).getData();
      for (var i = 0; i < d.count(); i++) { if (d.getItemGraphicEl(i)) { r.drawn++; } }
    }
    r.step = [TimelinePage.current()];
    document.getElementById('step-next').click();
    r.step.push(TimelinePage.current());
    r.stepTitle = document.getElementById('step-title').textContent;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    r.step.push(TimelinePage.current());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    r.step.push(TimelinePage.current());
    r.wantTitle = TimelinePage.data.events[Math.min(1, r.events - 1)].title;
    if (chart && r.events > 3 && r.chartItems === r.events) {
      var v = chart.getOption().series[0].data[0].value;
      var p = chart.convertToPixel({ seriesIndex: 0 }, [(v[0] + v[1]) / 2, v[2]]);
      var rect = chart.getDom().getBoundingClientRect();
      ['mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (type) {
        chart.getZr().handler.dispatch(type, { type: type, zrX: p[0], zrY: p[1], offsetX: p[0], offsetY: p[1], clientX: rect.left + p[0], clientY: rect.top + p[1], preventDefault: function () {}, stopPropagation: function () {} });
      });
      r.clicked = TimelinePage.current();
      r.clickWant = v[3];
    }
    r.orderItems = document.querySelectorAll('#order-list li').length;
    var check = document.getElementById('order-check');
    if (check && !document.getElementById('order').hidden) { check.click(); }
    r.orderResult = (document.getElementById('order-result') || {}).textContent;
    r.marked = document.querySelectorAll('#order-list li.right, #order-list li.wrong').length;
    r.collapsed = document.querySelectorAll('.month.collapsed').length;
    r.sections = document.querySelectorAll('.month').length;
    r.titles = Array.prototype.map.call(document.querySelectorAll('#story .entry .title'), function (e) { return e.textContent; }).slice(0, 3);
    r.scripts = document.scripts.length;
    var notice = document.getElementById('chart-notice');
    r.notice = !!notice && !notice.hidden;
  } catch (e) {
    window.__errors.push('probe: ' + e);
  }
  r.errors = window.__errors; r.warnings = window.__warnings; r.alerted = window.__alerted;
  var pre = document.createElement('pre');
  pre.id = 'selfcheck';
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
}, 1000); });
</script>`

// probeResult is what probeBody reports.
type probeResult struct {
	Events, Entries, ChartItems, Drawn int
	Canvas, OutsideNote                bool
	Step                               []int
	StepTitle, WantTitle               string
	Clicked, ClickWant                 *int
	OrderItems, Marked                 int
	OrderResult                        string
	Collapsed, Sections                int
	Titles                             []string
	Scripts                            int
	Notice                             bool
	Errors, Warnings                   []string
	Alerted                            bool
}

// probe renders tl, opens it in Chromium with the probes, and returns their
// report.
func probe(t *testing.T, chromium string, tl *timeline.Timeline, opt Options) probeResult {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, tl, opt); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	page = strings.Replace(page, "<head>", "<head>\n"+probeHead, 1)
	i := strings.LastIndex(page, "</body>")
	page = page[:i] + probeBody + page[i:]
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr := runChromium(t, chromium, chromiumArgs(t, "--virtual-time-budget=15000", "--window-size=1280,1000", "--dump-dom", "file://"+path))
	m := regexp.MustCompile(`(?s)<pre id="selfcheck">(.*?)</pre>`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("the page wrote no self-check; chromium said:\n%s", tail(string(stderr), 3000))
	}
	var r probeResult
	if err := json.Unmarshal([]byte(unescapeText(string(m[1]))), &r); err != nil {
		t.Fatalf("self-check: %v\n%s", err, m[1])
	}
	for _, line := range strings.Split(string(stderr), "\n") {
		if strings.Contains(line, "CONSOLE") && strings.Contains(line, "Uncaught") {
			r.Errors = append(r.Errors, line)
		}
	}
	return r
}

// unescapeText undoes the escaping of text in dumped HTML.
func unescapeText(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'", "&nbsp;", "\u00a0", "&amp;", "&").Replace(s)
}

func TestBrowserPage(t *testing.T) {
	chromium, echartsJS := browserEnv(t)
	tl := fixtureTimeline()
	r := probe(t, chromium, tl, Options{Title: "ICE arrests at California courthouses", EchartsJS: echartsJS})
	t.Logf("self-check: %+v", r)
	if len(r.Errors) > 0 {
		t.Errorf("console errors: %q", r.Errors)
	}
	if len(r.Warnings) > 0 {
		t.Logf("console warnings: %q", r.Warnings)
	}
	n := len(tl.Events)
	if !r.Canvas || r.ChartItems != n || r.Drawn != n {
		t.Errorf("chart: canvas %v, %d items, %d drawn; want %d events", r.Canvas, r.ChartItems, r.Drawn, n)
	}
	if r.Entries != n {
		t.Errorf("story has %d entries, want %d", r.Entries, n)
	}
	if want := []int{0, 1, 2, 1}; fmt.Sprint(r.Step) != fmt.Sprint(want) {
		t.Errorf("step-through went %v, want %v (start, Next, →, ←)", r.Step, want)
	}
	if r.StepTitle != r.WantTitle || r.StepTitle == "" {
		t.Errorf("step card shows %q, want %q", r.StepTitle, r.WantTitle)
	}
	if r.Clicked == nil || r.ClickWant == nil || *r.Clicked != *r.ClickWant {
		t.Errorf("a click on chart item 0 selected %s, want %s", ptr(r.Clicked), ptr(r.ClickWant))
	}
	if r.OrderItems < 3 || r.Marked != r.OrderItems || !strings.Contains(r.OrderResult, "of") && !strings.Contains(r.OrderResult, "All") {
		t.Errorf("ordering exercise: %d items, %d marked, result %q", r.OrderItems, r.Marked, r.OrderResult)
	}

	// The screenshot: the same page, as a reader first sees it.
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{Title: "ICE arrests at California courthouses", EchartsJS: echartsJS}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "screenshot.png")
	runChromium(t, chromium, chromiumArgs(t, "--virtual-time-budget=5000", "--window-size=1280,1500", "--screenshot="+shot, "file://"+page))
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 20000 {
		t.Fatalf("screenshot: %v, %d bytes", err, len(png))
	}
	if out := os.Getenv("TIMELINE_SCREENSHOT"); out != "" {
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBrowserHostile opens a page whose every text holds markup and script:
// nothing may run, and the text must read back as written.
func TestBrowserHostile(t *testing.T) {
	chromium, echartsJS := browserEnv(t)
	tl := hostileTimeline()
	r := probe(t, chromium, tl, Options{Title: hostile, EchartsJS: echartsJS})
	if r.Alerted {
		t.Error("a script from the article text ran")
	}
	if len(r.Errors) > 0 {
		t.Errorf("console errors: %q", r.Errors)
	}
	if r.Entries != len(tl.Events) || r.ChartItems != len(tl.Events) {
		t.Errorf("%d entries, %d chart items; want %d", r.Entries, r.ChartItems, len(tl.Events))
	}
	if len(r.Titles) == 0 || r.Titles[0] != tl.Events[0].Title {
		t.Errorf("first title reads %q, want %q", r.Titles, tl.Events[0].Title)
	}
	// The page's own scripts plus the two probes; none from the text.
	if want := 6; r.Scripts != want {
		t.Errorf("the page has %d script elements, want %d", r.Scripts, want)
	}
}

// TestBrowserLarge opens a page of 2,500 events: the chart counts them per
// bin, the story folds its months, and nothing fails.
func TestBrowserLarge(t *testing.T) {
	chromium, echartsJS := browserEnv(t)
	tl := largeTimeline(2500, 1100)
	r := probe(t, chromium, tl, Options{EchartsJS: echartsJS})
	if len(r.Errors) > 0 {
		t.Errorf("console errors: %q", r.Errors)
	}
	if r.Entries != 2500 {
		t.Errorf("%d entries, want 2500", r.Entries)
	}
	if r.ChartItems == 0 || r.ChartItems >= 2500 {
		t.Errorf("chart shows %d items; want them counted per bin", r.ChartItems)
	}
	if r.Collapsed == 0 || r.Collapsed != r.Sections-1 {
		t.Errorf("%d of %d month sections folded; want all but the first", r.Collapsed, r.Sections)
	}
	if want := []int{0, 1, 2, 1}; fmt.Sprint(r.Step) != fmt.Sprint(want) {
		t.Errorf("step-through went %v, want %v", r.Step, want)
	}
}

// TestBrowserOffline opens a page whose echarts cannot be loaded, as a page
// built without --echarts-js is offline: the notice shows, and the story and
// the step-through work without the chart.
func TestBrowserOffline(t *testing.T) {
	chromium := findChromium(t)
	tl := fixtureTimeline()
	r := probe(t, chromium, tl, Options{EchartsSrc: "http://127.0.0.1:9/echarts.min.js"})
	if !r.Notice {
		t.Error("the chart notice is not shown")
	}
	if r.Canvas || r.ChartItems != 0 {
		t.Errorf("a chart was drawn without echarts (canvas %v, %d items)", r.Canvas, r.ChartItems)
	}
	if r.Entries != len(tl.Events) {
		t.Errorf("%d story entries, want %d", r.Entries, len(tl.Events))
	}
	if want := []int{0, 1, 2, 1}; fmt.Sprint(r.Step) != fmt.Sprint(want) {
		t.Errorf("step-through went %v, want %v", r.Step, want)
	}
	for _, e := range r.Errors {
		if !strings.Contains(e, "echarts.min.js") {
			t.Errorf("error other than the missing echarts: %q", e)
		}
	}
}

func ptr(p *int) string {
	if p == nil {
		return "nothing"
	}
	return fmt.Sprint(*p)
}
