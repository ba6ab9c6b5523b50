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
