// Package resources holds certplan's embedded assets, such as the application
// icon, so that the binary needs no files beside it at run time. It imports no
// Fyne: an Asset has the Name and Content methods of fyne.Resource, so the ui
// and main packages pass it to Fyne as it is.
package resources

import (
	_ "embed"
)

// Asset is one embedded file, named as Fyne and file dialogs should show it.
type Asset struct {
	name    string
	content []byte
}

// Name returns the asset's file name.
func (a *Asset) Name() string { return a.name }

// Content returns the asset's bytes; callers must not change them.
func (a *Asset) Content() []byte { return a.content }

// IconPNG is the application icon as a 512x512 PNG, for callers that need the
// raw bytes (window icons outside Fyne, exports, packaging checks).
//
//go:embed icon.png
var IconPNG []byte

// Icon is the application icon as a resource for the app and its windows.
var Icon = &Asset{name: "icon.png", content: IconPNG}
