module github.com/timeline-tool/timeline

go 1.24.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.2
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/olebedev/when v1.1.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/spf13/pflag v1.0.10
	golang.org/x/net v0.50.0
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	golang.org/x/text v0.34.0 // indirect
)
