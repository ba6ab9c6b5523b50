package render

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/timeline-tool/timeline/timeline"
)

// chartID is the id of the chart's element; fixed so that the page is the
// same bytes for the same timeline.
const chartID = "timeline-chart"

// The chart's callbacks. They only call into the page's own script
// (assets/chart.js), which looks every text up in the data block by index:
// no article text is ever written into the chart options, which go-echarts
// puts into a script without HTML escaping. Single quotes only (go-echarts
// breaks on double quotes inside functions).
const (
	jsRenderItem = `function (params, api) { return TimelineChart.renderItem(params, api); }`
	jsTooltip    = `function (p) { return TimelineChart.tooltip(p); }`
	jsLaneLabel  = `function (v) { return TimelineChart.laneLabel(v); }`
)

// funcMarker matches the markers opts.FuncOpts puts around a function, with
// the quotes of the JSON string they stand in (as go-echarts' render does).
var funcMarker = regexp.MustCompile(`(__f__")|("__f__)|(__f__)`)

// unsafeInScript matches what must never stand inside a script element.
var unsafeInScript = regexp.MustCompile(`(?i)</script|<!--|<script`)

// dayMS is a day in milliseconds.
const dayMS = 24 * 60 * 60 * 1000

// chartData returns one chart item per event: [start, end, lane, event
// index, kind] with times in milliseconds since the epoch (UTC). Kind 0 is a
// point at noon of a day; kind 1 is a span from the first day's midnight to
// the midnight after the last day.
func chartData(tl *timeline.Timeline, st *story) []opts.CustomData {
	data := make([]opts.CustomData, 0, len(tl.Events))
	for i := range tl.Events {
		// "late January" is drawn over late January only.
		iv := tl.Events[i].Date.Narrowed()
		if iv.IsZero() {
			continue
		}
		start := iv.Start.UnixMilli()
		end := iv.End.UnixMilli() + dayMS
		kind := 1
		if fine(tl.Events[i].Date.Grain) || iv.Days() <= 1 {
			start += dayMS / 2
			end, kind = start, 0
		}
		data = append(data, opts.CustomData{Value: []int64{start, end, int64(st.Entries[i].Lane), int64(i), int64(kind)}})
	}
	return data
}

// chartHeight is the chart's height in pixels for a number of lanes.
func chartHeight(lanes int) int {
	h := 110 + 64*lanes
	if h < 260 {
		h = 260
	}
	return h
}

// chartOption builds the chart with go-echarts and returns its option
// object as JavaScript, checked to hold nothing that could end a script.
func chartOption(tl *timeline.Timeline, st *story) (option string, err error) {
	defer func() {
		if r := recover(); r != nil {
			option, err = "", fmt.Errorf("render: chart: %v", r)
		}
	}()
	laneKeys := make([]string, len(st.Lanes))
	for i := range laneKeys {
		laneKeys[i] = strconv.Itoa(i)
	}
	c := charts.NewCustom()
	c.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{
			ChartID: chartID, Width: "100%", Height: strconv.Itoa(chartHeight(len(st.Lanes))) + "px",
		}),
		charts.WithAnimation(false),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{
			Show: opts.Bool(true), Trigger: "item",
			Formatter: opts.FuncOpts(jsTooltip),
		}),
		charts.WithGridOpts(opts.Grid{Left: "170", Right: "32", Top: "16", Bottom: "72"}),
		charts.WithXAxisOpts(opts.XAxis{
			Type:      "time",
			SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#e6e2da"}},
		}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "category", Data: laneKeys, Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Show: opts.Bool(true), Formatter: opts.FuncOpts(jsLaneLabel)},
			SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
		}),
		charts.WithDataZoomOpts(
			opts.DataZoom{Type: "slider", XAxisIndex: []int{0}, FilterMode: "weakFilter", Start: 0, End: 100},
			opts.DataZoom{Type: "inside", XAxisIndex: []int{0}, FilterMode: "weakFilter", Start: 0, End: 100},
		),
	)
	c.AddSeries("events", chartData(tl, st),
		charts.WithSeriesId("events"),
		charts.WithCustomChartOpts(opts.CustomChart{RenderItem: opts.FuncOpts(jsRenderItem)}),
		charts.WithEncodeOpts(opts.Encode{X: []int{0, 1}, Y: 2, Tooltip: []int{0}}),
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
	)
	// The option object as go-echarts' own templates write it: JSON, then
	// the function markers of opts.FuncOpts removed around the functions.
	// (RenderSnippet's Option leaves the functions quoted as strings.)
	c.Validate()
	option = strings.TrimSpace(funcMarker.ReplaceAllString(string(c.JSONNotEscaped()), ""))
	if unsafeInScript.MatchString(option) {
		return "", fmt.Errorf("render: chart options hold markup")
	}
	return option, nil
}
