package timeline_test

import (
	"fmt"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

func ExampleBuild() {
	day := func(d int) timeline.Interval {
		t := timeline.Day(2017, time.March, d)
		return timeline.Interval{Start: t, End: t}
	}
	march := timeline.Interval{Start: timeline.Day(2017, time.March, 1), End: timeline.Day(2017, time.March, 31)}
	mk := func(article, value string, iv timeline.Interval, verb, title string, actors ...string) timeline.Mention {
		m := timeline.Mention{Article: article, Verb: verb, Title: title, Sentence: title + ".", Actors: actors}
		m.Value, m.Type, m.Interval = value, timeline.TypeDate, iv
		return m
	}
	arts := []timeline.Article{{ID: "time"}, {ID: "latimes"}, {ID: "cnn"}}
	ms := []timeline.Mention{
		mk("time", "2017-03-16", day(16), "sent", "Cantil-Sakauye sent letter to Sessions and Kelly", "Cantil-Sakauye", "Sessions", "Kelly"),
		mk("time", "2017-03-29", day(29), "responded", "Sessions and Kelly responded to her letter", "Sessions", "Kelly"),
		mk("latimes", "2017-03-16", day(16), "", "Letter from Cantil-Sakauye", "Cantil-Sakauye"),
		mk("cnn", "2017-03", march, "wrote", "Cantil-Sakauye wrote in her letter", "Cantil-Sakauye"),
		mk("cnn", "2017-03-31", day(31), "released", "Sessions and Kelly released their letter", "Sessions", "Kelly"),
	}
	tl := timeline.Build(arts, ms, timeline.Options{})
	for _, e := range tl.Events {
		fmt.Println(e.Date.Value, e.SourceCount, e.MentionCount, e.Title, e.Sources)
	}
	// Output:
	// 2017-03-16 3 3 Cantil-Sakauye sent letter to Sessions and Kelly [time latimes cnn]
	// 2017-03-29 1 1 Sessions and Kelly responded to her letter [time]
	// 2017-03-31 1 1 Sessions and Kelly released their letter [cnn]
}
