package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Weight of a dateline that names the day but not the year
// ("WASHINGTON, March 31 (Reuters) -"): it decides the day.
const partialDatelineW = 8

// minKnownConfidence is the confidence an inferred date needs to serve as
// evidence for the other articles of the run.
const minKnownConfidence = 0.5

// inferPublished infers the publication day of every article that has none,
// from its body text and, unless opt.NoCrossArticle, from the dated
// articles of the run; then once more with the articles just inferred with
// good confidence as evidence too. datelines are the articles' datelines
// (zero: none, as all are with opt.Ignore).
func inferPublished(arts []timeline.Article, datelines []Dateline, find findFunc, opt PublishedOptions) []Notice {
	var todo []int
	for i := range arts {
		if arts[i].Published == "" {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	cross := !opt.NoCrossArticle && len(arts) > 1
	words := make([][]string, len(arts))
	var known []knownArticle
	if cross {
		for i := range arts {
			words[i] = bodyWords(&arts[i])
			if arts[i].Published != "" {
				if k, ok := knownOf(&arts[i], find, words[i]); ok {
					known = append(known, k)
				}
			}
		}
	}
	var idf map[string]float64
	if cross {
		idf = idfOf(words)
	}
	own := map[int][]term{}
	clues := map[int][]clue{}
	years := map[int]yearClues{}
	for _, i := range todo {
		a := &arts[i]
		clues[i] = cluesOf(a, find(a.Text, time.Time{}))
		years[i] = yearCluesOf(a.Text, clues[i])
		own[i] = termsOf(clues[i], years[i])
		if cross {
			if k, ok := writtenOf(a.ID, clues[i]); ok {
				known = append(known, k)
			}
		}
		if d := datelines[i]; d.Published == "" && d.Month != 0 {
			own[i] = append(own[i], partialDatelineTerm(d))
		}
	}
	results := map[int]inference{}
	rounds := 1
	if cross {
		rounds = 2
	}
	for round := 0; round < rounds; round++ {
		var fresh []knownArticle
		for _, i := range todo {
			if _, done := results[i]; done {
				continue
			}
			ts := own[i]
			if cross {
				ts = append(append([]term(nil), ts...), crossTerms(arts[i].ID, clues[i], words[i], known, idf)...)
			}
			inf, ok := decide(ts)
			// A day in a year the article's own years speak against (before
			// a year it firmly tells as past, or after a coming one) is a
			// guess, whatever else agrees on it.
			if ok && years[i].against(inf.day.Year()) {
				inf.confidence = min(inf.confidence, weakLimit)
			}
			if !ok || (inf.confidence <= weakLimit && !opt.Guess) {
				continue
			}
			results[i] = inf
			if cross && inf.confidence >= minKnownConfidence {
				a := arts[i]
				a.Published = inf.day.Format(timeline.DayLayout)
				a.PublishedSource, a.PublishedConfidence = timeline.SourceInferred, inf.confidence
				if k, ok := knownOf(&a, find, words[i]); ok {
					fresh = append(fresh, k)
				}
			}
		}
		if len(fresh) == 0 {
			break
		}
		known = append(known, fresh...)
	}
	var notices []Notice
	for _, i := range todo {
		a := &arts[i]
		inf, ok := results[i]
		if !ok {
			a.Published, a.PublishedSource = "", timeline.SourceNone
			notices = append(notices, Notice{Article: a.ID, Path: a.Path, Line: a.Line, Msg: "no publication date, and none could be inferred: relative dates stay unresolved (give --published or --manifest)"})
			continue
		}
		a.Published = inf.day.Format(timeline.DayLayout)
		a.PublishedSource = timeline.SourceInferred
		a.PublishedConfidence = inf.confidence
		a.PublishedEvidence = inf.evidence
		notices = append(notices, Notice{Article: a.ID, Path: a.Path, Line: a.Line, Msg: fmt.Sprintf("publication date inferred: %s (confidence %.2f) from %s",
			a.Published, inf.confidence, strings.Join(inf.evidence, "; "))})
	}
	return notices
}

// partialDatelineTerm makes the term of a dateline without a year.
func partialDatelineTerm(d Dateline) term {
	mo, dd := d.Month, d.Day
	return term{weight: partialDatelineW, level: 1, phrase: "dateline " + quote(d.Text),
		score: func(t time.Time) float64 {
			if t.Month() == mo && t.Day() == dd {
				return 1
			}
			return 0
		}}
}

// bodyWords returns the content words of an article's body paragraphs.
func bodyWords(a *timeline.Article) []string {
	var b strings.Builder
	for _, p := range a.Paragraphs {
		if p.Section == timeline.SectionBody {
			b.WriteString(a.Text[p.Start:p.End])
			b.WriteByte('\n')
		}
	}
	return contentWords(b.String())
}
