package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// hoursText writes hours as a number with up to two decimals and no
// trailing zeros, for spreadsheets and percentages: 1.5, 0.25, 6.
func hoursText(h float64) string {
	return strconv.FormatFloat(math.Round(h*100)/100, 'f', -1, 64)
}

// hoursUnit writes hours for people, as everywhere in certplan
// (planner.FormatHours), with their unit: "1.5 h", "4:20 h".
func hoursUnit(h float64) string { return planner.FormatHours(h) + " h" }

// longDate writes a civil date for people: "Mon 23 Nov 2026", or "–" for none.
func longDate(d catalog.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.Time().Format("Mon 2 Jan 2006")
}

// shortDate writes a civil date without the weekday: "23 Nov 2026", or "–" for none.
func shortDate(d catalog.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.Time().Format("2 Jan 2006")
}

// dayLabel writes the weekday and day of a session: "Mon 23 Nov".
func dayLabel(d catalog.Date) string { return d.Time().Format("Mon 2 Jan") }

// isoWeek writes the ISO 8601 week of d: "2026-W48".
func isoWeek(d catalog.Date) string {
	y, w := d.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// kindText names a kind of work in words: "Practice exam".
func kindText(k planner.Kind) string {
	switch k {
	case planner.Study:
		return "Study"
	case planner.Review:
		return "Review"
	case planner.Practice:
		return "Practice exam"
	case planner.Fix:
		return "Fix weak areas"
	}
	return string(k)
}

// doneTopics returns the IDs of the topics the learner has ticked off.
func doneTopics(p planner.Plan) map[string]bool {
	done := map[string]bool{}
	for _, t := range p.Topics {
		if t.Done {
			done[t.ID] = true
		}
		for _, it := range t.Items {
			if it.Done || t.Done {
				done[it.ID] = true
			}
		}
	}
	return done
}

// sessions returns every session of the plan in date order.
func sessions(p planner.Plan) []planner.Session {
	var out []planner.Session
	for _, w := range p.Weeks {
		out = append(out, w.Sessions...)
	}
	return out
}

// clock writes a duration for reading off a wall: "1 h 15 min", "45 min", "2 h".
func clock(h float64) string {
	m := int(math.Round(h * 60))
	switch {
	case m < 60:
		return fmt.Sprintf("%d min", m)
	case m%60 == 0:
		return fmt.Sprintf("%d h", m/60)
	}
	return fmt.Sprintf("%d h %d min", m/60, m%60)
}

// topicLabel is a topic's ID as a learner ticks it, without the exam code
// that every row of the plan would repeat: "4.3", "review-1" (what
// `certplan tick PLAN 4.3` takes).
func topicLabel(p planner.Plan, id string) string {
	return strings.TrimPrefix(id, p.Exam+":")
}
