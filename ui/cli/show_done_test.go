package cli

import "testing"

// TestShowJSONGivesOneDoneFigure: after ticks made since the plan's
// version (a task with hours, a study item of another), `show --json`
// gives the plan's done_hours and each topic's done, spent and items as
// its progress does, as text `show` counts them; before, the plan part
// kept the version's figures (0 h done) beside the progress's.
func TestShowJSONGivesOneDoneFigure(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1", "--hours", "2.5")
	mustStore(t, dir, "tick", "1", "1.2.1")
	s := shown(t, dir)
	if s.DoneHours != s.Progress.DoneHours || s.DoneHours == 0 {
		t.Errorf("done_hours %g, progress.done_hours %g: want one figure, above 0", s.DoneHours, s.Progress.DoneHours)
	}
	for i, tp := range s.Topics {
		g := s.Progress.ByTopic[i]
		if g.Topic != tp.ID || tp.Done != g.Done || tp.Spent != g.Hours {
			t.Errorf("topic %s done %v spent %g, progress says %s done %v with %g h", tp.ID, tp.Done, tp.Spent, g.Topic, g.Done, g.Hours)
		}
	}
	items := map[string]bool{}
	for _, it := range s.Progress.ByItem {
		items[it.Item] = it.Done
	}
	for _, tp := range s.Topics {
		for _, it := range tp.Items {
			if it.Done != items[it.ID] {
				t.Errorf("item %s done %v, progress says %v", it.ID, it.Done, items[it.ID])
			}
		}
	}
	if !items["SAA-C03:1.2.1"] {
		t.Error("the ticked study item SAA-C03:1.2.1 is not done in the progress")
	}
}
