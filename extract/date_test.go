package extract

import (
	"strings"
	"testing"
	"time"
)

// seedDay is the publication day of the seed articles, a Friday.
var seedDay = time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC)

// dateCase is one phrase with the expression the Finder must report in it.
type dateCase struct {
	text  string // the input
	span  string // the expression expected (the first one found)
	typ   string
	value string
	mod   string
}

// runCases checks that each case's first expression has the wanted
// attributes, anchored at anchor.
func runCases(t *testing.T, anchor time.Time, cases []dateCase) {
	t.Helper()
	f := NewFinder()
	for _, c := range cases {
		got := f.Find(c.text, anchor)
		var hit *struct{ span, typ, value, mod string }
		for _, g := range got {
			if g.Text == c.span {
				hit = &struct{ span, typ, value, mod string }{g.Text, g.Type, g.Value, g.Mod}
				break
			}
		}
		if hit == nil {
			t.Errorf("%q: no %q among %v", c.text, c.span, got)
			continue
		}
		if hit.typ != c.typ || hit.value != c.value || hit.mod != c.mod {
			t.Errorf("%q: %q = %s %s %q, want %s %s %q", c.text, c.span, hit.typ, hit.value, hit.mod, c.typ, c.value, c.mod)
		}
	}
}

// noDateCase is a phrase in which the Finder must report no expression
// covering span.
type noDateCase struct {
	text string
	span string // a phrase that is no temporal expression here
}

// runNoDates checks that no expression found in each case's text overlaps
// its span.
func runNoDates(t *testing.T, anchor time.Time, cases []noDateCase) {
	t.Helper()
	f := NewFinder()
	for _, c := range cases {
		s := strings.Index(c.text, c.span)
		if s < 0 {
			t.Fatalf("%q not in %q", c.span, c.text)
		}
		e := s + len(c.span)
		for _, g := range f.Find(c.text, anchor) {
			if g.Start < e && s < g.End {
				t.Errorf("%q: %q is no date, got %q %s %s", c.text, c.span, g.Text, g.Type, g.Value)
			}
		}
	}
}

// TestSeedPhrases are the phrases of the five seed articles, published on
// Friday 2017-03-31.
func TestSeedPhrases(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"On March 16, the chief justice wrote.", "March 16", "DATE", "2017-03-16", ""},
		{"She sent a March 16 letter to Sessions.", "March 16", "DATE", "2017-03-16", ""},
		{"The letter was released Friday but sent Wednesday.", "Friday", "DATE", "2017-03-31", ""},
		{"The letter was released Friday but sent Wednesday.", "Wednesday", "DATE", "2017-03-29", ""},
		{"Officials said on Monday that arrests continue.", "Monday", "DATE", "2017-03-27", ""},
		{"Sessions and Kelly replied this week.", "this week", "DATE", "2017-W13", ""},
		{"She wrote earlier this month.", "earlier this month", "DATE", "2017-03", "START"},
		{"Arrests have risen since late January.", "late January", "DATE", "2017-01", "END"},
		{"The policy was adopted in 2013.", "2013", "DATE", "2013", ""},
		{"It follows his January executive order.", "January", "DATE", "2017-01", ""},
		{"The video from Sept. 25, 2018 plays next.", "Sept. 25, 2018", "DATE", "2018-09-25", ""},
		{"Photo taken Oct. 14, 2015.", "Oct. 14, 2015", "DATE", "2015-10-14", ""},
	})
}

func TestExplicitDates(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"It happened on 25 September.", "25 September", "DATE", "2016-09-25", ""},
		{"Early Christians prayed so until the year 325, the same as the Jews.", "the year 325", "DATE", "0325", ""},
		// a month range takes the year its second month carries
		{"Imports came from January to August this year.", "January", "DATE", "2017-01", ""},
		{"Dialogues had been held in August and December last year.", "August", "DATE", "2016-08", ""},
		{"He was economy minister from April to August 2005.", "April", "DATE", "2005-04", ""},
		// a second day sharing the first one's month
		{"The summit is on April 24 and 25.", "25", "DATE", "2017-04-25", ""},
		{"The meeting will be held from Nov. 16 to 18, the ministry said.", "18", "DATE", "2017-11-18", ""},
		{"Two women were found on December 2 and 9 respectively.", "9", "DATE", "2016-12-09", ""},
		{"Voting took place on 12 and 13 August.", "12", "DATE", "2016-08-12", ""},
		// a hyphenated second day: both days are dates
		{"Talks ran March 16-17 in Geneva.", "17", "DATE", "2017-03-17", ""},
		{"The summit was held on June 16-17, 2015, in Brussels.", "June 16", "DATE", "2015-06-16", ""},
		{"The summit was held on June 16-17, 2015, in Brussels.", "17, 2015", "DATE", "2015-06-17", ""},
		{"Talks were held 16-17 March in Paris.", "16", "DATE", "2017-03-16", ""},
		{"Talks were held 16-17 March in Paris.", "17 March", "DATE", "2017-03-17", ""},
		{"The bombs fell on August 6 and 9, 1945, the only such attacks.", "9, 1945", "DATE", "1945-08-09", ""},
		{"The bombs fell on August 6 and 9, 1945, the only such attacks.", "August 6", "DATE", "1945-08-06", ""},
		{"Filed 3/16/2017 in court.", "3/16/2017", "DATE", "2017-03-16", ""},
		{"Filed 2017-03-16 in court.", "2017-03-16", "DATE", "2017-03-16", ""},
		{"Born in August 1988 in Ohio.", "August 1988", "DATE", "1988-08", ""},
		{"On Friday, March 3, 2017, he left.", "Friday, March 3, 2017", "DATE", "2017-03-03", ""},
		{"Prices rose in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"In the mid-1980s it grew.", "the mid-1980s", "DATE", "198", "MID"},
		{"In fiscal 2013 sales fell.", "fiscal 2013", "DATE", "2013", ""},
		{"Profit rose in the third quarter.", "the third quarter", "DATE", "2016-Q3", ""},
		{"Profit rose in the third quarter of 2015.", "the third quarter of 2015", "DATE", "2015-Q3", ""},
		{"It posted a third-quarter loss.", "third-quarter", "DATE", "2016-Q3", ""},
		{"It opens in spring 2012.", "spring 2012", "DATE", "2012-SP", ""},
		{"It reopened last summer.", "last summer", "DATE", "2016-SU", ""},
		{"Food will reach a critical stage this spring with children at risk.", "this spring", "DATE", "2017-SP", ""},
		{"It was built in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", ""},
		{"It ended in January this year.", "January this year", "DATE", "2017-01", ""},
		{"He was born in 1066 in England.", "1066", "DATE", "1066", ""},
		{"The year of 2006 marks an anniversary.", "The year of 2006", "DATE", "2006", ""},
		{"Results of the 2006 men's championship.", "2006", "DATE", "2006", ""},
		{"A thief stole 1.58 million dollars, the record of 2005.", "2005", "DATE", "2005", ""},
		{"The company will pay on Christmas Day.", "Christmas Day", "DATE", "2017-12-25", ""},
		{"The court remanded him in custody over the Christmas break.", "Christmas", "DATE", "2016-12-25", ""},
		{"The party will not act before Christmas because it lacks votes.", "Christmas", "DATE", "2017-12-25", ""},
		{"The campaign will run from now to Election Day.", "Election Day", "DATE", "2017-11-07", ""},
		{"They will meet on Thanksgiving.", "Thanksgiving", "DATE", "2017-11-23", ""},
	})
}

// TestHolidays: fixed and movable holidays, computed for the year the
// tense picks as for a written date (a past clause may mean one up to two
// months ahead), and a holiday's week and weekend (published Friday
// 2017-03-31; Easter 2017 was April 16, 2016 March 27).
func TestHolidays(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"Crowds will gather on Easter Sunday.", "Easter Sunday", "DATE", "2017-04-16", ""},
		// last, next and this belong to the holiday's span
		{"He was found in the Atlantic last Thanksgiving after a wreck.", "last Thanksgiving", "DATE", "2016-11-24", ""},
		{"They will meet again next Christmas.", "next Christmas", "DATE", "2017-12-25", ""},
		{"He left last Christmas Eve.", "last Christmas Eve", "DATE", "2016-12-24", ""},
		{"Shops will open on Easter Monday.", "Easter Monday", "DATE", "2017-04-17", ""},
		{"He will be tried before Good Friday.", "Good Friday", "DATE", "2017-04-14", ""},
		{"Protesters will pray as Easter week begins.", "Easter week", "DATE", "2017-W15", ""},
		{"Valentine's Day sales rose.", "Valentine's Day", "DATE", "2017-02-14", ""},
		{"The parade will be held on Memorial Day.", "Memorial Day", "DATE", "2017-05-29", ""},
		{"Traffic will be heavy over the Memorial Day weekend.", "Memorial Day weekend", "DATE", "2017-W21-WE", ""},
		{"The Labor Day weekend was busy.", "Labor Day weekend", "DATE", "2016-W35-WE", ""},
		{"Schools closed on Labor Day.", "Labor Day", "DATE", "2016-09-05", ""},
		{"Offices closed on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "DATE", "2017-01-16", ""},
		{"Offices closed on Presidents' Day.", "Presidents' Day", "DATE", "2017-02-20", ""},
		{"Flowers sell best before Mother's Day.", "Mother's Day", "DATE", "2017-05-14", ""},
		{"The store will close on Father's Day.", "Father's Day", "DATE", "2017-06-18", ""},
		{"Veterans gathered on Veterans Day.", "Veterans Day", "DATE", "2016-11-11", ""},
		{"Sales began on Boxing Day.", "Boxing Day", "DATE", "2016-12-26", ""},
		{"They will party on Christmas Eve.", "Christmas Eve", "DATE", "2017-12-24", ""},
		{"They will party on New Year's Eve.", "New Year's Eve", "DATE", "2017-12-31", ""},
		{"They will party on Independence Day.", "Independence Day", "DATE", "2017-07-04", ""},
		{"They partied on Halloween.", "Halloween", "DATE", "2016-10-31", ""},
	})
	// without a publication date a movable holiday is only its month
	runCases(t, time.Time{}, []dateCase{
		{"They met on Thanksgiving.", "Thanksgiving", "DATE", "XXXX-11", ""},
		{"They met on Christmas Day.", "Christmas Day", "DATE", "XXXX-12-25", ""},
	})
	// Easter 2024 was March 31: in May a coming Easter is next year's, a
	// month and more back being too far for a future clause
	may2024 := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	runCases(t, may2024, []dateCase{
		{"Crowds will gather on Easter Sunday.", "Easter Sunday", "DATE", "2025-04-20", ""},
		{"Shops will close on Good Friday.", "Good Friday", "DATE", "2025-04-18", ""},
		{"Crowds gathered on Easter Sunday.", "Easter Sunday", "DATE", "2024-03-31", ""},
	})
	runNoDates(t, seedDay, []noDateCase{
		{"It was a good Friday night out.", "good"},
		{"They counted on post-Christmas sales.", "Christmas"},
		// the first word of a holiday's name is an ordinary noun elsewhere:
		// a season or holiday before it modifies it
		{"He trained at the summer boxing camp.", "summer"},
		{"The winter veterans parade was held.", "winter"},
		{"He bought Christmas mother cards.", "Christmas"},
		{"Martin Luther King spoke of a dream.", "Martin Luther King"},
	})
}

func TestRelativeDates(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"He said today that it works.", "today", "DATE", "2017-03-31", ""},
		{"He said yesterday that it works.", "yesterday", "DATE", "2017-03-30", ""},
		{"Sales fell last year.", "last year", "DATE", "2016", ""},
		{"It opens next month.", "next month", "DATE", "2017-04", ""},
		{"It closed two years ago.", "two years ago", "DATE", "2015", ""},
		{"It closed six weeks ago.", "six weeks ago", "DATE", "2017-W07", ""},
		{"She was injured a year and a half ago.", "a year and a half ago", "DATE", "2015-09", ""},
		{"It closed 2 1/2 years ago.", "2 1/2 years ago", "DATE", "2014-09", ""},
		{"The deal closed on March 3. The previous day, talks failed.", "The previous day", "DATE", "2017-03-02", ""},
		{"He was shot on March 3. Earlier that day, his family sent a fax.", "Earlier that day", "DATE", "2017-03-03", "START"},
		// "a year later" counts from the last year named after the last day
		{"Jobs, born on February 24, 1955, built Apple in 1976, and in 1984 the Mac came out. One year later he was fired.", "One year later", "DATE", "1985", ""},
		{"It became independent in 1961. Nyerere was elected president one year later.", "one year later", "DATE", "1962", ""},
		{"Russia agreed to phase out the charges by the end of 2013, a year earlier than agreed.", "a year earlier", "DATE", "2012", ""},
		// a distance in apposition tells the tense
		{"Voters go to the polls on Nov. 6, less than eight months from now.", "Nov. 6", "DATE", "2017-11-06", ""},
		{"Record sales in June, nine months ago, lifted the shares.", "June", "DATE", "2016-06", ""},
		{"Voters go to the polls on Nov. 6, eight months away.", "Nov. 6", "DATE", "2017-11-06", ""},
		{"Voters go to the polls on Nov. 6, eight months hence.", "Nov. 6", "DATE", "2017-11-06", ""},
		// a day of the month the story is in
		{"Talks began on March 3 and ended on the 12th.", "the 12th", "DATE", "2017-03-12", ""},
		{"The vote will be held on the 25th.", "the 25th", "DATE", "2017-04-25", ""},
		{"The council voted on the 28th, officials said.", "the 28th", "DATE", "2017-03-28", ""},
		// the narrative day's month, unless the tense puts the day on the
		// other side of the reference
		{"The deal was signed on Jan. 5. Talks will resume on the 10th.", "the 10th", "DATE", "2017-04-10", ""},
		{"The vote will be held on April 3. It was moved from the 28th.", "the 28th", "DATE", "2017-03-28", ""},
		{"The summit opens on April 3 and ends on the 6th.", "the 6th", "DATE", "2017-04-06", ""},
		// built around another expression
		{"The ceasefire held since Feb. 22. The day before yesterday, rebels attacked.", "The day before yesterday", "DATE", "2017-03-29", ""},
		{"The vote is the day after tomorrow.", "the day after tomorrow", "DATE", "2017-04-02", ""},
		{"It is due by the end of the first quarter of 2018.", "the end of the first quarter of 2018", "DATE", "2018-Q1", "END"},
		{"Talks began at the start of the second quarter.", "the start of the second quarter", "DATE", "2016-Q2", "START"},
		{"Stocks were sold by the end of December last year.", "the end of December last year", "DATE", "2016-12", "END"},
		{"Sales rose at the end of 2012.", "the end of 2012", "DATE", "2012", "END"},
		{"The talks lasted until the end of Friday.", "Friday", "DATE", "2017-03-31", ""}, // no end of a day
		{"It rose on the 12th and fell on the 13th.", "the 12th", "DATE", "2017-03-12", ""},
		{"Prices have risen in recent weeks.", "recent weeks", "DURATION", "PXW", ""},
		{"The firm recently moved.", "recently", "DATE", "PAST_REF", ""},
		{"Prices are now higher.", "now", "DATE", "PRESENT_REF", ""},
		{"Sales rose early this year.", "early this year", "DATE", "2017", "START"},
		{"It will close at the end of the year.", "the end of the year", "DATE", "2017", "END"},
		{"Rates rose in early 2012.", "early 2012", "DATE", "2012", "START"},
		{"Rates rose in mid-March.", "mid-March", "DATE", "2017-03", "MID"},
		{"It will be decided in the future.", "the future", "DATE", "FUTURE_REF", ""},
		{"It was common in the past, he said.", "the past", "DATE", "PAST_REF", ""},
		{"He arrived this morning.", "this morning", "TIME", "2017-03-31TMO", ""},
		// the story's day, not the publication day, anchors these
		{"Shares closed lower Thursday, depressed by overnight losses.", "overnight", "TIME", "2017-03-30TNI", ""}, // last night; it does not move the story's day
		{"Shares closed lower Thursday after overnight losses, down 4% from the previous Thursday.", "the previous Thursday", "DATE", "2017-03-23", ""},
		{"In November, the company received a bid. The following month, it put itself up for sale.", "The following month", "DATE", "2016-12", ""},
		{"It was incorporated in 1995 and registered in Hong Kong in the same year.", "the same year", "DATE", "1995", ""},
		{"It will be resolved in a hearing the week of March 6.", "the week of March 6", "DATE", "2017-W10", ""},
		{"Revenue for 1996 rose from the previous year.", "the previous year", "DATE", "1995", ""},
		{"Murders rose last year over the previous year.", "the previous year", "DATE", "2015", ""},
		{"It followed the collapse of an earlier June summit.", "June", "DATE", "2016-06", ""},
	})
	// a day of the month on the other side of the reference: a past clause
	// names last month's, a future one next month's
	mar10 := time.Date(2017, 3, 10, 0, 0, 0, 0, time.UTC)
	runCases(t, mar10, []dateCase{
		{"The council voted on the 28th.", "the 28th", "DATE", "2017-02-28", ""},
		{"The council will vote on the 5th.", "the 5th", "DATE", "2017-04-05", ""},
		{"The council will vote on the 20th.", "the 20th", "DATE", "2017-03-20", ""},
	})
	runNoDates(t, time.Date(2017, 5, 10, 0, 0, 0, 0, time.UTC), []noDateCase{
		{"The council voted on the 31st.", "31st"}, // April has no 31st
		{"He finished the 12th.", "12th"},          // no preposition of time
	})
	runNoDates(t, time.Time{}, []noDateCase{
		{"The council voted on the 28th.", "28th"}, // no month to put it in
	})
	runNoDates(t, seedDay, []noDateCase{
		{"He attended a forum sponsored by Business Weekly last year.", "Weekly"},
		{"The raid started just after 3 p.m. (2000 GMT) Tuesday.", "2000"},
		{"Output will rise to 1300 billion dinars.", "1300"},
		{"Watson, a 46-year old Canadian citizen, was held.", "46-year"},
		{"His wife and two-year old son are infected.", "two-year"},
		{"They arrived with their 6-month-old son.", "6-month"},
		{"Even girls who are 10 years younger than I are winning.", "10 years"},
		{"South Africans should bury the past.", "the past"},
		{"His regime is a thing of the past.", "the past"},
		{"Krungthep Thurakit, a leading business daily, said so.", "daily"},
		{"\"They are gone,\" the daily warned.", "daily"},
		{"\"No,\" the source told the tabloid daily.", "daily"},
		{"He was named player of the year by the federation.", "the year"},
		{"Dunleavy, the NBA's 1999 coach of the year, earns more.", "the year"},
		{"Exports of Christmas commodities fell.", "Christmas"},
		{"An airport removed 14 plastic Christmas trees.", "Christmas"},
		{"Shares rose after Wall Street's post-Christmas rebound.", "Christmas"},
		{"Stocks rose for a second straight day.", "a second"},
		{"Officials allowed a second day's voting.", "a second"},
		{"He argued in favour of a second term of office.", "a second"},
		{"They fear a second or third nuclear test.", "a second"},
		{"With four minutes left Van Persie claimed a second, steering the ball home.", "a second"},
		{"Iraq has been wracked by violence since the fall of Saddam Hussein.", "the fall"},
		{"He spoke on April 24 and 25 people died.", "25"},
		{"He spoke on April 24-25 people died.", "25"},
		{"The meeting of March 16-15 voters.", "15"},
		{"The index fell Thursday to 17,707.61.", "17"},
		{"It is a real danger to the future of the state.", "the future"},
		{"Leaders failed to reach consensus on the future of the president.", "the future"},
	})
}

func TestWeekdaysByTense(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"The report was released Friday.", "Friday", "DATE", "2017-03-31", ""},
		{"The board met Tuesday.", "Tuesday", "DATE", "2017-03-28", ""},
		{"The board will meet Tuesday.", "Tuesday", "DATE", "2017-04-04", ""},
		// far back, a past verb ends the search before the future cue
		// of another clause: "ordered" tells of Monday, not "would"
		{"Officials would think the judge ordered the men from the village near the border to attend a hearing in the capital on Monday.", "Monday", "DATE", "2017-03-27", ""},
		{"Jeffrey spoke ahead of the election Thursday for the legislature.", "Thursday", "DATE", "2017-04-06", ""},
		{"The party, working ahead of the poll, on Tuesday reached agreement.", "Tuesday", "DATE", "2017-03-28", ""},
		{"Talks had been initially scheduled for January 25, but were delayed.", "January 25", "DATE", "2017-01-25", ""},
		{"Tension rose in the camp ahead of the election in December.", "December", "DATE", "2017-12", ""},
		{"The EU froze talks with Serbia in August over its failure to cooperate.", "August", "DATE", "2016-08", ""},
		{"Data include a smaller-than-expected rise in orders in January.", "January", "DATE", "2017-01", ""},
		{"The vote is scheduled for Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"They meet next Friday.", "next Friday", "DATE", "2017-04-07", ""},
		{"They met last Friday.", "last Friday", "DATE", "2017-03-24", ""},
		{"Talks began last February.", "last February", "DATE", "2016-02", ""}, // the month just ended would be "last month"
		{"Talks began last January.", "last January", "DATE", "2017-01", ""},
		{"The hearing is in May.", "May", "DATE", "2017-05", ""},
		{"The court ruled in December.", "December", "DATE", "2016-12", ""},
		{"They met Friday morning.", "Friday morning", "DATE", "2017-03-31TMO", ""}, // TimeBank types these DATE
		// modals of need look ahead; a modal with the perfect looks back
		{"Cyprus must raise the money by Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"The team should arrive Tuesday.", "Tuesday", "DATE", "2017-04-04", ""},
		{"The cut in October should be observed.", "October", "DATE", "2016-10", ""}, // after the date: the main clause's
		{"He would have left on Monday.", "Monday", "DATE", "2017-03-27", ""},
		{"He might not have known in July.", "July", "DATE", "2016-07", ""},
		{"He will have gone by Monday.", "Monday", "DATE", "2017-04-03", ""}, // the future perfect
		{"In July the pension fund will have run dry.", "July", "DATE", "2017-07", ""},
		{"They would have to rush back before Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"He could not be reached Wednesday.", "Wednesday", "DATE", "2017-03-29", ""},
		// the present of a scheduled event is to come
		{"The trial resumes on Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"The pilgrimage, which ends on Monday, is a pillar of Islam.", "Monday", "DATE", "2017-04-03", ""},
		{"The tournament starts on Oct. 2.", "Oct. 2", "DATE", "2017-10-02", ""}, // without the cue: the nearer 2016-10-02
		{"The exercise started on November 7.", "November 7", "DATE", "2016-11-07", ""},
		// cues that are not verbs of the expression's own clause
		{"The group could leave as soon as Tuesday.", "Tuesday", "DATE", "2017-04-04", ""},
		{"He could arrive as early as Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"Until Thursday, they had not called him a suspect.", "Thursday", "DATE", "2017-03-30", ""},
		{"The offer had been due to expire Friday evening.", "Friday evening", "DATE", "2017-03-31TEV", ""},
		{"The offer had been scheduled to expire at midnight Thursday.", "midnight Thursday", "TIME", "2017-03-30T24", ""},
		{"He would be traveling to the United States Thursday.", "Thursday", "DATE", "2017-04-06", ""},
		{"They were planning to drive to the airport on Monday.", "Monday", "DATE", "2017-04-03", ""},
		// a clause with no cue before the expression: the verb after it
		{"On Tuesday, the National League plans to hold a rally.", "Tuesday", "DATE", "2017-04-04", ""},
		{"On Tuesday, the National League held a rally.", "Tuesday", "DATE", "2017-03-28", ""},
		{"In June, the company brought in a new chief.", "June", "DATE", "2016-06", ""},
		{"In June, the company will be sold.", "June", "DATE", "2017-06", ""},
		{"The summit will be held on April 24.", "April 24", "DATE", "2017-04-24", ""},
		{"Elections for the next term are held on July 20.", "July 20", "DATE", "2017-07-20", ""},
		{"Beginning July 1, unleaded petrol will be available.", "July 1", "DATE", "2017-07-01", ""},
		{"Shares rallied 1.5 percent Monday after the government announced plans to act.", "Monday", "DATE", "2017-03-27", ""},
		{"Leaders meet at a summit in July, an official said.", "July", "DATE", "2017-07", ""},
		{"Germany host Costa Rica on June 9 and the manager was pictured with the cup.", "June 9", "DATE", "2017-06-09", ""},
		{"He can be held until Saturday after being arrested on Tuesday.", "Tuesday", "DATE", "2017-03-28", ""},
		{"The general said on Tuesday that Tehran would have the bomb.", "Tuesday", "DATE", "2017-03-28", ""},
		{"Final results were expected Monday.", "Monday", "DATE", "2017-04-03", ""},
		{"The airlift was scheduled to begin Friday.", "Friday", "DATE", "2017-03-31", ""},
		{"The plan would be announced on World AIDS Day, which falls on Saturday.", "Saturday", "DATE", "2017-04-01", ""},
		// pairs and ranges follow their first day; a possessive is told news
		{"He will attend the meeting on Thursday and Sunday.", "Sunday", "DATE", "2017-04-02", ""},
		{"Results are expected Monday or Tuesday.", "Tuesday", "DATE", "2017-04-04", ""},
		{"The crossing will be open from Tuesday to Thursday.", "Thursday", "DATE", "2017-04-06", ""},
		{"They would look for ways around Wednesday's ruling.", "Wednesday", "DATE", "2017-03-29", ""},
		{"Saturday's celebrations will be a mix of liturgy and tradition.", "Saturday", "DATE", "2017-04-01", ""},
		// far back (past twelve tokens) a future cue of the same clause
		// counts; a past verb, a comma, a conjunction or "after" ends the search
		{"Collins will be named commander of the Space Shuttle Columbia for a mission in December.", "December", "DATE", "2017-12", ""},
		{"Russia is expected to sign an agreement with the United States on its entry into the WTO on Sunday.", "Sunday", "DATE", "2017-04-02", ""},
		{"He will take office on Monday after his overwhelming reelection with more than 60 percent of the vote on October 29.", "October 29", "DATE", "2016-10-29", ""},
		{"One of the two was first led into a building next to the Japanese ambassador's residence in the assault in Lima Tuesday.", "Tuesday", "DATE", "2017-03-28", ""},
		{"Clark will argue that his client cannot get a fair trial, and on Monday criticised the proceedings as a farce.", "Monday", "DATE", "2017-03-27", ""},
	})
}

// TestWeekdaysByPresent: a bare weekday that no tense cue dates follows
// the verb that governs it (presentAhead): the present of a scheduled
// event, be with an -ing form, can, will across a clause, "is expected
// to" and be alone in a sentence with no past verb look ahead; a verb of
// reporting or of a state of mind, a verb also past (hit), a past verb
// nearer the weekday, a word pointing back (after, following, according
// to, ", with"), a headline on the line above and a range of weekdays (a
// habit) do not. Published Friday 2017-03-31.
func TestWeekdaysByPresent(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"The Civil Partnership Act comes into force on Monday in Northern Ireland.", "Monday", "DATE", "2017-04-03", ""},
		{"US Defense Secretary William Cohen flies into Tokyo on Monday straight into a political storm.", "Monday", "DATE", "2017-04-03", ""},
		{"Most areas of the United States shift Sunday to daylight savings time.", "Sunday", "DATE", "2017-04-02", ""},
		{"The champions host Watford at Anfield on Saturday seeking a fourth straight win.", "Saturday", "DATE", "2017-04-01", ""},
		{"Fiorentina have 32 points, seven less than Juventus who entertain Cagliari on Sunday.", "Sunday", "DATE", "2017-04-02", ""},
		{"And on Thursday, third-placed Fiorentina take on champions Juventus.", "Thursday", "DATE", "2017-04-06", ""},
		{"A top UN envoy for Somalia is traveling to Somalia on Tuesday for a regional meeting.", "Tuesday", "DATE", "2017-04-04", ""},
		{"Bremen replaced Schalke at the summit but the latter can reclaim top spot with victory over Nuremberg on Sunday.", "Sunday", "DATE", "2017-04-02", ""},
		{"We will go back to Baidoa to present and discuss our laws to the parliament on Sunday.", "Sunday", "DATE", "2017-04-02", ""},
		{"A declaration is expected to be issued after they wrap up the two-day meeting on Sunday.", "Sunday", "DATE", "2017-04-02", ""},
		{"He is scheduled to hold talks with the premier on Tuesday, before leaving Beijing on Wednesday.", "Wednesday", "DATE", "2017-04-05", ""},
		{"Benitez's side host bottom club Watford at Anfield on Saturday seeking to cement their position.", "Saturday", "DATE", "2017-04-01", ""},
		{"The government are expected to announce a commitment of 4 billion Canadian dollars (about 3.2 billion US dollars) in Federal cash for aboriginal housing, education and health, at the conclusion of the summit in Kelowna, British Columbia on Saturday.", "Saturday", "DATE", "2017-04-01", ""},
		// be alone, in a sentence with no past verb
		{"The deadline for proposing the resolution is 1600 GMT Thursday.", "Thursday", "DATE", "2017-04-06", ""},
		{"The next match is a day-night match at Kingsmead in Durban on Wednesday afternoon.", "Wednesday afternoon", "DATE", "2017-04-05TAF", ""},
		{"The new polls are in stark contrast to an ICM poll in The Guardian on Wednesday that showed the Tories cutting the gap.", "Wednesday", "DATE", "2017-03-29", ""},
		// reporting, a state of mind, a form also past
		{"Kim says on Monday that the deal is good for both sides.", "Monday", "DATE", "2017-03-27", ""},
		{"The agency reports on Tuesday a rise in exports.", "Tuesday", "DATE", "2017-03-28", ""},
		{"Officials are saying on Tuesday that the talks failed.", "Tuesday", "DATE", "2017-03-28", ""},
		{"It is the shame many citizens feel about the attacks and the finding on Saturday of explosives.", "Saturday", "DATE", "2017-03-25", ""},
		{"Storms hit the coast on Tuesday, cutting power to thousands.", "Tuesday", "DATE", "2017-03-28", ""},
		// past narrative; a past verb nearer the weekday than the present
		{"President Rafsanjani inaugurated Iran's largest and most modern petrochemical complex in the northestern city of Tabriz on Monday, official sources said.", "Monday", "DATE", "2017-03-27", ""},
		{"It comes as Thailand, which opened the mall in the capital on Tuesday, tries to lure shoppers.", "Tuesday", "DATE", "2017-03-28", ""},
		// a word that points back parts the weekday from the verb
		{"Asada is heading to Russia to defend her title after winning the NHK Trophy on Thursday with the highest score.", "Thursday", "DATE", "2017-03-30", ""},
		{"The exiled opposition is preparing a return to the country following the death Thursday of the president.", "Thursday", "DATE", "2017-03-30", ""},
		{"Ortega is heading for victory, with a partial count on Monday giving him a lead.", "Monday", "DATE", "2017-03-27", ""},
		{"Inflation is moving closer to a single-digit figure, according to a report Wednesday.", "Wednesday", "DATE", "2017-03-29", ""},
		{"The speed is slowing down, the index up only 7 points, breaking the previous record on Monday.", "Monday", "DATE", "2017-03-27", ""},
		// a base form that a noun phrase may own is a noun
		{"VN-Index: the highest point so far this year on Monday", "Monday", "DATE", "2017-03-27", ""},
		// a headline on the line above; a range of weekdays is a habit
		{"Apple unveils new laptops\nNew lineup on Wednesday", "Wednesday", "DATE", "2017-03-29", ""},
		{"The 18 centers open for trade from Monday to Friday.", "Monday", "DATE", "2017-03-27", ""},
	})
}

// TestCommodityMonths: a delivery month or contract is the coming one,
// whatever the tense. Published Monday 2005-12-12.
func TestCommodityMonths(t *testing.T) {
	day := time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Light sweet crude for delivery in January rose 47 cents.", "January", "DATE", "2006-01", ""},
		{"Brent crude for February delivery shed 36 cents.", "February", "DATE", "2006-02", ""},
		{"The January contract had closed up 25 cents.", "January", "DATE", "2006-01", ""},
		{"The king assumed total control in February.", "February", "DATE", "2005-02", ""},
	})
}

// TestYearHalves: a half of the year named by "the year" is the
// publication year's, as "the first half of this year" is. Published
// Wednesday 2013-03-20.
func TestYearHalves(t *testing.T) {
	day := time.Date(2013, 3, 20, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Growth will pick up in the second half of the year.", "the second half of the year", "DATE", "2013-H2", ""},
		{"Sales rose in the first half of the year.", "the first half of the year", "DATE", "2013-H1", ""},
		{"Growth will pick up in the first half of next year.", "the first half of next year", "DATE", "2014-H1", ""},
		{"Growth slowed in the second half of this year.", "the second half of this year", "DATE", "2013-H2", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"Arsenal led in the first half of the match.", "first half"},
	})
}

// TestMonthParts: a week, the first or last days, or a day of a month
// counted from its start or end. A month's week is the ISO week holding
// its Thursday in the month. Published Wednesday 2013-03-20.
func TestMonthParts(t *testing.T) {
	day := time.Date(2013, 3, 20, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The talks resume the first week of April.", "the first week of April", "DATE", "2013-W14", ""},
		// early- and late- glued with a hyphen, as mid- is
		{"They made the late-November trip, he said.", "late-November", "DATE", "2012-11", "END"},
		{"Talks resume in early-April.", "early-April", "DATE", "2013-04", "START"},
		{"It happened in the late-1990s.", "the late-1990s", "DATE", "199", "END"},
		{"Sales were weak the last week of March.", "the last week of March", "DATE", "2013-W13", ""},
		{"The vote is in the second week of April.", "the second week of April", "DATE", "2013-W15", ""},
		{"The plan starts the first week of next month.", "the first week of next month", "DATE", "2013-W14", ""},
		// June 2012 begins on a Friday: its first week is June 4-10, not
		// the week of May 28 holding June 1
		{"Rain fell in the first week of June 2012.", "the first week of June 2012", "DATE", "2012-W23", ""},
		{"Rain fell in the last week of June 2012.", "the last week of June 2012", "DATE", "2012-W26", ""},
		// a past verb dates a month at most one ahead: May, written in
		// March, is last May
		{"Protests began in the first days of May.", "the first days of May", "DATE", "2012-05", "START"},
		{"Rain fell in the first few days of January.", "the first few days of January", "DATE", "2013-01", "START"},
		{"They met during the final days of February.", "the final days of February", "DATE", "2013-02", "END"},
		{"He left on the first day of May.", "the first day of May", "DATE", "2012-05-01", ""},
		{"He will leave on the first day of May.", "the first day of May", "DATE", "2013-05-01", ""},
		{"He left on the last day of February.", "the last day of February", "DATE", "2013-02-28", ""},
		// April 2013 ends on a Tuesday: its last week is April 22-28,
		// the one holding the 27th, not the week of the 30th
		{"Sales rose in the last week of April.", "the last week of April", "DATE", "2013-W17", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"Rain fell in the second days of May.", "second days"},
	})
	// with no calendar there are no weeks to count: the month alone
	runCases(t, time.Time{}, []dateCase{
		{"The talks resume the first week of April.", "April", "DATE", "XXXX-04", ""},
	})
}

// TestInUnitsAhead: "in" and a quantity of units is a DATE that far ahead
// when the clause looks ahead, a DURATION when it measures. Published
// Wednesday 2013-03-20, in ISO week 12.
func TestInUnitsAhead(t *testing.T) {
	day := time.Date(2013, 3, 20, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The plan takes effect in two weeks.", "two weeks", "DATE", "2013-W14", ""},
		{"They will meet again in three days.", "three days", "DATE", "2013-03-23", ""},
		{"The stock would be redeemed in five years, subject to terms.", "five years", "DATE", "2018", ""},
		{"Prices will rise in six months.", "six months", "DATE", "2013-09", ""},
		{"In two weeks, the plan will start.", "two weeks", "DATE", "2013-W14", ""},
		{"The vote will be held in two weeks' time.", "two weeks", "DATE", "2013-W14", ""},
		{"The results will be announced in two or three days.", "two or three days", "DATE", "FUTURE_REF", ""},
		{"The situation will be better in a year or two, he said.", "a year or two", "DATE", "FUTURE_REF", ""},
		{"You may, in a year or two, save a few more lives.", "a year or two", "DATE", "FUTURE_REF", ""},
		{"The mine could reopen in six months.", "six months", "DATE", "2013-09", ""},
		// measures
		{"The work was finished in two weeks.", "two weeks", "DURATION", "P2W", ""},
		{"His second letter to Reno in two weeks was published.", "two weeks", "DURATION", "P2W", ""},
		{"It will be the first visit by a Chinese leader in ten years.", "ten years", "DURATION", "P10Y", ""},
		{"Sales will rise 5 percent in two years.", "two years", "DURATION", "P2Y", ""},
		{"It will be the highest in ten years.", "ten years", "DURATION", "P10Y", ""},
		{"The bank will cut interest rates in two months.", "two months", "DATE", "2013-05", ""},
		{"We will try to cram in a month's training on Sunday.", "a month", "DURATION", "P1M", ""},
	})
}

// TestFiscalTokens: the short tokens of financial news, Q3, 3Q, H1, 1H and
// FY2012. Published Wednesday 2013-03-20, in the first quarter.
func TestFiscalTokens(t *testing.T) {
	day := time.Date(2013, 3, 20, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Revenue rose in Q3 2013.", "Q3 2013", "DATE", "2013-Q3", ""},
		{"Profit rose in 4Q 2012.", "4Q 2012", "DATE", "2012-Q4", ""},
		{"Revenue will rise in Q3.", "Q3", "DATE", "2013-Q3", ""},
		{"Earnings fell in 3Q.", "3Q", "DATE", "2012-Q3", ""},
		{"Profit fell in 2Q13.", "2Q13", "DATE", "2013-Q2", ""},
		{"Sales rose in 1H12, then fell.", "1H12", "DATE", "2012-H1", ""},
		{"In Q1, profit fell.", "Q1", "DATE", "2013-Q1", ""},
		{"Q2 results will be released in July.", "Q2", "DATE", "2013-Q2", ""},
		{"Profits rose in Q3 of fiscal 2012.", "Q3 of fiscal 2012", "DATE", "2012-Q3", ""},
		{"It lost money in Q4 FY2012.", "Q4 FY2012", "DATE", "2012-Q4", ""},
		{"In FY2012 profit rose.", "FY2012", "DATE", "2012", ""},
		{"In FY 2012 profit rose.", "FY 2012", "DATE", "2012", ""},
		{"FY13 sales rose.", "FY13", "DATE", "2013", ""},
		{"Sales rose in H1 2013.", "H1 2013", "DATE", "2013-H1", ""},
		{"Sales rose 5 percent in 1H.", "1H", "DATE", "2013-H1", ""},
		{"Sales were weak in 2H.", "2H", "DATE", "2012-H2", ""},
		{"Sales will be strong in 2H.", "2H", "DATE", "2013-H2", ""},
		{"Profit rose in Q3 of FY2013.", "Q3 of FY2013", "DATE", "2013-Q3", ""},
	})
	runCases(t, time.Time{}, []dateCase{
		{"Profit rose in Q3.", "Q3", "DATE", "XXXX-Q3", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"The H1N1 virus spread.", "H1"},
		{"The H5N1 strain spread.", "H5"},
		{"He drove an Audi Q3 to work.", "Q3"},
		{"He drove the Audi Q3 2013 model.", "Q3"},
		{"FY 13 sales rose.", "FY"}, // two digits name a year only glued on
		{"Q3-type vehicles sold well.", "Q3"},
		{"A Q&A session followed.", "Q"},
		{"Take H2 off the list.", "H2"},
		{"The q3 file was lost.", "q3"},
	})
}

// TestQuarters: financial news names its reporting quarter and compares
// it with the year before. Published Wednesday 1989-11-01.
func TestQuarters(t *testing.T) {
	day := time.Date(1989, 11, 1, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Net rose in this year's third quarter.", "this year's third quarter", "DATE", "1989-Q3", ""},
		{"It could be effective as early as next year's first quarter.", "next year's first quarter", "DATE", "1990-Q1", ""},
		{"Profit fell in the last half of 1989.", "the last half of 1989", "DATE", "1989-H2", ""},
		{"Profit fell in the first half of this year.", "the first half of this year", "DATE", "1989-H1", ""},
		{"Growth has characterized the last half of the '80s.", "the last half of the '80s", "DATE", "198", "END"},
		{"It happened in the first half of the 1990s.", "the first half of the 1990s", "DATE", "199", "START"},
		{"Prices rose in the latter half of the 1970s.", "the latter half of the 1970s", "DATE", "197", "END"},
		{"Art changed in the second half of the 20th century.", "the second half of the 20th century", "DATE", "19", "END"},
		{"Third-quarter profit rose. Sales for the corresponding period last year were flat.", "the corresponding period last year", "DATE", "1988-Q3", ""},
		{"Third-quarter net rose. In the 1989 period, taxes were lower.", "the 1989 period", "DATE", "1989-Q3", ""},
		{"Third-quarter net rose 20%. After a flat second quarter, sales rose. Net was $5 a year ago.", "a year ago", "DATE", "1988-Q3", ""},
		{"Delta's first-quarter net rose. Separately, America West reported third-quarter profit up from a year earlier.", "a year earlier", "DATE", "1988-Q3", ""},
		{"Third-quarter net fell, and the slump will continue into the fourth quarter. Net was $3 a year ago.", "a year ago", "DATE", "1988-Q3", ""},
		{"Third-quarter net fell 10%. This quarter's loss includes charges.", "This quarter", "DATE", "1989-Q3", ""},
		{"It expects a profit in the current quarter.", "the current quarter", "DATE", "1989-Q4", ""},
		{"It expects to post sales in the current fiscal year that are above fiscal 1989's.", "the current fiscal year", "DATE", "1989", ""},
		{"Sales in this fiscal year rose.", "this fiscal year", "DATE", "1989", ""},
		{"Net fell for the fiscal-first quarter ended Sept. 30.", "the fiscal-first quarter", "DATE", "1989-Q1", ""},
		{"It posted net income for the fiscal second-quarter of $8.6 million.", "fiscal second-quarter", "DATE", "1989-Q2", ""},
		{"Sales in the current calendar year rose.", "the current calendar year", "DATE", "1989", ""},
		{"It recently turned a profit after several quarters of losses.", "several quarters", "DURATION", "PXQ", ""},
		{"Accidents rose in the first three quarters of 2005.", "the first three quarters", "DURATION", "P3Q", ""},
		{"GDP grew by 0.8 percent in the third quarter.", "the third quarter", "DATE", "1989-Q3", ""},
		{"Net income fell 43 percentage points in the third quarter.", "the third quarter", "DATE", "1989-Q3", ""},
		{"The team's sales led the industry in the third quarter.", "the third quarter", "DATE", "1989-Q3", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"The quarter-to-quarter comparison improved.", "quarter-to-quarter"},
		// a quarter as a share of something
		{"Iraq imports about three-quarters of its food.", "three-quarters"},
		{"They have seized more than one quarter of Zaire.", "one quarter"},
		{"By 2033, more than a quarter of the population would be retired.", "a quarter"},
		{"The Fed raised the rate by another one quarter percentage point.", "one quarter"},
		{"Growth should stand at around two-and-three-quarter percent.", "three-quarter"},
		{"Some 1.13 million graduated, three quarters of a million more than last year.", "three quarters"},
		// a game's quarters
		{"The incident came with nine minutes to play in the fourth quarter of Seattle's 106-90 victory.", "the fourth quarter"},
		{"Owens beat Hall for a seven-yard touchdown late in the first quarter.", "the first quarter"},
		{"Bahrain established a comfortable 71-39 lead after three quarters.", "three quarters"},
		{"Dallas led by as many as 43 points in the fourth quarter over the Clippers.", "the fourth quarter"},
		{"Nowitzki scored 30 points and had 9 rebounds. Dallas won the game. Bryant played. \"I felt we had to get something going in the third quarter.\"", "the third quarter"},
	})
}

// TestForecastQuarters: a forecast (expects, forecasts, predicts, sees
// right before the expression) looks ahead, so a quarter or month still to
// come this year is this year's, not last year's.
func TestForecastQuarters(t *testing.T) {
	day := time.Date(1998, 3, 4, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The company expects fourth-quarter profit to rise.", "fourth-quarter", "DATE", "1998-Q4", ""},
		{"The firm expects Q4 profit to rise.", "Q4", "DATE", "1998-Q4", ""},
		{"It forecasts third-quarter earnings of $2 a share.", "third-quarter", "DATE", "1998-Q3", ""},
		{"Analysts see fourth-quarter sales falling.", "fourth-quarter", "DATE", "1998-Q4", ""},
		{"The company sees fourth-quarter sales falling.", "fourth-quarter", "DATE", "1998-Q4", ""},
		{"He predicts a recovery in October.", "October", "DATE", "1998-10", ""},
		// a past verb still rules; "sees" only looks ahead right before
		// the expression and not before a possessive
		{"Last year, analysts saw fourth-quarter sales falling.", "fourth-quarter", "DATE", "1997-Q4", ""},
		{"He sees Friday's vote as key.", "Friday", "DATE", "1998-02-27", ""},
		{"The firm sees the data from October as weak.", "October", "DATE", "1997-10", ""},
	})
}

// TestBusinessDays: trading, business and working days are days.
func TestBusinessDays(t *testing.T) {
	day := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Eight trading days after Oct. 12, the index fell.", "Eight trading days", "DURATION", "P8D", ""},
		{"It takes five business days to clear.", "five business days", "DURATION", "P5D", ""},
		{"Within 10 working days, it must reply.", "10 working days", "DURATION", "P10D", ""},
		{"The index extended its losing streak to four trading days.", "four trading days", "DURATION", "P4D", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"Five business leaders met.", "Five business"},
		{"Two working groups met.", "Two working"},
	})
}

func TestDurationsAndSets(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"He served three years in prison.", "three years", "DURATION", "P3Y", ""},
		{"The talk lasted 5 minutes.", "5 minutes", "DURATION", "PT5M", ""},
		{"It took several days.", "several days", "DURATION", "PXD", ""},
		{"It should take about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"},
		// numbers with a thousands comma are one number
		{"It was built more than 1,400 years ago.", "more than 1,400 years ago", "DATE", "0617", "MORE_THAN"},
		{"The deluge happened about 4,000 years ago.", "about 4,000 years ago", "DATE", "BC1984", "APPROX"},
		{"The system had been in place for more than 2,000 years.", "more than 2,000 years", "DURATION", "P2000Y", "MORE_THAN"},
		{"Prices fell over the past three months.", "the past three months", "DURATION", "P3M", ""},
		{"Sales rose in the past year.", "the past year", "DATE", "2016", ""}, // TimeBank: a DATE, not P1Y
		{"It reopened last fall.", "last fall", "DATE", "2016-FA", ""},
		{"A four-day visit ended.", "four-day", "DURATION", "P4D", ""},
		{"He stayed for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1", ""},
		{"The paper is printed daily.", "daily", "SET", "P1D", ""},
		{"The fee is $5 a year.", "a year", "SET", "P1Y", ""},
		{"It will make 1.58 million units a year.", "a year", "SET", "P1Y", ""},
		{"They sell over fifty thousand discs a year.", "a year", "SET", "P1Y", ""},
		{"Militants may undermine the IRA's 8-month-old truce.", "8-month-old", "DURATION", "P8M", ""},
		{"Deputies were sentenced in 1995 to 15 years in prison.", "15 years", "DURATION", "P15Y", ""},
		{"He won by a fraction of a second to take the title.", "a second", "DURATION", "PT1S", ""},
		{"Wait for a second, please.", "a second", "DURATION", "PT1S", ""},
		{"Agents are conducting hundreds of interviews a day.", "a day", "SET", "P1D", ""},
		{"They will receive checkups for another week.", "another week", "DURATION", "P1W", ""},
		{"OPEC pumps 28 million barrels per day.", "per day", "SET", "P1D", ""},
		{"Toyota will pull out after the 2006 season.", "2006", "DATE", "2006", ""},
		{"It will add nearly 700 seats a week on the route.", "a week", "SET", "P1W", ""},
		{"He graduated in '98 and left.", "'98", "DATE", "1998", ""},
		// plural weekdays and parts of weekdays are sets
		{"Markets close early on Fridays.", "Fridays", "SET", "XXXX-WXX-5", ""},
		{"The Fridays night games are loud.", "Fridays night", "SET", "XXXX-WXX-5TNI", ""},
		{"He works Sunday mornings.", "Sunday mornings", "SET", "XXXX-WXX-7TMO", ""},
		{"Flights leave on Monday and Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", ""},
		{"Flights leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI", ""},
	})
	f := NewFinder()
	for _, s := range []string{
		"Officials in Jammu, the winter capital, said so.",
		"Operation Winter Race goes on.",
		"It came before the Winter Olympics.",
		"He was voted Player of the Year.",
		"Winds reached 150 kilometers per hour.",
		"The Communist Party daily Granma wrote.",
		"The daily said so on its front page.",
		"The 6,000-year figure is wrong.",
		"He led 2000 men into battle.",
		"Arsenal led in the first half.",
		"It ran 13 miles in 22.13 seconds.",
		"He planned the summer war in Lebanon.",
		"The 6-year-old boy smiled.",
		"A second group of directors joined.",
		"It would be a second betrayal.",
	} {
		if got := f.Find(s, seedDay); len(got) != 0 {
			t.Errorf("%q: no date or duration here: %v", s, got)
		}
	}
	// the end of a span of years is no count of units
	runNoDates(t, seedDay, []noDateCase{
		{"The 2012-13 season ended in May.", "season"},
		{"It was the fiscal 1998-99 budget year.", "budget year"},
		{"We ate at TGI Fridays on the way.", "Fridays"},
		{"Apple released iLife '11 in October.", "'11"},
		{"The drill, code-named Gordian Knot '06, began.", "'06"},
		{"It fell on the 25th anniversary of the war.", "25th"},
		{"The bridge was named after the 15th-century navigator.", "15th"},
		{"England crawled to 52 by the 18th over.", "18th"},
	})
}

func TestTimes(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"Trading halted at 3 p.m. EDT.", "3 p.m. EDT", "TIME", "2017-03-31T15:00", ""},
		{"It opened at 10:30 a.m. Thursday.", "10:30 a.m. Thursday", "TIME", "2017-03-30T10:30", ""},
		{"Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2017-03-30T12:00", ""},
		{"He was shot around 7:15 p.m. in his kitchen.", "around 7:15 p.m.", "TIME", "2017-03-31T19:15", "APPROX"},
		{"March 31, 2017 9:11 PM EDT", "9:11 PM EDT", "TIME", "2017-03-31T21:11", ""},
		// a zone between the time and its day
		{"At 3:15 p.m. Eastern time on Wednesday, the market fell.", "3:15 p.m. Eastern time on Wednesday", "TIME", "2017-03-29T15:15", ""},
		{"The plane landed at 6 a.m. local time Tuesday.", "6 a.m. local time Tuesday", "TIME", "2017-03-28T06:00", ""},
		{"Trading stopped at 9:30 a.m. ET Monday.", "9:30 a.m. ET Monday", "TIME", "2017-03-27T09:30", ""},
		{"It ended at 10 p.m. Eastern Standard Time.", "10 p.m. Eastern Standard Time", "TIME", "2017-03-31T22:00", ""},
		{"It closed at 2 p.m. Greenwich Mean Time on Tuesday.", "2 p.m. Greenwich Mean Time on Tuesday", "TIME", "2017-03-28T14:00", ""},
	})
}

// TestUnknownAnchor: without a publication date relative values keep X
// digits and have no interval.
func TestUnknownAnchor(t *testing.T) {
	f := NewFinder()
	cases := []struct{ text, value string }{
		{"The letter was released Friday.", "XXXX-WXX-5"},
		{"He said yesterday.", "XXXX-XX-XX"},
		{"Sales fell last year.", "XXXX"},
		{"It happened this week.", "XXXX-WXX"},
		{"On March 16 she wrote.", "XXXX-03-16"},
	}
	for _, c := range cases {
		got := f.Find(c.text, time.Time{})
		if len(got) != 1 || got[0].Value != c.value || !got[0].Interval.IsZero() {
			t.Errorf("%q: %+v, want one %s with a zero interval", c.text, got, c.value)
		}
	}
	got := f.Find("In 2013 it began.", time.Time{})
	if len(got) != 1 || got[0].Interval.IsZero() {
		t.Errorf("an explicit year keeps its interval: %+v", got)
	}
}

// TestQuotedTitles: a number opening a quotation, with its unit
// capitalised, is a title ("60 Minutes"), neither a duration nor, after a
// doubled apostrophe, a two-digit year; a lower-case unit in quotes stays a
// duration, and '60 after a space a year.
func TestQuotedTitles(t *testing.T) {
	day := time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Gonzalez said on CBS's ''60 Minutes.'' The way they act is wrong.", "60 Minutes"},
		{"Gonzalez said on CBS's ''60 Minutes.'' The way they act is wrong.", "'60"},
		{"He watched \"48 Hours\" on CBS.", "48 Hours"},
		{"She appeared on `20 Years After' last spring.", "20 Years"},
	})
	runCases(t, day, []dateCase{
		{"It lasted \"30 minutes\" at most.", "30 minutes", "DURATION", "PT30M", ""},
		{"He joined in '60 and left.", "'60", "DATE", "1960", ""},
	})
}

// TestOverAsMoreThan: "over" before a count is "more than" after a word
// that measures (just, for, in, last) and before ago or later; elsewhere it
// may be "during" and stays out of the span.
func TestOverAsMoreThan(t *testing.T) {
	day := time.Date(1998, 3, 4, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The tour is likely to last over a week.", "over a week", "DURATION", "P1W", "MORE_THAN"},
		{"Just over an hour later, he was dead.", "over an hour", "DURATION", "PT1H", "MORE_THAN"},
		{"It was the first time in over a decade.", "over a decade", "DURATION", "P10Y", "MORE_THAN"},
		{"He talked for over two hours.", "over two hours", "DURATION", "PT2H", "MORE_THAN"},
		{"The repairs lasted well over a month.", "over a month", "DURATION", "P1M", "MORE_THAN"},
		{"He left over two years ago.", "over two years ago", "DATE", "1996", "MORE_THAN"},
		{"Despair came just over a year later.", "just over a year later", "DATE", "1999", "MORE_THAN"},
		{"The costs were spread over two years.", "two years", "DURATION", "P2Y", ""},
		{"The plant was used over three years.", "three years", "DURATION", "P3Y", ""},
		{"Prices rose over the past year.", "the past year", "DATE", "1997", ""},
	})
}

// TestOpenBounds: "or later", "and beyond", "or earlier" after a date that
// ends its phrase widen it to an open bound, "or so" to an approximate
// one; "later this year" and "later years" stay apart.
func TestOpenBounds(t *testing.T) {
	day := time.Date(1989, 11, 1, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The company won't be profitable until 1994 or later.", "1994 or later", "DATE", "1994", "ON_OR_AFTER"},
		{"It gave forecasts for 1990 and beyond. Shares rose.", "1990 and beyond", "DATE", "1990", "ON_OR_AFTER"},
		{"Ozawa will meet Hashimoto again on Thursday or later.", "Thursday or later", "DATE", "1989-11-02", "ON_OR_AFTER"},
		{"It must be filed by Dec. 1 or earlier, he said.", "Dec. 1 or earlier", "DATE", "1989-12-01", "ON_OR_BEFORE"},
		{"The bakery will be closed over the next year or so, a spokesman said.", "the next year or so", "DATE", "1990", "APPROX"},
		{"It happened in 1994 or later this year.", "1994", "DATE", "1994", ""},
		{"It rose in 1990 and later years.", "1990", "DATE", "1990", ""},
	})
}

// TestNameYears: a four-digit year right after a capitalised word the
// lexicon does not know, inside a sentence, is the name's year (an event,
// a law, a product), no date; after a month, a holiday, a preposition or at
// a sentence's start it stays a year.
func TestNameYears(t *testing.T) {
	day := time.Date(2006, 11, 1, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"It will be hard to overcome Euro 2004 runners-up Portugal.", "2004"},
		{"He was charged under the Criminal Code Act 1995.", "1995"},
		{"It formed a joint venture called Orion 1980, making parts.", "1980"},
		{"A French Mirage 2000-D warplane crashed.", "2000"},
		{"The pullout of Doha 2006 postponed his plans.", "2006"},
	})
	runCases(t, day, []dateCase{
		{"Prices rose in 2004 and fell.", "2004", "DATE", "2004", ""},
		{"Markets were closed on New Year's Day 1997, he said.", "1997", "DATE", "1997", ""},
		{"Sales peaked in March 2004.", "March 2004", "DATE", "2004-03", ""},
		{"It said 2004 was a record year.", "2004", "DATE", "2004", ""},
		{"Clinton's 1998 budget was cut.", "1998", "DATE", "1998", ""},
	})
}

// TestWeekdayApposition: a weekday with a prefix and, after a comma, the
// calendar day it falls on make one expression; a day that falls on
// another weekday stays apart.
func TestWeekdayApposition(t *testing.T) {
	day := time.Date(1998, 3, 5, 0, 0, 0, 0, time.UTC) // a Thursday
	runCases(t, day, []dateCase{
		{"International Women's Day is this coming Sunday, March eighth. A major focus is work.", "this coming Sunday, March eighth", "DATE", "1998-03-08", ""},
		{"He will arrive next Tuesday, March 10, officials said.", "next Tuesday, March 10", "DATE", "1998-03-10", ""},
		{"He will arrive next Tuesday, March 11, officials said.", "next Tuesday", "DATE", "1998-03-10", ""},
		{"He will arrive next Tuesday, March 11, officials said.", "March 11", "DATE", "1998-03-11", ""},
	})
}

// TestThisPastComing: "this past" and "this coming" before a calendar unit
// are one expression; the coming weekend, said on a weekday, is this
// week's.
func TestThisPastComing(t *testing.T) {
	day := time.Date(1998, 3, 4, 0, 0, 0, 0, time.UTC) // a Wednesday of W10
	runCases(t, day, []dateCase{
		{"Riots broke out this past weekend in the city.", "this past weekend", "DATE", "1998-W09-WE", ""},
		{"Sales rose this past month.", "this past month", "DATE", "1998-02", ""},
		{"Riots will break out this coming weekend.", "this coming weekend", "DATE", "1998-W10-WE", ""},
		{"Riots will break out the coming weekend.", "the coming weekend", "DATE", "1998-W10-WE", ""},
		{"Riots will break out next weekend.", "next weekend", "DATE", "1998-W11-WE", ""},
	})
	// the past century is the last hundred years; last century the one
	// before this
	runCases(t, day, []dateCase{
		{"It was one of the significant events of the past century.", "the past century", "DURATION", "P100Y", ""},
		{"Painting changed in the last century.", "the last century", "DATE", "18", ""},
	})
	sunday := time.Date(1998, 3, 8, 0, 0, 0, 0, time.UTC)
	runCases(t, sunday, []dateCase{
		{"Riots will break out this coming weekend.", "this coming weekend", "DATE", "1998-W11-WE", ""},
	})
}

// TestTwoDigitYears: a year written '11 or '98 is placed in the hundred
// years ending ten years after the publication year.
func TestTwoDigitYears(t *testing.T) {
	f := NewFinder()
	for _, c := range []struct {
		published int
		text      string
		value     string
	}{
		{2010, "The suite will ship in '11.", "2011"}, // but "iLife '11" is a name's edition, no date
		{2010, "Sales have risen since '98.", "1998"},
		{2010, "It was founded in '25.", "1925"},
		{1998, "Sales have risen since '98.", "1998"},
		{1998, "The plan runs to '05.", "2005"},
		{1989, "It was built in '11.", "1911"},
	} {
		got := f.Find(c.text, time.Date(c.published, 6, 1, 0, 0, 0, 0, time.UTC))
		if len(got) == 0 || got[len(got)-1].Value != c.value {
			t.Errorf("%q published %d: %+v, want %s", c.text, c.published, got, c.value)
		}
	}
	if got := f.Find("Sales have risen since '98.", time.Time{}); len(got) != 1 || got[0].Value != "1998" {
		t.Errorf("unknown anchor: %+v, want 1998", got)
	}
}

// TestImpossibleDates: days that no calendar has are never resolved to a
// neighbouring day, and huge or zero years make no date.
func TestImpossibleDates(t *testing.T) {
	f := NewFinder()
	leapDay := time.Date(2016, 3, 31, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text   string
		anchor time.Time
		span   string // the expression expected ("" for none)
		value  string
	}{
		{"On Feb. 29 the court sat.", seedDay, "Feb. 29", "XXXX-02-29"},
		{"On 29 February the court sat.", seedDay, "29 February", "XXXX-02-29"},
		{"On Feb. 29 the court sat.", leapDay, "Feb. 29", "2016-02-29"},
		{"On February 30 the court met.", seedDay, "February", "2017-02"},
		{"On February 30, 2016 the court met.", seedDay, "February", "2017-02"},
		{"Filed 2017-02-30 in court.", seedDay, "2017", "2017"},
		{"It ended on April 31.", seedDay, "April", "2017-04"},
		{"In year 0 nothing happened.", seedDay, "", ""},
		{"In year 99999 nothing happened.", seedDay, "", ""},
		{"Filed 0000-00-00 in court.", seedDay, "", ""},
	}
	for _, c := range cases {
		got := f.Find(c.text, c.anchor)
		for _, g := range got {
			if len(g.Value) == 10 && g.Value[4] == '-' && g.Value[:4] != "XXXX" {
				if _, err := time.Parse("2006-01-02", g.Value); err != nil {
					t.Errorf("%q: %q resolved to no calendar day %s", c.text, g.Text, g.Value)
				}
			}
			if !g.Interval.IsZero() && (g.Interval.Start.Year() < 1 || g.Interval.End.Year() > 9999) {
				t.Errorf("%q: %q has interval %v", c.text, g.Text, g.Interval)
			}
		}
		if c.span == "" {
			if len(got) != 0 {
				t.Errorf("%q: %+v, want nothing", c.text, got)
			}
			continue
		}
		if len(got) == 0 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: %+v, want %q = %s first", c.text, got, c.span, c.value)
		}
	}
}

// TestIntervals checks the calendar interval of each grain.
func TestIntervals(t *testing.T) {
	cases := []struct{ text, start, end string }{
		{"on March 16, 2017", "2017-03-16", "2017-03-16"},
		{"this week", "2017-03-27", "2017-04-02"},
		{"in March 2017", "2017-03-01", "2017-03-31"},
		{"the third quarter of 2016", "2016-07-01", "2016-09-30"},
		{"in 2013", "2013-01-01", "2013-12-31"},
		{"the 1990s", "1990-01-01", "1999-12-31"},
		{"winter 2016", "2016-12-01", "2017-02-28"},
	}
	for _, c := range cases {
		got := NewFinder().Find(c.text, seedDay)
		if len(got) != 1 {
			t.Errorf("%q: %+v", c.text, got)
			continue
		}
		iv := got[0].Interval
		if iv.Start.Format("2006-01-02") != c.start || iv.End.Format("2006-01-02") != c.end {
			t.Errorf("%q: %v..%v, want %s..%s", c.text, iv.Start, iv.End, c.start, c.end)
		}
	}
}

// TestOffsets checks Text == text[Start:End] on multi-byte text.
func TestOffsets(t *testing.T) {
	text := "Über die Grenze — on Friday, café owners said last week’s raid happened “in 2013”."
	for _, tx := range NewFinder().Find(text, seedDay) {
		if text[tx.Start:tx.End] != tx.Text {
			t.Errorf("%+v: text[%d:%d] = %q", tx, tx.Start, tx.End, text[tx.Start:tx.End])
		}
	}
}
