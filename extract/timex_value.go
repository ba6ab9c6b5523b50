package extract

import (
	"strconv"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// tv is a calendar value before it is written as a TIMEX3 value: the grain
// says which fields count. A zero year means the year is unknown (XXXX).
type tv struct {
	g      timeline.Grain
	y      int    // year (ISO year for week grain); 0 = unknown
	m, d   int    // month and day; 0 = unknown
	q      int    // quarter 1..4 (grain quarter)
	half   int    // half year 1..2 (grain quarter, q == 0)
	season string // SP, SU, FA, WI (grain season)
	w      int    // ISO week (grain week); 0 = unknown
	we     bool   // the weekend of week w
	wd     int    // ISO weekday 1..7 of an unresolved day (XXXX-WXX-5)
	dec    int    // decade (199) or century (19)
	part   string // part of day for TIME values: MO, AF, EV, NI, MI
	hour   int    // hour for TIME values with a clock time
	min    int    // minute
	clock  bool   // hour and min are set
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// value writes v as a TIMEX3 value.
func (v tv) value() string {
	y := "XXXX"
	if v.y > 0 {
		y = pad(v.y, 4)
	} else if v.y < 0 {
		y = "BC" + pad(1-v.y, 4) // year -1994 (astronomical) is 1995 BC
	}
	two := func(n int) string {
		if n == 0 {
			return "XX"
		}
		return pad(n, 2)
	}
	var s string
	switch v.g {
	case timeline.GrainCentury:
		if v.dec == 0 {
			return "XX"
		}
		return pad(v.dec, 2)
	case timeline.GrainDecade:
		if v.dec == 0 {
			return "XXX"
		}
		return pad(v.dec, 3)
	case timeline.GrainYear:
		return y
	case timeline.GrainSeason:
		return y + "-" + v.season
	case timeline.GrainQuarter:
		if v.half != 0 {
			return y + "-H" + strconv.Itoa(v.half)
		}
		if v.q == 0 {
			return y + "-QX"
		}
		return y + "-Q" + strconv.Itoa(v.q)
	case timeline.GrainMonth:
		return y + "-" + two(v.m)
	case timeline.GrainWeek:
		s = y + "-W" + two(v.w)
		if v.we {
			s += "-WE"
		}
		return s
	default: // day, hour, minute
		if v.y == 0 && v.wd != 0 && v.m == 0 {
			s = "XXXX-WXX-" + strconv.Itoa(v.wd)
		} else {
			s = y + "-" + two(v.m) + "-" + two(v.d)
		}
	}
	if v.clock {
		s += "T" + pad(v.hour, 2) + ":" + pad(v.min, 2)
	} else if v.part != "" {
		s += "T" + v.part
	}
	return s
}

// interval is the calendar interval v covers; zero when the year is unknown.
func (v tv) interval() timeline.Interval {
	if v.y == 0 && v.g != timeline.GrainDecade && v.g != timeline.GrainCentury {
		return timeline.Interval{}
	}
	day := timeline.Day
	switch v.g {
	case timeline.GrainCentury:
		if v.dec == 0 {
			return timeline.Interval{}
		}
		return timeline.Interval{Start: day(v.dec*100, 1, 1), End: day(v.dec*100+99, 12, 31)}
	case timeline.GrainDecade:
		if v.dec == 0 {
			return timeline.Interval{}
		}
		return timeline.Interval{Start: day(v.dec*10, 1, 1), End: day(v.dec*10+9, 12, 31)}
	case timeline.GrainYear:
		return timeline.Interval{Start: day(v.y, 1, 1), End: day(v.y, 12, 31)}
	case timeline.GrainSeason:
		switch v.season {
		case "SP":
			return timeline.Interval{Start: day(v.y, 3, 1), End: day(v.y, 5, 31)}
		case "SU":
			return timeline.Interval{Start: day(v.y, 6, 1), End: day(v.y, 8, 31)}
		case "FA":
			return timeline.Interval{Start: day(v.y, 9, 1), End: day(v.y, 11, 30)}
		case "WI":
			return timeline.Interval{Start: day(v.y, 12, 1), End: day(v.y+1, 3, 0)}
		}
	case timeline.GrainQuarter:
		if v.half != 0 {
			m := time.Month(6*(v.half-1) + 1)
			return timeline.Interval{Start: day(v.y, m, 1), End: day(v.y, m+6, 0)}
		}
		if v.q == 0 {
			return timeline.Interval{}
		}
		m := time.Month(3*(v.q-1) + 1)
		return timeline.Interval{Start: day(v.y, m, 1), End: day(v.y, m+3, 0)}
	case timeline.GrainMonth:
		if v.m == 0 {
			return timeline.Interval{}
		}
		return timeline.Interval{Start: day(v.y, time.Month(v.m), 1), End: day(v.y, time.Month(v.m)+1, 0)}
	case timeline.GrainWeek:
		if v.w == 0 {
			return timeline.Interval{}
		}
		mon := isoWeekStart(v.y, v.w)
		if v.we {
			return timeline.Interval{Start: mon.AddDate(0, 0, 5), End: mon.AddDate(0, 0, 6)}
		}
		return timeline.Interval{Start: mon, End: mon.AddDate(0, 0, 6)}
	default:
		if v.m == 0 || v.d == 0 {
			return timeline.Interval{}
		}
		d := day(v.y, time.Month(v.m), v.d)
		return timeline.Interval{Start: d, End: d}
	}
	return timeline.Interval{}
}

// isoWeekStart returns the Monday of ISO week w of ISO year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := timeline.Day(y, 1, 4)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+7*(w-1))
}

// dayTV is the day value of t.
func dayTV(t time.Time) tv {
	return tv{g: timeline.GrainDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// weekTV is the ISO week value holding t.
func weekTV(t time.Time) tv {
	y, w := t.ISOWeek()
	return tv{g: timeline.GrainWeek, y: y, w: w}
}

// monthTV is the month value holding t.
func monthTV(t time.Time) tv {
	return tv{g: timeline.GrainMonth, y: t.Year(), m: int(t.Month())}
}

// quarterOf returns the quarter 1..4 of month m.
func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// isoWeekday is t's weekday with Monday 1 and Sunday 7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// isCalendarDay reports whether y-m-d is a calendar day (y 0 means any leap year).
func isCalendarDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= timeline.Day(y, time.Month(m)+1, 0).Day()
}
