package planner

import (
	"math"

	"certplan/catalog"
)

// ItemPlan is one study item of a topic with its share of the topic's hours.
//
// A topic's hours are shared equally among its items. The exam guides give
// no size for a bullet: a "Knowledge of" bullet can name one service or a
// dozen, and a "Skills in" bullet is mostly the practice of knowledge listed
// just above it, so weighting skills more would count that work twice.
// Equal shares keep each item one predictable step and let the learner see
// at once how far through a task they are.
type ItemPlan struct {
	ID       string           `json:"id"`
	Text     string           `json:"text"`
	Kind     catalog.ItemKind `json:"kind"`
	Services []string         `json:"services"`
	Hours    float64          `json:"hours"`
	Done     bool             `json:"done"`
	minutes  int
}

// SessionItem is a study item a session covers.
type SessionItem struct {
	ID       string           `json:"id"`
	Text     string           `json:"text"`
	Kind     catalog.ItemKind `json:"kind"`
	Services []string         `json:"services,omitempty"`
	// Revisit marks an item a review goes over again: ticking the review
	// never ticks (or unticks) it; only its task's study sessions do.
	Revisit bool `json:"revisit,omitempty"`
}

// inSession is the item as a session lists it; revisit marks a review's.
func (it ItemPlan) inSession(revisit bool) SessionItem {
	return SessionItem{ID: it.ID, Text: it.Text, Kind: it.Kind, Services: it.Services, Revisit: revisit}
}

// itemsNoteText is the plan's line for an exam without study items.
const itemsNoteText = "Study items not published yet: each session names its task statement; the exam guide lists what it covers."

// minItemMinutes is the sitting a topic keeps for open items whose share is
// no whole minute (a topic of 15 minutes split into 23 items), once the
// items with time are done.
const minItemMinutes = 15

// attachItems gives each study topic its items, with equal shares of its
// minutes, marks the items done that progress (or a done topic) says are
// done, and sets the work left from the open items (see itemsLeft).
// It returns whether the exam's items are published.
func attachItems(e *catalog.Exam, work []TopicPlan, progress map[string]Progress) bool {
	set := e.ItemsOrNone()
	topics := map[string]catalog.Topic{} // e.Topic looks through every topic: once each here
	for _, d := range e.Domains {
		for _, t := range d.Topics {
			if _, seen := topics[t.ID]; !seen {
				topics[t.ID] = t
			}
		}
	}
	for i := range work {
		w := &work[i]
		w.Items = []ItemPlan{}
		t, ok := topics[w.ID]
		if w.Kind != Study || !ok {
			continue
		}
		if w.Items = shareItems(set.Items(t.Number), w.minutes); len(w.Items) == 0 {
			continue
		}
		doneMinutes := 0
		for k := range w.Items {
			it := &w.Items[k]
			it.Done = w.Done || progress[it.ID].Done
			if it.Done {
				doneMinutes += it.minutes
			}
		}
		w.left = itemsLeft(w, doneMinutes)
		w.Remaining = minutesToHours(w.left)
	}
	return set.Published
}

// itemsLeft is the work left on a topic with items: no more than its open
// items' time. When items whose equal share rounds to no whole minute are
// still open, the topic keeps a short sitting (no more than the time not yet
// logged) so that they are planned. Hours logged that cover the whole topic
// leave nothing to plan, items or not.
func itemsLeft(w *TopicPlan, doneMinutes int) int {
	left := min(w.left, w.minutes-doneMinutes)
	if left == 0 && w.left > 0 && !w.Done && hasOpenItem(w.Items) {
		left = min(minItemMinutes, w.left)
	}
	return left
}

func hasOpenItem(items []ItemPlan) bool {
	for _, it := range items {
		if !it.Done {
			return true
		}
	}
	return false
}

// shareItems splits minutes equally among the items, in whole minutes that
// add up exactly; the first items take the odd minutes.
func shareItems(items []catalog.StudyItem, minutes int) []ItemPlan {
	out := make([]ItemPlan, len(items))
	for k, it := range items {
		m := minutes / len(items)
		if k < minutes%len(items) {
			m++
		}
		out[k] = ItemPlan{ID: it.ID, Text: it.Text, Kind: it.Kind, Services: it.Services, Hours: minutesToHours(m), minutes: m}
	}
	return out
}

// fillSessionItems lists in each session from day from on the items it
// covers: a topic's sessions take its open items in order, in proportion to
// their time, so every open item of a topic that has sessions is in at least
// one of them. A topic thinned to fit (coverage below 1) spreads all its
// items over the time it got, each one thinner, rather than dropping the
// last ones. Sessions before from keep the items they had.
//
// A review session lists every item of the task it goes over, each marked
// Revisit: a session's tick marks only its other items (TickItems), so that
// ticking a review (desktop, certplan today) never ticks, or unticks, the
// reviewed task's study items; the review's tick is its CountsToward topic.
func fillSessionItems(weeks []Week, work []TopicPlan, from catalog.Date) {
	byID := make(map[string]*TopicPlan, len(work))
	for i := range work {
		byID[work[i].ID] = &work[i]
	}
	scheduled := scheduledMinutes(weeks, from)
	placed := map[string]int{} // minutes of each topic placed so far
	for wi := range weeks {
		for si := range weeks[wi].Sessions {
			s := &weeks[wi].Sessions[si]
			if s.Items == nil {
				s.Items = []SessionItem{}
			}
			if s.Date.Before(from) {
				continue
			}
			if s.Kind == Review {
				s.Items = revisitItems(byID[s.Topic])
				continue
			}
			t := byID[s.Topic]
			if t == nil || len(t.Items) == 0 || t.left == 0 {
				continue
			}
			m := int(math.Round(s.Hours * 60))
			s.Items = sessionItems(t, placed[s.Topic], placed[s.Topic]+m, scheduled[s.Topic])
			placed[s.Topic] += m
		}
	}
}

// scheduledMinutes sums each topic's session minutes from day from on.
func scheduledMinutes(weeks []Week, from catalog.Date) map[string]int {
	out := map[string]int{}
	for _, w := range weeks {
		for _, s := range w.Sessions {
			if !s.Date.Before(from) {
				out[s.WorkTopic()] += int(math.Round(s.Hours * 60))
			}
		}
	}
	return out
}

// sessionItems returns the open items of t whose time overlaps the part
// [a, b) of the topic's total scheduled minutes, scaled onto the open
// items' time.
func sessionItems(t *TopicPlan, a, b, total int) []SessionItem {
	open := 0
	for _, it := range t.Items {
		if !it.Done {
			open += it.minutes
		}
	}
	if total <= 0 {
		total = t.left
	}
	lo, hi := a*open/total, min(b, total)*open/total
	out := []SessionItem{}
	at := 0
	for _, it := range t.Items {
		if it.Done {
			continue
		}
		start, end := at, at+it.minutes
		at = end
		overlaps := start < hi && end > lo
		point := start == end && lo <= start && (start < hi || (hi == open && b >= total))
		if overlaps || point {
			out = append(out, it.inSession(false))
		}
	}
	return out
}

// revisitItems lists every item of the reviewed task t, marked Revisit;
// none when t is not a task with items.
func revisitItems(t *TopicPlan) []SessionItem {
	out := []SessionItem{}
	if t == nil || t.Kind != Study {
		return out
	}
	for _, it := range t.Items {
		out = append(out, it.inSession(true))
	}
	return out
}
