package export

import (
	"math"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// timedSession is a study session with its calendar UID and its start.
type timedSession struct {
	uidSession
	start time.Time // floating: the learner's local time on the session's day
	first bool      // the day's first session
}

// timedSessions gives each session of p its UID and its start: a day's
// sessions follow one another in the plan's order from at, the study time
// (18:00-18:45, 18:45-19:30). A day too long to end by midnight from at
// starts earlier, so that it ends at midnight. The time is no part of the
// UID, so a session that only moves within its day keeps its event.
func timedSessions(p planner.Plan, planID int64, at time.Duration) []timedSession {
	all := uidSessions(p, planID)
	length := map[catalog.Date]time.Duration{}
	for _, s := range all {
		length[s.Date] += minutes(s.Hours)
	}
	next := map[catalog.Date]time.Time{}
	out := make([]timedSession, len(all))
	for i, s := range all {
		start, started := next[s.Date]
		if !started {
			start = s.Date.Time().Add(dayStart(at, length[s.Date]))
		}
		out[i] = timedSession{s, start, !started}
		next[s.Date] = start.Add(minutes(s.Hours))
	}
	return out
}

// wholeDay is a day on the wall clock: floating times have no
// daylight-saving change, so every day has 24 hours.
const wholeDay = 24 * time.Hour

// dayStart is when a day holding this much study starts: at, or earlier
// so that it ends by midnight, and at 00:00 at the earliest (the planner
// holds a day to at most planner.MaxHoursPerDay).
func dayStart(at, length time.Duration) time.Duration {
	return max(0, min(at, wholeDay-length))
}

// minutes is hours as a duration in whole minutes, as DURATION writes it.
func minutes(h float64) time.Duration {
	return time.Duration(math.Round(h*60)) * time.Minute
}

// span writes the open session's start (floating) and duration.
func (c *calendar) span(s timedSession) {
	c.prop("DTSTART", s.start.Format("20060102T150405"))
	c.prop("DURATION", duration(s.Hours))
}
