package extract

import (
	"testing"
	"time"
)

// Cases from a second reading of the engine's output on the TempEval-3
// silver texts (see date_silver_test.go for the first).

// TestOneDaySomeday: "one day" after a word of hope, or opening a sentence
// a modal goes on with, is some day to come; after "in", "for" or before
// "after" and "later" it stays a length.
func TestOneDaySomeday(t *testing.T) {
	day := time.Date(2006, 12, 13, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Pope Benedict XVI, who hopes one day to visit the Holy Land, met Olmert.", "one day", "DATE", "FUTURE_REF", ""},
		{"I have a dream that one day, that one of them compete for South Africa.", "one day", "DATE", "FUTURE_REF", ""},
		{"One day in the not too distant future we will see justice prevail.", "One day", "DATE", "FUTURE_REF", ""},
		{"One day the debris around it could evolve into tiny planets.", "One day", "DATE", "FUTURE_REF", ""},
		{"He expects Terry to be the England skipper one day, although Beckham will keep it.", "one day", "DATE", "FUTURE_REF", ""},
		{"He hopes to stay one day longer.", "one day", "DURATION", "P1D", ""},
		{"She said that one day after the attack he left.", "one day", "DURATION", "P1D", ""},
		{"One day later, they will go.", "One day", "DURATION", "P1D", ""},
		{"We hope the strike lasts one day.", "one day", "DURATION", "P1D", ""},
		{"They hope to finish the job in one day.", "one day", "DURATION", "P1D", ""},
	})
}

// TestMonthIncident: a bare month before the noun of a sudden event (a
// blast, a tsunami) dates one already happened; before an election it may
// lie ahead.
func TestMonthIncident(t *testing.T) {
	day := time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"He said there is no reason, despite a report implicating officials in the killing in a February bomb blast.", "February", "DATE", "2005-02", ""},
		{"Likud is in turmoil in the run-up to a March general election.", "March", "DATE", "2006-03", ""},
		{"Syria must cooperate in the probe of February's killing of Rafiq Hariri.", "February", "DATE", "2005-02", ""},
	})
	runCases(t, time.Date(2005, 11, 15, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The region is characterized by the December tsunami in Asia.", "December", "DATE", "2004-12", ""},
		{"Donations go to the victims of the October earthquake in Pakistan.", "October", "DATE", "2005-10", ""},
	})
}

// TestMonthRangeYear: the first month of a yearless range takes the year
// of the second.
func TestMonthRangeYear(t *testing.T) {
	day := time.Date(2005, 11, 17, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Income went up 10.3 percent year-on-year to 6,998 yuan (863 US dollars) in the January-September period, according to the committee.", "January", "DATE", "2005-01", ""},
		{"Income went up 10.3 percent year-on-year to 6,998 yuan (863 US dollars) in the January-September period, according to the committee.", "September", "DATE", "2005-09", ""},
		{"Trade from January to September hit 1.13 billion dollars.", "January", "DATE", "2005-01", ""},
		{"Trade is expected to grow in the January-March quarter next year.", "January", "DATE", "2006-01", ""},
	})
}

// TestYearEarlierYearAfter: "from a year earlier" compares with the year
// that the sentence names after it.
func TestYearEarlierYearAfter(t *testing.T) {
	day := time.Date(1997, 4, 8, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Gross foreign investments rose 58.3 percent from a year earlier to 9.414 billion dollars in 1996, it said.", "a year earlier", "DATE", "1995", ""},
		{"Net profit slumped 44 percent from a year earlier to 3.06 billion Taiwan dollars (111.1 million US) in 1996.", "a year earlier", "DATE", "1995", ""},
		{"Orders rose 9.9 percent from a year earlier, the agency said.", "a year earlier", "DATE", "1996", ""},
	})
}

// TestTimeFarNarrativeDay: a bare clock time takes the story's day, not a
// day named days before it in another sentence; a day of its own sentence
// still holds it, as does a day just before the story's.
func TestTimeFarNarrativeDay(t *testing.T) {
	day := time.Date(2005, 11, 10, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"He pushed for the withdrawal from Gaza, which was completed on Sept. 12. Shortly after 6 a.m. local time (0400 GMT), Labor ministers resigned.", "6 a.m. local time", "TIME", "2005-11-10T06:00", ""},
		// a day just before the story's still holds it
		{"The blast came on Nov. 9. Police arrived at 6 a.m. on the scene.", "6 a.m.", "TIME", "2005-11-09T06:00", ""},
		{"The withdrawal was completed on Sept. 12, and troops left at 6 a.m.", "6 a.m.", "TIME", "2005-09-12T06:00", ""},
	})
}

// TestPartOfMonthYear: "late March 2003" is one expression, the part of a
// month of the year it names.
func TestPartOfMonthYear(t *testing.T) {
	day := time.Date(2005, 12, 5, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The yen was at its highest since late March 2003.", "late March 2003", "DATE", "2003-03", "END"},
		{"Monitors would arrive by mid-January 2007.", "mid-January 2007", "DATE", "2007-01", "MID"},
		{"The poll is due by mid- June 2007.", "mid- June 2007", "DATE", "2007-06", "MID"},
		{"About 40 attacks were reported since mid-March of last year.", "mid-March of last year", "DATE", "2004-03", "MID"},
		{"The Congress convenes early January next year.", "early January next year", "DATE", "2006-01", "START"},
		{"Talks began in late March.", "late March", "DATE", "2005-03", "END"},
	})
}

// TestGameQuarterStory: a quarter in a sentence with no word of play or of
// business follows the whole story, not its first sentence only.
func TestGameQuarterStory(t *testing.T) {
	day := time.Date(2006, 12, 10, 0, 0, 0, 0, time.UTC)
	story := "Tomlinson seized the record for touchdowns on Sunday. He rushed for three touchdowns and 103 yards. " +
		"The quarterback was sacked five times in the game. Tomlinson broke the mark in dramatic style late in the fourth quarter."
	runNoDates(t, day, []noDateCase{
		{story, "the fourth quarter"},
	})
	runCases(t, day, []dateCase{
		{"Retailers forecast flat prices. The index rose. Traders are wary of the fourth quarter.", "the fourth quarter", "DATE", "2006-Q4", ""},
	})
}

// TestWeekendAdjective: "a weekend" before the noun it modifies names the
// story's weekend, as "the weekend" does; "a weekend of talks" and "a
// weekend in Paris" stay lengths.
func TestWeekendAdjective(t *testing.T) {
	day := time.Date(2006, 12, 10, 0, 0, 0, 0, time.UTC) // a Sunday
	runCases(t, day, []dateCase{
		{"Twenty-two civilians were killed in a weekend attack in western Sudan.", "a weekend", "DATE", "2006-W49-WE", ""},
		{"They spent a weekend in Paris.", "a weekend", "DURATION", "P2D", ""},
		{"It followed a weekend of talks.", "a weekend", "DURATION", "P2D", ""},
	})
	runCases(t, time.Date(2005, 12, 15, 0, 0, 0, 0, time.UTC), []dateCase{ // a Thursday
		{"Campaigning ended in Bolivia on Thursday, ahead of a weekend election.", "a weekend", "DATE", "2005-W50-WE", ""},
	})
	runCases(t, time.Date(2005, 12, 5, 0, 0, 0, 0, time.UTC), []dateCase{ // a Monday
		{"The euro fell as G7 powers appeared unfazed at a weekend meeting, dealers said.", "a weekend", "DATE", "2005-W48-WE", ""},
	})
}

// TestDayIncident: a yearless day before the noun of a sudden event dates
// one already happened.
func TestDayIncident(t *testing.T) {
	runCases(t, time.Date(2005, 11, 1, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The resolution should aim to put to light all behind the Feb. 14 assassination of Hariri.", "Feb. 14", "DATE", "2005-02-14", ""},
	})
	runCases(t, time.Date(2005, 11, 8, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Over 220,000 people were killed after the province was hit by the December 26 tsunami.", "December 26", "DATE", "2004-12-26", ""},
	})
}

// TestDayScheduledEvent: a yearless day before the noun of an event set
// for it (an election, a handover) is the coming one when it lies at most
// four months ahead, even in a past-tense clause; the object of a past verb
// of doing stays past.
func TestDayScheduledEvent(t *testing.T) {
	runCases(t, time.Date(1997, 4, 9, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Tung's office issued a document arguing that Hong Kong faced a legal vacuum after the July 1 handover.", "July 1", "DATE", "1997-07-01", ""},
	})
	runCases(t, time.Date(2005, 12, 15, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Wilkins said Washington still hoped for a settlement after Canada's January 23 election.", "January 23", "DATE", "2006-01-23", ""},
		{"Turnout hinges on the Sunni Arab elite that boycotted the January 30 election.", "January 30", "DATE", "2005-01-30", ""},
		{"The party said it won the April 9 election.", "April 9", "DATE", "2005-04-09", ""},
	})
	runCases(t, time.Date(2006, 12, 11, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The opposition have alleged the January 23 polls will be rigged.", "January 23", "DATE", "2007-01-23", ""},
	})
}

// TestDayNearSentenceDay: with no tense to go by, a yearless day takes the
// year nearest the day its sentence named before it.
func TestDayNearSentenceDay(t *testing.T) {
	day := time.Date(2006, 12, 1, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"China installed new bishops Ma Yinglin on April 30 in Anhui province, and Liu Xinhong in Yunnan province on May 3 despite Vatican objections.", "May 3", "DATE", "2006-05-03", ""},
	})
}

// TestClockAtNight: an hour without a.m. or p.m. that "at night" or "in the
// evening" follows is after noon.
func TestClockAtNight(t *testing.T) {
	day := time.Date(2005, 11, 23, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Adults get a social life beyond 11 o'clock at night, he said.", "11 o'clock", "TIME", "2005-11-23T23:00", ""},
		{"They met at 7:30 in the evening.", "7:30", "TIME", "2005-11-23T19:30", ""},
		{"He left at 6 o'clock in the morning.", "6 o'clock", "TIME", "2005-11-23T06:00", ""},
	})
}

// TestYearApposition: "the year" or "the last year" set beside a year
// after a comma is that year.
func TestYearApposition(t *testing.T) {
	day := time.Date(2006, 11, 16, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The accord was signed in 2003, the year a regional war ended.", "the year", "DATE", "2003", ""},
		{"Parties discussed global warming after 2012, the last year covered by the rules.", "the last year", "DATE", "2012", ""},
		{"The plan aims at zero deficit by 2010, the year her term expires.", "the year", "DATE", "2010", ""},
		{"Sales rose by 2,000, the year saw gains.", "the year", "DATE", "2006", ""},
	})
}

// TestTimePastClauseNoDayAhead: a bare clock time in a past-tense clause
// does not take a day still ahead that the story named before it.
func TestTimePastClauseNoDayAhead(t *testing.T) {
	day := time.Date(2006, 11, 17, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Arroyo will meet Bush on Saturday. President Arroyo left at around 5:30 p.m. Manila time for Hanoi.", "around 5:30 p.m.", "TIME", "2006-11-17T17:30", "APPROX"},
		{"Arroyo will meet Bush on Saturday. The talks will start at 5:30 p.m. in Hanoi.", "5:30 p.m.", "TIME", "2006-11-18T17:30", ""},
	})
}
