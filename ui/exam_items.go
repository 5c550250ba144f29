package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"certplan/catalog"
)

// studyItems lists each task statement of the exam with its study items
// and the services each names, or says they are not published yet.
func studyItems(e *catalog.Exam) fyne.CanvasObject {
	set := e.ItemsOrNone()
	box := container.NewVBox()
	if !set.Published {
		text := "Study items not published yet: plans name the task statements; the exam guide lists what each covers."
		if e.Status == catalog.Retired {
			text = "Study items not carried by certplan: the exam is retired, and it is kept for recording held certifications."
		}
		if set.Note != "" {
			text += " " + set.Note
		}
		box.Add(wrapped(text))
		return box
	}
	box.Add(wrapped("From " + set.Guide + " (" + set.Source + ")."))
	for _, t := range e.Topics() {
		items := set.Items(t.Number)
		if len(items) == 0 {
			continue
		}
		box.Add(boldWrapped(t.Number + "  " + t.Title))
		for _, it := range items {
			box.Add(wrapped(itemText(t.Number, it.N, it.Text, string(it.Kind), it.Services)))
		}
	}
	return box
}

// itemText is one item as a line: its number, text, kind and services.
func itemText(task string, n int, text, kind string, services []string) string {
	s := fmt.Sprintf("%s.%d  %s (%s)", task, n, text, kind)
	if len(services) > 0 {
		s += " · " + strings.Join(services, ", ")
	}
	return s
}

// servicesInScope lists the in-scope services by group.
func servicesInScope(set *catalog.ItemSet) fyne.CanvasObject {
	box := container.NewVBox()
	for _, g := range set.ServiceGroups {
		box.Add(wrapped(g.Group + ": " + strings.Join(g.Services, ", ")))
	}
	return box
}

// resourceList names the official preparation resources.
func resourceList(rs []catalog.Resource) fyne.CanvasObject {
	box := container.NewVBox()
	for _, r := range rs {
		box.Add(wrapped(r.Name + " (" + r.Where + ")"))
	}
	return box
}
