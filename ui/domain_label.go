package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// practiceLabel names the practice exams in a list of domains: they cover
// all domains, and "All domains 0 h of 4.3 h" read as if it were the total.
const practiceLabel = "Practice exams (all domains)"

// fixLabel names the time after each practice exam to fix what it showed,
// which is not one domain either.
const fixLabel = "Fixing weak areas after practice exams"

// domainLabel is the name a domain's hours are shown under.
func domainLabel(d planner.DomainProgress) string {
	switch d.Kind {
	case planner.Practice:
		return practiceLabel
	case planner.Fix:
		return fixLabel
	}
	return d.Domain
}

// newDomainRow is one line of a list of domains: the name beside a meter
// of its hours done of planned. The name wraps and the row grows with it:
// cut short, "Design Resilient Architectu…" hid which domain it was.
func newDomainRow() *fyne.Container {
	return container.NewGridWithColumns(2, wrapped(""), newMeter(0, ""))
}

// setDomainRow shows domain d in a row made by newDomainRow.
func setDomainRow(row *fyne.Container, d planner.DomainProgress) {
	row.Objects[0].(*widget.Label).SetText(domainLabel(d))
	v := 0.0
	if d.Total > 0 {
		v = d.Done / d.Total
	}
	row.Objects[1].(*meter).set(v, fmt.Sprintf("%s of %s", hours(d.Done), hours(d.Total)))
}
