package extract

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"two", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"month abbreviation", "It met on Sept. 25, 2018. Then it ended.",
			[]string{"It met on Sept. 25, 2018.", "Then it ended."}},
		{"acronym before name", "U.S. Attorney General Jeff Sessions spoke.",
			[]string{"U.S. Attorney General Jeff Sessions spoke."}},
		{"acronym ends sentence", "He lives in the U.S. The rest is history.",
			[]string{"He lives in the U.S.", "The rest is history."}},
		{"title", "Gov. Jerry Brown signed it. Sen. Harris did not.",
			[]string{"Gov. Jerry Brown signed it.", "Sen. Harris did not."}},
		{"initial", "Chief Justice Tani G. Cantil-Sakauye sent a letter.",
			[]string{"Chief Justice Tani G. Cantil-Sakauye sent a letter."}},
		{"comma quote no space", "“We need a warrant,”Gascón told TIME. “It’s the minimum.”",
			[]string{"“We need a warrant,”Gascón told TIME.", "“It’s the minimum.”"}},
		{"period quote no space", "“It is wrong.”Gascón said so.",
			[]string{"“It is wrong.”", "Gascón said so."}},
		{"opening quote no space", "They seek to arrest.“I don’t believe it,” he says.",
			[]string{"They seek to arrest.", "“I don’t believe it,” he says."}},
		{"straight quotes", `It earned scorn."It's about families," Trump said. "I did not like it," he added.`,
			[]string{"It earned scorn.", `"It's about families," Trump said.`, `"I did not like it," he added.`}},
		{"question in quote", "“Why now?” she asked. Nobody knew.",
			[]string{"“Why now?” she asked.", "Nobody knew."}},
		{"decimal", "Shares rose 3.5 percent. Apple gained.",
			[]string{"Shares rose 3.5 percent.", "Apple gained."}},
		{"inc", "He joined Apple Inc. in 1997. Apple Inc. The company grew.",
			[]string{"He joined Apple Inc. in 1997.", "Apple Inc.", "The company grew."}},
		{"blank line", "Attorney General Jeff Sessions\n\nAttorney General Jeff Sessions",
			[]string{"Attorney General Jeff Sessions", "Attorney General Jeff Sessions"}},
		{"lines", "Now playing\n00:33\nICE releases Dreamer", []string{"Now playing", "00:33", "ICE releases Dreamer"}},
		{"wrapped line", "The court said\nthat it would rule.", []string{"The court said\nthat it would rule."}},
		{"tokenized", "Apple 's shop .\nThe change will occur .", []string{"Apple 's shop .", "The change will occur ."}},
		{"ellipsis", "Wait... What happened?! Nothing.", []string{"Wait...", "What happened?!", "Nothing."}},
		{"a.m.", "It opened at 9 a.m. on Monday. It closed.", []string{"It opened at 9 a.m. on Monday.", "It closed."}},
		{"parenthesis", "He left (for good.) Then she came.", []string{"He left (for good.)", "Then she came."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("He left. She stayed.")
	f.Add("“We need a warrant,”Gascón told TIME.")
	f.Add("U.S. \"x.\" ‘y.’ …\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			prev = s.End
		}
	})
}
