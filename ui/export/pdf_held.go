package export

import (
	"strings"

	"certplan/planner"
)

// heldPage lists the certifications held on the file's day with their
// expiry and the latest day to start studying for the renewal ("Study by",
// as `certs` names it), then says how each is renewed in the words the
// certifications screen and `certs` use (planner's Renewal), and under
// "Expired" the ones that expired, as the certifications screen lists them
// apart (HeldCertification.LapsedOn); with none it draws nothing.
func (d *doc) heldPage(all []planner.HeldCertification) {
	if len(all) == 0 {
		return
	}
	var held, lapsed []planner.HeldCertification
	for _, h := range all {
		if h.LapsedOn(d.today) {
			lapsed = append(lapsed, h)
		} else {
			held = append(held, h)
		}
	}
	d.pdf.AddPage()
	if len(held) == 0 {
		d.pageTitle("Certifications that expired", "Pass the current exam again to hold one.")
	} else {
		d.pageTitle("Certifications you hold", "Keep them valid: start studying for the renewal by the date shown.")
	}
	if len(held) > 0 {
		d.heldTable(held)
		d.renewals(held)
	}
	d.lapsed(lapsed)
	// How to renew is for the ones still held: an expired one is earned again.
	if len(held) > 0 && d.cat != nil && d.cat.Rules().Renew != "" {
		y := d.pdf.GetY() + 2
		d.text(marginX, y, d.contentW(), "HOW TO RENEW", label, "L")
		d.para(marginX, y+label.lineH()+1.5, d.contentW(), sentence(d.cat.Rules().Renew), body)
	}
}

// heldTable is the table of the certifications held.
func (d *doc) heldTable(held []planner.HeldCertification) {
	t := d.newTable(column{"Code", 24, "L"}, column{"Certification", 0, "L"}, column{"Earned", 25, "R"},
		column{"Expires", 25, "R"}, column{"Study by", 25, "R"})
	for _, h := range held {
		t.row(textCell(h.Exam, code), textCell(h.Name, body), textCell(shortDate(h.Earned), muted),
			textCell(shortDate(h.Expiry), body.bold()), textCell(shortDate(h.StudyFrom), body.colored(colAccent).bold()))
	}
	t.end()
}

// lapsed writes the certifications that expired, each with the day it did
// and the certifications screen's advice; nothing when none did.
func (d *doc) lapsed(lapsed []planner.HeldCertification) {
	if len(lapsed) == 0 {
		return
	}
	y := d.pdf.GetY() + 2
	d.text(marginX, y, d.contentW(), "EXPIRED", label, "L")
	y += label.lineH() + 1.5
	for _, h := range lapsed {
		line := strings.TrimSpace(h.Exam+" "+h.Name) + ": expired on " + shortDate(h.Expiry) + "; " + planner.EarnAgain + "."
		y += d.para(marginX, y, d.contentW(), line, body) + 1
	}
	d.pdf.SetY(y)
}

// renewals writes, under the table, what renews each certification: an
// active plan's exam in time, or its own exam and the others that count.
func (d *doc) renewals(held []planner.HeldCertification) {
	y := d.pdf.GetY() + 2
	d.text(marginX, y, d.contentW(), "WHAT RENEWS THEM", label, "L")
	y += label.lineH() + 1.5
	for _, h := range held {
		y += d.para(marginX, y, d.contentW(), h.Exam+": "+h.Renewal()+".", body) + 1
	}
	d.pdf.SetY(y)
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}
