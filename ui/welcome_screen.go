package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// welcomeScreen greets a learner with no plan yet and sends them straight
// to choosing a target exam.
type welcomeScreen struct {
	show   func(Screen) // switches the main window to a screen
	choose *widget.Button
	held   *widget.Button
	advise *widget.Button
}

func newWelcomeScreen(show func(Screen)) *welcomeScreen { return &welcomeScreen{show: show} }

// buildUI lays out the greeting and the two ways on.
func (s *welcomeScreen) buildUI() fyne.CanvasObject {
	s.choose = widget.NewButtonWithIcon("Choose your target exam", theme.NavigateNextIcon(), s.onChoose)
	s.choose.Importance = widget.HighImportance
	s.held = widget.NewButton("I already hold AWS certifications", s.onHeld)
	s.advise = widget.NewButtonWithIcon("Which exam next?", theme.QuestionIcon(), s.onAdvise)
	text := wrapped("certplan turns an AWS certification exam into a week-by-week study plan that fits " +
		"the hours you have, skips your public holidays and time off, and gives credit for the certifications " +
		"you already hold. Tick topics off as you go; when life gets in the way, rebalance and carry on.")
	steps := wrapped("1. Choose the exam you are aiming for.\n" +
		"2. Say when you want to sit it and how many hours you can study each day.\n" +
		"3. Follow this week's sessions and tick each topic when done.")
	box := container.NewVBox(heading("Welcome to certplan"), text, steps, container.NewHBox(s.choose, s.held),
		container.NewHBox(widget.NewLabel("Not sure which exam?"), s.advise))
	return container.NewCenter(container.New(&maxWidth{width: 640}, box))
}

// refresh has nothing to load.
func (s *welcomeScreen) refresh() {}

// onChoose opens the catalog to choose a target.
func (s *welcomeScreen) onChoose() { s.show(ScreenCatalog) }

// onHeld opens the certifications screen to add held certifications first.
func (s *welcomeScreen) onHeld() { s.show(ScreenCerts) }

// onAdvise opens the advisor to choose an exam by answering a few questions.
func (s *welcomeScreen) onAdvise() { s.show(ScreenAdvisor) }

// maxWidth lays its objects out one above the other, no wider than width.
type maxWidth struct{ width float32 }

// MinSize is as wide as the width and as tall as the objects need at it.
func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, 0)
	for _, o := range objs {
		o.Resize(fyne.NewSize(m.width, o.MinSize().Height))
		s = s.Max(fyne.NewSize(m.width, o.MinSize().Height))
	}
	return s
}

// Layout gives every object the full size.
func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}
