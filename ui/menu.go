package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// shortcut is a keyboard shortcut of the main window and what it does.
type shortcut struct {
	key fyne.KeyName
	mod fyne.KeyModifier
	do  func()
}

// shortcuts lists every keyboard shortcut: Ctrl+N new plan, Ctrl+1..6 the
// screens (Ctrl+6 the advisor), Ctrl+Q quit (Ctrl+E export when export is there).
func (a *App) shortcuts() map[string]shortcut {
	ctrl := fyne.KeyModifierShortcutDefault
	out := map[string]shortcut{
		"new":  {fyne.KeyN, ctrl, a.nav.onNewPlan},
		"quit": {fyne.KeyQ, ctrl, a.onClose},
	}
	for _, it := range navItems {
		s := it.screen
		out[string(s)] = shortcut{it.key, ctrl, func() { a.show(s) }}
	}
	for name, sc := range a.exportShortcuts() {
		out[name] = sc
	}
	return out
}

// addShortcuts makes the shortcuts work anywhere in the window.
func (a *App) addShortcuts() {
	for _, sc := range a.shortcuts() {
		do := sc.do
		a.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: sc.key, Modifier: sc.mod},
			func(fyne.Shortcut) { do() })
	}
}

// menuItem is a menu entry showing the named shortcut.
func (a *App) menuItem(label, name string, all map[string]shortcut) *fyne.MenuItem {
	sc := all[name]
	it := fyne.NewMenuItem(label, sc.do)
	it.Shortcut = &desktop.CustomShortcut{KeyName: sc.key, Modifier: sc.mod}
	return it
}

// buildMenu makes the main menu: File (new plan, export, quit), View (the
// screens) and Plans (switch plan).
func (a *App) buildMenu() *fyne.MainMenu {
	all := a.shortcuts()
	file := fyne.NewMenu("File", a.menuItem("New plan…", "new", all))
	if items := a.exportMenuItems(all); len(items) > 0 {
		file.Items = append(file.Items, fyne.NewMenuItemSeparator())
		file.Items = append(file.Items, items...)
	}
	quit := a.menuItem("Quit", "quit", all)
	quit.IsQuit = true
	file.Items = append(file.Items, fyne.NewMenuItemSeparator(), quit)
	view := fyne.NewMenu("View")
	for _, it := range navItems {
		view.Items = append(view.Items, a.menuItem(it.label, string(it.screen), all))
	}
	return fyne.NewMainMenu(file, view, a.plansMenu())
}

// plansMenu lists the plans to switch between.
func (a *App) plansMenu() *fyne.Menu {
	m := fyne.NewMenu("Plans")
	for i, p := range a.plans {
		id := p.ID
		label := planLabel(i, p)
		if i < len(a.nav.plans.Options) {
			label = a.nav.plans.Options[i]
		}
		it := fyne.NewMenuItem(label, func() { a.openPlan(id) })
		it.Checked = id == a.planID
		m.Items = append(m.Items, it)
	}
	if len(m.Items) == 0 {
		m.Items = append(m.Items, fyne.NewMenuItem("No plan yet: make one", a.nav.onNewPlan))
		return m
	}
	return fyne.NewMenu("Plans", append(m.Items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Give this plan priority", a.onPrioritizePlan),
		fyne.NewMenuItem("Archive this plan…", a.onArchivePlan),
		fyne.NewMenuItem("Delete this plan…", a.onDeletePlan))...)
}

// refreshMenu rebuilds the main menu after the plans changed.
func (a *App) refreshMenu() { a.win.SetMainMenu(a.buildMenu()) }
