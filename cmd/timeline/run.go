package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/render"
	"github.com/timeline-tool/timeline/seeds"
	"github.com/timeline-tool/timeline/timeline"
)

// version is the tool's version, printed by --version.
const version = "0.1.0"

// Exit codes.
const (
	exitOK      = 0 // every input was read
	exitPartial = 1 // some inputs failed; outputs were still written
	exitUsage   = 2 // bad flags or arguments
)

const usageText = `timeline turns news articles into a dated, merged, ordered list of events
and renders it as a timeline page and a JSON export.

Usage:
  timeline [build] [flags] [inputs...]   write timeline.html and timeline.json
  timeline extract [flags] [inputs...]   print every date expression, one JSON object a line
  timeline eval [flags] GOLD.jsonl...    score the date engine against TIMEX3 gold annotations
  timeline eval-published GOLD.jsonl...  score publication-date inference (dates dropped)
  timeline eval-timeline TRIAL.jsonl     score events against SemEval-2015 gold timelines

Inputs are files (.txt, .md, .jsonl, and saved web pages .html, .htm),
directories (walked for those) and "-" for standard input. With no inputs
the five embedded seed articles are read.

Examples:
  timeline                                  # the seeds' timeline into ./timeline.html and ./timeline.json
  timeline --out site articles/             # every article under articles/
  timeline --published 2017-03-31 story.txt # for articles that carry no date
  timeline extract story.txt | jq -r .value
  timeline eval ../shared/data/timebank.jsonl

Run 'timeline COMMAND --help' for a command's own flags.

Flags:
`

const extractUsageText = `Usage: timeline extract [flags] [inputs...]

Prints every date expression of every article, one JSON object a line:
the article id, the byte offsets (start, end) of the expression in the
article text, its text, and its TIMEX3 type, value, mod and grain, and the
section it stands in (body, caption, ...). Inputs are read as by build
(files, directories, "-" for standard input); with none, the five embedded
seed articles.

Example:
  timeline extract story.txt | jq -r .value

Flags:
`

// buildOnly are the flags of build that extract accepts and ignores (it
// prints the expressions of every section).
var buildOnly = []string{"out", "format", "stdout", "min-sources", "top", "include-captions", "echarts-js", "echarts-src", "lanes", "title"}

// Run is the whole command: it parses args (without the program name), reads
// stdin for the input "-", writes results to stdout and messages to stderr,
// and returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 {
		switch args[0] {
		case "build", "extract", "eval", "eval-published", "eval-timeline":
			cmd, args = args[0], args[1:]
		case "help":
			args = []string{"--help"}
		}
	}
	switch cmd {
	case "eval", "eval-published", "eval-timeline":
		out := &errWriter{w: stdout}
		var code int
		switch cmd {
		case "eval":
			code = runEval(args, out, stderr)
		case "eval-published":
			code = runEvalPublished(args, out, stderr)
		default:
			code = runEvalTimeline(args, out, stderr)
		}
		if out.err != nil {
			fmt.Fprintf(stderr, "timeline %s: writing output: %v\n", cmd, out.err)
			code = max(code, exitPartial)
		}
		return code
	}
	c, code, ok := parseFlags(cmd, args, stdout, stderr)
	if !ok {
		return code
	}
	c.stdin = stdin
	c.stdout, c.stderr = stdout, stderr
	if cmd == "extract" {
		return c.extract()
	}
	return c.build()
}

// config is a parsed command line.
type config struct {
	out             string
	published       string
	manifest        string
	ignorePublished bool
	formats         string
	toStdout        bool
	minSources      int
	top             int
	includeCaptions bool
	echartsJS       string
	echartsSrc      string
	lanes           string
	title           string
	maxSize         int64
	quiet           bool
	workers         int
	inputs          []string

	stdin          io.Reader
	stdout, stderr io.Writer
}

// parseFlags reads the flags of build and extract. It returns ok false with
// the exit code when the command is done (help, version, usage error).
func parseFlags(cmd string, args []string, stdout, stderr io.Writer) (*config, int, bool) {
	c := &config{}
	fs := pflag.NewFlagSet("timeline "+cmd, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVarP(&c.out, "out", "o", ".", "directory to write the outputs into")
	fs.StringVar(&c.published, "published", "", "publication date for articles that carry none (RFC 3339, 2017-03-31 or \"March 31, 2017\")")
	fs.StringVar(&c.manifest, "manifest", "", "CSV or JSON file mapping article ids or paths to publication dates")
	fs.BoolVar(&c.ignorePublished, "ignore-published", false, "drop explicit publication dates (to test inference)")
	fs.StringVar(&c.formats, "format", "html,json", "comma-separated output formats: "+strings.Join(render.FormatNames(), ", "))
	fs.BoolVar(&c.toStdout, "stdout", false, "write the single --format to stdout instead of --out")
	fs.IntVar(&c.minSources, "min-sources", 0, "keep only events reported by at least N articles")
	fs.IntVar(&c.top, "top", 0, "keep only the N most reported events")
	fs.BoolVar(&c.includeCaptions, "include-captions", false, "make events of dates in captions, credits and boilerplate too, marked")
	fs.StringVar(&c.echartsJS, "echarts-js", "", "local echarts.min.js (e.g. from the npm package echarts) to inline, making the page self-contained")
	fs.StringVar(&c.echartsSrc, "echarts-src", "", "address the page loads echarts from when --echarts-js is not given (default: go-echarts' CDN)")
	fs.StringVar(&c.lanes, "lanes", "actor", "chart lanes: actor or source")
	fs.StringVar(&c.title, "title", "", "page title")
	fs.Int64Var(&c.maxSize, "max-size", extract.DefaultMaxArticleSize, "largest article (or .jsonl line) in bytes")
	fs.BoolVarP(&c.quiet, "quiet", "q", false, "print nothing but errors")
	fs.IntVarP(&c.workers, "jobs", "j", 0, "articles processed at once (default: one per CPU)")
	help := fs.BoolP("help", "h", false, "show this help")
	showVersion := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "timeline %s: %v\nRun 'timeline --help' for usage.\n", cmd, err)
		return nil, exitUsage, false
	}
	if *help {
		text := usageText
		if cmd == "extract" {
			text = extractUsageText
			for _, name := range buildOnly {
				fs.MarkHidden(name)
			}
		}
		fmt.Fprint(stdout, text)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return nil, exitOK, false
	}
	if *showVersion {
		fmt.Fprintf(stdout, "timeline %s\n", version)
		return nil, exitOK, false
	}
	if c.lanes != "actor" && c.lanes != "source" {
		fmt.Fprintf(stderr, "timeline: --lanes %q: want actor or source\n", c.lanes)
		return nil, exitUsage, false
	}
	for _, n := range []struct {
		flag string
		val  int64
		min  int64
	}{
		{"--min-sources", int64(c.minSources), 0},
		{"--top", int64(c.top), 0},
		{"--jobs", int64(c.workers), 0},
		{"--max-size", c.maxSize, 1},
	} {
		if n.val < n.min {
			fmt.Fprintf(stderr, "timeline: %s %d: want a number >= %d\n", n.flag, n.val, n.min)
			return nil, exitUsage, false
		}
	}
	if c.published != "" {
		p, err := extract.ParsePublished(c.published)
		if err != nil {
			fmt.Fprintf(stderr, "timeline: --published: %v\n", err)
			return nil, exitUsage, false
		}
		c.published = p
	}
	if cmd == "build" && c.toStdout && fs.Changed("out") && !c.quiet {
		fmt.Fprintf(stderr, "timeline: --out %s: ignored with --stdout, which writes nothing else\n", c.out)
	}
	if cmd == "extract" && !c.quiet {
		for _, name := range buildOnly {
			if fs.Changed(name) {
				fmt.Fprintf(stderr, "timeline extract: --%s only applies to build; ignored\n", name)
			}
		}
	}
	c.inputs = fs.Args()
	return c, exitOK, true
}

// run reads the inputs (or the embedded seeds) through the pipeline and
// reports input errors, warnings and notices to stderr.
func (c *config) run(keepText, keepTimexes bool) (*extract.Result, bool) {
	pl := extract.Pipeline{
		Published:   extract.PublishedOptions{Default: c.published, Ignore: c.ignorePublished},
		Options:     extract.Options{IncludeCaptions: c.includeCaptions},
		Workers:     c.workers,
		KeepText:    keepText,
		KeepTimexes: keepTimexes,
	}
	if c.manifest != "" {
		m, err := extract.ReadManifest(c.manifest)
		if err != nil {
			fmt.Fprintf(c.stderr, "timeline: --manifest: %v\n", err)
			return nil, false
		}
		pl.Published.Manifest = m
	}
	inputs, dropped := dedupeInputs(c.inputs)
	if !c.quiet {
		for _, d := range dropped {
			fmt.Fprintf(c.stderr, "timeline: %s: warning: %s\n", d.Path, d.Msg)
		}
	}
	c.inputs = inputs
	var src extract.Source
	l := &extract.Loader{Stdin: c.stdin, MaxSize: c.maxSize}
	if len(c.inputs) == 0 {
		src = func(emit func(timeline.Article), fail func(*timeline.InputError)) {
			seeds.Stream(l, emit, fail)
		}
	} else {
		src = func(emit func(timeline.Article), fail func(*timeline.InputError)) {
			l.Stream(c.inputs, emit, fail)
		}
	}
	prog := newProgress(c.stderr, c.quiet, inputBytes(c.inputs))
	pl.Progress = prog.update
	if len(c.inputs) > 0 && prog.on {
		l.OnRead = prog.addRead
	}
	res := pl.Run(src)
	prog.finish()
	for _, e := range res.Errors {
		fmt.Fprintf(c.stderr, "timeline: %v\n", e)
	}
	if !c.quiet {
		for _, a := range res.Articles {
			for _, w := range a.Warnings {
				fmt.Fprintf(c.stderr, "timeline: %s: warning: %s\n", where(&a), w)
			}
		}
		for _, n := range res.Notices {
			fmt.Fprintf(c.stderr, "timeline: %s: %s\n", whereRead(n.Path, n.Line, n.Article), n.Msg)
		}
		if unused := extract.UnusedManifestKeys(pl.Published.Manifest, res.Articles); len(unused) > 0 {
			what := fmt.Sprintf("%d entries name", len(unused))
			if len(unused) == 1 {
				what = "1 entry names"
			}
			list := strings.Join(unused[:min(5, len(unused))], ", ")
			if len(unused) > 5 {
				list += fmt.Sprintf(" and %d more", len(unused)-5)
			}
			fmt.Fprintf(c.stderr, "timeline: --manifest: warning: %s no article read: %s\n", what, list)
		}
	}
	return res, true
}

// where names the file an article was read from, with the line for .jsonl,
// and its id when the file name does not give it.
func where(a *timeline.Article) string { return whereRead(a.Path, a.Line, a.ID) }

// whereRead is where for an article with id read from path (at line, when
// the file holds many).
func whereRead(path string, line int, id string) string {
	w := path
	if line > 0 {
		w = fmt.Sprintf("%s:%d", path, line)
	}
	if w == "" {
		return id
	}
	if base := filepath.Base(path); line > 0 || strings.TrimSuffix(base, filepath.Ext(base)) != id {
		w += " (" + id + ")"
	}
	return w
}

// build is the default command.
func (c *config) build() int {
	formats, err := render.ParseFormats(c.formats)
	if err != nil {
		fmt.Fprintf(c.stderr, "timeline: --format: %v\n", err)
		return exitUsage
	}
	if c.toStdout && len(formats) != 1 {
		fmt.Fprintf(c.stderr, "timeline: --stdout takes exactly one --format (got %s): add --format json, for example\n", c.formats)
		return exitUsage
	}
	ropt := render.Options{Title: c.title, Lanes: c.lanes}
	if c.echartsJS != "" {
		js, err := os.ReadFile(c.echartsJS)
		if err != nil {
			fmt.Fprintf(c.stderr, "timeline: --echarts-js: %v\n", err)
			return exitUsage
		}
		ropt.EchartsJS = js
	}
	ropt.EchartsSrc = c.echartsSrc
	if c.echartsSrc == "cdn" {
		ropt.EchartsSrc = render.EchartsCDN()
	}
	needText := false
	for _, fm := range formats {
		needText = needText || fm.NeedsText
	}
	res, ok := c.run(needText, needText)
	if !ok {
		return exitUsage
	}
	arts := res.Articles
	tl := timeline.Build(arts, res.Mentions, timeline.Options{MinSources: c.minSources, Top: c.top, InPlace: true})
	res.Mentions = nil // the events hold what they need of it
	var errs []timeline.InputError
	for _, e := range res.Errors {
		errs = append(errs, *e)
	}
	tl.Errors = errs
	code := exitOK
	if len(errs) > 0 {
		code = exitPartial
	}
	if len(arts) == 0 {
		fmt.Fprintln(c.stderr, "timeline: no article could be read; nothing written")
		return exitPartial
	}
	if c.toStdout {
		// Rendered in full first, so that a failure prints no half output.
		var buf bytes.Buffer
		err := formats[0].Write(&buf, tl, ropt)
		if err == nil {
			_, err = c.stdout.Write(buf.Bytes())
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "timeline: %s: %v\n", formats[0].Name, err)
			return exitPartial
		}
		return code
	}
	var written []string
	for _, fm := range formats {
		n := 0
		for _, of := range fm.Outputs(tl, ropt) {
			p := filepath.Join(c.out, filepath.FromSlash(of.Path))
			if err := render.WriteFileAtomic(p, of.Write); err != nil {
				fmt.Fprintf(c.stderr, "timeline: writing %s: %v\n", p, err)
				code = exitPartial
				continue
			}
			n++
			if fm.Files == nil {
				written = append(written, p)
			}
		}
		if fm.Files != nil && n > 0 {
			written = append(written, fmt.Sprintf("%s (%d files)", filepath.Join(c.out, fm.File), n))
		}
	}
	if !c.quiet {
		wrote := "wrote " + strings.Join(written, ", ")
		if len(written) == 0 {
			wrote = "wrote nothing"
		}
		fmt.Fprintf(c.stderr, "timeline: %s read (%d failed), %s, %s\n",
			count(len(arts), "article"), len(errs), count(len(tl.Events), "event"), wrote)
	}
	return code
}

// extractLine is one line of `timeline extract` output.
type extractLine struct {
	Article string `json:"article"`
	timeline.Timex
}

// extract prints every temporal expression of every article.
func (c *config) extract() int {
	res, ok := c.run(false, true)
	if !ok {
		return exitUsage
	}
	arts, errs := res.Articles, res.Errors
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range arts {
		for _, t := range arts[i].Timexes {
			if err := enc.Encode(extractLine{Article: arts[i].ID, Timex: t}); err != nil {
				fmt.Fprintf(c.stderr, "timeline: %s: %v\n", arts[i].ID, err)
			}
		}
		if _, err := c.stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(c.stderr, "timeline: writing output: %v\n", err)
			return exitPartial
		}
		buf.Reset()
	}
	if len(errs) > 0 {
		return exitPartial
	}
	return exitOK
}

// count writes n and the noun, in the plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// errWriter passes writes on to w and keeps the first error, so that a
// command that prints many lines learns once, at the end, whether they all
// got out (a full disk, a closed pipe).
type errWriter struct {
	w   io.Writer
	err error
}

// Write writes p to w unless an earlier write failed.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
