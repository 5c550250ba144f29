package planner

import (
	"cmp"
	"math"
	"slices"

	"certplan/catalog"
)

// makeWeeks groups past sessions and newly placed pieces into ISO weeks from
// the plan's start to the day before the exam. days are the days from from
// on, as placed; the days before from are made again only for the weeks.
func makeWeeks(in Input, from, exam catalog.Date, work []TopicPlan, days []day, pieces []piece, past []Session) []Week {
	sessions := sessionsOf(work, days, pieces, past)
	all := days
	if before := calendar(in, in.Hours, in.Start, min(from, exam)); len(before) > 0 {
		all = append(before, days...)
	}
	weeks := make([]Week, 0, len(all)/7+2)
	next := 0 // the first session not yet in a week
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].date.WeekStart() == all[i].date.WeekStart() {
			j++
		}
		for next < len(sessions) && sessions[next].Date.Before(all[i].date) {
			next++ // before the plan's start: no week holds it
		}
		k := next
		for k < len(sessions) && !sessions[k].Date.After(all[j-1].date) {
			k++
		}
		weeks = append(weeks, makeWeek(all[i:j], sessions[next:k:k]))
		i, next = j, k
	}
	return weeks
}

// sessionsOf turns the placed pieces into sessions after the past ones,
// all in date order.
func sessionsOf(work []TopicPlan, days []day, pieces []piece, past []Session) []Session {
	// Within a day, sessions come in the order their work was placed, and
	// the pieces of one session (a review placed in two goes) join up.
	slices.SortStableFunc(pieces, func(a, b piece) int { return cmp.Compare(a.day, b.day) })
	pieces = joinPieces(pieces)
	sessions := make([]Session, 0, len(past)+len(pieces))
	sessions = append(sessions, past...)
	for _, pc := range pieces {
		sessions = append(sessions, sessionOf(work, days[pc.day].date, pc.item, pc.of, pc.minutes))
	}
	slices.SortStableFunc(sessions, func(a, b Session) int { return cmp.Compare(a.Date, b.Date) })
	return sessions
}

// joinPieces adds each piece into the first piece of the same work on the
// same day; pieces are in day order.
func joinPieces(pieces []piece) []piece {
	out := pieces[:0]
	for k := 0; k < len(pieces); {
		start := len(out)
		for day := pieces[k].day; k < len(pieces) && pieces[k].day == day; k++ {
			pc, joined := pieces[k], false
			for j := start; j < len(out) && !joined; j++ {
				if out[j].item == pc.item && out[j].of == pc.of {
					out[j].minutes, joined = out[j].minutes+pc.minutes, true
				}
			}
			if !joined {
				out = append(out, pc)
			}
		}
	}
	return out
}

// sessionOf is minutes of work item on date; of is the task a review goes over, or -1.
func sessionOf(work []TopicPlan, date catalog.Date, item, of, minutes int) Session {
	w := work[item]
	s := Session{Date: date, Topic: w.ID, Title: w.Title, Domain: w.Domain, Hours: minutesToHours(minutes), Kind: w.Kind}
	if of >= 0 {
		s.Topic, s.Reviews, s.CountsToward = work[of].ID, work[of].ID, w.ID
		s.Title = "Review: " + work[of].Title
	}
	return s
}

// makeWeek sums one week's days and its sessions, which all fall within it.
// Hours are shown to two decimals, so the week's sessions and its items
// are each given hours that add up to its PlannedHours (weekHours).
func makeWeek(days []day, sessions []Session) Week {
	w := Week{Start: days[0].date, End: days[len(days)-1].date}
	capMin := 0
	for _, d := range days {
		capMin += d.cap
		if d.off != "" {
			w.DaysOff = append(w.DaysOff, DayOff{Date: d.date, Reason: d.off})
		}
	}
	w.CapacityHours = minutesToHours(capMin)
	if len(sessions) > 0 {
		w.Sessions = sessions
	}
	// Sum in minutes: adding up hours rounded to two decimals drifts.
	sessionMinutes := make([]int, len(sessions))
	var itemMinutes []int
	items := newWeekItems(len(sessions))
	for i, s := range sessions {
		m := int(math.Round(s.Hours * 60))
		sessionMinutes[i] = m
		k := items.of(w.Items, s.WorkTopic(), s.Reviews)
		if k < 0 {
			k = len(w.Items)
			w.Items = append(w.Items, Item{Topic: s.WorkTopic(), Domain: s.Domain, Title: s.Title, Kind: s.Kind, Reviews: s.Reviews})
			items.add(s.WorkTopic(), s.Reviews, k)
			itemMinutes = append(itemMinutes, 0)
		}
		itemMinutes[k] += m
	}
	for i, h := range weekHours(sessionMinutes) {
		w.Sessions[i].Hours = h
	}
	for k, h := range weekHours(itemMinutes) {
		w.Items[k].Hours = h
	}
	w.PlannedHours = minutesToHours(sumMinutes(sessionMinutes))
	return w
}

// weekHours gives parts of a week, in minutes, hours to two decimals that
// add up to the week's hours (minutesToHours of their sum), so that a
// learner adding up the sessions of a week as shown gets its planned hours.
// Each part's hours are the week's rounded hours up to and including it
// less those up to it: never more than 0.4 minutes off its own minutes, so
// they still read as its minutes (FormatHours), and a part keeps its hours
// when only parts after it change.
func weekHours(minutes []int) []float64 {
	out := make([]float64, len(minutes))
	upTo, prev := 0, 0
	for i, m := range minutes {
		upTo += m
		cents := hundredths(upTo)
		out[i] = float64(cents-prev) / 100
		prev = cents
	}
	return out
}

// hundredths is m minutes in hundredths of an hour, rounded: 5m/3 is a
// whole number, or a third or two thirds past one.
func hundredths(m int) int { return (5*m + 1) / 3 }

func sumMinutes(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// weekItems finds a week's item of a session: by looking through the
// items (itemOf) in a week of a few sessions, and in a map in a longer one,
// where looking through them made a week's sum quadratic (a 5,000 h plan's
// weeks hold hundreds of sessions).
type weekItems struct {
	at map[itemKey]int // nil: look through the items
}

// itemKey is what tells a week's items apart: the topic, and the task a
// review goes over.
type itemKey struct{ topic, reviews string }

// mapFrom is how many sessions a week has at least for weekItems to map
// its items.
const mapFrom = 32

// newWeekItems finds the items of a week of n sessions.
func newWeekItems(n int) weekItems {
	if n < mapFrom {
		return weekItems{}
	}
	return weekItems{at: make(map[itemKey]int, n)}
}

// of is the index in items of the item of topic (and task reviewed), or -1.
func (w weekItems) of(items []Item, topic, reviews string) int {
	if w.at == nil {
		return itemOf(items, topic, reviews)
	}
	if k, ok := w.at[itemKey{topic, reviews}]; ok {
		return k
	}
	return -1
}

// add notes that the item of topic (and task reviewed) is at index k.
func (w weekItems) add(topic, reviews string, k int) {
	if w.at != nil {
		w.at[itemKey{topic, reviews}] = k
	}
}

// itemOf returns the index of the item of topic (and task reviewed), or
// -1. It looks from the end, where a topic studied over several days usually is.
func itemOf(items []Item, topic, reviews string) int {
	for k := len(items) - 1; k >= 0; k-- {
		if items[k].Topic == topic && items[k].Reviews == reviews {
			return k
		}
	}
	return -1
}
