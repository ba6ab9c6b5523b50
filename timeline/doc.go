// Package timeline is the data model of a news timeline (Article, Timex,
// Mention, Event, Timeline) and the merging and ordering that turn dated
// mentions from many articles into one ordered list of events.
//
// The types here are what timeline.json holds; their JSON field names are a
// promise to users and are only ever added to.
package timeline
