package render

import _ "embed"

// EchartsVersion is the version of the echarts library embedded in the
// binary (render/assets/vendor/echarts, from the npm package echarts, Apache
// License 2.0) and inlined into every page unless Options says otherwise.
const EchartsVersion = "5.6.0"

//go:embed assets/vendor/echarts/echarts.min.js
var embeddedEcharts []byte

// EmbeddedEcharts returns the echarts.min.js the page inlines by default.
// The caller must not modify it.
func EmbeddedEcharts() []byte { return embeddedEcharts }
