package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// knownMention is a resolved date in the body of an article whose
// publication date is known, with the content words of its sentence.
type knownMention struct {
	iv    timeline.Interval
	grain timeline.Grain
	text  string
	words map[string]bool
}

// knownArticle is an article with a publication date, as evidence for the
// others of the run; or an undated one (zero day) whose written dates are.
type knownArticle struct {
	id  string
	day time.Time // zero: undated, only its written dates count
	// conf caps the confidence of what is inferred from it: 1 for an
	// explicit date or a firmly inferred one, less for a weaker inference
	// or written dates alone, so that a chain of inferences grows no surer
	// than its weak links.
	conf     float64
	words    map[string]bool
	mentions []knownMention
}

// Thresholds for taking a sentence of another article as reporting the same
// event: shared content words and their cosine similarity; and for taking
// two whole articles as telling the same story.
const (
	minSharedWords   = 3
	minSentenceSim   = 0.15
	fullSentenceSim  = 0.3
	minArticleSim    = 0.2
	fullArticleSim   = 0.4
	crossWeekdayW    = 3
	crossDayW        = 2.5
	crossWeekW       = 2.5
	crossMonthW      = 2
	articlePriorW    = 1.5
	articlePriorDays = 7
	// writtenLimit caps the confidence of a date found from a date written
	// in an undated article: measured on news corpora, such matches date
	// the right event but often not the right day (a weekday matched to
	// another week's report), so they are guesses.
	writtenLimit = weakLimit
	// writtenSentenceSim is the similarity a sentence needs to a date
	// written in an undated article: nothing else checks the match.
	writtenSentenceSim = fullSentenceSim
	// firmConfidence is the confidence from which an inferred date counts
	// as known for the other articles.
	firmConfidence = 0.8
)

// limit is the cap on the confidence of a term from k: its conf, or 0
// (none) for an article whose date is firm.
func (k *knownArticle) limit() float64 {
	if k.conf < 1 {
		return k.conf
	}
	return 0
}

// knownOf reads the dated body mentions of an article with a known
// publication day.
func knownOf(a *timeline.Article, find findFunc, words []string) (knownArticle, bool) {
	pub, ok := a.PublishedTime()
	if !ok {
		return knownArticle{}, false
	}
	k := knownArticle{id: a.ID, day: timeline.Day(pub.Year(), pub.Month(), pub.Day()), words: wordSet(words), conf: 1}
	if a.PublishedSource == timeline.SourceInferred && a.PublishedConfidence < firmConfidence {
		k.conf = a.PublishedConfidence
	}
	for _, t := range find(a.Text, pub) {
		if t.Interval.IsZero() || (t.Type != timeline.TypeDate && t.Type != timeline.TypeTime) || a.SectionAt(t.Start) != timeline.SectionBody {
			continue
		}
		k.mentions = append(k.mentions, knownMention{iv: t.Interval, grain: t.Grain, text: t.Text,
			words: wordSet(contentWords(sentenceAround(a.Text, t.Start, t.End)))})
	}
	return k, true
}

// writtenOf makes the evidence of an undated article: the dates its body
// writes in full ("Aug. 7, 1998", "March 1996"), which need no publication
// date to be known.
func writtenOf(id string, cs []clue) (knownArticle, bool) {
	k := knownArticle{id: id, conf: writtenLimit}
	for _, c := range cs {
		if c.iv.IsZero() || c.future {
			continue
		}
		var g timeline.Grain
		switch c.kind {
		case clueDay:
			g = timeline.GrainDay
		case clueMonth:
			g = timeline.GrainMonth
		case clueSpan:
			g = timeline.GrainNone // a week, quarter or season: compatible reads its days
		default:
			continue
		}
		k.mentions = append(k.mentions, knownMention{iv: c.iv, grain: g, text: c.text, words: wordSet(c.words)})
	}
	return k, len(k.mentions) > 0
}

// crossTerms matches the relative and partial date phrases of an article to
// the dated mentions of the same events in other articles: "sent Wednesday"
// here and "On March 29, ... responded to her letter" there make the
// Wednesday March 29. An article telling the same story as a dated one is
// also likely written within days of it.
//
// A date written in an undated article is matched only by a sentence that
// shares its rare words (weighted by idf, over the run's articles): routine
// reports ("stocks rose Tuesday") share their common words every day.
func crossTerms(id string, cs []clue, words []string, known []knownArticle, idf map[string]float64) []term {
	var ts []term
	for _, c := range cs {
		var best *knownMention
		var bestSim float64
		var bestID string
		var bestLimit float64
		for ki := range known {
			if known[ki].id == id {
				continue
			}
			written := known[ki].day.IsZero()
			if written && c.kind != clueWeekday && c.kind != clueMonthDay {
				continue // "today" or "this week" said of an old date
			}
			minSim := minSentenceSim
			if written {
				minSim = writtenSentenceSim
			}
			for mi := range known[ki].mentions {
				m := &known[ki].mentions[mi]
				if !compatible(c, m) {
					continue
				}
				n, sim := wordOverlap(c.words, m.words)
				if written && n >= minSharedWords {
					sim = idfOverlap(c.words, m.words, idf)
				}
				if n >= minSharedWords && sim >= minSim && sim > bestSim {
					best, bestSim, bestID, bestLimit = m, sim, known[ki].id, known[ki].limit()
				}
			}
		}
		if best != nil {
			if t, ok := crossTerm(c, best, bestID); ok {
				t.weight *= min(1, bestSim/fullSentenceSim)
				t.limit = bestLimit
				ts = append(ts, t)
			}
		}
	}
	for _, k := range known {
		if k.id == id || k.day.IsZero() {
			continue
		}
		if _, sim := wordOverlap(words, k.words); sim >= minArticleSim {
			day := k.day
			ts = append(ts, term{weight: articlePriorW * min(1, sim/fullArticleSim), level: 0.5, limit: k.limit(),
				phrase: fmt.Sprintf("same story as %s (%s)", k.id, day.Format(timeline.DayLayout)),
				score:  func(d time.Time) float64 { return nearScore(daysBetween(day, d)) },
				from:   day.AddDate(0, 0, -articlePriorDays), to: day.AddDate(0, 0, articlePriorDays)})
		}
	}
	return ts
}

// nearScore scores a publication day delta days from a related article's.
func nearScore(delta int) float64 {
	if delta < 0 {
		delta = -delta
	}
	switch {
	case delta == 0:
		return 1
	case delta == 1:
		return 0.8
	case delta <= 3:
		return 0.5
	case delta <= articlePriorDays:
		return 0.25
	}
	return 0
}

// compatible reports whether a dated mention can be what a clue refers to.
func compatible(c clue, m *knownMention) bool {
	day := m.iv.Days() == 1
	switch c.kind {
	case clueWeekday:
		return day && m.iv.Start.Weekday() == c.wd
	case clueMonthDay:
		return day && m.iv.Start.Month() == c.month && m.iv.Start.Day() == c.day
	case clueMonthName:
		return m.iv.Days() <= 31 && m.iv.Start.Month() == c.month && m.iv.End.Month() == c.month
	case clueThisWeek, clueLastWeek:
		return m.iv.Days() <= 7
	case clueThisMonth:
		return m.iv.Days() <= 31 && m.iv.Start.Month() == m.iv.End.Month()
	case clueToday, clueYesterday:
		return day
	}
	return false
}

// crossTerm makes the term of a clue matched to a dated mention.
func crossTerm(c clue, m *knownMention, id string) (term, bool) {
	x := m.iv.Start
	phrase := fmt.Sprintf("%s = %s (%q in %s)", quote(c.phrase), ivString(m.iv), strings.Join(strings.Fields(m.text), " "), id)
	earlier := strings.Contains(strings.ToLower(c.text), "earlier")
	switch c.kind {
	case clueWeekday:
		last, future := c.last, c.future
		return term{weight: crossWeekdayW, level: 1, phrase: phrase,
			score: func(d time.Time) float64 { return weekdayAfter(daysBetween(x, d), last, future) },
			from:  x.AddDate(0, 0, -7), to: x.AddDate(0, 0, 7)}, true
	case clueMonthDay:
		future := c.future
		return term{weight: crossDayW, level: 1, phrase: phrase,
			score: func(d time.Time) float64 { return dayScore(d, x, future) },
			from:  x.AddDate(0, 0, -7), to: x.AddDate(0, 0, 31)}, true
	case clueMonthName:
		from, to := monthBounds(x.Year(), x.Month())
		return term{weight: 1, level: 0.5, phrase: phrase,
			score: func(d time.Time) float64 { return monthScore(d, from, to) },
			from:  from, to: to.AddDate(0, 0, 31)}, true
	case clueThisWeek, clueLastWeek:
		ws := weekStart(x)
		if c.kind == clueLastWeek {
			ws = ws.AddDate(0, 0, 7)
		}
		return term{weight: crossWeekW, level: 0.8, phrase: phrase,
			score: func(d time.Time) float64 {
				if d.Before(ws) || !d.Before(ws.AddDate(0, 0, 7)) || (earlier && d.Before(x)) {
					return 0
				}
				return 1
			},
			from: ws, to: ws.AddDate(0, 0, 6)}, true
	case clueThisMonth:
		from, to := monthBounds(x.Year(), x.Month())
		return term{weight: crossMonthW, level: 0.5, phrase: phrase,
			score: func(d time.Time) float64 {
				if d.Before(from) || d.After(to) || (earlier && d.Before(x)) {
					return 0
				}
				return 1
			},
			from: from, to: to}, true
	case clueToday, clueYesterday:
		off := 0
		if c.kind == clueYesterday {
			off = 1
		}
		return term{weight: crossWeekdayW, level: 1, phrase: phrase,
			score: func(d time.Time) float64 {
				switch daysBetween(x, d) - off {
				case 0:
					return 1
				case 1:
					return 0.4
				}
				return 0
			},
			from: x, to: x.AddDate(0, 0, off+1)}, true
	}
	return term{}, false
}

// weekdayAfter scores a publication day delta days after the day a weekday
// mention was matched to: within the following six days (before it when the
// mention points ahead).
func weekdayAfter(delta int, last, future bool) float64 {
	if future {
		delta = -delta
	}
	if last && delta == 0 {
		return 0.2
	}
	if delta < 0 || delta > 6 {
		return 0
	}
	return 1 - 0.03*float64(delta)
}

// weekStart returns the Monday of the ISO week holding d.
func weekStart(d time.Time) time.Time {
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// ivString writes an interval as a day or a day range.
func ivString(iv timeline.Interval) string {
	if iv.Days() == 1 {
		return iv.Start.Format(timeline.DayLayout)
	}
	return iv.Start.Format(timeline.DayLayout) + ".." + iv.End.Format(timeline.DayLayout)
}
