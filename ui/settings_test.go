package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"certplan/planner"
)

// TestSettingsSaveDefaults types default hours, picks a country and saves.
func TestSettingsSaveDefaults(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-03-02")
	app.show(ScreenSettings)
	app.tasks.wait()
	s := app.screens[ScreenSettings].(*settingsScreen)
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
	want := Settings{Hours: planner.Weekdays{1.5, 0, 0, 0, 0, 4, 0}, Country: "DE", Experience: planner.Some,
		StudyTime: "evening"}
	if f.settings != want {
		t.Fatalf("saved %+v, want %+v", f.settings, want)
	}
	wantContains(t, "dialog", topDialogText(app), "Saved")
}

// TestSettingsBadHoursSaysWhatToFix refuses hours that are not a number.
func TestSettingsBadHoursSaysWhatToFix(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-03-02")
	app.show(ScreenSettings)
	app.tasks.wait()
	s := app.screens[ScreenSettings].(*settingsScreen)
	test.Type(s.hours.entries[2], "two")
	test.Tap(s.save)
	app.tasks.wait()
	wantContains(t, "dialog", topDialogText(app), "Could not save your defaults", "Wed", "type a number")
}

// TestSettingsThemeAndBackup switches to the dark theme, which is
// remembered, and makes a backup.
func TestSettingsThemeAndBackup(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-03-02")
	app.show(ScreenSettings)
	app.tasks.wait()
	s := app.screens[ScreenSettings].(*settingsScreen)
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
