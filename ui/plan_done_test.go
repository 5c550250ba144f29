package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// doneTopics are the topics "Done so far" lists, in order.
func doneTopics(l *planList) []string {
	var out []string
	for _, row := range l.rows {
		if row.week == doneWeek && row.item >= 0 {
			out = append(out, l.screen.plan.Schedule.Topics[row.item].ID)
		}
	}
	return out
}

// wantHeightsOfText fails unless each row of the whole plan is as tall as
// its text measures at the list's width.
func wantHeightsOfText(t *testing.T, l *planList) {
	t.Helper()
	h := l.heights
	if len(h.shown) < len(l.rows) {
		t.Fatalf("%d rows with a height for %d rows", len(h.shown), len(l.rows))
	}
	for id := range l.rows {
		key := l.rowKey(id)
		delete(h.known, key) // measured afresh
		if want := h.height(id); h.shown[id] != want {
			t.Errorf("row %d %q is %v high, its text measures %v", id, l.rowText(l.rows[id]).title, h.shown[id], want)
		}
	}
}

// firstRowInSight is the key of the row at the top of the whole plan's
// sight and how far the list is scrolled into it.
func firstRowInSight(l *planList) (string, float32) {
	id := l.heights.firstInSight()
	return l.rowKey(id), l.list.GetScrollOffset() - l.heights.rowTops()[id]
}

// TestTickShowsUnderDoneSoFarAtOnce: ticking a topic in the whole plan
// lists it under "Done so far" at once, without showing the plan again,
// each row as tall as its text and the rows in sight where they were;
// unticking takes it out again (QA: it showed only once the plan was shown
// again).
func TestTickShowsUnderDoneSoFarAtOnce(t *testing.T) {
	_, app, plan := openSAAPlanScreen(t, backends["fake"])
	topic := plan.plan.Schedule.Topics[5].ID // planned weeks ahead
	if got := doneTopics(plan.all); len(got) != 0 {
		t.Fatalf("done so far before a tick: %v", got)
	}
	plan.all.list.ScrollTo(len(plan.all.rows) / 2)
	keyBefore, intoBefore := firstRowInSight(plan.all)
	test.Tap(wholePlanCheck(t, plan, topic))
	if got := doneTopics(plan.all); len(got) != 1 || got[0] != topic {
		t.Fatalf("done so far right after ticking %s: %v", topic, got)
	}
	app.tasks.wait()
	wantHeightsOfText(t, plan.all)
	if key, into := firstRowInSight(plan.all); key != keyBefore || into != intoBefore {
		t.Errorf("the row in sight moved: %q %v into it, was %q %v", key, into, keyBefore, intoBefore)
	}
	wantWhole(t, app.win.Canvas().Size(), "the whole plan after a tick", wholePlanTitles(plan.all)) // as drawn
	test.Tap(wholePlanCheck(t, plan, topic))
	if got := doneTopics(plan.all); len(got) != 0 {
		t.Fatalf("done so far after unticking %s: %v", topic, got)
	}
	app.tasks.wait()
	wantHeightsOfText(t, plan.all)
}

// TestSessionTickShowsUnderDoneSoFarAtOnce: ticking a session of this
// week lists its task under "Done so far" at once, before the save comes
// back, with its items done.
func TestSessionTickShowsUnderDoneSoFarAtOnce(t *testing.T) {
	_, app, plan := openSAAPlanScreen(t, backends["fake"])
	sc := firstSessionCheck(t, plan)
	test.Tap(sc.check)
	got := doneTopics(plan.all)
	if len(got) != 1 || got[0] != sc.session.Topic {
		t.Fatalf("done so far right after ticking a session of %s: %v", sc.session.Topic, got)
	}
	wantContains(t, "done row", plan.all.rowText(plan.all.rows[1]).title, "items done")
	app.tasks.wait()
	wantHeightsOfText(t, plan.all)
}
