package extract

import "strings"

// wordClass is a set of lexical classes a word belongs to.
type wordClass uint32

const (
	cMonth    wordClass = 1 << iota // January, Jan (val 1..12)
	cWeekday                        // Monday (val 1..7, ISO: Monday 1, Sunday 7)
	cUnit                           // day, weeks, year ... (unit, plural)
	cNumWord                        // one, twenty, dozen (val)
	cOrdinal                        // first, third (val)
	cSeason                         // spring, summer, fall, autumn, winter (season)
	cPart                           // morning, afternoon, evening, night (part)
	cRel                            // today, yesterday, tomorrow, tonight
	cRef                            // now, currently, recently, future, past ...
	cStart                          // a word that may open an expression (the, last, about ...)
	cSetWord                        // daily, weekly, monthly, annually, yearly; Mondays (val 1..7)
	cOther                          // any other word a rule tests for: membership says nothing of its grammar
	cCore                           // a head word outside the classes above: Christmas, nineties, term
	cPast                           // an irregular past-tense verb: told, began, rose (a tense cue)
	cFunction                       // a function word (see funcKind): the, he, with, and, could, also
	cSpanNoun                       // a noun of an activity that fills a stretch of time: break, vacation, sales
)

// dateClasses are the classes of words that head or open a date expression.
const dateClasses = headClasses | cStart

// funcKind is the kind of a function word.
type funcKind uint8

const (
	fNone  funcKind = iota
	fDet            // a determiner or possessive: the, a, this, some, his
	fPron           // a personal, reflexive or indefinite pronoun, or expletive there: he, them, itself
	fPrep           // a preposition: in, with, despite, before
	fConj           // a conjunction or a word opening a subordinate clause: and, but, because, which, when
	fAux            // an auxiliary verb: is, had, did
	fModal          // a modal verb: will, could, may
	fAdv            // an adverb or particle that modifies no noun: not, also, even, again, back
)

// headClasses are the classes of words that carry a date expression; an
// opening word such as "the" or "about" is worth trying only with one of
// these close behind (see parser.run).
const headClasses = cMonth | cWeekday | cUnit | cNumWord | cOrdinal | cSeason | cPart | cRel | cRef | cSetWord | cCore

// unit is a calendar unit.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// lexEntry is what the lexicon knows about a word.
type lexEntry struct {
	word   string    // the lower-case word
	cls    wordClass // its classes
	val    int       // month, weekday, number or ordinal value
	unit   unit      // for cUnit
	plural bool      // for cUnit: days, weeks
	abbr   bool      // an abbreviation (Jan, Sept) that may take a period
	season string    // SP, SU, FA, WI for cSeason
	part   string    // MO, AF, EV, NI for cPart
	fn     funcKind  // for cFunction
	cue    tenseCue  // what the word tells of the tense of its clause (see tenseCues)
	// an ordinary word that opens a holiday's name (good, mother, boxing):
	// cStart for ruleHoliday, a noun for the other rules (parser.noun)
	holiday bool
}

// lexicon maps lower-case words to their index in lexTable; both are built
// once and never written.
var lexicon, lexTable = buildLexicon()

func buildLexicon() (map[string]uint16, []lexEntry) {
	m := map[string]*lexEntry{}
	add := func(w string, cls wordClass, f func(*lexEntry)) {
		e := m[w]
		if e == nil {
			e = &lexEntry{word: w}
			m[w] = e
		}
		e.cls |= cls
		if f != nil {
			f(e)
		}
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, w := range months {
		v := i + 1
		add(w, cMonth, func(e *lexEntry) { e.val = v })
	}
	for w, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(w, cMonth, func(e *lexEntry) { e.val = v; e.abbr = true })
	}
	for i, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		v := i + 1
		add(w, cWeekday, func(e *lexEntry) { e.val = v })
		// "on Fridays": a set of weekdays, not one (ruleSet)
		add(w+"s", cSetWord, func(e *lexEntry) { e.val = v; e.plural = true })
	}
	units := []struct {
		sing, plur string
		u          unit
	}{
		{"second", "seconds", uSecond}, {"minute", "minutes", uMinute}, {"hour", "hours", uHour},
		{"day", "days", uDay}, {"weekend", "weekends", uWeekend}, {"week", "weeks", uWeek},
		{"month", "months", uMonth}, {"quarter", "quarters", uQuarter}, {"half", "halves", uHalf},
		{"year", "years", uYear}, {"decade", "decades", uDecade}, {"century", "centuries", uCentury},
		{"millennium", "millennia", uMillennium}, {"season", "seasons", uSeason},
	}
	for _, u := range units {
		uu := u.u
		add(u.sing, cUnit, func(e *lexEntry) { e.unit = uu })
		add(u.plur, cUnit, func(e *lexEntry) { e.unit = uu; e.plural = true })
	}
	add("yr", cUnit, func(e *lexEntry) { e.unit = uYear })
	add("yrs", cUnit, func(e *lexEntry) { e.unit = uYear; e.plural = true })
	add("min", cUnit, func(e *lexEntry) { e.unit = uMinute })
	add("mins", cUnit, func(e *lexEntry) { e.unit = uMinute; e.plural = true })
	nums := map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
		"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
	}
	for w, v := range nums {
		vv := v
		add(w, cNumWord, func(e *lexEntry) { e.val = vv })
	}
	ords := map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
		"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	}
	for w, v := range ords {
		vv := v
		add(w, cOrdinal, func(e *lexEntry) { e.val = vv })
	}
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
		"springs": "SP", "summers": "SU", "winters": "WI"} {
		ss := s
		add(w, cSeason, func(e *lexEntry) { e.season = ss })
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
		"midday": "MI", "noon": "MI", "midnight": "NI", "mornings": "MO", "nights": "NI", "evenings": "EV", "afternoons": "AF"} {
		pp, pl := p, strings.HasSuffix(w, "s")
		add(w, cPart, func(e *lexEntry) { e.part = pp; e.plural = pl })
	}
	for _, w := range []string{"today", "yesterday", "tomorrow", "tonight"} {
		add(w, cRel, nil)
	}
	for _, w := range []string{"now", "currently", "current", "recently", "recent", "previously", "formerly", "soon",
		"future", "nowadays", "lately", "once", "present", "then", "meantime", "meanwhile", "past", "already"} {
		add(w, cRef, nil)
	}
	for _, w := range []string{"daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly", "biweekly", "annual"} {
		add(w, cSetWord, nil)
	}
	for _, w := range []string{
		"the", "a", "an", "this", "that", "these", "those", "last", "next", "past", "coming", "previous", "following",
		"early", "late", "mid", "earlier", "later", "about", "around", "nearly", "almost", "approximately", "roughly",
		"some", "more", "less", "at", "over", "up", "within", "no", "every", "each", "fiscal", "several", "few",
		"many", "couple", "same", "end", "beginning", "start", "middle", "year-end", "this", "since", "until",
		"latest", "full", "final", "prior", "upcoming", "mid-", "half", "recent", "other", "in", "on", "by",
		"later", "just", "precisely", "exactly", "barely", "only", "another", "under", "than", "least", "most",
		"closing", "opening", "calendar", "ago", "before", "after", "from", "to", "and", "or", "so", "of", "s",
		"hence", "st", "nd", "rd", "th", "p", "m", "am", "pm", "a.m", "est", "edt", "gmt", "utc", "pst", "pdt",
		"cst", "cdt", "will", "would", "shall", "scheduled", "expected", "plans", "plan", "planned", "set", "due",
		"going", "to", "ll", "next", "is", "are", "was", "were", "had", "said", "has", "have", "been", "upcoming",
		"near", "term", "long", "short", "days", "times", "time", "moment", "while", "period", "periods", "ended",
		"ending", "ends", "year-ago", "year-earlier", "comparable", "corresponding", "ahead", "long-term",
		"short-term", "then", "christmas", "thanksgiving", "easter", "new", "eve", "holiday", "holidays", "day",
		"independence", "memorial", "labor", "valentine", "halloween", "years", "old", "per", "for", "during",
		"throughout", "tenure", "term", "whole", "entire", "remainder", "rest", "yet", "still", "ever", "when",
		"o'clock", "oclock", "clock", "its", "his", "her", "their", "our", "my", "your", "sometime", "dawn",
		"dusk", "sunrise", "sunset", "this", "century", "bc", "ad", "b", "c", "d", "a", "week", "wk",
		"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
		"effective", "payable", "expire", "expires", "as", "planning", "be", "being", "announced", "reported", "did", "but", "because", "which", "who", "whose", "where", "if", "delivery", "contract", "contracts", "futures", "very", "close", "dawn", "foreseeable", "distant", "immediate", "good", "part", "trading", "business",
	} {
		add(w, cOther, nil)
	}
	for _, w := range []string{
		"the", "a", "an", "this", "that", "these", "those", "last", "next", "past", "coming", "previous", "following",
		"early", "late", "mid", "earlier", "later", "about", "around", "nearly", "almost", "approximately", "roughly",
		"some", "more", "less", "at", "over", "up", "within", "no", "every", "each", "fiscal", "several", "few",
		"many", "couple", "same", "end", "beginning", "start", "middle", "latest", "full", "final", "prior",
		"upcoming", "just", "another", "under", "year-ago", "year-earlier", "christmas", "thanksgiving", "easter",
		"new", "independence", "memorial", "labor", "halloween", "election", "sometime", "dawn", "dusk", "whole", "entire",
		"comparable", "corresponding", "his", "her", "their", "its", "our", "calendar", "only", "precisely", "exactly",
		"barely", "nearly", "mid", "other", "recent", "per",
	} {
		add(w, cStart, nil)
	}
	for _, w := range []string{"christmas", "thanksgiving", "easter", "independence", "halloween", "new", "twenties", "thirties",
		"forties", "fifties", "sixties", "seventies", "eighties", "nineties", "term", "present", "period", "end",
		"q", "h", "fy"} { // Q3, H1, FY2012 (ruleFiscal)
		add(w, cCore, nil)
	}
	// words the rules test for that are in no class above
	for _, w := range []string{"account", "accounts", "additional", "o", "affairs", "airbus", "article", "back", "barrels", "between",
		"billion", "boeing", "bonds", "cars", "cents", "chapter", "completed", "consecutive", "debt",
		"disappointing", "dollars", "ensuing", "events", "extra", "feet", "fewer", "flat", "flight", "form",
		"francs", "highway", "initial", "interest", "interstate", "jobs", "lasted", "lasts", "lasting", "taking", "well", "slightly", "little", "latter", "trading", "business", "working", "loans", "marks", "members",
		"men", "meters", "miles", "million", "model", "notes", "number", "page", "people", "percent", "percentage", "point", "points", "all",
		// words of play and of business (gameQuarter)
		"rebounds", "assists", "touchdown", "touchdowns", "yard", "yards", "scored", "quarterback", "halftime",
		"basketball", "football", "nba", "nfl", "game", "played", "lead", "trailing", "victory", "profit", "profits",
		"earnings", "sales", "revenue", "revenues", "growth", "economy", "gdp", "net", "results", "output", "basis", "respectively", "longer", "break", "recess", "into", "younger", "older", "son", "sons", "daughter", "daughters", "boy", "boys", "girl", "girls", "baby", "babies", "child", "children", "infant", "infants", "cub", "cubs", "player", "players", "coach", "footballer", "athlete", "manager", "rookie", "film", "album", "song", "book", "person", "team", "sportsman", "sportswoman", "businessman", "entrepreneur", "word", "goal", "vacation", "vacations", "thousands", "hundreds", "dozens",
		// nouns of the present age after "today's" (eraNoun)
		"world", "society", "youth", "generation", "generations", "kids", "young", "standards", "technology", "computers",
		"preceding", "price", "prices", "rate", "rates", "record", "remaining", "resolution", "room", "route",
		"rule", "effect", "loss", "losses", "income", "section", "securities", "share", "shares", "soldiers", "straight", "strong", "students",
		"succeeding", "starting", "take", "takes", "through", "till", "tons", "troops", "twice", "units", "weak", "yen"} {
		add(w, cOther, nil)
	}
	// Function words. A rule that asks what follows a date word asks
	// whether it is a function word or an ordinary noun (see
	// parser.noun); it must not read "outside the lexicon" as "a noun",
	// since words are added to the lexicon for other rules' sake.
	// "us" is left out: it is also the country (US officials).
	funcWords := []struct {
		k  funcKind
		ws []string
	}{
		{fDet, []string{"the", "a", "an", "this", "that", "these", "those", "some", "any", "every", "each", "no", "another",
			"all", "both", "either", "neither", "such", "its", "his", "her", "their", "our", "my", "your"}},
		{fPron, []string{"i", "you", "he", "she", "it", "we", "they", "me", "him", "them", "myself", "yourself", "himself",
			"herself", "itself", "ourselves", "themselves", "there", "what", "someone", "something", "everyone", "everything",
			"nobody", "nothing", "anyone", "anything"}},
		{fPrep, []string{"in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "into", "onto", "through",
			"throughout", "during", "since", "until", "till", "before", "after", "over", "under", "within", "about",
			"around", "against", "despite", "amid", "among", "between", "per", "than", "toward", "towards", "across",
			"along", "upon", "via", "beyond", "below", "above", "following"}},
		{fConj, []string{"and", "or", "but", "nor", "so", "yet", "because", "if", "when", "while", "where", "whether",
			"although", "though", "unless", "whereas", "as", "which", "who", "whom", "whose"}},
		{fAux, []string{"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did"}},
		{fModal, []string{"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ll"}},
		{fAdv, []string{"not", "still", "very", "even", "also", "too", "alone", "again", "back", "up", "down", "out", "off", "away", "regardless"}},
	}
	for _, g := range funcWords {
		k := g.k
		for _, w := range g.ws {
			add(w, cFunction, func(e *lexEntry) { e.fn = k })
		}
	}
	// nouns of an activity that fills a stretch of time: a season or
	// holiday before one dates it (the Christmas break, summer sales) rather
	// than describing a thing (Christmas trees, winter clothes)
	for _, w := range []string{"break", "breaks", "recess", "vacation", "vacations", "holiday", "holidays", "time",
		"sales", "shopping", "spending", "trading", "business", "earnings"} {
		add(w, cSpanNoun, nil)
	}
	for _, w := range []string{"told", "began", "brought", "took", "made", "rose", "fell", "sold", "bought", "came",
		"went", "got", "gave", "won", "lost", "left", "met", "paid", "ran", "saw", "sent", "spent", "stood", "struck",
		"held", "kept", "led", "became", "grew", "knew", "found", "wrote", "spoke", "fled", "flew", "drove", "broke",
		"chose", "fought", "caught", "taught", "thought", "felt", "heard", "meant", "sought", "threw", "wore", "woke",
		"froze", "stole", "swore", "tore", "drew", "blew", "hid", "shook", "withdrew", "oversaw", "undertook",
		"underwent", "overtook", "sank", "sang", "rang", "swam", "dealt", "hung", "slept", "swept", "wept",
		"upheld", "withheld", "forgave", "foresaw", "arose", "awoke", "strove", "forbade", "overthrew", "befell"} {
		add(w, cPast, nil)
	}
	// irregular past participles: after "be" the passive, else the perfect
	// or a clause of the past ("work begun in the prior space walk
	// Thursday")
	for _, w := range []string{"begun", "taken", "given", "written", "spoken", "chosen", "broken", "driven",
		"fallen", "forgotten", "hidden", "risen", "shaken", "stolen", "sworn", "thrown", "drawn", "undertaken",
		"overtaken", "withdrawn", "arisen", "forbidden", "beaten"} {
		add(w, cPast, nil)
	}
	// time zones after a clock time (parser.zone)
	for _, w := range []string{"mst", "mdt", "et", "pt", "ct", "mt", "bst", "cet", "cest", "jst", "hkt", "ist", "aest",
		"local", "eastern", "pacific", "central", "mountain", "standard", "daylight", "greenwich", "mean"} {
		add(w, cOther, nil)
	}
	// the first words of holidays (ruleHoliday), and the others of their names
	for _, w := range []string{"good", "valentine", "mother", "father", "presidents", "martin", "veterans", "boxing"} {
		add(w, cStart, func(e *lexEntry) { e.holiday = true })
	}
	for _, w := range []string{"luther", "king", "jr"} {
		add(w, cOther, nil)
	}
	for w, c := range tenseCues {
		add(w, 0, func(e *lexEntry) { e.cue = c })
	}
	idx := make(map[string]uint16, len(m))
	table := make([]lexEntry, 1, len(m)+1)
	for w, e := range m {
		idx[w] = uint16(len(table))
		table = append(table, *e)
	}
	return idx, table
}
