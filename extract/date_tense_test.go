package extract

import (
	"testing"
	"time"
)

// Cases of tense cues from a third reading of the engine's output on the
// TempEval-3 silver texts (see date_silver2_test.go).

// TestCouldLooksAhead: "could" before an expression looks ahead like
// "might"; negated ("could not", "neither ... could") it is the past of
// "can".
func TestCouldLooksAhead(t *testing.T) {
	runCases(t, time.Date(2006, 12, 15, 0, 0, 0, 0, time.UTC), []dateCase{
		{"An OPEC spokesman suggested Thursday that Sudan could join in March as a 13th member.", "March", "DATE", "2007-03", ""},
	})
	runCases(t, time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Treviso could drop to bottom of the table on Sunday if Lecce take a point.", "Sunday", "DATE", "2005-12-11", ""},
	})
	runCases(t, time.Date(2000, 1, 6, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Neither he nor Elian's four grandparents could be located Wednesday in their hometown.", "Wednesday", "DATE", "2000-01-05", ""},
		{"The minister could not be reached Wednesday for comment.", "Wednesday", "DATE", "2000-01-05", ""},
	})
}

// TestIntentionLooksAhead: a verb of intention in the present before "to"
// (wants to, is ready to, likely to) looks ahead.
func TestIntentionLooksAhead(t *testing.T) {
	runCases(t, time.Date(2006, 12, 23, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Iran has maintained that it wants to install the new centrifuges by March and the president has said so.", "March", "DATE", "2007-03", ""},
	})
	runCases(t, time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC), []dateCase{
		{"However the cartel was ready to cut production at a new meeting at the end of January if demand falls too much.", "the end of January", "DATE", "2006-01", "END"},
	})
}

// TestLastAfterDeterminer: "last" after a determiner is the final one, no
// cue of the past.
func TestLastAfterDeterminer(t *testing.T) {
	runCases(t, time.Date(2006, 12, 21, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Liverpool will play Arsenal in the last quarter-final on January 9 after their match was postponed.", "January 9", "DATE", "2007-01-09", ""},
		{"In its last rate hike in July, the Bank of Japan ended its policy.", "July", "DATE", "2006-07", ""},
		{"He said he last visited the city on Tuesday.", "Tuesday", "DATE", "2006-12-19", ""},
	})
	runCases(t, time.Date(2005, 11, 2, 0, 0, 0, 0, time.UTC), []dateCase{
		{"China is to compete with its last rival Hong Kong on Thursday.", "Thursday", "DATE", "2005-11-03", ""},
	})
}

// TestCanLooksAhead: "can" before an expression looks ahead; "can have",
// "could have" before an object is the verb "have", no perfect.
func TestCanLooksAhead(t *testing.T) {
	runCases(t, time.Date(2006, 12, 28, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The suspension means the Wales forward can play again from mid-January.", "mid-January", "DATE", "2007-01", "MID"},
	})
	runCases(t, time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC), []dateCase{
		{"\"May be we can have a meeting at the end of January to monitor the market,\" said the minister.", "the end of January", "DATE", "2006-01", "END"},
		{"The talks would have a better result in February, he said.", "February", "DATE", "2006-02", ""},
		{"The minister would have left in February, he said.", "February", "DATE", "2005-02", ""},
	})
}

// TestPastMonthNear: a bare month in a past clause lies at most a month
// ahead, unless it names an event the story looks to or a verb of
// intention before "to" points ahead.
func TestPastMonthNear(t *testing.T) {
	runCases(t, time.Date(1997, 4, 9, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The peace process has been in trouble since the right-wing took power in Israel in June.", "June", "DATE", "1996-06", ""},
		{"The popular Megawati was ousted as chairwoman by a faction in June.", "June", "DATE", "1996-06", ""},
		{"The rebels pledged to march into Kinshasa by June.", "June", "DATE", "1997-06", ""},
		{"He said the dispatch of the force marked a key stage in the preparations for the June elections.", "June", "DATE", "1997-06", ""},
		{"The talks began in May.", "May", "DATE", "1997-05", ""},
	})
	runCases(t, time.Date(1998, 3, 22, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The governments, which cosponsor the talks that are supposed to conclude by May, invited Sinn Fein to rejoin.", "May", "DATE", "1998-05", ""},
	})
}

// TestUntilAfterPast: "until" that a simple past governs sets a deadline
// ahead of then, which the distance dates; the perfect keeps it ahead.
func TestUntilAfterPast(t *testing.T) {
	runCases(t, time.Date(2006, 12, 11, 0, 0, 0, 0, time.UTC), []dateCase{
		{"An earlier resolution gave Iran until August 31 to suspend its enrichment of uranium.", "August 31", "DATE", "2006-08-31", ""},
		{"The magistrate adjourned the trial until January 23.", "January 23", "DATE", "2007-01-23", ""},
		{"The charity has suspended its operations until March 1.", "March 1", "DATE", "2007-03-01", ""},
		{"The court adjourned the session until Tuesday.", "Tuesday", "DATE", "2006-12-12", ""},
	})
}

// TestGoingOnlyBeforeTo: "going" looks ahead only before "to" (is going
// to vote on Monday), not in "going up", "going back".
func TestGoingOnlyBeforeTo(t *testing.T) {
	runCases(t, time.Date(2006, 11, 7, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The benchmark index ended higher, going up 7 points on Monday.", "Monday", "DATE", "2006-11-06", ""},
		{"The parliament is going to vote on Monday.", "Monday", "DATE", "2006-11-13", ""},
	})
}

// TestPresentPassiveWeekday: the present passive right before a bare
// weekday tells a scheduled event; one that an object or a preposition
// parts from the weekday does not.
func TestPresentPassiveWeekday(t *testing.T) {
	runCases(t, time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The movie is sure to feature when nominations are announced Tuesday for the Golden Globes.", "Tuesday", "DATE", "2005-12-13", ""},
		{"The results are released on Thursday.", "Thursday", "DATE", "2005-12-15", ""},
		{"The two men are accused of killing a policeman on Sunday.", "Sunday", "DATE", "2005-12-11", ""},
	})
}

// TestAsideBeforeVerb: a present verb that an aside in brackets cuts from
// its subject still looks ahead; a base form after a name and an aside is
// a noun.
func TestAsideBeforeVerb(t *testing.T) {
	runCases(t, time.Date(2006, 12, 12, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Tickets costing 45 pounds (88 dollars, 67 euros) go on sale from 0900 GMT Wednesday via the website.", "Wednesday", "DATE", "2006-12-13", ""},
	})
	runCases(t, time.Date(2005, 11, 8, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The aide spoke after a Knesset (parliament) vote on a package nomination of three ministers late on Monday.", "Monday", "DATE", "2005-11-07", ""},
	})
}

// TestWasDueTo: "was due to" before a weekday looks ahead as "was expected
// to" does; "had been due to" stays past.
func TestWasDueTo(t *testing.T) {
	runCases(t, time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Mottaki -- who was due to arrive in Pakistan on Wednesday -- will be making his first visit.", "Wednesday", "DATE", "2005-12-14", ""},
		{"Voting had been due to end Sunday, but had to be extended.", "Sunday", "DATE", "2005-12-11", ""},
	})
}

// TestCoordinatedParticiple: a participle after "and" shares the
// auxiliary of the first, and an adverb between an auxiliary and its
// participle keeps the passive: "will be officially presented and played
// on Friday" looks ahead.
func TestCoordinatedParticiple(t *testing.T) {
	runCases(t, time.Date(2006, 12, 27, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The score's facsimile will be officially presented and played by clavichordist Florian Birsak on Friday, it said.", "Friday", "DATE", "2006-12-29", ""},
		{"The score was found and played by a pianist on Friday.", "Friday", "DATE", "2006-12-22", ""},
	})
}

// TestEdNonVerbs: a word in -ed that is no verb form (bloodshed, need)
// is no past tense.
func TestEdNonVerbs(t *testing.T) {
	runCases(t, time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Security measures will be imposed to limit bloodshed and bombings during Thursday's main event.", "Thursday", "DATE", "2005-12-15", ""},
	})
	runCases(t, time.Date(2006, 12, 22, 0, 0, 0, 0, time.UTC), []dateCase{
		{"\"We need to add new players in January, but I am convinced we can go on a little run.\"", "January", "DATE", "2007-01", ""},
	})
}

// TestPairedWeekdayOnStoryDay: the second weekday of a pair whose first is
// the story's day is the day of that name nearest it, either way.
func TestPairedWeekdayOnStoryDay(t *testing.T) {
	runCases(t, time.Date(1997, 4, 28, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Final results are not expected to be announced before Monday or Tuesday.", "Tuesday", "DATE", "1997-04-29", ""},
	})
	runCases(t, time.Date(1998, 2, 6, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Following are statements made Friday and Thursday by a lawyer.", "Thursday", "DATE", "1998-02-05", ""},
	})
	runCases(t, time.Date(2006, 11, 18, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The leaders will meet at the APEC forum slated for Saturday and Sunday.", "Sunday", "DATE", "2006-11-19", ""},
	})
}

// TestDueToCause: "due to" before a noun phrase is "because of", no
// schedule; before a verb it looks ahead.
func TestDueToCause(t *testing.T) {
	runCases(t, time.Date(2005, 11, 19, 0, 0, 0, 0, time.UTC), []dateCase{
		{"After Agassi and Nadal pulled out due to injuries on Monday, Federer is the only top-five player left.", "Monday", "DATE", "2005-11-14", ""},
		{"Classes were suspended on Thursday due to the threat of a typhoon.", "Thursday", "DATE", "2005-11-17", ""},
		{"The minister is due to arrive on Monday.", "Monday", "DATE", "2005-11-21", ""},
	})
}

// TestHypotheticalPast: the past of a condition that a modal governs tells
// what may yet happen.
func TestHypotheticalPast(t *testing.T) {
	runCases(t, time.Date(2005, 12, 16, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Supplies to the Ukrainian market could be cut altogether if Kiev did not agree to the company's terms by January 1.", "January 1", "DATE", "2006-01-01", ""},
		{"He resigned because Kiev did not agree to the terms by January 1.", "January 1", "DATE", "2005-01-01", ""},
	})
	runCases(t, time.Date(2006, 11, 21, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Natsios warned that the United States would resort to Plan B if Khartoum refused to change its position by Jan. 1.", "Jan. 1", "DATE", "2007-01-01", ""},
	})
}

// TestFarModalAcrossComma: far back, a comma alone does not end the
// clause of a modal; a conjunction or a subject does.
func TestFarModalAcrossComma(t *testing.T) {
	runCases(t, time.Date(2005, 12, 10, 0, 0, 0, 0, time.UTC), []dateCase{
		{"South Korea, led by Park Ji-Sung, will fancy their chances in Group G, opening their World Cup against first-timers Togo in Frankfurt on June 13.", "June 13", "DATE", "2006-06-13", ""},
	})
	runCases(t, time.Date(2006, 11, 26, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Earlier in the day, the military said that two more U.S. marines died from wounds sustained due to \"enemy action\" in separate incidents in Iraq's volatile Anbar province on Saturday.", "Saturday", "DATE", "2006-11-25", ""},
	})
}

// TestThanExpected: "than expected" and "as expected" compare, they plan
// nothing.
func TestThanExpected(t *testing.T) {
	runCases(t, time.Date(2005, 11, 11, 0, 0, 0, 0, time.UTC), []dateCase{
		{"A report said the economy grew more than expected in the July-September period.", "July", "DATE", "2005-07", ""},
		{"Growth is expected to pick up in the January-March period.", "January", "DATE", "2006-01", ""},
	})
}

// TestWasLastScheduled: "was last scheduled" tells a plan of the past.
func TestWasLastScheduled(t *testing.T) {
	runCases(t, time.Date(2006, 11, 6, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The dialogue, launched in early March, was last scheduled for July 25.", "July 25", "DATE", "2006-07-25", ""},
	})
}

// TestConditionalPresent: "beat" after "if they" or "provided that they"
// is the present of a condition, which looks ahead; "provided" there is a
// conjunction, no past.
func TestConditionalPresent(t *testing.T) {
	runCases(t, time.Date(2006, 11, 4, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Chelsea, however, can pull level on points with them at the top of the table provided that they beat Tottenham at White Hart Lane on Sunday.", "Sunday", "DATE", "2006-11-05", ""},
		{"Sevilla can ensure they end the year on top if they beat struggling Deportivo at home on Wednesday.", "Wednesday", "DATE", "2006-11-08", ""},
		{"Urawa beat defending champions Gamba Osaka 3-2 on Wednesday to secure the league crown.", "Wednesday", "DATE", "2006-11-01", ""},
	})
}

// TestPossessiveAttributive: a participle after a possessive describes a
// noun: "Japan's closely watched Tankan survey" tells no past.
func TestPossessiveAttributive(t *testing.T) {
	runCases(t, time.Date(2006, 12, 14, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The Bank of Japan's closely watched Tankan survey out Friday is expected to show that sentiment rose.", "Friday", "DATE", "2006-12-15", ""},
		{"The bank's chief watched the survey on Friday.", "Friday", "DATE", "2006-12-08", ""},
	})
}

// TestFarPlanAcrossNounPhrases: far back, "and" before a noun phrase joins
// two and a participle after "most" is an adjective: neither ends the
// clause of "prepares to".
func TestFarPlanAcrossNounPhrases(t *testing.T) {
	runCases(t, time.Date(2006, 12, 1, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Mubarak's visit comes as Germany prepares to take over the presidency of the European Union and the Group of Eight most industrialised nations on January 1.", "January 1", "DATE", "2007-01-01", ""},
		{"Germany took over the presidency of the most industrialised nations on January 1.", "January 1", "DATE", "2006-01-01", ""},
	})
}

// TestSameFormPast: "beat" after a name, or after "who" that a name
// governs, is the past.
func TestSameFormPast(t *testing.T) {
	runCases(t, time.Date(2006, 11, 19, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Italian Premier Romano Prodi, who narrowly beat former premier Silvio Berlusconi in April's general election, has been struggling.", "April", "DATE", "2006-04", ""},
		{"Sevilla can go top if they beat Deportivo at home on Wednesday.", "Wednesday", "DATE", "2006-11-22", ""},
	})
}

// TestPossessiveWeekdayWill: "will" after the noun phrase a possessive
// weekday opens dates it ahead, whatever reports it.
func TestPossessiveWeekdayWill(t *testing.T) {
	runCases(t, time.Date(2005, 11, 29, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Vice President Rangel said Tuesday that Sunday's congressional elections will go ahead despite a boycott.", "Sunday", "DATE", "2005-12-04", ""},
		{"Rangel said Tuesday that Sunday's congressional elections went ahead despite a boycott.", "Sunday", "DATE", "2005-11-27", ""},
	})
}

// TestModalSharedAcrossAnd: a base verb after "and" shares the modal of
// the first verb, far back too.
func TestModalSharedAcrossAnd(t *testing.T) {
	runCases(t, time.Date(2006, 11, 13, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The group would also interview British Prime Minister Tony Blair by videoconference and meet with Democratic foreign policy leaders on Tuesday.", "Tuesday", "DATE", "2006-11-14", ""},
	})
}

// TestWasTo: "was to" or "were to" before a verb is the future of the
// past, still ahead; "was to have" is over.
func TestWasTo(t *testing.T) {
	runCases(t, time.Date(2006, 12, 30, 0, 0, 0, 0, time.UTC), []dateCase{
		{"\"We send our condolences,\" said Bush, who was to return to Washington Monday to take part in ceremonies.", "Monday", "DATE", "2007-01-01", ""},
		{"The service was to have begun on Thursday.", "Thursday", "DATE", "2006-12-28", ""},
	})
}

// TestPossessiveWeekdayPresent: a possessive weekday in a clause of the
// present that tells a scheduled event is the coming one.
func TestPossessiveWeekdayPresent(t *testing.T) {
	runCases(t, time.Date(2005, 12, 7, 0, 0, 0, 0, time.UTC), []dateCase{
		{"Argentina are one of the eight seeds for Friday's draw.", "Friday", "DATE", "2005-12-09", ""},
		{"Argentina were one of the eight seeds for Friday's draw.", "Friday", "DATE", "2005-12-02", ""},
	})
	runCases(t, time.Date(2006, 12, 5, 0, 0, 0, 0, time.UTC), []dateCase{
		{"CSKA Moscow's Champions League fate is out of their hands as they head into Wednesday's group G match against SV Hamburg.", "Wednesday", "DATE", "2006-12-06", ""},
	})
}

// TestCueAfterWasScheduled: "was scheduled" right after an expression
// looks ahead as it does before one.
func TestCueAfterWasScheduled(t *testing.T) {
	runCases(t, time.Date(1997, 4, 18, 0, 0, 0, 0, time.UTC), []dateCase{
		{"He was holding talks Friday at the ministry of industry and trade and on Saturday was scheduled to meet with his Thai counterpart.", "Saturday", "DATE", "1997-04-19", ""},
		{"He was holding talks Friday at the ministry of industry and trade and on Saturday was received by the king.", "Saturday", "DATE", "1997-04-12", ""},
	})
}

// TestIrregularParticiple: an irregular participle not after "be" tells
// the past.
func TestIrregularParticiple(t *testing.T) {
	runCases(t, time.Date(2006, 12, 16, 0, 0, 0, 0, time.UTC), []dateCase{
		{"The two were to complete work begun in the prior space walk Thursday and take a close look at a stuck array.", "Thursday", "DATE", "2006-12-14", ""},
		{"A decision will be taken on Thursday.", "Thursday", "DATE", "2006-12-21", ""},
	})
}
