package extract

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page's metadata says about its article.
type pageMeta struct {
	// title is og:title, else the <title> element.
	title string
	// url is <link rel=canonical>, else og:url, else the JSON-LD article's url.
	url string
	// dates are the publication-time candidates, most trusted first.
	dates []metaDate
}

// metaDate is one publication-time candidate: its value as written and
// the place it was read from ("article:published_time", "JSON-LD
// datePublished", "<time datetime>" ...).
type metaDate struct {
	value, from string
}

// Ranks of the publication-time sources; a lower rank is more trusted.
const (
	rankOpenGraph   = iota // article:published_time, og:published_time
	rankJSONLD             // JSON-LD datePublished of an article
	rankMicrodata          // itemprop="datePublished"
	rankMetaName           // dc.date, DC.date.issued, pubdate, ...
	rankJSONLDOther        // JSON-LD datePublished of a non-article node
	rankTime               // <time datetime> in the article
	nRanks
)

// publishedMetaNames maps the lower-cased name or property of a <meta>
// element holding a publication time to its rank.
var publishedMetaNames = map[string]int{
	"article:published_time":    rankOpenGraph,
	"og:published_time":         rankOpenGraph,
	"og:article:published_time": rankOpenGraph,
	"dc.date.issued":            rankMetaName,
	"dcterms.issued":            rankMetaName,
	"dc.date":                   rankMetaName,
	"dcterms.date":              rankMetaName,
	"dc.date.created":           rankMetaName,
	"dcterms.created":           rankMetaName,
	"pubdate":                   rankMetaName,
	"publishdate":               rankMetaName,
	"publish-date":              rankMetaName,
	"publish_date":              rankMetaName,
	"publication_date":          rankMetaName,
	"parsely-pub-date":          rankMetaName,
	"sailthru.date":             rankMetaName,
	"citation_publication_date": rankMetaName,
	"date":                      rankMetaName,
}

// noiseClass matches class, id and aria-label values of page furniture
// that is not article text: navigation, cookie and consent banners, video
// playlists, photo captions and credits, related-story lists, share tools,
// newsletter sign-ups and advertising.
var noiseClass = regexp.MustCompile(`(?i)(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|gdpr|onetrust|playlist|video-playlist|caption|figcaption|credit|related|recirc|recirculation|more-stories|most-popular|most-read|trending|recommended|outbrain|taboola|promo|share|share-tools|social|newsletter|signup|subscribe|paywall|ad|ads|advert|advertisement|ad-slot|sponsored|sidebar|footer|comments?)($|[\s_-])`)

// noiseRoles are ARIA roles of elements that are not article text.
var noiseRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true, "search": true,
}

// readPageMeta reads the title, canonical URL and publication-time
// candidates of a parsed page. It does not change doc.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ranked [nRanks][]metaDate
	var ogURL, ldURL, titleEl string
	var walk func(n *html.Node, inArticle, inNoise bool)
	walk = func(n *html.Node, inArticle, inNoise bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if titleEl == "" {
					titleEl = collapseSpace(textOf(n))
				}
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" || inNoise {
					break
				}
				switch key {
				case "og:title":
					if m.title == "" {
						m.title = collapseSpace(content)
					}
				case "og:url":
					if ogURL == "" {
						ogURL = content
					}
				}
				if r, ok := publishedMetaNames[key]; ok {
					ranked[r] = append(ranked[r], metaDate{content, "<meta " + key + ">"})
				}
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					ranked[rankMicrodata] = append(ranked[rankMicrodata], metaDate{content, "itemprop datePublished"})
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					readJSONLD(textOf(n), &ranked, &ldURL)
				}
				return
			case atom.Style, atom.Template, atom.Noscript:
				return
			case atom.Article:
				inArticle = true
			case atom.Time:
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt == "" {
					dt = collapseSpace(textOf(n))
				}
				switch {
				case dt == "" || inNoise:
				case strings.EqualFold(attr(n, "itemprop"), "datePublished"):
					ranked[rankMicrodata] = append(ranked[rankMicrodata], metaDate{dt, "itemprop datePublished"})
				case hasAttr(n, "pubdate"):
					ranked[rankMetaName] = append(ranked[rankMetaName], metaDate{dt, "<time pubdate>"})
				case inArticle:
					ranked[rankTime] = append(ranked[rankTime], metaDate{dt, "<time datetime>"})
				}
			default:
				if v := attr(n, "itemprop"); !inNoise && strings.EqualFold(v, "datePublished") && attr(n, "content") != "" {
					ranked[rankMicrodata] = append(ranked[rankMicrodata], metaDate{strings.TrimSpace(attr(n, "content")), "itemprop datePublished"})
				}
			}
			if !inNoise && isNoise(n) {
				inNoise = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle, inNoise)
		}
	}
	walk(doc, false, false)
	if m.title == "" {
		m.title = titleEl
	}
	if m.url == "" {
		m.url = ogURL
	}
	if m.url == "" {
		m.url = ldURL
	}
	for _, r := range ranked {
		m.dates = append(m.dates, r...)
	}
	return m
}

// isNoise reports whether an element is page furniture rather than article
// text: navigation, header and footer bars, asides, forms, dialogs, figure
// captions, and anything whose class, id, role or label says so.
func isNoise(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Dialog, atom.Figcaption,
		atom.Button, atom.Select, atom.Iframe, atom.Video, atom.Audio, atom.Noscript:
		return true
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	if noiseRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "aria-label", "data-module":
			if noiseClass.MatchString(a.Val) {
				return true
			}
		case "hidden", "aria-hidden":
			if a.Key == "hidden" || strings.EqualFold(a.Val, "true") {
				return true
			}
		}
	}
	return false
}

// readJSONLD adds the datePublished values of a JSON-LD script to ranked,
// looking through @graph lists and arrays, and sets *url to the article's
// url when it names one. Scripts that are not JSON are ignored.
func readJSONLD(src string, ranked *[nRanks][]metaDate, url *string) {
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<!--")
	src = strings.TrimSuffix(src, "-->")
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<![CDATA[")
	src = strings.TrimSuffix(src, "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 64 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			article := isArticleType(x["@type"])
			if s, ok := x["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
				r := rankJSONLDOther
				if article {
					r = rankJSONLD
				}
				ranked[r] = append(ranked[r], metaDate{strings.TrimSpace(s), "JSON-LD datePublished"})
			}
			if article && *url == "" {
				*url = jsonLDURL(x)
			}
			for k, e := range x {
				if k == "@graph" || k == "mainEntity" || k == "itemListElement" || k == "item" {
					walk(e, depth+1)
				}
			}
		}
	}
	walk(v, 0)
}

// isArticleType reports whether a JSON-LD @type names an article
// (Article, NewsArticle, ReportageNewsArticle, BlogPosting, ...).
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		x = strings.TrimPrefix(strings.TrimPrefix(x, "http://schema.org/"), "https://schema.org/")
		return strings.HasSuffix(x, "Article") || strings.HasSuffix(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonLDURL returns the address a JSON-LD article node gives for itself.
func jsonLDURL(x map[string]any) string {
	if s, ok := x["url"].(string); ok {
		return strings.TrimSpace(s)
	}
	switch m := x["mainEntityOfPage"].(type) {
	case string:
		return strings.TrimSpace(m)
	case map[string]any:
		if s, ok := m["@id"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// metaZoneNoColon matches a numeric zone without a colon at the end of a
// timestamp: "2017-03-31T13:05:00-0700".
var metaZoneNoColon = regexp.MustCompile(`([+-]\d{2})(\d{2})$`)

// parseMetaDate reads a publication time from page metadata with
// ParsePublished, after turning the other forms pages use into one it
// reads: a zone without a colon (-0700), a "+00:00 UTC" suffix, slashes
// (2017/03/31), and RFC 1123 / RFC 850 dates.
func parseMetaDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if pub, err := ParsePublished(s); err == nil {
		return pub, nil
	}
	t := s
	if len(t) > 10 && t[4] == '-' && t[7] == '-' {
		t = strings.Replace(t, " ", "T", 1)
		t = strings.TrimSuffix(t, " UTC")
		t = strings.TrimSuffix(t, "UTC")
		t = metaZoneNoColon.ReplaceAllString(t, "$1:$2")
		if pub, err := ParsePublished(t); err == nil {
			return pub, nil
		}
	}
	if len(t) == 10 && t[4] == '/' && t[7] == '/' {
		if pub, err := ParsePublished(strings.ReplaceAll(t, "/", "-")); err == nil {
			return pub, nil
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.RubyDate, time.UnixDate} {
		if tt, err := time.Parse(layout, s); err == nil {
			return tt.Format(time.RFC3339), nil
		}
	}
	return ParsePublished(s)
}

// attr returns the value of n's attribute key, "" when absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list s holds tok, ignoring case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the concatenated text of n's descendants.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
