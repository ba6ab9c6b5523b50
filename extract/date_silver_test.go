package extract

import (
	"testing"
	"time"
)

// Cases from a reading of the engine's output on unannotated news (the
// TempEval-3 silver texts): errors the annotated corpora do not show.

// TestYearEndPurpose: "the year to March 1998" is a year counted back from
// its last month, but "to" after "the end of the year" opens a purpose.
func TestYearEndPurpose(t *testing.T) {
	day := time.Date(2006, 11, 20, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"They will go to Britain before the end of the year to study laws.", "the end of the year", "DATE", "2006", "END"},
		{"Staff will travel to Europe by the end of the year to study methods.", "the end of the year", "DATE", "2006", "END"},
		{"Profit in the year to March 2008 rose.", "the year", "DURATION", "P1Y", ""},
		{"Sales for the year ended June 30 fell.", "the year", "DURATION", "P1Y", ""},
	})
}

// TestShortYearRanges: a span of years with its century written once gives
// both years.
func TestShortYearRanges(t *testing.T) {
	day := time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"He was minister in 1995-97 and later envoy.", "1995", "DATE", "1995", ""},
		{"He was minister in 1995-97 and later envoy.", "97", "DATE", "1997", ""},
		{"the armistice that ended the 1950-53 Korean War", "53", "DATE", "1953", ""},
		{"Paris St Germain set the mark in the 1985/86 season.", "86", "DATE", "1986", ""},
		{"He played there in the 1999-00 season.", "00", "DATE", "2000", ""},
		{"Profits rose in the 2006/07 financial year.", "07", "DATE", "2007", ""},
		{"Steve Jobs (1955-2011) founded Apple.", "2011", "DATE", "2011", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"The bill was worth 1995-96m dollars.", "96m"},
	})
}

// TestOrdinalDayPlace: an ordinal day followed by the place it happens in
// is a day of the reference's month, or the next one's by tense.
func TestOrdinalDayPlace(t *testing.T) {
	day := time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"The talks will resume on the 12th in Geneva.", "the 12th", "DATE", "2005-12-12", ""},
		{"The talks resumed on the 2nd in Geneva, officials said.", "the 2nd", "DATE", "2005-12-02", ""},
		{"The talks will resume on the 2nd in New York.", "the 2nd", "DATE", "2006-01-02", ""},
	})
	runNoDates(t, day, []noDateCase{
		{"He bogeyed on the 18th in the final round.", "the 18th"},
	})
}

// TestWeekdayPeriodStart: a weekday that opens a period ("starting
// Thursday", "beginning on Friday") lies ahead; after an auxiliary, a
// determiner or at the head of a sentence the clause decides.
func TestWeekdayPeriodStart(t *testing.T) {
	day := time.Date(2006, 12, 5, 0, 0, 0, 0, time.UTC) // a Tuesday
	runCases(t, day, []dateCase{
		{"The team faces the Indians in a four-day match starting Thursday.", "Thursday", "DATE", "2006-12-07", ""},
		{"The commission had been scheduled to hear motions beginning on Friday.", "Friday", "DATE", "2006-12-08", ""},
		{"Refugees must leave within a 60-day deadline starting Thursday, imposed by the rebels.", "Thursday", "DATE", "2006-12-07", ""},
		{"The pilgrimage climaxes on Mount Arafat on Wednesday.", "Wednesday", "DATE", "2006-12-06", ""},
		{"Preparatory meetings were beginning on Monday.", "Monday", "DATE", "2006-12-04", ""},
		{"Starting on Saturday, stuffed toys of the mascots have sold well.", "Saturday", "DATE", "2006-12-02", ""},
	})
}

// TestToBeDone: "to be" and a participle after a noun or a comma is a
// thing still to happen: the weekday after it lies ahead.
func TestToBeDone(t *testing.T) {
	day := time.Date(2006, 12, 3, 0, 0, 0, 0, time.UTC) // a Sunday
	runCases(t, day, []dateCase{
		{"Annan told the BBC in an interview to be broadcast Monday.", "Monday", "DATE", "2006-12-04", ""},
		{"The poll, to be published in the paper Friday, put Labour ahead.", "Friday", "DATE", "2006-12-08", ""},
		{"A decision was likely to be announced on Monday.", "Monday", "DATE", "2006-12-04", ""},
		{"The summit, to be held on Thursday in Kiev, will grant the status.", "Thursday", "DATE", "2006-12-07", ""},
		// another clause after "and": the weekday is its own
		{"Palestinians want the truce to be extended to the West Bank and on Friday, the Brigades fired rockets.", "Friday", "DATE", "2006-12-01", ""},
		// after a verb "to be" is no plan
		{"He appeared to be injured on Friday.", "Friday", "DATE", "2006-12-01", ""},
	})
}

// TestTimeDayAside: a clock time takes the day said before "at" or after a
// conversion in brackets; that day stays an expression of its own.
func TestTimeDayAside(t *testing.T) {
	day := time.Date(2005, 11, 29, 0, 0, 0, 0, time.UTC) // a Tuesday
	runCases(t, day, []dateCase{
		{"We call all patriots to be in Split tomorrow at noon to voice support.", "noon", "TIME", "2005-11-30T12:00", ""},
		{"The talks resume today at 3 p.m. in Geneva.", "3 p.m.", "TIME", "2005-11-29T15:00", ""},
		{"The raid started just after 3 p.m. (2000 GMT) Monday, with soldiers.", "3 p.m.", "TIME", "2005-11-28T15:00", ""},
		{"The raid started just after 3 p.m. (2000 GMT) Monday, with soldiers.", "Monday", "DATE", "2005-11-28", ""},
		{"Two soldiers were killed at approximately 11:30 p.m. (0830 GMT) on Sunday when a bomb struck.", "approximately 11:30 p.m.", "TIME", "2005-11-27T23:30", "APPROX"},
		{"A soldier died at about 8:25 am (0525 GMT) Nov. 17, the military said.", "about 8:25 am", "TIME", "2005-11-17T08:25", "APPROX"},
	})
}

// TestWeekdayNewspapers: a weekday, or "Daily", that names a newspaper is
// no date.
func TestWeekdayNewspapers(t *testing.T) {
	day := time.Date(2006, 12, 10, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"Marina Litvinenko told the Sunday Times she felt safe.", "Sunday"},
		{"The Sunday Mirror newspaper also reported it.", "Sunday"},
		{"Production resumed, Saturday Post reported.", "Saturday"},
	})
	runNoDates(t, day, []noDateCase{
		{"His article was published by People's Daily on Friday.", "Daily"},
		{"The ministry was cited in the People's Daily as saying.", "Daily"},
	})
	runCases(t, day, []dateCase{
		{"Daily output rose to 2 million barrels.", "Daily", "SET", "P1D", ""},
		{"The Sunday Mail reported on Sunday.", "Sunday", "DATE", "2006-12-10", ""},
		{"On Sunday Israel's cabinet met.", "Sunday", "DATE", "2006-12-10", ""},
	})
}

// TestPastTenseDayJustAhead: a past-tense clause written at the turn of a
// year names a day of the next weeks in the next year.
func TestPastTenseDayJustAhead(t *testing.T) {
	day := time.Date(2006, 12, 30, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Bush has declared January 2 as a national day of mourning.", "January 2", "DATE", "2007-01-02", ""},
		{"Bush was due to announce a new strategy after January 1, the spokesman said.", "January 1", "DATE", "2007-01-01", ""},
		{"The court ruled on January 20.", "January 20", "DATE", "2006-01-20", ""},
		{"Talks began in January.", "January", "DATE", "2006-01", ""},
	})
}

// TestWeekdayPossessiveAhead: "Sunday's final" is an event already told
// unless the clause looks ahead; a "would" of reported speech does not.
func TestWeekdayPossessiveAhead(t *testing.T) {
	day := time.Date(2006, 12, 2, 0, 0, 0, 0, time.UTC) // a Saturday
	runCases(t, day, []dateCase{
		{"Rosicky limped off and will miss Wednesday's trip to Porto.", "Wednesday", "DATE", "2006-12-06", ""},
		{"Iraqis start voting ahead of Thursday's general election.", "Thursday", "DATE", "2006-12-07", ""},
		{"The two group winners will meet in Sunday's final.", "Sunday", "DATE", "2006-12-03", ""},
		{"Thousands attended Wednesday's rally.", "Wednesday", "DATE", "2006-11-29", ""},
		{"His relatives said they would look for ways to get around Wednesday's ruling.", "Wednesday", "DATE", "2006-11-29", ""},
	})
}

// TestTenseAcrossAsides: an aside in brackets and a mark inside a word or a
// number (Kye-Gwan, 10:00) do not end the clause whose tense a weekday takes.
func TestTenseAcrossAsides(t *testing.T) {
	day := time.Date(2006, 12, 28, 0, 0, 0, 0, time.UTC) // a Thursday
	runCases(t, day, []dateCase{
		{"Miller has warned that gas supplies to Belarus will be turned off at 10:00 am in Moscow (0700 GMT) on Monday if Belarus does not agree.", "Monday", "DATE", "2007-01-01", ""},
		{"Hu will also attend the 14th APEC (Asia-Pacific Economic Cooperation) Economic Leaders' Meeting on Saturday.", "Saturday", "DATE", "2006-12-30", ""},
		{"Hill said he will meet with North Korean envoy Kim Kye-Gwan in Beijing on Sunday.", "Sunday", "DATE", "2006-12-31", ""},
		{"The envoys met in Beijing (China's capital) on Sunday.", "Sunday", "DATE", "2006-12-24", ""},
	})
}

// TestSeptember11: a yearless "Sept. 11" before "attacks" names the
// attacks of 2001, in a story written after them.
func TestSeptember11(t *testing.T) {
	day := time.Date(2006, 11, 16, 0, 0, 0, 0, time.UTC)
	runCases(t, day, []dateCase{
		{"Regenhard lost her son on Sept. 11 terror attacks.", "Sept. 11", "DATE", "2001-09-11", ""},
		{"They refused to hand over bin Laden for the September 11 attacks on New York.", "September 11", "DATE", "2001-09-11", ""},
		{"The index was readjusted on Sept. 11 to track the market.", "Sept. 11", "DATE", "2006-09-11", ""},
	})
	runCases(t, time.Date(1998, 10, 1, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The Sept. 11 attacks on the convoy killed two.", "Sept. 11", "DATE", "1998-09-11", ""},
	})
}

// TestOneDayCricket: "one-day" before an international, a series or a
// squad is a form of cricket, no length; before a match or a cup only in a
// story of cricket.
func TestOneDayCricket(t *testing.T) {
	day := time.Date(2006, 12, 19, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"The third one-day international is in Cape Town.", "one-day"},
		{"Vaughan is expected to return to England's one-day squad.", "one-day"},
		{"McGrath took two wickets and plans to play until the one-day World Cup.", "one-day"},
	})
	runCases(t, day, []dateCase{
		{"The leaders held a one-day summit in Brussels.", "one-day", "DURATION", "P1D", ""},
		{"The one-day match between the clubs was called off.", "one-day", "DURATION", "P1D", ""},
		{"The Nikkei posted its biggest one-day fall.", "one-day", "DURATION", "P1D", ""},
	})
}

// TestTermBeforeNoun: "the short term" before the noun it describes is no
// reference to the future.
func TestTermBeforeNoun(t *testing.T) {
	day := time.Date(1997, 4, 16, 0, 0, 0, 0, time.UTC)
	runNoDates(t, day, []noDateCase{
		{"S&P cut to A-3 the short term counterparty rating of the bank.", "short term"},
	})
	runCases(t, day, []dateCase{
		{"In the long term we can reflect on it.", "the long term", "DATE", "FUTURE_REF", ""},
		{"Prices fell in the short term and recovered.", "the short term", "DATE", "FUTURE_REF", ""},
	})
}
