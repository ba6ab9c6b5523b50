package timeline

import (
	"fmt"
	"testing"
	"time"
)

// mention makes a resolved test mention. value is a day (2017-03-16), a
// month (2017-03), a year (2017) or the week 2017-W13.
func mention(article, value, verb, title string, actors ...string) Mention {
	m := Mention{Article: article, Verb: verb, Title: title, Sentence: title + ".", Actors: actors}
	m.Value, m.Type, m.Section = value, TypeDate, SectionBody
	day := func(s string) time.Time { d, _ := time.Parse(DayLayout, s); return d }
	switch {
	case value == "2017-W13":
		m.Grain, m.Interval = GrainWeek, Interval{day("2017-03-27"), day("2017-04-02")}
	case len(value) == 10:
		m.Grain, m.Interval = GrainDay, Interval{day(value), day(value)}
	case len(value) == 7:
		s := day(value + "-01")
		m.Grain, m.Interval = GrainMonth, Interval{s, s.AddDate(0, 1, -1)}
	case len(value) == 4:
		s := day(value + "-01-01")
		m.Grain, m.Interval = GrainYear, Interval{s, s.AddDate(1, 0, -1)}
	}
	return m
}

func TestMerge(t *testing.T) {
	letter16a := mention("a", "2017-03-16", "sent", "Cantil-Sakauye sent letter to Sessions and Kelly", "Cantil-Sakauye", "Sessions", "Kelly")
	letter16b := mention("b", "2017-03-16", "", "Letter from Cantil-Sakauye", "Cantil-Sakauye")
	vague := mention("c", "2017-03", "wrote", "Cantil-Sakauye wrote in her letter", "Cantil-Sakauye")
	reply29 := mention("a", "2017-03-29", "sent", "Sessions and Kelly sent letter to Cantil-Sakauye", "Sessions", "Kelly", "Cantil-Sakauye")
	release31 := mention("b", "2017-03-31", "released", "Sessions and Kelly released letter to Cantil-Sakauye", "Sessions", "Kelly", "Cantil-Sakauye")
	closure31 := mention("b", "2017-03-31", "closed", "California courts closed for Cesar Chavez holiday", "California")
	threat := mention("a", "2017-W13", "threatened", "Sessions threatened to withhold grant funding", "Sessions")
	amicus := mention("b", "2017-W13", "filed", "California filed papers against plan to withhold grant funding", "California")
	threat2 := mention("c", "2017-W13", "announced", "Sessions announced he would withhold funding", "Sessions")
	unrelated := mention("c", "2017-03-16", "won", "Team won the final", "Team")

	tests := []struct {
		name string
		in   []Mention
		want [][]int // indexes of in, per group, in output order
	}{
		{"same day, two articles", []Mention{letter16a, letter16b}, [][]int{{0, 1}}},
		{"vague takes the precise date", []Mention{vague, letter16a, letter16b}, [][]int{{1, 2, 0}}},
		{"different days never merge", []Mention{reply29, release31}, [][]int{{0}, {1}}},
		{"different days, identical text", []Mention{reply29, mention("b", "2017-03-30", "sent", reply29.Title, reply29.Actors...)}, [][]int{{0}, {1}}},
		{"same day, different event", []Mention{release31, closure31}, [][]int{{0}, {1}}},
		{"same week, foreign subjects", []Mention{threat, amicus, threat2}, [][]int{{0, 2}, {1}}},
		{"same week, one subject under two names", []Mention{
			mention("a", "2017-W13", "threatened", "Apple Inc. threatened to withhold grant funding", "Apple Inc."),
			amicus,
			mention("c", "2017-W13", "announced", "Apple announced it would withhold funding", "Apple"),
		}, [][]int{{0, 2}, {1}}},
		{"same day, nothing shared", []Mention{letter16a, unrelated}, [][]int{{0}, {1}}},
		{"same day, only the verb shared", []Mention{
			mention("a", "2017-03-16", "said", "Police said six people were killed in bus crash"),
			mention("b", "2017-03-16", "said", "Mainland said it will keep up exchanges with Taiwan"),
		}, [][]int{{0}, {1}}},
		{"same day, the verb and a fair part of the words shared", []Mention{
			mention("a", "2017-03-16", "said", "Police said six people were killed in bus crash"),
			mention("b", "2017-03-16", "said", "Police said six killed in crash of bus"),
		}, [][]int{{0, 1}}},
		{"same month, only the verb shared by short titles", []Mention{
			mention("a", "2017-03", "ending", "Ending"),
			mention("b", "2017-03", "ending", "Past 12 months ending"),
		}, [][]int{{0}, {1}}},
		{"same day, only the verb shared by the titles", []Mention{
			mention("a", "2017-03-16", "started", "Census started"),
			mention("b", "2017-03-16", "starting", "Deadline starting"),
		}, [][]int{{0}, {1}}},
		{"same day, the verb and a title word shared", []Mention{
			mention("a", "2017-03-16", "started", "Census started"),
			mention("b", "2017-03-16", "started", "Refugee census started"),
		}, [][]int{{0, 1}}},
		{"same day, one source said two things", []Mention{
			mention("a", "2017-03-16", "said", "Agency said pilgrims were killed in crash", "Agency"),
			mention("b", "2017-03-16", "said", "Agency said poll indicated opposition lead", "Agency"),
		}, [][]int{{0}, {1}}},
		{"same day, one source said one thing", []Mention{
			mention("a", "2017-03-16", "said", "Agency said pilgrims were killed in crash", "Agency"),
			mention("b", "2017-03-16", "told", "Agency told of pilgrims killed", "Agency"),
		}, [][]int{{0, 1}}},
		{"same article, two events", []Mention{letter16a, mention("a", "2017-03-16", "met", "Kelly met reporters", "Kelly")}, [][]int{{0}, {1}}},
		{"unresolved left out", []Mention{{Article: "a", Timex: Timex{Value: "XXXX-WXX-5"}}, letter16b}, [][]int{{1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Merge(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d groups, want %d: %v", len(got), len(tt.want), titles(got))
			}
			for gi, g := range got {
				if len(g) != len(tt.want[gi]) {
					t.Fatalf("group %d: got %v, want %d mentions", gi, titles(got), len(tt.want[gi]))
				}
				for k, i := range tt.want[gi] {
					if g[k].Title != tt.in[i].Title || g[k].Article != tt.in[i].Article {
						t.Errorf("group %d mention %d: got %q, want %q", gi, k, g[k].Title, tt.in[i].Title)
					}
				}
			}
		})
	}
}

// withSentence returns m with the sentence s.
func withSentence(m Mention, s string) Mention { m.Sentence = s; return m }

func titles(gs [][]Mention) [][]string {
	var out [][]string
	for _, g := range gs {
		var ts []string
		for _, m := range g {
			ts = append(ts, m.Article+":"+m.Title)
		}
		out = append(out, ts)
	}
	return out
}

func TestBuildEvents(t *testing.T) {
	arts := []Article{{ID: "b"}, {ID: "a"}}
	ms := []Mention{
		mention("a", "2017-03", "wrote", "Cantil-Sakauye wrote in her letter", "Cantil-Sakauye"),
		mention("a", "2017-03-16", "sent", "Cantil-Sakauye sent letter to Sessions and Kelly", "Cantil-Sakauye", "Sessions", "Kelly"),
		mention("b", "2017-03-16", "", "Letter from Cantil-Sakauye", "Cantil-Sakauye"),
		mention("b", "2017-03-31", "released", "Sessions and Kelly released their reply", "Sessions", "Kelly"),
		{Article: "b", Timex: Timex{Text: "Friday", Value: "XXXX-WXX-5", Type: TypeDate}},
	}
	ms[2].Quote = true
	tl := Build(arts, ms, Options{})
	if len(tl.Events) != 2 || len(tl.Unresolved) != 1 {
		t.Fatalf("got %d events, %d unresolved", len(tl.Events), len(tl.Unresolved))
	}
	e := tl.Events[0]
	if e.Date.Value != "2017-03-16" || e.SourceCount != 2 || e.MentionCount != 3 {
		t.Errorf("event 0: %+v", e)
	}
	if e.Sources[0] != "b" || e.Sources[1] != "a" {
		t.Errorf("sources %v, want input order [b a]", e.Sources)
	}
	if e.Title != "Cantil-Sakauye sent letter to Sessions and Kelly" {
		t.Errorf("title %q: want the non-quote mention with a verb", e.Title)
	}
	if e.Actors[0] != "Cantil-Sakauye" {
		t.Errorf("actors %v", e.Actors)
	}
	again := Build(arts, ms, Options{})
	for i := range tl.Events {
		if tl.Events[i].ID != again.Events[i].ID {
			t.Errorf("ids not stable: %s, %s", tl.Events[i].ID, again.Events[i].ID)
		}
	}
	if top := Build(arts, ms, Options{Top: 1}); len(top.Events) != 1 || top.Events[0].SourceCount != 2 {
		t.Errorf("Top 1: %+v", top.Events)
	}
	if min := Build(arts, ms, Options{MinSources: 2}); len(min.Events) != 1 {
		t.Errorf("MinSources 2: %d events", len(min.Events))
	}
}

func TestSortEventsByInterval(t *testing.T) {
	evs := []Event{
		{ID: "month", Date: Date{Start: "2017-03-01", End: "2017-03-31"}},
		{ID: "week", Date: Date{Start: "2017-03-27", End: "2017-04-02"}},
		{ID: "day", Date: Date{Start: "2017-03-01", End: "2017-03-01"}},
		{ID: "day27", Date: Date{Start: "2017-03-27", End: "2017-03-27"}},
	}
	SortEvents(evs)
	var got []string
	for _, e := range evs {
		got = append(got, e.ID)
	}
	want := []string{"day", "month", "day27", "week"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}

// hostileMentions are n mentions of one day from one article: the same
// event over and over (same true) or n different ones.
func hostileMentions(n int, same bool) []Mention {
	ms := make([]Mention, n)
	for i := range ms {
		if same {
			ms[i] = mention("a", "2017-03-16", "met", "The court met", "court")
		} else {
			// Names that no stemming folds together (Judgeabb and
			// Judgeabe would both stem to judgeab).
			who := fmt.Sprintf("Judge%c%c%c%cq", 'a'+i%16, 'a'+i/16%16, 'a'+i/256%16, 'a'+i/4096%16)
			ms[i] = mention("a", "2017-03-16", "met", who+" met mayor", who)
		}
	}
	return ms
}

// TestMergeHostile: one day repeated thousands of times in one article
// merges into one event when it is the same event and stays apart when it
// is not, with the comparisons bounded (see BenchmarkMergeHostile).
func TestMergeHostile(t *testing.T) {
	if got := Merge(hostileMentions(5000, true)); len(got) != 1 || len(got[0]) != 5000 {
		t.Errorf("same event: %d groups", len(got))
	}
	if got := Merge(hostileMentions(5000, false)); len(got) != 5000 {
		t.Errorf("different events: %d groups, want 5000", len(got))
	}
}

// BenchmarkMergeHostile merges 5,000 (1x) and 20,000 (4x) mentions of one
// day; linear time shows as a 4x ratio of ns/op (it was quadratic: 23x):
//
//	go test -run '^$' -bench MergeHostile -count 3 ./timeline/
func BenchmarkMergeHostile(b *testing.B) {
	for _, same := range []bool{true, false} {
		for _, n := range []int{5000, 20000} {
			ms := hostileMentions(n, same)
			b.Run(fmt.Sprintf("same=%v/%d", same, n), func(b *testing.B) {
				for b.Loop() {
					Merge(ms)
				}
			})
		}
	}
}

// TestMergeCommonActors checks that an actor that many articles name is
// weak evidence: ten other articles name "US" here, so it is common.
func TestMergeCommonActors(t *testing.T) {
	var filler []Mention
	for i := 0; i < 10; i++ {
		filler = append(filler, mention(fmt.Sprintf("f%d", i), fmt.Sprintf("2017-01-%02d", i+1), "met", fmt.Sprintf("Envoy %d met officials", i), "US"))
	}
	tests := []struct {
		name string
		in   []Mention
		want [][]int // indexes of in, per group of a, b or c, in output order
	}{
		{"same day, only a common actor shared", []Mention{
			mention("a", "2017-03-16", "opened", "Stocks opened lower", "US"),
			mention("b", "2017-03-16", "hailed", "Media hailed Democrats", "US"),
		}, [][]int{{0}, {1}}},
		{"same day, only a common actor shared, and the verb", []Mention{
			mention("a", "2017-03-16", "said", "Officials said world will benefit", "US"),
			mention("b", "2017-03-16", "said", "Traders said gold price will rise", "US"),
		}, [][]int{{0}, {1}}},
		{"same day, a rare actor shared too", []Mention{
			mention("a", "2017-03-16", "left", "Lawmakers left for Havana", "US", "Havana"),
			mention("b", "2017-03-16", "arrived", "Delegation arrived in Havana", "US", "Havana"),
		}, [][]int{{0, 1}}},
		{"same year, a common actor and a title word shared", []Mention{
			mention("a", "2017", "revised", "Rape", "US", "Japanese"),
			mention("b", "2017", "raised", "Feelings were raised following rape", "US"),
		}, [][]int{{0, 1}}},
		{"same year, no actor, the verb and a common title word", []Mention{
			mention("a", "2017", "recorded", "Officials recorded rabies cases"),
			mention("b", "2017", "recorded", "Officials recorded an increase in tourist arrivals from Asia"),
		}, [][]int{{0}, {1}}},
		{"same day, no actor, the verb and a common title word", []Mention{
			mention("a", "2017-03-16", "recorded", "Officials recorded rabies cases"),
			mention("b", "2017-03-16", "recorded", "Officials recorded an increase in tourist arrivals from Asia"),
		}, [][]int{{0}, {1}}},
		{"same year, only a rare actor shared", []Mention{
			mention("a", "2017", "visited", "Hu visited Hanoi", "Hu"),
			mention("b", "2017", "expressed", "Hu expressed satisfaction over relations", "Hu"),
		}, [][]int{{0}, {1}}},
		{"same day, only a rare actor shared", []Mention{
			mention("a", "2017-03-16", "visited", "Hu visited Hanoi", "Hu"),
			mention("b", "2017-03-16", "expressed", "Hu expressed satisfaction over relations", "Hu"),
		}, [][]int{{0, 1}}},
		{"same day, two articles, no actor shared, only common title words", []Mention{
			withSentence(mention("a", "2017-03-16", "closed", "Envoy officials closed border", "Hamas"),
				"Envoy officials closed the border crossing near Rafah after clashes overnight."),
			withSentence(mention("b", "2017-03-16", "announced", "Envoy officials announced arrivals"),
				"Envoy officials announced record tourist arrivals from Asia in the first quarter."),
		}, [][]int{{0}, {1}}},
		{"same day, two articles, no actor shared, a rare title word", []Mention{
			withSentence(mention("a", "2017-03-16", "closed", "Envoy officials closed border", "Hamas"),
				"Envoy officials closed the border crossing near Rafah after clashes overnight."),
			withSentence(mention("b", "2017-03-16", "announced", "Envoy officials announced border closure"),
				"Envoy officials announced the closure of the border crossing in the morning."),
		}, [][]int{{0, 1}}},
		{"same day, a rare actor said one thing and did another", []Mention{
			mention("a", "2017-03-16", "said", "Hu said China will adhere to path of peace", "Hu", "China"),
			mention("b", "2017-03-16", "arrived", "Hu arrived after state visit", "Hu"),
		}, [][]int{{0}, {1}}},
		{"same day, a rare actor said and announced one thing", []Mention{
			mention("a", "2017-03-16", "said", "Hu said China will set up trade zones in Africa", "Hu", "China"),
			mention("b", "2017-03-16", "announced", "Hu announced trade zones in Africa", "Hu"),
		}, [][]int{{0, 1}}},
		{"same month, a common actor and too little else", []Mention{
			mention("a", "2017-03", "drove", "Cheaper oil prices drove trade deficit down", "US"),
			mention("b", "2017-03", "dropped", "Consumer prices dropped", "US"),
		}, [][]int{{0}, {1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]Mention
			for _, g := range Merge(append(append([]Mention(nil), filler...), tt.in...)) {
				if g[0].Article[0] != 'f' {
					got = append(got, g)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d groups, want %d: %v", len(got), len(tt.want), titles(got))
			}
			for gi, g := range got {
				if len(g) != len(tt.want[gi]) {
					t.Fatalf("group %d: got %v, want %d mentions", gi, titles(got), len(tt.want[gi]))
				}
				for k, i := range tt.want[gi] {
					if g[k].Title != tt.in[i].Title {
						t.Errorf("group %d mention %d: got %q, want %q", gi, k, g[k].Title, tt.in[i].Title)
					}
				}
			}
		})
	}
}

// TestMergeNoActors: two mentions of one day from two articles that name no
// actor merge only with a fair part of their sentences or a title word few
// articles have. Ten more articles make "accident" a common title word.
func TestMergeNoActors(t *testing.T) {
	var fillers []Mention
	for i := range 10 {
		fillers = append(fillers, mention(fmt.Sprintf("f%d", i), fmt.Sprintf("2017-01-%02d", i+1), "occurred", "Accident occurred"))
	}
	bus := withSentence(mention("a", "2017-03-16", "occurred", "Accident occurred"),
		"The accident occurred at about 6:40 a.m. in Zhoujia township when a bus carrying villagers overturned.")
	tests := []struct {
		name string
		b    Mention
		same bool
	}{
		{"a common title word only", withSentence(mention("b", "2017-03-16", "occurred", "Accident occurred"),
			"The accident occurred on Tuesday night when a methane gas explosion shook the coal mine."), false},
		{"a fair part of the sentences", withSentence(mention("b", "2017-03-16", "occurred", "Accident occurred"),
			"The accident occurred in Zhoujia township when a bus carrying villagers overturned."), true},
		{"a rare title word", withSentence(mention("b", "2017-03-16", "occurred", "Bus accident occurred"),
			"A bus accident occurred on Tuesday, the county said."), true},
		{"an actor on one side", withSentence(mention("b", "2017-03-16", "occurred", "Accident occurred", "Police"),
			"The accident occurred on Tuesday night, police said."), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, merge := range []func([]Mention) [][]Mention{Merge, mergeRef} {
				got := merge(append([]Mention{bus, tt.b}, fillers...))
				same := false
				for _, g := range got {
					if len(g) == 2 && g[0].Article != g[1].Article {
						same = true
					}
				}
				if same != tt.same {
					t.Errorf("merged %v, want %v: %v", same, tt.same, titles(got))
				}
			}
		})
	}
}
