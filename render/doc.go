// Package render writes a Timeline out: the HTML timeline page (a go-echarts
// chart and the story under it), timeline.json, and the other export
// formats.
package render
