package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// shownCert is one certification in certs --json: the record as an export
// keeps it, and what the catalog and the learner's hours add to it, which
// the record's own JSON leaves out.
type shownCert struct {
	planner.HeldCertification
	Name      string        `json:"name"`
	Level     catalog.Level `json:"level"`
	Active    bool          `json:"active"`
	RenewWith string        `json:"renew_with"`
	RenewAlso string        `json:"renew_also"`
	// Renewal is the advice the screen and the PDF give (planner's
	// HeldCertification.Renewal); RenewingPlan is the active plan that
	// renews it in time, or null.
	Renewal      string                  `json:"renewal"`
	RenewingPlan *planner.PlannedRenewal `json:"renewing_plan"`
	StudyFrom    catalog.Date            `json:"study_from"`
	// DefaultHours is true when StudyFrom assumes the default weekly hours,
	// as the learner has no plan and no saved hours yet.
	DefaultHours bool `json:"default_hours"`
}

// runCerts lists the held certifications.
func runCerts(e *env, c *command, args []string) error {
	return listing[storage.HeldList]{fetch: (*storage.DB).CertificationsAt,
		text:     func(w io.Writer, l storage.HeldList) error { return writeCerts(w, l, e.today) },
		json:     func(l storage.HeldList) any { return shownCerts(l.Certs, e.today) },
		jsonHelp: "print the certifications as JSON"}.run(e, c, args)
}

func shownCerts(all []planner.HeldCertification, today catalog.Date) []shownCert {
	out := []shownCert{}
	for _, c := range all {
		x := shownCert{HeldCertification: c, Name: c.Name, Level: c.Level, Active: c.Active(today),
			RenewWith: c.RenewWith, RenewAlso: c.RenewAlso, StudyFrom: c.StudyFrom, DefaultHours: c.DefaultHours}
		if x.Active {
			x.Renewal = c.Renewal()
		} else {
			// As in the table: an expired one is earned again, not renewed.
			x.RenewWith, x.RenewAlso, x.StudyFrom, x.DefaultHours = "", "", 0, false
		}
		if c.Planned() {
			x.RenewingPlan = &c.RenewingPlan
		}
		out = append(out, x)
	}
	return out
}

func writeCerts(w io.Writer, l storage.HeldList, today catalog.Date) error {
	if len(l.Certs) == 0 {
		_, err := fmt.Fprintln(w, "No certifications yet: log a pass with certplan exam add CODE DATE --status passed.")
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-4s %-8s %-10s %-10s %-8s %-10s %-10s %s\n", "CERT", "EXAM", "EARNED", "EXPIRES", "STATE", "RENEW WITH", "STUDY BY", "CREDENTIAL")
	for _, c := range l.Certs {
		// An expired one cannot be renewed, only earned again (the
		// certifications screen and the PDF say so): no exam or day to renew it.
		state, renew, studyBy := "active", renewsWith(c), c.StudyFrom
		if !c.Active(today) {
			state, renew, studyBy = "expired", "", 0
		}
		fmt.Fprintf(&b, "%-4s %-8s %-10s %-10s %-8s %-10s %-10s %s\n", c.Key, c.Exam, c.Earned, c.Expiry, state,
			orDash0(renew), orDash(studyBy), orDash0(c.CredentialID))
	}
	writeRenewals(&b, l.Certs, today)
	if slices.ContainsFunc(l.Certs, func(c planner.HeldCertification) bool { return c.Active(today) && !c.StudyFrom.IsZero() }) {
		writeWrapped(&b, "", "STUDY BY is the latest day to start studying for the renewal at "+hoursAssumed(l)+".")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// renewsWith is the exam that renews c: an active plan's when one renews
// it in time (planner.RenewingPlan), else its own exam's.
func renewsWith(c planner.HeldCertification) string {
	if c.RenewingPlan.Exam != "" {
		return c.RenewingPlan.Exam
	}
	return c.RenewWith
}

// writeRenewals says how each active certification is renewed, as the
// screen and the PDF do.
func writeRenewals(b *strings.Builder, certs []planner.HeldCertification, today catalog.Date) {
	for _, c := range certs {
		if c.Active(today) {
			writeWrapped(b, fmt.Sprintf("%-4s ", c.Key), c.Renewal()+".")
		}
	}
}

// hoursAssumed names the weekly hours the STUDY BY days assume and where
// they came from.
func hoursAssumed(l storage.HeldList) string {
	week := hours(l.Hours.Total()) + " h a week"
	switch l.HoursFrom {
	case storage.HoursFromDefault:
		return week + ", Monday to Friday: the default, as you have no plan and no saved hours yet " +
			"(certplan new --cert CODE --hours H makes a plan at yours)"
	case storage.HoursFromPlan:
		return "your newest plan's " + week
	}
	return "your " + week + " from your settings"
}

// orDash0 prints s, or "-" when empty.
func orDash0(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
