package extract

import (
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/timeline-tool/timeline/timeline"
)

// Options configures Process.
type Options struct {
	// IncludeCaptions makes mentions of dates outside body text too
	// (captions, credits, playlists, boilerplate), marked by their section.
	IncludeCaptions bool
}

// Process finds the temporal expressions of an article whose paragraphs and
// publication time are settled, and the event mentions of those in body text
// (or in every section with IncludeCaptions).
func Process(a *timeline.Article, f *Finder, opt Options) ([]timeline.Timex, []timeline.Mention) {
	anchor, _ := a.PublishedTime()
	txs := f.Find(a.Text, anchor)
	for i := range txs {
		txs[i].Section = a.SectionAt(txs[i].Start)
	}
	var keep []timeline.Timex
	for _, t := range txs {
		if t.Section == timeline.SectionBody || opt.IncludeCaptions {
			keep = append(keep, t)
		}
	}
	return txs, Mentions(a, keep)
}

// Source hands articles to emit one at a time and reports each input that
// cannot be read to fail. Loader.Stream and Loader.StreamFS make Sources.
type Source func(emit func(timeline.Article), fail func(*timeline.InputError))

// DefaultContextBytes bounds the text of dated articles that Pipeline keeps
// as evidence for inferring the publication dates of undated ones: the
// first 16 MB of them, some thousands of articles.
const DefaultContextBytes = 16 << 20

// DefaultHeldBytes bounds the text of undated articles that Pipeline holds
// until every article is read.
const DefaultHeldBytes = 128 << 20

// Pipeline reads articles and reduces them to dated mentions, in parallel
// and without holding every text in memory: an article's text is dropped as
// soon as its mentions are found, unless KeepText is set, and the mentions
// then hold copies of their strings, not the text.
//
// An article whose publication date is settled (explicitly, by flag, or by
// inference from its own text) is processed at once. One with no date, or
// only an inferred one, is held until every article has been read, and its
// date is then inferred again with the dated articles of the run as
// evidence (their texts are kept for this up to ContextBytes in all). Once
// the held texts reach HeldBytes, further undated articles are processed at
// once with what their own text says.
type Pipeline struct {
	// Finder resolves dates; nil means NewFinder().
	Finder *Finder
	// Published says how publication dates are settled.
	Published PublishedOptions
	// Options configures Process.
	Options Options
	// Workers is the number of articles processed at once; 0 means one per CPU.
	Workers int
	// KeepText keeps Text and Paragraphs of every article (for TimeML
	// export and for tests).
	KeepText bool
	// KeepTimexes keeps every article's Timexes (all its date expressions,
	// in every section).
	KeepTimexes bool
	// ContextBytes bounds the evidence texts kept for inference; 0 means
	// DefaultContextBytes, negative keeps none.
	ContextBytes int64
	// HeldBytes bounds the texts of undated articles held for inference
	// with the whole run as evidence; 0 means DefaultHeldBytes, negative
	// holds none.
	HeldBytes int64
	// Progress, when set, is called after every article with the number of
	// articles and of bytes of text processed so far.
	Progress func(articles int, bytes int64)
}

// Result is what Pipeline.Run produces.
type Result struct {
	// Articles are every article read, in input order, with unique ids.
	Articles []timeline.Article
	// Mentions are the dated mentions of every article, in input order.
	Mentions []timeline.Mention
	// Errors are the inputs that could not be read, in input order.
	Errors []*timeline.InputError
	// Notices are the inferred publication dates and other news for the user.
	Notices []Notice
}

// item is an article travelling through the pipeline with its input position.
type item struct {
	seq int
	art timeline.Article
}

// done is a processed article.
type done struct {
	seq      int
	size     int64 // bytes of the article's text
	art      timeline.Article
	mentions []timeline.Mention
	notices  []Notice
	held     *timeline.Article // the article as read (paragraphs classified), when its date waits for phase 2
	evidence bool              // art keeps its text as evidence for phase 2
}

// Run reads every article of src and returns them with their mentions.
func (p *Pipeline) Run(src Source) *Result {
	f := p.Finder
	if f == nil {
		f = NewFinder()
	}
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	budget := p.ContextBytes
	if budget == 0 {
		budget = DefaultContextBytes
	}
	holdable := p.HeldBytes
	if holdable == 0 {
		holdable = DefaultHeldBytes
	}
	res := &Result{}
	in := make(chan item, 2*workers)
	out := make(chan done, 2*workers)

	// Read: one goroutine, in input order, giving ids that are unique.
	go func() {
		ids := map[string]int{}
		seq := 0
		src(func(a timeline.Article) {
			a.ID = uniqueID(ids, a.ID)
			in <- item{seq: seq, art: a}
			seq++
		}, func(e *timeline.InputError) {
			res.Errors = append(res.Errors, e) // only this goroutine writes Errors until in is closed
		})
		close(in)
	}()

	// Process: the workers.
	var wg sync.WaitGroup
	var budgetMu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				d := done{seq: it.seq, size: int64(len(it.art.Text))}
				orig := it.art
				a := it.art
				a.Paragraphs = Classify(a.Text)
				one := []timeline.Article{a}
				notices := ResolvePublished(one, f, p.Published)
				a = one[0]
				if needsContext(&a) {
					budgetMu.Lock()
					hold := holdable > 0 && d.size <= holdable
					if hold {
						holdable -= d.size
					}
					budgetMu.Unlock()
					if hold {
						held := orig
						held.Paragraphs = a.Paragraphs // classified once
						d.held, d.art = &held, a
						out <- d
						continue
					}
				}
				d.notices = notices
				a.Timexes, d.mentions = Process(&a, f, p.Options)
				if !p.KeepText {
					detach(d.mentions)
				}
				if !p.KeepTimexes {
					a.Timexes = nil
				}
				if p.KeepText {
					// The text is kept anyway: it is evidence at no cost.
					d.evidence = true
				} else {
					budgetMu.Lock()
					keep := budget > 0 && int64(len(a.Text)) <= budget
					if keep {
						budget -= int64(len(a.Text))
					}
					budgetMu.Unlock()
					d.evidence = keep
					if !keep {
						p.drop(&a)
					}
				}
				d.art = a
				out <- d
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	// Collect, reporting progress.
	var all []done
	var nbytes int64
	// values holds one copy of each TIMEX3 value: many mentions of a run
	// share a few thousand dates.
	values := map[string]string{}
	for d := range out {
		for i := range d.mentions {
			m := &d.mentions[i]
			if v, ok := values[m.Value]; ok {
				m.Value = v
			} else {
				values[m.Value] = m.Value
			}
		}
		all = append(all, d)
		nbytes += d.size
		if p.Progress != nil {
			p.Progress(len(all), nbytes)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].seq < all[j].seq })
	p.inferHeld(f, all)

	n := 0
	for i := range all {
		n += len(all[i].mentions)
	}
	res.Articles = make([]timeline.Article, 0, len(all))
	res.Mentions = make([]timeline.Mention, 0, n)
	for i := range all {
		d := &all[i]
		if d.evidence {
			p.drop(&d.art)
		}
		res.Articles = append(res.Articles, d.art)
		res.Mentions = append(res.Mentions, d.mentions...)
		res.Notices = append(res.Notices, d.notices...)
		d.mentions = nil
	}
	return res
}

// needsContext reports whether an article's date should wait for the other
// articles of the run as evidence.
func needsContext(a *timeline.Article) bool {
	return a.PublishedSource == timeline.SourceNone || a.PublishedSource == timeline.SourceInferred
}

// inferHeld settles the dates of the held articles with the dated articles
// kept as evidence, then processes them.
func (p *Pipeline) inferHeld(f *Finder, all []done) {
	var batch []timeline.Article
	var heldAt []int // index in all of each held article, in batch order
	pos := map[string]int{}
	for i, d := range all {
		switch {
		case d.held != nil:
			a := *d.held
			heldAt = append(heldAt, i)
			pos[a.ID] = i
			batch = append(batch, a)
		case d.evidence:
			batch = append(batch, d.art)
		}
	}
	if len(heldAt) == 0 {
		return
	}
	notices := ResolvePublished(batch, f, p.Published)
	for _, a := range batch {
		i, ok := pos[a.ID]
		if !ok {
			continue
		}
		d := &all[i]
		a.Timexes, d.mentions = Process(&a, f, p.Options)
		if !p.KeepText {
			detach(d.mentions)
		}
		p.drop(&a)
		d.art, d.held = a, nil
	}
	for _, n := range notices {
		if i, ok := pos[n.Article]; ok {
			all[i].notices = append(all[i].notices, n)
		}
	}
}

// detach copies the strings of mentions out of their article's text, so
// that the text can be freed while the mentions live on. A sentence with
// several mentions is copied once, and the expression, verb, title and
// actors found in it are cut from that copy.
func detach(ms []timeline.Mention) {
	seen := map[string]string{}
	cp := func(s string) string {
		if s == "" {
			return ""
		}
		if c, ok := seen[s]; ok {
			return c
		}
		c := strings.Clone(s)
		seen[s] = c
		return c
	}
	for i := range ms {
		m := &ms[i]
		sent := cp(m.Sentence)
		in := func(s string) string {
			if k := strings.Index(m.Sentence, s); k >= 0 && s != "" {
				return sent[k : k+len(s)]
			}
			return cp(s)
		}
		m.Text, m.Verb, m.Title = in(m.Text), in(m.Verb), in(m.Title)
		for k, a := range m.Actors {
			m.Actors[k] = in(a)
		}
		m.Sentence = sent
	}
}

// drop forgets what the caller did not ask to keep of a processed article.
func (p *Pipeline) drop(a *timeline.Article) {
	if !p.KeepText {
		a.Text, a.Paragraphs = "", nil
	}
	if !p.KeepTimexes {
		a.Timexes = nil
	}
}

// uniqueID returns id, or id with "-2", "-3", ... when it was seen before,
// and records it in seen.
func uniqueID(seen map[string]int, id string) string {
	if seen[id] == 0 {
		seen[id] = 1
		return id
	}
	for {
		seen[id]++
		cand := id + "-" + strconv.Itoa(seen[id])
		if seen[cand] == 0 {
			seen[cand] = 1
			return cand
		}
	}
}
