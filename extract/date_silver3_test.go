package extract

import (
	"testing"
	"time"
)

// Cases from a third reading of the engine's output on the TempEval-3
// silver texts (see date_silver_test.go and date_silver2_test.go).

// TestWeeklyDailyPapers: "weekly" and "daily" naming a newspaper (before
// its name, after a name, before a place, a relative or a participle that
// quotes) are no sets; the adjective before a noun stays one.
func TestWeeklyDailyPapers(t *testing.T) {
	day := time.Date(2006, 12, 12, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Kinkel told the weekly Welt am Sonntag that it would go on.", "weekly"},
		{"The report appeared in the government weekly Al- Mussawar.", "weekly"},
		{"Matherani told the national news weekly.", "weekly"},
		{"The daily quoting home ministry sources said the troops would be deployed.", "daily"},
		{"Kar-va- Kargar, a radical daily representing the state labor union, warned.", "daily"},
		{"Bild daily, the country's biggest selling newspaper, concurred.", "daily"},
		{"The Sun, Britain's biggest-selling daily, claimed so.", "daily"},
		{"It will come in the spring, according to the daily which said Kate was invited.", "daily"},
		{"A war has been declared, said the respected Vedomosti business daily in Moscow.", "daily"},
		{"That is according to a report in local daily here on Tuesday.", "daily"},
	})
	runCases(t, day, []dateCase{
		{"Bush said in his weekly radio address from his Texas ranch.", "weekly", "SET", "P1W", ""},
		{"The US president was to deliver his weekly Saturday radio address live.", "weekly", "SET", "P1W", ""},
		{"Freddie Mac reported Thursday in its weekly nationwide survey.", "weekly", "SET", "P1W", ""},
		{"The attacks happen almost daily in Baghdad.", "daily", "SET", "P1D", ""},
		{"About 2,000 tonnes of ash were continuing to land on the island daily.", "daily", "SET", "P1D", ""},
	})
}

// TestAges: a length after "aged", "age" or "the age of", or before "age"
// or "of age", and "N-year" broken from "old" by a space, is an age, which
// the gold leaves out; a length of months or weeks before "-old" that ages
// no person stays a duration (an 8-month-old truce).
func TestAges(t *testing.T) {
	day := time.Date(2006, 11, 30, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Japan promised to exempt US cows aged 20 months or younger from screening.", "20 months"},
		{"The study of 44,630 men age 65 to 80 years found that.", "65 to 80 years"},
		{"Forty percent of deaths of children under the age of five years are due to AIDS.", "five years"},
		{"She was raised at her grandparents' home from the age of nine months.", "nine months"},
		{"All but one CJD death had occurred in individuals over 55 years age.", "55 years"},
		{"Those under 18 years of age cannot vote.", "18 years"},
		{"He applied for himself, his wife, and his 17-year- old daughter.", "17-year"},
		{"The North Koreans gave their answer to a year- old offer from the United States.", "a year"},
	})
	runCases(t, day, []dateCase{
		{"All hostage-takers were killed as forces ended the 18-week- old hostage drama.", "18-week", "DURATION", "P18W", ""},
		{"He was jailed at the age of 20 for five years.", "five years", "DURATION", "P5Y", ""},
		{"It took two to three weeks.", "two to three weeks", "DURATION", "P2W", ""},
	})
}

// TestTimeAsideWeekday: a clock time whose weekday stands after its
// bracketed conversion, or after its place and the conversion, takes the
// day the weekday itself reads.
func TestTimeAsideWeekday(t *testing.T) {
	runCases(t, time.Date(2006, 12, 29, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Gazprom is threatening to switch off natural gas supplies to Belarus at 10:00 am (0700 GMT) Monday, New Year's day, if the republic does not agree.", "10:00 am", "TIME", "2007-01-01T10:00", ""},
	})
	runCases(t, time.Date(2006, 12, 28, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Miller has warned that gas supplies to Belarus will be turned off at 10:00 am in Moscow (0700 GMT) on Monday if Belarus does not agree.", "10:00 am", "TIME", "2007-01-01T10:00", ""},
		{"Miller has warned that gas supplies to Belarus will be turned off at 10:00 am in Moscow (0700 GMT) on Monday if Belarus does not agree.", "Monday", "DATE", "2007-01-01", ""},
		{"The dollar was quoted at 117.40 yen at 4:00 p.m. (2100 GMT) Wednesday in London.", "4:00 p.m.", "TIME", "2006-12-27T16:00", ""},
	})
}

// TestTimeDayOf: a clock time or a part of the day takes the day named
// right after it ("of" may come first) or the weekday before "midnight";
// "on" and a date after a clock time join its span as a weekday does, and
// "noon" or "midnight" after a weekday joins the weekday's.
func TestTimeDayOf(t *testing.T) {
	runCases(t, time.Date(1997, 4, 2, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The raid started in the late evening March 29 until early morning of March 30, lasting five hours.", "late evening", "TIME", "1997-03-29TEV", "END"},
		{"The raid started in the late evening March 29 until early morning of March 30, lasting five hours.", "early morning", "TIME", "1997-03-30TMO", "START"},
		{"Stocks rose in early afternoon trading.", "early afternoon", "TIME", "1997-04-02TAF", "START"},
	})
	runCases(t, time.Date(2005, 11, 29, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Harbin had to shut down its water supply from the early morning last Wednesday to 6 p.m. of last Sunday.", "early morning", "TIME", "2005-11-23TMO", "START"},
		{"Harbin had to shut down its water supply from the early morning last Wednesday to 6 p.m. of last Sunday.", "6 p.m.", "TIME", "2005-11-27T18:00", ""},
	})
	runCases(t, time.Date(2006, 11, 14, 0, 0, 0, 0, time.UTC), []dateCase{
		{"A gas explosion occurred at 11:45 a.m. on Nov. 5 in the mine.", "11:45 a.m. on Nov. 5", "TIME", "2006-11-05T11:45", ""},
	})
	runCases(t, time.Date(2006, 11, 9, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The meeting was held on Thursday morning approving the pact signed on Wednesday midnight.", "Wednesday midnight", "TIME", "2006-11-08T24", ""},
		{"Koirala also informed the parliament about the agreement on Thursday noon.", "Thursday noon", "TIME", "2006-11-09T12:00", ""},
		{"By Tuesday noon, the flames in the shaft had been put out.", "Tuesday noon", "TIME", "2006-11-07T12:00", ""},
		{"The deadline expired at noon Thursday.", "noon Thursday", "TIME", "2006-11-09T12:00", ""},
	})
}

// TestOrdinalSecondNoRate: "a second" before the word it qualifies and "a
// half" are no rate even after a number; "a second" closing an amount is.
func TestOrdinalSecondNoRate(t *testing.T) {
	day := time.Date(2005, 11, 26, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Bouteflika was elected president in 1999 and secured a second term in office in April 2004.", "a second"},
		{"His 10-footer on the 18th green secured a half with Jim Furyk.", "a half"},
	})
	runCases(t, day, []dateCase{
		{"The pumps move 300 litres a second.", "a second", "SET", "PT1S", ""},
		{"Teachers earn an average of 300 dollars a month.", "a month", "SET", "P1M", ""},
	})
}

// TestQuotedTitleExpressions: an expression opening a quotation of
// capitalised words only is part of a title; a quoted sentence, a lone
// quoted word and a year in a name keep their expressions.
func TestQuotedTitleExpressions(t *testing.T) {
	day := time.Date(2006, 11, 28, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Bisset starred in films such as \"Domino\" and \"New Year's Day,\" and Glover in \"Mandela.\"", "New Year's Day"},
		{"Her novel and short story \"June's Big Topic\" won her two national awards in 1984.", "June"},
		{"He said \"Monday Night Football\" is a hit.", "Monday"},
	})
	runCases(t, day, []dateCase{
		{"\"Today's data certainly reinforce our view,\" he said.", "Today", "DATE", "2006-11-28", ""},
		{"\"Tomorrow,\" he said.", "Tomorrow", "DATE", "2006-11-29", ""},
		{"It was the last stand of the ill-fated \"1916 Rising\" against the British.", "1916", "DATE", "1916", ""},
	})
}

// TestUnitsApart: a bare plural unit before "after", "before", "later" or
// "earlier" that opens its phrase counts an unknown number of them; after a
// noun, "of", a number or before a reflexive it is no expression.
func TestUnitsApart(t *testing.T) {
	day := time.Date(2006, 12, 27, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Hours after the UN Security Council failed to agree, fighters opened fire.", "Hours", "DURATION", "PTXH", ""},
		{"Three leaders were freed hours after the court order.", "hours", "DURATION", "PTXH", ""},
		{"Abramov's hospitalization came just days before a regional election in Chechnya.", "days", "DURATION", "PXD", ""},
		{"Bodmer restored parity and minutes later Debuchy gave the visitors the lead.", "minutes", "DURATION", "PTXM", ""},
		{"Fighting erupted early Wednesday, hours after the expiry of an ultimatum.", "hours", "DURATION", "PTXH", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"He was seen crossing the US border days after a sniper killed Dr. Slepian.", "days"},
		{"Castro declared that it is just matter of days before Elian will be reunited with his father.", "days"},
		{"He instituted a personality cult, naming months after himself and his mother.", "months"},
		{"The document mentions \"by x years after implementation\" of the accord.", "years"},
	})
}

// TestKickOffTimes: four digits alone in brackets after a fixture on its
// line are a kick-off time, not a year.
func TestKickOffTimes(t *testing.T) {
	day := time.Date(2006, 12, 18, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Fixtures (Kick off in GMT)\nValencia v Real Mallorca (2000)\nWednesday\nCelta Vigo v Real Sociedad (1900)", "1900"},
		{"Fixtures (Kick off in GMT)\nValencia v Real Mallorca (2000)\nWednesday\nCelta Vigo v Real Sociedad (1900)", "2000"},
		{"Thursday\nBarcelona vs Atletico Madrid (2100)", "2100"},
	})
	runCases(t, day, []dateCase{
		{"The election (2005) was won by Bush.", "2005", "DATE", "2005", ""},
		{"Italy beat France\n(2006) in the final.", "2006", "DATE", "2006", ""},
	})
}

// TestFixtureHeadings: a weekday alone on its line over a list of fixtures
// ("Name v Name") is a day still to come; over results it stays past.
func TestFixtureHeadings(t *testing.T) {
	day := time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC) // a Saturday
	runCases(t, day, []dateCase{
		{"Spanish league results on Saturday:\n\nValencia 1 (Vicente 74) Athletic Bilbao 1\n\nSunday\n\nAtletico Madrid v Alaves, Getafe v Racing Santander", "Sunday", "DATE", "2005-12-11", ""},
		{"Fixtures\n\nWednesday:\nCharlton v Fulham\nChelsea vs Reading", "Wednesday", "DATE", "2005-12-14", ""},
		{"Results\n\nSunday\n\nAtletico Madrid 2 Alaves 1", "Sunday", "DATE", "2005-12-04", ""},
	})
}
