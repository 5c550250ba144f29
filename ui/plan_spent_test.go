package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestSessionHoursAreCheckedInTheField (QA #22): hours a day cannot hold
// are refused under the field as they are typed; a tick then stays off,
// nothing is saved, no message box opens, and the typed hours stay to be
// corrected. Corrected, the tick logs them.
func TestSessionHoursAreCheckedInTheField(t *testing.T) {
	svc, app, plan := openSAAPlanScreen(t, backends["fake"])
	sc := firstSessionCheck(t, plan)

	sc.hours.SetText("99")
	wantContains(t, "this week", shownText(plan.week.box), "99 h do not fit in a day", "0 to 16")

	test.Tap(sc.check)
	app.tasks.wait()
	wantNoDialog(t, app, "on a tick with 99 h")
	sc = firstSessionCheck(t, plan)
	if sc.check.Checked || sc.hours.Text != "99" {
		t.Fatalf("after the refused tick: checked %v, hours %q; want off and 99 kept", sc.check.Checked, sc.hours.Text)
	}
	wantContains(t, "this week", shownText(plan.week.box), "99 h do not fit in a day")
	stored, err := svc.Plans.Plan(t.Context(), app.planID)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range sc.session.TickItems() {
		if stored.Items[it.ID].Done {
			t.Fatalf("item %s was saved done with 99 h", it.ID)
		}
	}

	sc.hours.SetText("1.5")
	if text := shownText(plan.week.box); strings.Contains(text, "do not fit in a day") {
		t.Errorf("the message still shows after the hours were fixed: %q", text)
	}
	test.Tap(sc.check)
	app.tasks.wait()
	wantNoDialog(t, app, "on a tick with 1.5 h")
	if stored, err = svc.Plans.Plan(t.Context(), app.planID); err != nil {
		t.Fatal(err)
	}
	if !stored.Items[sc.session.TickItems()[0].ID].Done {
		t.Error("the tick with 1.5 h was not saved")
	}
}
