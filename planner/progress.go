package planner

import (
	"sort"

	"certplan/catalog"
)

// DoneHours is the work done on topic t: all of it when ticked off, else
// the more of the hours spent on it and the shares of its study items
// ticked off, never more than its planned hours. The planner plans what is
// left of a topic by this rule, and StandingOf, the domain rows and the
// burn-up count done work by it, so a re-plan and the standing never
// disagree about a tick. progress holds topics and study items by ID.
func (t TopicPlan) DoneHours(progress map[string]Progress) float64 {
	return minutesToHours(t.doneMinutes(progress))
}

// doneMinutes is DoneHours in whole minutes.
func (t TopicPlan) doneMinutes(progress map[string]Progress) int {
	full := hoursToMinutes(t.Hours)
	g := progress[t.ID]
	if g.Done {
		return full
	}
	items := 0
	for _, it := range t.Items {
		if progress[it.ID].Done {
			items += hoursToMinutes(it.Hours)
		}
	}
	return min(max(spentMinutes(g, full), items), full)
}

// DomainProgress is the done and total hours of one domain of a plan.
// Practice exams and the time to fix weak areas after them span every
// domain, so each has a row of its own, named by Kind.
type DomainProgress struct {
	Domain string // the domain's name, as the topics give it
	// Kind is Practice or Fix for the rows of practice exams and of fixing
	// after them; "" for a domain's study and review.
	Kind        Kind
	Done, Total float64
}

// DomainsOf sums done and total hours by domain, in the plan's order.
func DomainsOf(p Plan, progress map[string]Progress) []DomainProgress {
	var out []DomainProgress
	index := map[DomainProgress]int{}
	for _, t := range p.Topics {
		key := DomainProgress{Domain: t.Domain}
		if t.Kind == Practice || t.Kind == Fix {
			key = DomainProgress{Kind: t.Kind}
		}
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			key.Domain = t.Domain
			out = append(out, key)
		}
		out[i].Total += t.Hours
		out[i].Done += t.DoneHours(progress)
	}
	return out
}

// Move is one topic whose remaining study a rebalance moved.
type Move struct {
	Topic, Title string
	// From and To are the topic's first session on or after today, before
	// and after; zero when it had or has none.
	From, To catalog.Date
}

// MovesOf lists the topics whose next session changed day between two
// schedules, by their new day and then by topic.
func MovesOf(before, after Plan, today catalog.Date) []Move {
	old, next := firstSessions(before, today), firstSessions(after, today)
	var out []Move
	for id, to := range next {
		if from := old[id]; from.Date != to.Date {
			out = append(out, Move{Topic: id, Title: to.Title, From: from.Date, To: to.Date})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].To != out[j].To {
			return out[i].To < out[j].To
		}
		return out[i].Topic < out[j].Topic
	})
	return out
}

// firstSessions maps each topic to its first session on or after today.
func firstSessions(p Plan, today catalog.Date) map[string]Session {
	out := map[string]Session{}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(today) {
				continue
			}
			if f, ok := out[s.WorkTopic()]; !ok || s.Date.Before(f.Date) {
				out[s.WorkTopic()] = s
			}
		}
	}
	return out
}
