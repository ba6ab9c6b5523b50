module github.com/timeline-tool/timeline

go 1.24

require (
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/olebedev/when v1.1.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/spf13/pflag v1.0.10
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	golang.org/x/text v0.14.0 // indirect
)
