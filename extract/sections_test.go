package extract

import (
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// Short names for the sections in test tables.
const (
	B  = timeline.SectionBody
	DL = timeline.SectionDateline
	CA = timeline.SectionCaption
	CR = timeline.SectionCredit
	PL = timeline.SectionPlaylist
	BP = timeline.SectionBoilerplate
)

// sec is one expected paragraph: its section and its text.
type sec struct {
	s    timeline.Section
	text string
}

const story = "The officials said in a letter that the state was hindering enforcement of federal law."

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []sec
	}{
		{"one paragraph a line", story + "\n" + story + " Again.\n",
			[]sec{{B, story}, {B, story + " Again."}}},
		{"blank lines between", "\n\n" + story + "\n\n\nIt said so.  \n",
			[]sec{{B, story}, {B, "It said so."}}},
		{"hard-wrapped lines are joined",
			"The officials said in a letter on Friday that the state and many of\nits largest counties were hindering enforcement.\n\nNext paragraph.",
			[]sec{{B, "The officials said in a letter on Friday that the state and many of\nits largest counties were hindering enforcement."}, {B, "Next paragraph."}}},
		{"playlist with running times and titles",
			"Now playing\n01:17\nTrump to migrants: Make your nations great again\nUp next\n02:49\nWhat's next after the reversal?\n" + story,
			[]sec{{PL, "Now playing"}, {PL, "01:17"}, {PL, "Trump to migrants: Make your nations great again"}, {PL, "Up next"}, {PL, "02:49"}, {PL, "What's next after the reversal?"}, {B, story}}},
		{"captions ending in a credit",
			story + "\nAgents detain an immigrant on Oct. 14, 2015, in Los Angeles. (Credit: John Moore/Getty Images)\n" +
				"The president speaks at the White House, Thursday, June 21, 2018. (AP Photo/Evan Vucci)\n" +
				"Jeff Sessions, left, and John F. Kelly fired back. (Susan Walsh/AP)\n" +
				"Demonstrators hold a rally on June 29, 2018 in Chicago. (Photo by Scott Olson/Getty Images)\n" +
				"CHICAGO, IL - JUNE 29: Demonstrators hold a rally in the Little Village neighborhood.\n" + story,
			[]sec{{B, story}, {CA, "Agents detain an immigrant on Oct. 14, 2015, in Los Angeles. (Credit: John Moore/Getty Images)"},
				{CA, "The president speaks at the White House, Thursday, June 21, 2018. (AP Photo/Evan Vucci)"},
				{CA, "Jeff Sessions, left, and John F. Kelly fired back. (Susan Walsh/AP)"},
				{CA, "Demonstrators hold a rally on June 29, 2018 in Chicago. (Photo by Scott Olson/Getty Images)"},
				{CA, "CHICAGO, IL - JUNE 29: Demonstrators hold a rally in the Little Village neighborhood."}, {B, story}}},
		{"credits",
			story + "\nPHOTO: Richard Drew/AP\n(Claritza Jimenez/The Washington Post)\n(The California Channel)\nBy Jane Doe and John Roe\nPhoto by Jane Doe\n" + story,
			[]sec{{B, story}, {CR, "PHOTO: Richard Drew/AP"}, {CR, "(Claritza Jimenez/The Washington Post)"}, {CR, "(The California Channel)"}, {CR, "By Jane Doe and John Roe"}, {CR, "Photo by Jane Doe"}, {B, story}}},
		{"boilerplate at the end",
			story + "\n\nContact us at editors@time.com.\n\nRead More From TIME\n\nRelated Stories\n",
			[]sec{{B, story}, {BP, "Contact us at editors@time.com."}, {BP, "Read More From TIME"}, {BP, "Related Stories"}}},
		{"archive notice",
			"This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.\n\n" + story,
			[]sec{{BP, "This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated."}, {B, story}}},
		{"story highlights and a CNN dateline",
			"Story highlights\n\nDHS has maintained that courthouses are not \"sensitive locations\"\n\nThe letter was a response to the chief justice's complaint\n\n(CNN) — \n\n" + story,
			[]sec{{BP, "Story highlights"}, {BP, "DHS has maintained that courthouses are not \"sensitive locations\""}, {BP, "The letter was a response to the chief justice's complaint"}, {DL, "(CNN) —"}, {B, story}}},
		{"a caption printed twice",
			"Attorney General Jeff Sessions\n\nAttorney General Jeff Sessions\n\n" + story,
			[]sec{{CA, "Attorney General Jeff Sessions"}, {CA, "Attorney General Jeff Sessions"}, {B, story}}},
		{"a caption cut short, then whole",
			"President Donald Trump signs an executive order to keep families together at the\nPresident Donald Trump signs an executive order to keep families together at the border.\n" + story,
			[]sec{{CA, "President Donald Trump signs an executive order to keep families together at the"}, {CA, "President Donald Trump signs an executive order to keep families together at the border."}, {B, story}}},
		{"a run of title-like lines",
			story + "\nPolitics\nImmigration news today\nMore on the courts\n" + story,
			[]sec{{B, story}, {BP, "Politics"}, {BP, "Immigration news today"}, {BP, "More on the courts"}, {B, story}}},
		{"one subheading stays body",
			story + "\nThe reply\n" + story,
			[]sec{{B, story}, {B, "The reply"}, {B, story}}},
		{"date line at the top",
			"March 31, 2017 9:11 PM EDT\n\n" + story,
			[]sec{{DL, "March 31, 2017 9:11 PM EDT"}, {B, story}}},
		{"posted stamp after a headline",
			"Sessions rebukes chief justice\nPosted: Mar 31, 2017 / 06:12 PM PDT\n" + story,
			[]sec{{B, "Sessions rebukes chief justice"}, {DL, "Posted: Mar 31, 2017 / 06:12 PM PDT"}, {B, story}}},
		{"wire dateline on its own line",
			"\n\nNAIROBI, Kenya (AP) _\n\n" + story,
			[]sec{{DL, "NAIROBI, Kenya (AP) _"}, {B, story}}},
		{"wire dateline opening the story",
			"WASHINGTON, March 31 (Reuters) - " + story,
			[]sec{{DL, "WASHINGTON, March 31 (Reuters) -"}, {B, story}}},
		{"table rows stay body",
			"KENYA:\nTotal Dead: 192\nAmericans: 12\nInjured: 4,877\n",
			[]sec{{B, "KENYA:"}, {B, "Total Dead: 192"}, {B, "Americans: 12"}, {B, "Injured: 4,877"}}},
		{"empty", "", nil},
		{"only space", " \n\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(tt.in)
			var gs []sec
			for _, p := range got {
				if p.Start < 0 || p.End > len(tt.in) || p.Start >= p.End {
					t.Fatalf("bad span %d:%d of %d bytes", p.Start, p.End, len(tt.in))
				}
				gs = append(gs, sec{p.Section, tt.in[p.Start:p.End]})
			}
			if len(gs) != len(tt.want) {
				t.Fatalf("got %d paragraphs, want %d:\n%s", len(gs), len(tt.want), dumpSecs(gs))
			}
			for i := range gs {
				if gs[i] != tt.want[i] {
					t.Errorf("paragraph %d: got %s %q, want %s %q", i, gs[i].s, gs[i].text, tt.want[i].s, tt.want[i].text)
				}
			}
		})
	}
}

// dumpSecs lists paragraphs one a line for failure messages.
func dumpSecs(ss []sec) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(string(s.s) + "\t" + s.text + "\n")
	}
	return b.String()
}

func TestClassifyNoPanic(t *testing.T) {
	for _, in := range []string{"\n", "(", "()", "\xff\xfe", "a\n\n\nb", "PHOTO:", "00:00", "Now playing", strings.Repeat("x ", 1000), "—\n—"} {
		ps := Classify(in)
		for _, p := range ps {
			if p.Start < 0 || p.End > len(in) || p.Start >= p.End {
				t.Errorf("Classify(%q): bad span %+v", in, p)
			}
		}
	}
}

func TestMarkRepeats(t *testing.T) {
	caption := "The president speaks in the Rose Garden on Friday"
	tests := []struct {
		name  string
		lines []string
		want  []bool // marked as caption
	}{
		{"same up to case and space", []string{caption, "  THE president   speaks in the Rose Garden on Friday", "Body."}, []bool{true, true, false}},
		{"one cut short of the next", []string{"Body text here.", caption[:45], caption}, []bool{false, true, true}},
		{"non-ASCII opening", []string{"Émile Zola wrote in 1898 about it", "ÉMILE ZOLA wrote in 1898 about it"}, []bool{true, true}},
		{"short", []string{"Ok then.", "Ok then."}, []bool{false, false}},
		{"different", []string{caption, "Another paragraph of the body, long enough."}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			secs := make([]timeline.Section, len(tt.lines))
			for i := range secs {
				secs[i] = timeline.SectionBody
			}
			markRepeats(tt.lines, secs)
			for i, w := range tt.want {
				if got := secs[i] == timeline.SectionCaption; got != w {
					t.Errorf("line %d: caption %v, want %v", i, got, w)
				}
			}
		})
	}
}
