package planner

import (
	"cmp"
	"encoding/json"
)

// WorkTopic is the plan topic whose hours and tick the session counts
// toward: a review's domain review ("SAA-C03:review-1"), else its Topic.
func (s Session) WorkTopic() string { return cmp.Or(s.CountsToward, s.Topic) }

// DoneIn reports whether progress says the session's work is done: its
// topic is ticked off, or every study item it ticks is (a review's and a
// practice exam's sessions have none: their topic's tick counts).
func (s Session) DoneIn(progress map[string]Progress) bool {
	if progress[s.WorkTopic()].Done {
		return true
	}
	items := s.TickItems()
	for _, it := range items {
		if !progress[it.ID].Done {
			return false
		}
	}
	return len(items) > 0
}

// TickItems are the items that ticking the session marks done: its study
// items, never the items a review revisits.
func (s Session) TickItems() []SessionItem {
	var out []SessionItem
	for _, it := range s.Items {
		if !it.Revisit {
			out = append(out, it)
		}
	}
	return out
}

// UnmarshalJSON reads a session, including one saved before reviews named
// their task as topic: its topic was the domain review and reviews the
// task, so the two are moved to CountsToward and Topic.
func (s *Session) UnmarshalJSON(b []byte) error {
	type plain Session
	if err := json.Unmarshal(b, (*plain)(s)); err != nil {
		return err
	}
	if s.Kind == Review && s.Reviews != "" && s.CountsToward == "" && s.Topic != s.Reviews {
		s.CountsToward, s.Topic = s.Topic, s.Reviews
	}
	return nil
}
