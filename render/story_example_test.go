package render_test

import (
	"fmt"

	"github.com/timeline-tool/timeline/render"
	"github.com/timeline-tool/timeline/timeline"
)

func ExampleWriteDate() {
	for _, d := range []timeline.Date{
		{Value: "2017-03-16", Grain: timeline.GrainDay, Start: "2017-03-16", End: "2017-03-16"},
		{Value: "2017-W13", Grain: timeline.GrainWeek, Start: "2017-03-27", End: "2017-04-02"},
		{Value: "2017-01", Grain: timeline.GrainMonth, Start: "2017-01-21", End: "2017-01-31", Mod: "END"},
		{Value: "2017-03", Grain: timeline.GrainMonth, Start: "2017-03-01", End: "2017-03-31"},
		{Value: "2013", Grain: timeline.GrainYear, Start: "2013-01-01", End: "2013-12-31"},
	} {
		fmt.Println(render.WriteDate(d))
	}
	// Output:
	// March 16, 2017
	// week of March 27, 2017
	// late January 2017
	// March 2017
	// 2013
}

func ExampleGap() {
	letter := timeline.Date{Value: "2017-03-16", Grain: timeline.GrainDay, Start: "2017-03-16", End: "2017-03-16"}
	answer := timeline.Date{Value: "2017-03-29", Grain: timeline.GrainDay, Start: "2017-03-29", End: "2017-03-29"}
	fmt.Println(render.Gap(letter, answer))
	// Output: 13 days later
}
