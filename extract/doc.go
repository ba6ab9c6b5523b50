// Package extract reads news articles and finds what a timeline is made of:
// the sections of each page, the publication time, every temporal
// expression resolved to a TIMEX3 value, and the event mention each date
// expression in body text dates.
//
// The stages, in the order a build runs them:
//
//	Loader.Load        files, directories, .jsonl and stdin into Articles
//	Classify           paragraphs into body, dateline, caption, boilerplate ...
//	ResolvePublished   publication times: explicit, flagged, or inferred
//	Finder.Find        temporal expressions resolved against the publication time
//	Mentions           the event each body date expression dates
package extract
