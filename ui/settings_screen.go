package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// studyTimes are the preferred study times as the learner reads them; the
// first is no preference.
var studyTimes = labelList[planner.StudyTime]{
	{"", "No preference"}, {planner.Morning, "Morning"}, {planner.Afternoon, "Afternoon"}, {planner.Evening, "Evening"},
}

// themeChoices are the theme options as shown.
var themeChoices = labelList[ThemeChoice]{{ThemeSystem, "Follow the system"}, {ThemeLight, "Light"}, {ThemeDark, "Dark"}}

// settingsScreen holds the learner's week (hours and holidays, every
// plan's), the defaults for new plans (experience, study time), the theme,
// and their data: folder, backup and restore, export and import.
type settingsScreen struct {
	settingsDeps
	loads      latest // loading the defaults: the newest load wins
	loading    *loading
	hours      *weekHours
	country    *widget.Select
	experience *widget.Select
	studyTime  *widget.Select
	save       *widget.Button
	saved      *widget.Label // what became of the last save, beside the button
	standing   *widget.Label // under it, in the warning style: each plan re-fitted that is not on track
	theme      *widget.RadioGroup
	folder     *widget.Label
}

// settingsDeps is what the settings use besides the window, tasks,
// catalog and today: the learner's defaults and data, the theme, and the
// shell's answers to a new data folder, a file to write and replaced data.
type settingsDeps struct {
	screenBase
	defaults    SettingsService
	data        DataService
	themeChoice func() ThemeChoice
	setTheme    func(ThemeChoice) // applies and remembers a theme
	// setDataFolder keeps the data in dir from the next start on.
	setDataFolder func(dir string)
	// exportFolder is where the data's export is saved and an import is
	// looked for first: the last export's folder.
	exportFolder exportFolder
	// checkOutput refuses a path that would overwrite certplan's own files.
	checkOutput func(path string) error
	// dataReplaced reloads everything after a restore or import and says msg.
	dataReplaced func(msg string)
	// reminderAt is the daily reminder's time ("" for none), kept with
	// the data folder by setReminderAt.
	reminderAt    func() string
	setReminderAt func(at string)
	// plansChanged reloads the plan list after plans were re-fitted.
	plansChanged func()
}

func newSettingsScreen(d settingsDeps) *settingsScreen { return &settingsScreen{settingsDeps: d} }

// buildUI lays out the defaults, the look and the data sections.
func (s *settingsScreen) buildUI() fyne.CanvasObject {
	s.hours = newWeekHours(nil)
	s.country = newCountrySelect(nil)
	s.experience = newExperienceSelect(nil)
	s.studyTime = widget.NewSelect(studyTimes.labels(), nil)
	s.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	s.saved = widget.NewLabel("")
	s.saved.Wrapping = fyne.TextWrapWord
	s.standing = wrapped("")
	s.standing.Importance = widget.WarningImportance
	s.standing.Hide()
	defaults := widget.NewForm(
		widget.NewFormItem("Hours per day", s.hours.object()),
		widget.NewFormItem("Holidays of", s.country),
		&widget.FormItem{Text: "Experience", Widget: s.experience, HintText: "For new plans"},
		&widget.FormItem{Text: "Study time", Widget: s.studyTime, HintText: "For new plans"},
	)
	body := container.NewVBox(heading("Settings"),
		section("Your week (every plan)", container.NewVBox(wrapped(weekHint), defaults,
			container.NewBorder(nil, nil, container.NewVBox(s.save), nil,
				container.NewVBox(s.saved, s.standing)))),
		section("Look", s.buildTheme()),
		section("Reminder", s.buildReminder()),
		section("Your data", s.buildData()))
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewVScroll(container.NewPadded(body)), "Loading your settings…")
	return view
}

// buildTheme is the theme choice, applied at once.
func (s *settingsScreen) buildTheme() fyne.CanvasObject {
	s.theme = widget.NewRadioGroup(themeChoices.labels(), nil)
	s.theme.Horizontal = true
	if label, ok := themeChoices.labelOf(s.themeChoice()); ok {
		s.theme.SetSelected(label)
	}
	s.theme.OnChanged = s.onTheme
	return s.theme
}

// buildData is the data folder and what can be done with the data.
func (s *settingsScreen) buildData() fyne.CanvasObject {
	s.folder = wrapped("")
	buttons := container.NewGridWithColumns(3,
		widget.NewButtonWithIcon("Back up now", theme.DocumentSaveIcon(), s.onBackup),
		widget.NewButtonWithIcon("Restore a backup…", theme.HistoryIcon(), s.onRestore),
		widget.NewButtonWithIcon("Use another folder…", theme.FolderOpenIcon(), s.onFolder),
		widget.NewButtonWithIcon("Export all data…", theme.UploadIcon(), s.onExport),
		widget.NewButtonWithIcon("Import data…", theme.DownloadIcon(), s.onImport),
	)
	return container.NewVBox(s.folder, buttons)
}

// refresh loads the saved defaults. What the last save said goes: the
// plans may have changed since.
func (s *settingsScreen) refresh() {
	s.showSaved("", "")
	s.folder.SetText("Your plans, ticks and exams are kept in " + s.data.Dir() +
		", with a backup made every day.")
	runLatest(s.tasks, &s.loads, s.loading, loadSettings(s.defaults), s.show, s.fail("load your settings"))
}

// show fills the defaults.
func (s *settingsScreen) show(st planner.Settings) {
	st = st.WithDefaults()
	s.hours.set(st.Hours)
	setCountry(s.country, st.Country)
	setExperience(s.experience, st.Experience)
	s.studyTime.SetSelectedIndex(0)
	if label, ok := studyTimes.labelOf(st.StudyTime); ok {
		s.studyTime.SetSelected(label)
	}
}

// settings reads the defaults from the form.
func (s *settingsScreen) settings() (planner.Settings, error) {
	h, err := s.hours.get()
	st := planner.Settings{Hours: h, Country: countryOf(s.country), Experience: experienceOf(s.experience)}
	if i := s.studyTime.SelectedIndex(); i >= 0 {
		st.StudyTime = studyTimes[i].value
	}
	return st, err
}

// onSave stores the week and defaults and says, beside the button, that
// they were saved (with the plans re-fitted within another week) or what to
// change: the form keeps everything typed either way.
func (s *settingsScreen) onSave() {
	st, err := s.settings()
	if err != nil {
		s.showSaved("Not saved: "+userMessage(err), "")
		return
	}
	today := s.today()
	s.save.Disable() // one save at a time: a re-fit of every plan takes a moment
	runTask(s.tasks, s.loading, func(ctx context.Context) (planner.WeekChange, error) {
		return s.defaults.SaveSettingsInWeek(ctx, st, today)
	}, func(c planner.WeekChange) {
		s.save.Enable()
		s.showSaved(savedText(c), standingLines(0, c.Refitted, today))
		if len(c.Refitted) > 0 && s.plansChanged != nil {
			s.plansChanged()
		}
	}, func(err error) {
		s.save.Enable()
		logFailure("save your defaults", err)
		s.showSaved("Not saved: "+userMessage(err), "")
	})
}

// weekHint says, above the settings' week, that it is every plan's.
const weekHint = "Every active plan is planned within these hours and holidays; save others and the plans are re-planned within them."

// savedText says what a save did: the learner's week it made every plan's,
// or only that it was saved. How each plan re-fitted stands is said apart,
// as a warning (standingLines).
func savedText(c planner.WeekChange) string {
	if len(c.Refitted) == 0 {
		return "Saved: new plans start from these hours."
	}
	return fmt.Sprintf("Saved. Your week is now %s, for all your plans: %s re-planned within it.",
		c.Week, countLabel(len(c.Refitted), "plan was", "plans were"))
}

// showSaved says what became of the last save, msg, in the success or the
// danger style, and under it, in the warning style, how the plans it
// re-fitted that are not on track stand ("" hides either).
func (s *settingsScreen) showSaved(msg, standing string) {
	s.saved.SetText(msg)
	if strings.HasPrefix(msg, "Not saved") {
		s.saved.Importance = widget.DangerImportance
	} else {
		s.saved.Importance = widget.SuccessImportance
	}
	s.saved.Refresh()
	s.standing.SetText(strings.TrimSpace(standing))
	s.standing.Hidden = s.standing.Text == ""
	s.standing.Refresh()
}

// onTheme applies and remembers the theme chosen.
func (s *settingsScreen) onTheme(label string) {
	if t, ok := themeChoices.valueOf(label); ok {
		s.setTheme(t)
	}
}
