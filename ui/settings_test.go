package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"certplan/planner"
)

// openSettings starts the app on fresh fake data and shows the settings.
func openSettings(t *testing.T) (*fakeData, *App, *settingsScreen) {
	t.Helper()
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-03-02")
	return f, app, showScreen[*settingsScreen](t, app, ScreenSettings)
}

// TestSettingsSaveDefaults types default hours, picks a country and saves.
func TestSettingsSaveDefaults(t *testing.T) {
	f, app, s := openSettings(t)
	if got := s.hours.entries[1].Text; got != "2" {
		t.Fatalf("Tuesday shows %q before any settings are saved, want the set-up's default 2", got)
	}
	for _, e := range s.hours.entries {
		e.SetText("")
	}
	test.Type(s.hours.entries[0], "1.5")
	test.Type(s.hours.entries[5], "4")
	setCountry(s.country, "DE")
	s.studyTime.SetSelected("Evening")
	test.Tap(s.save)
	app.tasks.wait()
	want := planner.Settings{Hours: planner.Weekdays{1.5, 0, 0, 0, 0, 4, 0}, Country: "DE", Experience: planner.Some,
		StudyTime: "evening"}
	if f.settings != want {
		t.Fatalf("saved %+v, want %+v", f.settings, want)
	}
	// Issue 15: the outcome shows beside the button, in the form, not in a dialog.
	wantContains(t, "beside Save", s.saved.Text, "Saved")
	wantNoDialog(t, app, "on save")
}

// TestSettingsBadHoursSaysWhatToFix refuses hours that are not a number.
func TestSettingsBadHoursSaysWhatToFix(t *testing.T) {
	_, app, s := openSettings(t)
	test.Type(s.hours.entries[2], "two")
	typed := s.hours.entries[2].Text
	test.Tap(s.save)
	app.tasks.wait()
	// Issue 15: the problem shows in the form, which keeps what was typed.
	wantContains(t, "beside Save", s.saved.Text, "Not saved", "Wed", "type a number")
	if got := s.hours.entries[2].Text; got != typed {
		t.Errorf("Wednesday shows %q after the refused save, want what was typed", got)
	}
	wantNoDialog(t, app, "for bad hours")
}

// TestSettingsThemeAndBackup switches to the dark theme, which is
// remembered, and makes a backup.
func TestSettingsThemeAndBackup(t *testing.T) {
	f, app, s := openSettings(t)
	s.theme.SetSelected("Dark")
	if app.prefs.Theme() != ThemeDark || app.fyne.Settings().Theme().(fixedVariant).variant != theme.VariantDark {
		t.Fatalf("theme = %v, want dark remembered and applied", app.prefs.Theme())
	}
	s.onBackup()
	app.tasks.wait()
	if f.backups != 1 {
		t.Fatalf("backups = %d, want 1", f.backups)
	}
	wantContains(t, "dialog", topDialogText(app), "backed up to")
}
