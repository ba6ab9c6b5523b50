// Command timeline turns news articles into a dated, merged, ordered list of
// events and renders it as a static HTML timeline page and a JSON export.
//
// Run "timeline --help" for usage; with no arguments it builds the timeline
// of the embedded seed articles.
package main

import "os"

func main() {
	os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
