package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestTickOneItemThenTheTaskAndUndoBoth(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	items := shown(t, dir).Topics[0].Items
	if len(items) < 2 {
		t.Fatalf("SAA-C03 1.1 has %d items in the saved plan", len(items))
	}
	r := storeRun(t, dir, "tick", "1", "1.1.2", "--hours", "0.5")
	if r.status != exitOK || !strings.HasPrefix(r.stdout, "Ticked 1.1.2 ") || r.stderr != "" {
		t.Fatalf("tick 1.1.2: status %d, stdout %q, stderr %q", r.status, r.stdout, r.stderr)
	}
	mustStore(t, dir, "tick", "1", "SAA-C03:1.1.3", "--hours", "0.25")
	s := shown(t, dir)
	done := byItem(s)
	if !done["SAA-C03:1.1.2"] || !done["SAA-C03:1.1.3"] || done["SAA-C03:1.1.1"] {
		t.Fatalf("by_item after two item ticks: %v", done)
	}
	if g := s.Progress.ByTopic[0]; g.Done || g.Hours != 0.75 {
		t.Fatalf("task 1.1 after two items: %+v, want open with 0.75 h", g)
	}
	mustStore(t, dir, "tick", "1", "1.1.2", "--undo")
	if s := shown(t, dir); byItem(s)["SAA-C03:1.1.2"] || s.Progress.ByTopic[0].Hours != 0.25 {
		t.Fatalf("after undoing 1.1.2: items %v, hours %v", byItem(s), s.Progress.ByTopic[0].Hours)
	}
	mustStore(t, dir, "tick", "1", "1.1")
	s = shown(t, dir)
	for _, it := range s.Topics[0].Items {
		if !byItem(s)[it.ID] {
			t.Errorf("item %s is not done after ticking the whole task", it.ID)
		}
	}
	mustStore(t, dir, "tick", "1", "1.1", "--undo")
	if done := byItem(shown(t, dir)); done["SAA-C03:1.1.2"] || !done["SAA-C03:1.1.3"] {
		t.Fatalf("undoing the task gave items %v, want 1.1.3 still done and 1.1.2 open", done)
	}
}

func TestTaskIsDoneWhenItsLastItemIs(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	items := shown(t, dir).Topics[0].Items
	for _, it := range items {
		mustStore(t, dir, "tick", "1", it.ID)
	}
	if s := shown(t, dir); !s.Progress.ByTopic[0].Done || s.Progress.TopicsDone != 1 {
		t.Fatalf("after all %d items: task %+v", len(items), s.Progress.ByTopic[0])
	}
	out := mustStore(t, dir, "show", "1")
	if !strings.Contains(out, "[x] 1.1") || !strings.Contains(out, "0 of ") || !strings.Contains(out, "items done") {
		t.Errorf("show does not tick 1.1 or count the other tasks' items:\n%s", out)
	}
	s := shown(t, dir)
	if w := s.Weeks[s.Week(s.Progress.Today)]; len(w.Sessions) > 0 && len(w.Sessions[0].Items) > 0 {
		if it := w.Sessions[0].Items[0]; !strings.Contains(out, it.Text) {
			t.Errorf("show's week does not list the item %s %q:\n%s", it.ID, it.Text, out)
		}
	}
	wantShortLines(t, out)
}

func TestTickUnknownItemIsBadInput(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	r := storeRun(t, dir, "tick", "1", "1.1.99")
	if r.status != exitUsage || !strings.Contains(r.stderr, "1.1.99") {
		t.Errorf("tick 1.1.99: status %d, stderr %q", r.status, r.stderr)
	}
}

func TestShowJSONByItem(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "2.1.1", "--on", "2026-11-20")
	var raw struct {
		Progress struct {
			ByItem []map[string]json.RawMessage `json:"by_item"`
		} `json:"progress"`
	}
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", "1", "--json")), &raw); err != nil {
		t.Fatal(err)
	}
	s := shown(t, dir)
	n := 0
	for _, topic := range s.Topics {
		n += len(topic.Items)
	}
	if len(raw.Progress.ByItem) != n || n == 0 {
		t.Fatalf("by_item has %d entries, the plan %d items", len(raw.Progress.ByItem), n)
	}
	for _, it := range s.Progress.ByItem {
		if it.Item == "SAA-C03:2.1.1" && (!it.Done || it.DoneOn.String() != "2026-11-20") {
			t.Errorf("by_item 2.1.1 = %+v, want done on 2026-11-20", it)
		}
	}
	for _, key := range []string{"item", "done", "done_on"} {
		if _, ok := raw.Progress.ByItem[0][key]; !ok {
			t.Errorf("by_item entries have no %q", key)
		}
	}
}

func TestTodayPrintsTheSessionItsItemsAndTheResource(t *testing.T) {
	c := withFixtureItems(t)
	dir := newSavedPlan(t)
	s := shown(t, dir)
	var first []string
	for _, x := range s.Weeks[0].Sessions {
		if x.Date == s.Today {
			for _, it := range x.Items {
				first = append(first, it.Text)
			}
		}
	}
	if len(first) == 0 {
		t.Fatalf("no session with items on %s", s.Today)
	}
	e, _ := c.Exam("SAA-C03")
	for _, args := range [][]string{{"today"}, {"today", "1"}} {
		out := mustStore(t, dir, args...)
		for _, want := range append(first, "Design secure access", "Use: "+e.Resources()[0].Name, "certplan tick 1") {
			if !strings.Contains(out, want) {
				t.Errorf("%v does not print %q:\n%s", args, want, out)
			}
		}
		wantShortLines(t, out)
	}
	if out := mustStore(t, t.TempDir(), "today"); !strings.Contains(out, "No plans yet") {
		t.Errorf("today without plans: %q", out)
	}
}

func TestTodayWithUnpublishedItemsSaysSo(t *testing.T) {
	withFixtureItems(t)
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "8")
	out := mustStore(t, dir, "today")
	if !strings.Contains(strings.ToLower(out), "study items not published yet") {
		t.Errorf("today for CLF-C02 does not say items are not published:\n%s", out)
	}
}

func byItem(s shownPlan) map[string]bool {
	out := map[string]bool{}
	for _, it := range s.Progress.ByItem {
		out[it.Item] = it.Done
	}
	return out
}
