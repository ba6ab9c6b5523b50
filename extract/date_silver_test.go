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
