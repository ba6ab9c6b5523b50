package extract_test

import (
	"fmt"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/timeline"
)

// Two articles, the second without a publication date: Pipeline.Run settles
// it from the first (the letter "sent Wednesday" there is dated March 29
// here) and resolves its relative dates against it.
func ExamplePipeline_Run() {
	dated, _ := extract.ParseText("time.txt", "time", "March 31, 2017 9:11 PM EDT\n\n"+
		"Chief Justice Tani Cantil-Sakauye sent a letter to Attorney General Jeff Sessions on March 16. "+
		"Sessions and DHS Secretary John Kelly responded to her letter on March 29.")
	undated, _ := extract.ParseText("cnn.txt", "cnn",
		"Sessions and Kelly responded Wednesday in a letter released Friday.")
	src := func(emit func(timeline.Article), fail func(*timeline.InputError)) {
		emit(dated)
		emit(undated)
	}
	res := (&extract.Pipeline{}).Run(src)
	for _, a := range res.Articles {
		fmt.Println(a.ID, a.Published, a.PublishedSource)
	}
	for _, m := range res.Mentions {
		fmt.Printf("%s %q %s: %s\n", m.Article, m.Text, m.Value, m.Title)
	}
	// Output:
	// time 2017-03-31T21:11:00-04:00 dateline
	// cnn 2017-03-31 inferred
	// time "March 16" 2017-03-16: Cantil-Sakauye sent letter to Attorney General Jeff Sessions
	// time "March 29" 2017-03-29: Sessions and Kelly responded to her letter
	// cnn "Wednesday" 2017-03-29: Sessions and Kelly responded in letter released
	// cnn "Friday" 2017-03-31: Letter released
}

func ExampleParseText() {
	a, err := extract.ParseText("in/letter.md", "letter", "---\ntitle: The reply\npublished: 2017-03-31\n---\nSessions and Kelly replied on Wednesday.\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %q %s %s %q\n", a.ID, a.Title, a.Published, a.PublishedSource, a.Text)
	_, err = extract.ParseText("in/draft.md", "draft", "---\ntitle: never closed\n")
	fmt.Println(err)
	// Output:
	// letter "The reply" 2017-03-31 front-matter "Sessions and Kelly replied on Wednesday.\n"
	// in/draft.md:1: front matter opened on line 1 is never closed by a "---" line
}
