package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// TestSettingsHoldTheLearnersWeek, on the fake and on SQLite: the
// settings' hours are every plan's. Saved within the plans' week, nothing is
// re-planned; saved with other hours, both plans are re-fitted within them,
// and the settings say the new week and how each plan now stands.
func TestSettingsHoldTheLearnersWeek(t *testing.T) {
	onEachBackend(t, "2026-12-02", settingsHoldTheLearnersWeek)
}

func settingsHoldTheLearnersWeek(t *testing.T, clk *clock, svc Services) {
	for _, exam := range []string{"SAA-C03", "DVA-C03"} {
		mustCreatePlan(t, svc, planner.Input{Exam: exam, Start: clk.day, Hours: planner.Even(8), Country: "DE", Experience: planner.Some})
	}
	app := startAppWith(t, svc, clk)
	s := showScreen[*settingsScreen](t, app, ScreenSettings)
	test.Tap(s.save)
	app.tasks.wait()
	if want := "Saved: new plans start from these hours."; s.saved.Text != want {
		t.Errorf("saved within the plans' week: %q, want %q", s.saved.Text, want)
	}
	wantVersions(t, svc, 1)

	for _, e := range s.hours.entries {
		e.SetText("")
	}
	test.Type(s.hours.entries[0], "0.5")
	test.Tap(s.save)
	app.tasks.wait()
	wantContains(t, "beside Save", s.saved.Text,
		"Saved. Your week is now 0.5 h (Mon 0.5 h), holidays of DE, for all your plans: 2 plans were re-planned within it.")
	wantContains(t, "under it", s.standing.Text, "SAA-C03: ", "\n\nDVA-C03: ")
	wantWeekOfAll(t, svc, planner.LearnerWeek{Hours: planner.Weekdays{0.5}, Country: "DE"})
	wantNoDialog(t, app, "after the save")
	app.win.Resize(fyne.NewSize(1100, 721)) // lay out again, as a window does when a size changes
	if h, min := s.save.Size().Height, s.save.MinSize().Height; h > min+1 {
		t.Errorf("Save is %.0f high beside the message, want its own %.0f", h, min)
	}
}

// wantVersions fails unless, on SQLite, every stored plan is version v (the
// fake keeps no versions).
func wantVersions(t *testing.T, svc Services, v int) {
	t.Helper()
	list, err := svc.Plans.Plans(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		if p.Version != 0 && p.Version != v {
			t.Errorf("%s is version %d, want %d", p.Exam, p.Version, v)
		}
	}
}

// TestSettingsRefusedKeepWhatWasTyped: a save the store refuses says so
// beside the button, keeps the hours typed, and leaves the plan's week.
func TestSettingsRefusedKeepWhatWasTyped(t *testing.T) {
	f, app, s := openSettings(t)
	in := planner.Input{Exam: "SAA-C03", Start: app.today(), Hours: planner.Even(8), Country: "DE", Experience: planner.Some}
	mustCreatePlan(t, f.services(), in)
	f.fail["SaveSettings"] = errors.New("the disk is full: free some space and try again")
	s.hours.entries[0].SetText("3")
	test.Tap(s.save)
	app.tasks.wait()
	wantContains(t, "beside Save", s.saved.Text, "Not saved", "disk is full")
	if got := s.hours.entries[0].Text; got != "3" {
		t.Errorf("Monday shows %q after the refused save, want the 3 typed", got)
	}
	if p, _ := f.Plan(t.Context(), 1); p.Input.Week() != in.Week() {
		t.Errorf("the plan is within %v after the refused save, want %v", p.Input.Week(), in.Week())
	}
}

// TestSettingsSaveIsOneAtATime: while a save (which may re-fit every plan)
// runs, Save is disabled, so a second tap cannot queue a second save; it
// comes back once the save is done.
func TestSettingsSaveIsOneAtATime(t *testing.T) {
	f, app, s := openSettings(t)
	f.mu.Lock() // the save waits on the store until the check below
	test.Tap(s.save)
	disabled := s.save.Disabled()
	f.mu.Unlock()
	app.tasks.wait()
	if !disabled {
		t.Error("Save stayed enabled while the save ran")
	}
	if s.save.Disabled() {
		t.Error("Save is still disabled after the save")
	}
}

// TestSettingsSavedSaysPlansNotFittingAsAWarning (QA desk2 #1): a save
// that leaves a plan not fitting says "Saved." as a success and the plan's
// standing apart, as a warning, naming a plan named for its exam once;
// shown again later, the settings say nothing of that save.
func TestSettingsSavedSaysPlansNotFittingAsAWarning(t *testing.T) {
	f, app, s := openSettings(t)
	in := planner.Input{Exam: "SAA-C03", Start: app.today(), Hours: planner.Even(8), Country: "DE", Experience: planner.Some}
	mustCreatePlan(t, f.services(), in)
	for _, e := range s.hours.entries {
		e.SetText("")
	}
	test.Type(s.hours.entries[0], "0.5")
	test.Tap(s.save)
	app.tasks.wait()
	if s.saved.Importance != widget.SuccessImportance || strings.Contains(s.saved.Text, "not fit") {
		t.Errorf("beside Save: %q in style %v, want only the save, as a success", s.saved.Text, s.saved.Importance)
	}
	if s.standing.Hidden || s.standing.Importance != widget.WarningImportance {
		t.Errorf("the plan's standing is hidden=%v in style %v, want it shown as a warning", s.standing.Hidden, s.standing.Importance)
	}
	wantContains(t, "the plan's standing", s.standing.Text, "SAA-C03: This plan does not fit before the exam")
	if strings.Contains(s.standing.Text, "SAA-C03 (SAA-C03)") {
		t.Errorf("the plan's standing names it twice: %q", s.standing.Text)
	}
	app.show(ScreenPlan)
	showScreen[*settingsScreen](t, app, ScreenSettings)
	if s.saved.Text != "" || !s.standing.Hidden {
		t.Errorf("shown again, the settings still say %q / %q", s.saved.Text, s.standing.Text)
	}
}
