// Package extract reads news articles and finds what a timeline is made of:
// the sections of each page, the publication time, every temporal
// expression resolved to a TIMEX3 value, and the event mention each date
// expression in body text dates.
//
// The stages, in the order a build runs them:
//
//	Loader.Load        files, directories, .jsonl, saved pages and stdin into Articles
//	Classify           paragraphs into body, dateline, caption, boilerplate ...
//	ResolvePublished   publication times: explicit, flagged, or inferred
//	Finder.Find        temporal expressions resolved against the publication time
//	Mentions           the event each body date expression dates
//
// Pipeline.Run runs them all over a stream of articles (Loader.Stream), in
// parallel and without holding every text, as the timeline command does;
// timeline.Build then merges its mentions into events. ParseText and
// ParseHTML read one article, ReadManifest a table of publication dates, and
// ReadGold with Report score the date engine against TIMEX3 gold.
package extract
