package extract

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// dated returns an article of text and one resolved timex at the first
// occurrence of expr (an occurrence inside brackets "[...]" when text
// marks one; the brackets are removed).
func dated(text, expr string) (*timeline.Article, timeline.Timex) {
	i := strings.Index(text, "["+expr+"]")
	if i >= 0 {
		text = text[:i] + expr + text[i+len(expr)+2:]
	} else {
		i = strings.Index(text, expr)
	}
	d := timeline.Day(2017, time.March, 16)
	return &timeline.Article{ID: "a", Text: text}, timeline.Timex{Start: i, End: i + len(expr), Text: expr,
		Type: timeline.TypeDate, Value: "2017-03-16", Grain: timeline.GrainDay,
		Interval: timeline.Interval{Start: d, End: d}, Section: timeline.SectionBody}
}

// onlyMention reads the one mention that text makes of its date expr (see
// dated), failing the test when there is not exactly one.
func onlyMention(t *testing.T, text, expr string) timeline.Mention {
	t.Helper()
	a, tx := dated(text, expr)
	ms := Mentions(a, []timeline.Timex{tx})
	if len(ms) != 1 {
		t.Fatalf("%q: got %d mentions", text, len(ms))
	}
	return ms[0]
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, text, expr string
		verb             string
		actors           []string
		title            string
		quote            bool
	}{
		{"fronted date, title folded",
			"On March 16, Chief Justice Tani G. Cantil-Sakauye sent Attorney General Jeff Sessions a letter.",
			"March 16", "sent", []string{"Cantil-Sakauye", "Sessions"}, "Cantil-Sakauye sent Attorney General Jeff Sessions letter", false},
		{"coordinated names",
			"Sessions and Kelly wrote to the chief justice on Friday.",
			"Friday", "wrote", []string{"Sessions", "Kelly"}, "Sessions and Kelly wrote to chief justice", false},
		{"organisation with of",
			"In fact, the American Civil Liberties Union of California complained about arrests in 2013.",
			"2013", "complained", []string{"American Civil Liberties Union of California"},
			"American Civil Liberties Union of California complained about arrests", false},
		{"title alias",
			"Attorney General Jeff Sessions spoke. On Monday, the Attorney General announced new rules.",
			"Monday", "announced", []string{"Sessions"}, "Sessions announced new rules", false},
		{"pronoun",
			"Cantil-Sakauye is the chief justice. She sent a letter on Thursday.",
			"Thursday", "sent", []string{"Cantil-Sakauye"}, "Cantil-Sakauye sent letter", false},
		{"they",
			"Sessions and Kelly disagreed. They replied on Wednesday to the court.",
			"Wednesday", "replied", []string{"Sessions", "Kelly"}, "Sessions and Kelly replied to court", false},
		{"relative clause",
			"The letter drew praise from lawmakers who gave her a standing ovation on Monday.",
			"Monday", "gave", nil, "Lawmakers gave her standing ovation", false},
		{"participle",
			"The letter, released Friday, was a response to the court.",
			"Friday", "released", nil, "Letter released", false},
		{"possessive noun subject",
			"California’s courts are closed Friday in observance of the Cesar Chavez holiday.",
			"Friday", "closed", []string{"California"},
			"California’s courts are closed in observance of the Cesar Chavez holiday", false},
		{"name modifying a noun is no actor",
			"Lawmakers cheered her State of the Judiciary address on Monday.",
			"Monday", "cheered", nil, "Lawmakers cheered her State of the Judiciary address", false},
		{"name before a verb that is a noun too stays",
			"On Monday, Governor Brown will address the Legislature.",
			"Monday", "address", []string{"Brown", "Legislature"}, "Brown will address Legislature", false},
		{"plural possessive owns the nominal event",
			"The officials answered the States’ March 16 letter.",
			"March 16", "answered", []string{"States"}, "States’ letter", false},
		{"plural possessive before a title is the person",
			"Chief Justice Tani Cantil-Sakauye wrote. On Friday, the States’ chief justice replied.",
			"Friday", "replied", []string{"Cantil-Sakauye"}, "Cantil-Sakauye replied", false},
		{"a closing single quote is no possessive",
			"Critics called the plan 'a sham on sanctuary cities' on Friday.",
			"Friday", "called", nil, "Critics called plan sham on sanctuary cities", false},
		{"a plural possessive before a noun that is a verb too",
			"The prosecutors’ charges provoked protests on Friday.",
			"Friday", "provoked", nil, "Prosecutors’ charges provoked protests", false},
		{"two apostrophes close a quotation",
			"On Friday, Netanyahu said he had ``no qualms'' about it.",
			"Friday", "said", []string{"Netanyahu"}, "Netanyahu said he had no qualms about it", false},
		{"modal",
			"This week, Sessions announced he would withhold grant funding.",
			"This week", "announced", []string{"Sessions"}, "Sessions announced he would withhold grant funding", false},
		{"nominal date",
			"The officials were responding to a March 16 letter from Cantil-Sakauye, asking for calm.",
			"March 16", "responding", []string{"Cantil-Sakauye"}, "Letter from Cantil-Sakauye", false},
		{"reporting clause is not the event",
			"“We met them on [Monday] and agreed,”Gascón told TIME on Friday.",
			"Monday", "met", []string{"Gascón", "TIME"}, "We met them and agreed", true},
		{"reporting clause dated itself",
			"“Courthouses are not bait,” Cantil-Sakauye wrote in her letter earlier this month.",
			"earlier this month", "wrote", []string{"Cantil-Sakauye"}, "Cantil-Sakauye wrote in her letter", false},
		{"title capped at 12 words",
			"On Monday, Sessions announced he would block or withhold law enforcement grant funding to states and localities.",
			"Monday", "announced", []string{"Sessions"}, "Sessions announced he would block or withhold law enforcement grant funding", false},
		{"no verb",
			"Earlier this week, Attorney General Sessions",
			"Earlier this week", "", []string{"Sessions"}, "Sessions", false},
		{"name with a lower-case first letter",
			"iPhone sales rose on Thursday.",
			"Thursday", "rose", nil, "iPhone sales rose", false},
		{"passive with aux",
			"The bill was signed by Gov. Jerry Brown on Tuesday.",
			"Tuesday", "signed", []string{"Brown"}, "Bill was signed by Gov. Jerry Brown", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, tx := dated(tt.text, tt.expr)
			ms := Mentions(a, []timeline.Timex{tx})
			if len(ms) != 1 {
				t.Fatalf("got %d mentions", len(ms))
			}
			m := ms[0]
			if m.Verb != tt.verb || m.Title != tt.title || m.Quote != tt.quote || !reflect.DeepEqual(m.Actors, tt.actors) {
				t.Errorf("%q\n got verb %q actors %q title %q quote %v\nwant verb %q actors %q title %q quote %v",
					tt.text, m.Verb, m.Actors, m.Title, m.Quote, tt.verb, tt.actors, tt.title, tt.quote)
			}
			if a.Text[m.SentenceStart:m.SentenceStart+len(m.Sentence)] != m.Sentence {
				t.Errorf("sentence offset %d does not hold %q", m.SentenceStart, m.Sentence)
			}
		})
	}
}

func TestMentionsSkip(t *testing.T) {
	a := &timeline.Article{ID: "a", Text: "For years, it rained every day. Recently it stopped. On Friday it rained."}
	txs := []timeline.Timex{
		{Start: 4, End: 9, Text: "years", Type: timeline.TypeDuration, Value: "PXY"},
		{Start: 21, End: 30, Text: "every day", Type: timeline.TypeSet, Value: "P1D"},
		{Start: 32, End: 40, Text: "Recently", Type: timeline.TypeDate, Value: "PAST_REF"},
		{Start: 56, End: 62, Text: "Friday", Type: timeline.TypeDate, Value: "XXXX-WXX-5"},
	}
	ms := Mentions(a, txs)
	if len(ms) != 1 || ms[0].Text != "Friday" || ms[0].Resolved() || ms[0].Verb != "rained" {
		t.Errorf("got %+v, want only the unresolved Friday with its verb", ms)
	}
	if ms := Mentions(a, []timeline.Timex{{Start: 60, End: 900, Type: timeline.TypeDate}}); len(ms) != 0 {
		t.Errorf("out-of-range timex made a mention")
	}
}

func FuzzMentions(f *testing.F) {
	f.Add("On March 16, Cantil-Sakauye sent a letter.", 3, 11)
	f.Add("“We met on Monday,”Gascón said. They left.", 11, 17)
	// the forms the clause reader learnt this session: relatives, possessives,
	// reporting clauses, coordinated verbs, quotations without a verb
	for _, s := range []string{
		"Infogear, which took place in 1996, and Last quarter ended Sept. 30.",
		"Mac OS X Lion, to be released in July, and Apple Inc. Steve Jobs said",
		"This 'switch', he said, would happen Monday. Tens of thousands of people",
		"Rep. Dan Burton, R-Ind., said Friday. The rights, which expire Nov. 21, can be",
		"He fought cancer in 2004 and took six months off in early 2009. One year later he was fired",
		"the text \"Steve Jobs 1955-2011\" he wrote on Monday; Thursday's closing price; US$ 49",
		"Iraq's Saddam Hussein, the Beatles' Apple Corps, Apple 's Q3 2013, which",
		"who", "which 2013", ", and", "'s", "Apple Inc.",
	} {
		f.Add(s, -1, -1)
	}
	fd := NewFinder()
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		a := &timeline.Article{ID: "f", Text: text}
		if s < 0 { // the dates the finder sees, as the pipeline reads them
			Mentions(a, fd.Find(text, seedDay))
			return
		}
		Mentions(a, []timeline.Timex{{Start: s, End: e, Type: timeline.TypeDate, Value: "2017"}})
	})
}

// FuzzCapSentences cuts the sentences of any text with a small limit: the
// pieces stay in order inside their sentence, never cut a date expression
// or a character, and lose no word.
func FuzzCapSentences(f *testing.F) {
	f.Add("The court met on March 16, 2017, April 3, 2017, and May 1, 2017, then closed.", 12)
	f.Add("éééééééééé éé, é; On Feb. 29 it sat.", 3)
	f.Fuzz(func(t *testing.T, text string, max int) {
		max = 1 + (max%64+64)%64
		txs := NewFinder().Find(text, seedDay)
		sort.SliceStable(txs, func(i, j int) bool { return txs[i].Start < txs[j].Start })
		sents := Sentences(text)
		pieces := capSentences(text, sents, txs, max)
		edge := map[int]bool{} // the sentences' own ends, which may fall anywhere
		for _, s := range sents {
			edge[s.Start], edge[s.End] = true, true
		}
		covered := make([]bool, len(text))
		prev := 0
		for _, p := range pieces {
			if p.Start < prev || p.End <= p.Start || p.End > len(text) {
				t.Fatalf("piece %v after %d in %d bytes", p, prev, len(text))
			}
			prev = p.End
			if utf8.ValidString(text) && !utf8.ValidString(text[p.Start:p.End]) {
				t.Fatalf("piece %v cuts a character", p)
			}
			for _, x := range txs {
				if !edge[p.End] && x.Start < p.End && x.End > p.End || !edge[p.Start] && x.Start < p.Start && x.End > p.Start {
					t.Fatalf("piece %v cuts %q at %d-%d", p, x.Text, x.Start, x.End)
				}
			}
			for i := p.Start; i < p.End; i++ {
				covered[i] = true
			}
		}
		for _, s := range sents {
			for i := s.Start; i < s.End; i++ {
				if !covered[i] && !unicode.IsSpace(rune(text[i])) && text[i] < utf8.RuneSelf {
					t.Fatalf("byte %d (%q) of sentence %v is in no piece: %v", i, text[i], s, pieces)
				}
			}
		}
	})
}

// TestCapSentences: a sentence longer than the limit is cut into pieces of
// at most the limit, never inside a date expression, and a mention's
// sentence holds its expression.
func TestCapSentences(t *testing.T) {
	text := hostileText("dates-one-sentence", 20000)
	f := NewFinder()
	txs := f.Find(text, seedDay)
	if len(txs) < 1000 {
		t.Fatalf("%d expressions", len(txs))
	}
	pieces := capSentences(text, Sentences(text), txs, MaxSentenceBytes)
	if len(pieces) < 20 {
		t.Fatalf("%d pieces of a %d-byte sentence", len(pieces), len(text))
	}
	for k, p := range pieces {
		if p.End-p.Start > MaxSentenceBytes || p.Start < 0 || p.End > len(text) || k > 0 && p.Start < pieces[k-1].End {
			t.Errorf("piece %d %v", k, p)
		}
		for _, x := range txs {
			if x.Start < p.End && x.End > p.End || x.Start < p.Start && x.End > p.Start {
				t.Errorf("piece %d %v cuts %q at %d-%d", k, p, x.Text, x.Start, x.End)
			}
		}
	}
	a := &timeline.Article{ID: "x", Text: text}
	for _, m := range Mentions(a, txs) {
		if len(m.Sentence) > MaxSentenceBytes || !strings.Contains(m.Sentence, m.Text) || text[m.SentenceStart:m.SentenceStart+len(m.Sentence)] != m.Sentence {
			t.Fatalf("mention %q in sentence %q at %d", m.Text, m.Sentence, m.SentenceStart)
		}
	}
	// A sentence within the limit is kept whole.
	short := "On March 16, the chief justice wrote."
	if got := capSentences(short, Sentences(short), nil, MaxSentenceBytes); len(got) != 1 || got[0] != (Span{0, len(short)}) {
		t.Errorf("short sentence: %v", got)
	}
	// No space, no comma: cut on a rune boundary.
	long := strings.Repeat("é", 1500)
	for _, p := range capSentences(long, Sentences(long), nil, MaxSentenceBytes) {
		if p.End-p.Start > MaxSentenceBytes || !utf8.ValidString(long[p.Start:p.End]) {
			t.Errorf("piece %v of a word of é", p)
		}
	}
}

func TestFinishTitleCut(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A cut inside a verb group takes the group whole, its main verb
		// too, when that runs at most three words over; a copula or
		// "had" with no verb after it is cut before.
		{"Sessions said agents of the department in the west of the state will continue", "Sessions said agents of the department in the west of the state will continue"},
		{"India's premier investigating agency said senior government politician was to be prosecuted along with 54 others", "India's premier investigating agency said senior government politician was to be prosecuted"},
		{"Chinese Ambassador said issue featuring visit to Yasukuni Shrine is major stumbling block", "Chinese Ambassador said issue featuring visit to Yasukuni Shrine"},
		{"US financial sanctions imposed on Stalinist state on allegations of money laundering must also be lifted", "US financial sanctions imposed on Stalinist state on allegations of money laundering"},
		{"Sessions announced he would block or withhold law enforcement grant funding to states", "Sessions announced he would block or withhold law enforcement grant funding"},
		{"agents will", "Agents will"},
		// The cut falls before the phrase that holds word 13, not inside it.
		{"Lawmakers gave her standing ovation at her annual State of the Judiciary address to the Legislature", "Lawmakers gave her standing ovation"},
		{"California filed papers supporting city of San Francisco in its suit challenging Justice Department plan", "California filed papers supporting city of San Francisco"},
		{"Sessions and Kelly wrote a long letter to the chief justice of the state of California", "Sessions and Kelly wrote a long letter to the chief justice"},
		{"The Journal listed the creation of the money fund as one of 10 most significant events", "The Journal listed the creation of the money fund"},
		{"Lin Yue and Wang Xin won men's and women's 10m platform golds here", "Lin Yue and Wang Xin won men's and women's 10m platform golds"},
		// Inside a name, "of the" and "and" start no phrase.
		{"Officials met members of the American Civil Liberties Union of Northern California", "Officials met members of the American Civil Liberties Union of Northern California"},
		{"The company said that members of the American Civil Liberties Union and Human Rights Watch", "The company said that members"},
		// No phrase starts in the second half: the plain cut.
		{"apple banana cherry date elder fig grape hazel iris jasmine kiwi lemon mango", "Apple banana cherry date elder fig grape hazel iris jasmine kiwi lemon"},
		{"iPhone sales rose", "iPhone sales rose"},
		// A clause the cut leaves a stub of goes whole.
		{"Dar was arrested by Indian Army in Kashmir and handed over to police", "Dar was arrested by Indian Army in Kashmir"},
		{"Dalmiya had been most powerful figure in Indian board until his faction was thrown out", "Dalmiya had been most powerful figure in Indian board"},
		{"Sources close to agencies in Pakistani city of Peshawar said they had arrested suspects", "Sources close to agencies in Pakistani city of Peshawar said"},
		// A pronoun with its verb stays.
		{"Sessions and Kelly responded to her letter saying they disagreed with her characterization of agents", "Sessions and Kelly responded to her letter saying they disagreed"},
		// A longer one stays.
		{"Federer reached final as he was pulled into deciders in all of his matches", "Federer reached final as he was pulled into deciders"},
		// No cut between a past-form verb and its object's determiner.
		{"Reserve Bank of Australia last lifted its key official cash rate 25 basis points to 5.50 percent", "Reserve Bank of Australia last lifted its key official cash rate 25"},
		// A speech verb after "and" with nothing it says goes.
		{"Ekeus accused Iraq of continuing to hide biological weapons and said that", "Ekeus accused Iraq of continuing to hide biological weapons"},
		// A phrasal verb keeps its particle, "up to" a number does not.
		{"Talks broke down", "Talks broke down"},
		{"Dozens of tenders from firms in region had been turned down by ministry", "Dozens of tenders from firms in region had been turned down"},
		{"Israeli cabinet voted unanimously in encounter with press to release up to 1,000 prisoners", "Israeli cabinet voted unanimously in encounter with press to release"},
		{"Hayward played in 16 Tests up", "Hayward played in 16 Tests"},
	} {
		if got := finishTitle(strings.Fields(tc.in)); got != tc.want {
			t.Errorf("finishTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlacesAreNoActors(t *testing.T) {
	a := timeline.Article{ID: "p", Text: "Since late January, there have been reports of arrests at courthouses including in Los Angeles County and El Paso.", Published: "2017-03-31", PublishedSource: timeline.SourceFlag}
	a.Paragraphs = Classify(a.Text)
	_, ms := Process(&a, NewFinder(), Options{})
	if len(ms) != 1 {
		t.Fatalf("%d mentions, want 1", len(ms))
	}
	if len(ms[0].Actors) != 0 {
		t.Errorf("actors %q: places are no actors", ms[0].Actors)
	}
}

func TestPossessedTitleIsThePerson(t *testing.T) {
	text := "On March 16, Chief Justice Tani G. Cantil-Sakauye wrote to Sessions.\n\nOn Friday, Sessions rebuked California’s chief justice for her letter."
	a := timeline.Article{ID: "p", Text: text, Published: "2017-03-31", PublishedSource: timeline.SourceFlag}
	a.Paragraphs = Classify(a.Text)
	_, ms := Process(&a, NewFinder(), Options{})
	if len(ms) != 2 {
		t.Fatalf("%d mentions, want 2", len(ms))
	}
	if got := strings.Join(ms[1].Actors, ", "); got != "Sessions, Cantil-Sakauye" {
		t.Errorf("actors %q, want Sessions, Cantil-Sakauye", got)
	}
}
