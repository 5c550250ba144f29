// Package ui holds certplan's desktop screens, built with Fyne. It is the only
// package that imports Fyne widgets; main.go creates the fyne.App and hands it
// here, so every screen can be tested with Fyne's headless test driver.
package ui
