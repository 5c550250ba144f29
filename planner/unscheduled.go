package planner

import "certplan/catalog"

// unscheduledLeftMinutes is the work plan p could not schedule that is
// still left at the start of today, by one rule that StandingOf and
// BurnUpOf share. A topic made thinner to fit is done whole by its
// shorter sessions: their study items are all of the topic's, and ticking
// them or the topic counts its full hours (TopicPlan.DoneHours). So as its
// sessions fall due (dueBy), the part left out falls due with them, in
// proportion, as far as the work done on the topic reaches past its
// sessions: a learner who ticks exactly the plan's sessions, or only logs
// their hours, is on track, never ahead by the part the plan cut. A topic
// left out whole has no sessions, so its work is never due: doing it is
// work ahead of the plan.
func unscheduledLeftMinutes(p Plan, progress map[string]Progress, today catalog.Date) int {
	if len(p.Unscheduled) == 0 {
		return hoursToMinutes(p.ShortfallHours)
	}
	scheduled, due := map[string]int{}, map[string]int{}
	for _, x := range p.allSessions() {
		if x.Date.Before(p.Today) {
			continue // kept from before the plan was made: not part of its unscheduled work
		}
		scheduled[x.WorkTopic()] += hoursToMinutes(x.Hours)
		if dueBy(x, progress, today) {
			due[x.WorkTopic()] += hoursToMinutes(x.Hours)
		}
	}
	topics := make(map[string]TopicPlan, len(p.Topics))
	for _, t := range p.Topics {
		topics[t.ID] = t
	}
	left := 0
	for _, u := range p.Unscheduled {
		cut := hoursToMinutes(u.Hours)
		left += cut - dueShare(topics[u.Topic], progress, cut, due[u.Topic], scheduled[u.Topic])
	}
	return left
}

// dueShare is how much of the cut minutes left out of thinner topic t is
// due once due of its scheduled session minutes are: their share of cut,
// and no more than the work done on t beyond what the plan left of it
// (its Remaining) plus those sessions.
func dueShare(t TopicPlan, progress map[string]Progress, cut, due, scheduled int) int {
	if scheduled == 0 || due == 0 {
		return 0
	}
	share := cut * min(due, scheduled) / scheduled
	before := hoursToMinutes(t.Hours) - hoursToMinutes(t.Remaining) // done when the plan was made
	return min(max(t.doneMinutes(progress)-before-due, 0), share)
}
