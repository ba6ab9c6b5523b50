package extract_test

import (
	"fmt"
	"os"
	"time"

	"github.com/timeline-tool/timeline/extract"
)

func ExampleFinder_Find() {
	published := time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC) // a Friday
	text := "The letter, released Friday but sent Wednesday, follows a March 16 letter and his January executive order."
	for _, t := range extract.NewFinder().Find(text, published) {
		fmt.Printf("%-9s %s %-10s %s..%s\n", t.Text, t.Type, t.Value,
			t.Interval.Start.Format("2006-01-02"), t.Interval.End.Format("2006-01-02"))
	}
	// Output:
	// Friday    DATE 2017-03-31 2017-03-31..2017-03-31
	// Wednesday DATE 2017-03-29 2017-03-29..2017-03-29
	// March 16  DATE 2017-03-16 2017-03-16..2017-03-16
	// January   DATE 2017-01    2017-01-01..2017-01-31
}

func ExampleReport() {
	gold := []extract.GoldDoc{{
		ID: "d1", DCT: "2017-03-31",
		Text: "Sales rose last year and fell on Monday.",
		Timexes: []extract.GoldTimex{
			{Start: 11, End: 20, Text: "last year", Type: "DATE", Value: "2016"},
			{Start: 33, End: 39, Text: "Monday", Type: "DATE", Value: "2017-03-27"},
		},
	}}
	var r extract.Report
	r.Score(extract.NewFinder(), gold)
	r.WriteSummary(os.Stdout)
	// Output:
	// documents 1  gold 2  system 2
	//                     P      R     F1
	// strict span    1.0000 1.0000 1.0000
	// relaxed span   1.0000 1.0000 1.0000
	// value          1.0000 1.0000 1.0000
	// type           1.0000 1.0000 1.0000
}
