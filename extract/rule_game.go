package extract

// Quarters and halves of a game: "late in the fourth quarter", "a 71-39 lead
// after three quarters" in a basketball or football story are periods of
// play, not calendar quarters, and no TIMEX3 value names them. The quarter
// and duration rules drop a quarter that gameQuarter finds in such a story.

// gameQuarter reports whether the quarter named at token i is a period of a
// game. The sentence around i decides first: a score (17-14) or a word of
// play (rebounds, touchdown, scored ...) with no word of business (percent,
// profit, earnings ...) makes it a game's; a sentence with neither follows
// the story (a story with at least three words of play and fewer words of
// business).
func (p *parser) gameQuarter(i int) bool {
	s := i
	for s > 0 && i-s < 60 && !p.sentenceStart(s) {
		s--
	}
	play, business := p.playWords(s, i, 60)
	if business > 0 {
		return false
	}
	if play > 0 {
		return true
	}
	if p.sport == 0 {
		p.sport = -1
		// the whole story: i past its end, so no sentence end stops the count
		if pl, bu := p.playWords(0, len(p.t), len(p.t)); pl >= 3 && bu < pl {
			p.sport = 1
		}
	}
	return p.sport > 0
}

// playWords counts the words of play and of business from token s through
// the end of the sentence holding token i, reading at most limit tokens.
func (p *parser) playWords(s, i, limit int) (play, business int) {
	for k := s; k < len(p.t) && k-s < limit; k++ {
		t := &p.t[k]
		if k > i && t.kind == tkPunct && p.sentenceEnd(k) {
			break
		}
		switch t.kind {
		case tkNum:
			// a score: 17-14, 106-90 (not a date like 1990-91 or a 4-digit count)
			if t.nd <= 3 && p.hyphen(k+1) && k+2 < len(p.t) && p.t[k+2].kind == tkNum && p.t[k+2].nd <= 3 && !p.adj(k+3) {
				play++
			}
			continue
		case tkPunct:
			if t.c == '%' || t.c == '$' {
				business++
			}
			continue
		}
		switch p.word(k) {
		case "points":
			if !p.isAny(k-1, "percentage", "basis") {
				play++
			} else {
				business++
			}
		case "rebounds", "assists", "touchdown", "touchdowns", "yard", "yards", "scored", "quarterback",
			"halftime", "basketball", "football", "nba", "nfl", "game", "played", "lead", "led", "trailing", "victory":
			play++
		case "percent", "percentage", "profit", "profits", "earnings", "sales", "revenue", "revenues", "growth",
			"economy", "gdp", "fiscal", "net", "results", "million", "billion", "dollars", "shares", "output":
			business++
		}
	}
	return play, business
}
