package extract

import (
	"testing"
	"time"
)

// TestReadings checks expressions whose reading turns on the words around
// them: a modal beside "one day", "that" after "later", a hyphenated
// fraction, a title in capitals.
func TestReadings(t *testing.T) {
	runCases(t, seedDay, []dateCase{
		{"Islam will one day be the second largest religion.", "one day", "DATE", "FUTURE_REF", ""},
		{"They fear the Church one day may operate freely.", "one day", "DATE", "FUTURE_REF", ""},
		{"The drug may one day help patients.", "one day", "DATE", "FUTURE_REF", ""},
		{"He will stay for one day.", "one day", "DURATION", "P1D", ""},
		{"The talks will take one day.", "one day", "DURATION", "P1D", ""},
		{"The vote came one day after the attack.", "one day", "DURATION", "P1D", ""},
		{"He fled in June 1998 and returned later that year.", "later that year", "DATE", "1998", "END"},
		{"The test came on October 9, 2006. Later that month the leader spoke.", "Later that month", "DATE", "2006-10", "END"},
		{"The test came on October 9, 2006. Earlier that year the leader spoke.", "Earlier that year", "DATE", "2006", "START"},
		{"After more than three-and-a-half years of conflict, talks began.", "more than three-and-a-half years", "DURATION", "P3Y6M", "MORE_THAN"},
		{"The yen hovered at two-and-a-half-year highs.", "two-and-a-half-year", "DURATION", "P2Y6M", ""},
	})
	runNoDates(t, seedDay, []noDateCase{
		{"Each right entitles holders to buy one-half share of common.", "one-half"},
		{"He scored two-and-a-half points out of three.", "a-half"},
		{"The case is for today's youth what the blockade was.", "today"},
		{"During the two hour-long retreat, the leaders talked.", "hour-long"},
		{"Jermaine Easter's goal clinched a win.", "Easter"},
		{"The premier attended an Easter service.", "Easter"},
		{"They sailed to Easter Island.", "Easter"},
		{"Chips of choice in many of today's personal computers.", "today"},
		{"Navigating the turbulence of today's world is hard.", "today"},
		{`Baker, speaking on ABC News' "This Week," said the request was clear.`, "This Week"},
		{`He said on ABC-TV's "This Week With David Brinkley" that talks failed.`, "This Week"},
	})
	runCases(t, seedDay, []dateCase{
		{"This Week the board meets.", "This Week", "DATE", "2017-W13", ""},
		{"The offer, advertised in today's editions, stands.", "today", "DATE", "2017-03-31", ""},
		{"Today's arrests followed a raid.", "Today", "DATE", "2017-03-31", ""},
		{"In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "TIME", "2017-03-30TAF", "MID"},
		{"In London late afternoon yesterday, shares were up.", "late afternoon yesterday", "TIME", "2017-03-30TAF", "END"},
		{"Shares rose in late morning trading.", "late morning", "TIME", "2017-03-31TMO", "END"},
		// May and March after a determiner are months (the verb and the
		// modal take none); since names a month not after the reference
		{"Students called for a boycott of the May elections.", "May", "DATE", "2017-05", ""},
		{"The economist said the March surplus was below his forecast.", "March", "DATE", "2017-03", ""},
		{"It was the largest fall since the May curbs.", "May", "DATE", "2016-05", ""},
		{"Prices have doubled since May.", "May", "DATE", "2016-05", ""},
		{"Prices have doubled since March.", "March", "DATE", "2017-03", ""},
		{"The family emerged from their third day-long meeting.", "day-long", "DURATION", "P1D", ""},
		{"Sierra Leone endured a decade-long civil war.", "decade-long", "DURATION", "P10Y", ""},
		{"He began a three-week-long strike.", "three-week-long", "DURATION", "P3W", ""},
		{"Protesters prayed as Easter week began.", "Easter week", "DATE", "2017-W15", ""},
		{"The shops close on Easter Monday.", "Easter Monday", "DATE", "2017-04-17", ""},
		{"They will marry at Easter.", "Easter", "DATE", "2017-04-16", ""},
		// a participle after a determiner is an adjective, no past tense
		{"The split would be paid on a still unspecified date in January.", "January", "DATE", "2018-01", ""},
		{"The concert is due to be held at the currently unfinished stadium on July 1.", "July 1", "DATE", "2017-07-01", ""},
		{"These delayed flights will leave in July.", "July", "DATE", "2017-07", ""},
		// a determiner that may stand alone is the subject when no noun
		// follows the participle: the participle is its verb
		{"This happened in July.", "July", "DATE", "2016-07", ""},
		{"All agreed in July to sell.", "July", "DATE", "2016-07", ""},
		// "that" may open a relative clause: its verb keeps its tense
		{"The elite that boycotted the January 30 election lost.", "January 30", "DATE", "2017-01-30", ""},
		{"The board meets this week.", "this week", "DATE", "2017-W13", ""},
	})
}

// TestEasterSunday checks the computus against known Easter Sundays.
func TestEasterSunday(t *testing.T) {
	for _, c := range []struct {
		y    int
		want string
	}{
		{1997, "1997-03-30"}, {2000, "2000-04-23"}, {2008, "2008-03-23"}, {2011, "2011-04-24"},
		{2017, "2017-04-16"}, {2019, "2019-04-21"}, {2024, "2024-03-31"}, {2038, "2038-04-25"},
	} {
		if got := easterSunday(c.y).Format(time.DateOnly); got != c.want {
			t.Errorf("easterSunday(%d) = %s, want %s", c.y, got, c.want)
		}
	}
}
