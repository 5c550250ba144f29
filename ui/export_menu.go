package ui

import "fyne.io/fyne/v2"

// exportShortcuts are the export shortcuts; none until export is wired.
func (a *App) exportShortcuts() map[string]shortcut { return nil }

// exportMenuItems are the File menu's export entries.
func (a *App) exportMenuItems(map[string]shortcut) []*fyne.MenuItem { return nil }
