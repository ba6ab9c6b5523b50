package extract_test

import (
	"fmt"

	"github.com/timeline-tool/timeline/extract"
)

func ExampleParseHTML() {
	page := `<html><head>
<title>Chief justice rebuked - Example News</title>
<link rel="canonical" href="https://news.example/2017/03/31/rebuke">
<meta property="article:published_time" content="2017-03-31T13:05:00-07:00">
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article>
<figure><img src="a.jpg"><figcaption>The attorney general on March 27, 2017.</figcaption></figure>
<p>Two top Trump administration officials on Friday rebuked California's chief justice for accusing federal agents of stalking immigrants.</p>
<p>The officials were responding to a March 16 letter from the chief justice.</p>
</article>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
</body></html>`
	a, err := extract.ParseHTML("rebuke.html", "rebuke", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.URL)
	fmt.Println(a.Published, a.PublishedSource)
	fmt.Println(a.Text)
	// Output:
	// Chief justice rebuked - Example News
	// https://news.example/2017/03/31/rebuke
	// 2017-03-31T13:05:00-07:00 html-meta
	// Two top Trump administration officials on Friday rebuked California's chief justice for accusing federal agents of stalking immigrants.
	//
	// The officials were responding to a March 16 letter from the chief justice.
}
