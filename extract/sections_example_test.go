package extract_test

import (
	"fmt"

	"github.com/timeline-tool/timeline/extract"
)

func ExampleClassify() {
	text := "Now playing\n01:17\nTrump to migrants: Make your nations great again\n" +
		"(CNN) —\n" +
		"The letter, released Friday but sent Wednesday, was a response to the chief justice.\n" +
		"Agents detain an immigrant on Oct. 14, 2015. (Credit: John Moore/Getty Images)\n" +
		"Read More From TIME\n"
	for _, p := range extract.Classify(text) {
		fmt.Printf("%-11s %s\n", p.Section, text[p.Start:p.End])
	}
	// Output:
	// playlist    Now playing
	// playlist    01:17
	// playlist    Trump to migrants: Make your nations great again
	// dateline    (CNN) —
	// body        The letter, released Friday but sent Wednesday, was a response to the chief justice.
	// caption     Agents detain an immigrant on Oct. 14, 2015. (Credit: John Moore/Getty Images)
	// boilerplate Read More From TIME
}

func ExampleFindDateline() {
	text := "WASHINGTON, March 31 (Reuters) - The officials said on Friday that ..."
	d, _ := extract.FindDateline(text, extract.Classify(text))
	fmt.Printf("%q: %s %d\n", d.Text, d.Month, d.Day)
	text = "Posted: Mar 31, 2017 / 06:12 PM PDT\nThe officials said ..."
	d, _ = extract.FindDateline(text, extract.Classify(text))
	fmt.Println(d.Published)
	// Output:
	// "WASHINGTON, March 31 (Reuters) -": March 31
	// 2017-03-31T18:12:00-07:00
}
