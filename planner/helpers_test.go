package planner_test

import (
	"fmt"
	"math"
	"sync"
	"testing"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/holiday"
)

// day reads a YYYY-MM-DD date written in a test.
func day(s string) catalog.Date {
	d, err := catalog.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// A holiday calendar is what the planner asks about holidays.
var _ planner.Holidays = (*holiday.Calendar)(nil)

var (
	calendarsMu sync.Mutex
	calendars   = map[string]*holiday.Calendar{}
)

// calendarOf returns one shared holiday calendar per country, as the app
// would hold it; nil for "" (no holidays).
func calendarOf(tb testing.TB, country string) *holiday.Calendar {
	tb.Helper()
	calendarsMu.Lock()
	defer calendarsMu.Unlock()
	if country == "" {
		return nil
	}
	if c, ok := calendars[country]; ok {
		return c
	}
	c, err := holiday.ForCountry(country)
	if err != nil {
		tb.Fatalf("holidays of %s: %v", country, err)
	}
	calendars[country] = c
	return c
}

// withCountry sets the input's holidays, leaving the interface nil for none.
func withCountry(tb testing.TB, in planner.Input, country string) planner.Input {
	if c := calendarOf(tb, country); c != nil {
		in.Holidays = c
	}
	return in
}

// minutes turns plan hours back into the whole minutes the planner counts in.
func minutes(hours float64) int { return int(math.Round(hours * 60)) }

// firstDay is the first day the planner may schedule on: Start, or Today when later.
func firstDay(in planner.Input) catalog.Date {
	if in.Today.After(in.Start) {
		return in.Today
	}
	return in.Start
}

// planProblems checks the plan-wide invariants against the input:
// (a) each topic's sessions from the first day on add up to its Remaining
// (when feasible; otherwise never more, and the shortfall makes up the
// rest), (b) no day holds more than its weekday's hours and no week more
// than its capacity, (c) nothing on a holiday, time off, a zero-hour
// weekday, before the first day, or on or after exam day, (d) the plan
// passes CheckAgainst, (e) no study session is a crumb (crumbProblems). It
// returns what is wrong, in words.
func planProblems(in planner.Input, p planner.Plan) []string {
	var bad []string
	badf := func(format string, a ...any) { bad = append(bad, fmt.Sprintf(format, a...)) }
	first := firstDay(in)
	scheduled := map[string]int{}
	perDay := map[catalog.Date]int{}
	for wi, w := range p.Weeks {
		weekMinutes := 0
		for _, s := range w.Sessions {
			m := minutes(s.Hours)
			if m <= 0 {
				badf("week %d: empty session %+v", wi, s)
			}
			if s.Date.Before(w.Start) || s.Date.After(w.End) {
				badf("session on %s lies outside its week %s..%s", s.Date, w.Start, w.End)
			}
			weekMinutes += m
			if s.Date.Before(first) {
				continue // kept from an earlier plan by Rebalance
			}
			scheduled[s.WorkTopic()] += m
			perDay[s.Date] += m
			if why := notAStudyDay(in, s.Date); why != "" {
				badf("session %s %.2f h on %s, %s", s.Topic, s.Hours, s.Date, why)
			}
		}
		if minutes(w.PlannedHours) != weekMinutes {
			badf("week %s: planned %.2f h, sessions hold %d min", w.Start, w.PlannedHours, weekMinutes)
		}
		if w.PlannedHours > w.CapacityHours {
			badf("week %s: planned %.2f h over its capacity %.2f h", w.Start, w.PlannedHours, w.CapacityHours)
		}
		bad = append(bad, itemProblems(w)...)
	}
	for d, m := range perDay {
		if limit := minutes(in.Hours[d.MondayIndex()]); m > limit {
			badf("%s holds %d min, more than its %d", d, m, limit)
		}
	}
	if err := p.CheckAgainst(in); err != nil {
		badf("the plan fails its own check: its schedule %v", err) // what an import refuses
	}
	bad = append(bad, conservationProblems(p, scheduled)...)
	bad = append(bad, crumbProblems(in, p)...)
	return append(bad, weekProblems(in, p)...)
}

// notAStudyDay says why nothing may be scheduled on d, or returns "".
func notAStudyDay(in planner.Input, d catalog.Date) string {
	switch {
	case d.Before(firstDay(in)):
		return "before the first day"
	case !d.Before(in.ExamDate) && !in.ExamDate.IsZero():
		return "on or after exam day"
	case in.Hours[d.MondayIndex()] == 0 || minutes(in.Hours[d.MondayIndex()]) == 0:
		return "a weekday without hours"
	}
	for _, s := range in.TimeOff {
		if s.Contains(d) {
			return "in time off"
		}
	}
	if in.Holidays != nil {
		if name, ok := in.Holidays.HolidayOn(d); ok {
			return "a holiday (" + name + ")"
		}
	}
	return ""
}

// itemProblems checks that a week's items sum its sessions, topic by topic.
func itemProblems(w planner.Week) []string {
	var bad []string
	bySessions, byItems := map[string]int{}, map[string]int{}
	for _, s := range w.Sessions {
		bySessions[s.WorkTopic()] += minutes(s.Hours)
	}
	for _, it := range w.Items {
		byItems[it.Topic] += minutes(it.Hours)
	}
	for topic, m := range bySessions {
		if byItems[topic] != m {
			bad = append(bad, fmt.Sprintf("week %s: item %s holds %d min, its sessions %d", w.Start, topic, byItems[topic], m))
		}
	}
	return bad
}

// conservationProblems checks property (a) and the plan's totals.
func conservationProblems(p planner.Plan, scheduled map[string]int) []string {
	var bad []string
	badf := func(format string, a ...any) { bad = append(bad, fmt.Sprintf(format, a...)) }
	remaining, total, placed := 0, 0, 0
	known := map[string]bool{}
	for _, t := range p.Topics {
		known[t.ID] = true
		left, got := minutes(t.Remaining), scheduled[t.ID]
		remaining, total, placed = remaining+left, total+minutes(t.Hours), placed+got
		switch {
		case t.Done && got > 0:
			badf("done topic %s is scheduled for %d min", t.ID, got)
		case p.Feasible && got != left:
			badf("topic %s: %d min scheduled, %d remaining", t.ID, got, left)
		case got > left:
			badf("topic %s: %d min scheduled, more than the %d remaining", t.ID, got, left)
		}
	}
	for topic := range scheduled {
		if !known[topic] {
			badf("session for unknown topic %s", topic)
		}
	}
	if remaining != minutes(p.RequiredHours) || total != minutes(p.TotalHours) {
		badf("required %.2f h and total %.2f h, topics say %d and %d min", p.RequiredHours, p.TotalHours, remaining, total)
	}
	if len(p.Weeks) > 0 && placed+minutes(p.ShortfallHours) != remaining {
		badf("%d min placed and %.2f h short, but %d min remain", placed, p.ShortfallHours, remaining)
	}
	return bad
}

// weekProblems checks that the weeks tile the days from Start to the day
// before the exam, Monday to Sunday.
func weekProblems(in planner.Input, p planner.Plan) []string {
	if len(p.Weeks) == 0 {
		return nil
	}
	var bad []string
	next := in.Start
	for _, w := range p.Weeks {
		if w.Start != next || w.End.Before(w.Start) || w.End.WeekStart() != w.Start.WeekStart() {
			bad = append(bad, fmt.Sprintf("week %s..%s does not follow on from %s within one ISO week", w.Start, w.End, next))
		}
		next = w.End.AddDays(1)
	}
	if next != p.ExamDate {
		bad = append(bad, fmt.Sprintf("the weeks end on %s, want the day before the exam %s", next.AddDays(-1), p.ExamDate))
	}
	return bad
}

// sessionsBefore returns the plan's sessions before d, in order.
func sessionsBefore(p planner.Plan, d catalog.Date) []planner.Session {
	var out []planner.Session
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(d) {
				out = append(out, s)
			}
		}
	}
	return out
}

// shortestStudy is the least a study session holds (README: "sessions come
// in quarter hours"), unless it is all its topic has.
const shortestStudy = 15

// crumbProblems checks that no study session from the first day on is
// shorter than a quarter hour unless it holds its topic's whole planned
// time: a learner cannot study a topic for a minute.
func crumbProblems(in planner.Input, p planner.Plan) []string {
	later, planned := plannedFrom(in, p)
	var bad []string
	for _, s := range later {
		if m := minutes(s.Hours); s.Kind == planner.Study && m < shortestStudy && m != planned[s.Topic] {
			bad = append(bad, fmt.Sprintf("%s: %s for %d min of its %d planned", s.Date, s.Topic, m, planned[s.Topic]))
		}
	}
	return bad
}

// plannedFrom returns the plan's sessions from the first day on, in order,
// and the minutes they plan for each topic they work on (WorkTopic: a study
// session's own topic, a review's domain review).
func plannedFrom(in planner.Input, p planner.Plan) ([]planner.Session, map[string]int) {
	first := firstDay(in)
	planned := map[string]int{}
	var later []planner.Session
	for _, s := range allSessions(p) {
		if !s.Date.Before(first) {
			planned[s.WorkTopic()] += minutes(s.Hours)
			later = append(later, s)
		}
	}
	return later, planned
}
