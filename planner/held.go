package planner

import "certplan/catalog"

// HeldCertification is a certification the learner holds (or held), as
// their passes leave it: the one record of it that storage keeps, the
// screens show and the exports print. Its definition (name, level, the
// exams that renew it) is the catalog's Certification. Its JSON is the form
// an export of the learner's data keeps; what the catalog, the learner's
// plans and hours give (Name, Level, the renewal, StudyFrom) is left out.
type HeldCertification struct {
	Key   string        `json:"key"`  // certification key, "SAA"
	Name  string        `json:"-"`    // from the catalog
	Level catalog.Level `json:"-"`    // from the catalog
	Exam  string        `json:"exam"` // the exam that earned or last passed it
	// Earned is the day it was first earned (again, after lapsing); zero
	// when the pass date is not known.
	Earned catalog.Date `json:"earned"`
	// Expiry is the day it lapses; zero when the pass date is not known
	// (then it holds without end).
	Expiry       catalog.Date `json:"expiry"`
	RenewedOn    catalog.Date `json:"renewed_on"` // the latest renewal; zero when never renewed
	RenewedBy    string       `json:"renewed_by"` // the exam code of that renewal
	CredentialID string       `json:"credential_id"`
	// RenewWith is the exam a renewal would sit: the version bookable just
	// before the expiry; "" when the catalog has none.
	RenewWith string `json:"-"`
	// RenewAlso names the other exams that renew it ("any Associate or
	// Professional exam"); "" when only its own does.
	RenewAlso string `json:"-"`
	// RenewingPlan is the active plan whose exam renews it in time; zero
	// (no Exam) when none does. See RenewingPlan and DescribeRenewal.
	RenewingPlan PlannedRenewal `json:"-"`
	// StudyFrom is the latest day to start studying for RenewWith at the
	// learner's hours to be ready by the expiry; zero when it cannot be
	// told (no weekly hours, or no exam to renew with) or need not be (an
	// active plan renews it).
	StudyFrom catalog.Date `json:"-"`
	// StudyHours are the weekly hours StudyFrom assumes, and DefaultHours
	// says they are the default, as the learner has set none.
	StudyHours   Weekdays `json:"-"`
	DefaultHours bool     `json:"-"`
}

// Active reports whether the certification is valid on day on.
func (c HeldCertification) Active(on catalog.Date) bool {
	return c.Expiry.IsZero() || on.Before(c.Expiry)
}

// LastPassed is the day of the latest pass that earned or renewed it: the
// day its validity counts from.
func (c HeldCertification) LastPassed() catalog.Date {
	if !c.RenewedOn.IsZero() {
		return c.RenewedOn
	}
	return c.Earned
}

// EarnAgain is what a learner does about a certification that has expired
// (LapsedOn): it can no longer be renewed, only earned again. The
// certifications screen, the PDF and the calendar say it in these words.
const EarnAgain = "pass the current exam again to hold it"

// LapsedOn reports whether it has expired by today: its expiry is known and
// not after today. One with no known expiry holds without end.
func (c HeldCertification) LapsedOn(today catalog.Date) bool {
	return !c.Expiry.IsZero() && !today.Before(c.Expiry)
}

// Credit is the certification as the planner's input for credit: the exam
// that earned or last passed it, dated by its latest pass so the
// planner's validity check lapses it on its expiry.
func (c HeldCertification) Credit() HeldCert { return HeldCert{Code: c.Exam, Earned: c.LastPassed()} }

// Credits lists held certifications as the planner's input for credit
// (see Credit), in the same order.
func Credits(held []HeldCertification) []HeldCert {
	out := make([]HeldCert, 0, len(held))
	for _, c := range held {
		out = append(out, c.Credit())
	}
	return out
}

// PassedBy lists held certifications as the planner's input for credit on
// day today, in the same order: each dated by its latest pass by then
// (Credit; one renewed since counts from its earning), leaving out those
// earned after today, not held yet. Lapsed ones stay, for an advisor that
// says they lapsed; a plan counts HeldOn's.
func PassedBy(held []HeldCertification, today catalog.Date) []HeldCert {
	out := make([]HeldCert, 0, len(held))
	for _, c := range held {
		if h, ok := c.creditOn(today); ok {
			out = append(out, h)
		}
	}
	return out
}

// HeldOn lists the certifications a plan made on day today counts as held:
// those PassedBy lists that are still valid on it. The desktop's set-up and
// the command line's new and plan count these unless the learner names
// others, so both plan alike; the advisor, given PassedBy's, counts the
// same ones and says which lapsed.
func HeldOn(held []HeldCertification, today catalog.Date) []HeldCert {
	out := make([]HeldCert, 0, len(held))
	for _, c := range held {
		if h, ok := c.creditOn(today); ok && c.ValidOn(today) {
			out = append(out, h)
		}
	}
	return out
}

// LapsedBy lists the certifications earned by day today that lapsed by
// then, in the same order: those PassedBy lists that HeldOn leaves out.
// The advisor warns about them and counts them as held nowhere, and the
// screens that list what the learner holds name them as lapsed.
func LapsedBy(held []HeldCertification, today catalog.Date) []HeldCertification {
	var out []HeldCertification
	for _, c := range held {
		if !c.Earned.After(today) && !c.ValidOn(today) {
			out = append(out, c)
		}
	}
	return out
}

// ValidOn reports whether it was held on day today: earned by then and
// not lapsed (one renewed after today was valid on it, as a renewal needs
// that). HeldOn lists these, LapsedBy the others earned by then.
func (c HeldCertification) ValidOn(today catalog.Date) bool {
	return !c.Earned.After(today) && (c.Active(today) || c.RenewedOn.After(today))
}

// creditOn is Credit as it stood on day today, and false when it was not
// earned yet.
func (c HeldCertification) creditOn(today catalog.Date) (HeldCert, bool) {
	switch {
	case c.Earned.After(today):
		return HeldCert{}, false
	case c.RenewedOn.After(today):
		return HeldCert{Code: c.Exam, Earned: c.Earned}, true
	}
	return c.Credit(), true
}

// renew moves the expiry later after a pass of code on day on that is
// valid until expiry; a pass that does not move it changes nothing.
func (c *HeldCertification) renew(code string, on, expiry catalog.Date) {
	if !expiry.IsZero() && !c.Expiry.IsZero() && expiry.After(c.Expiry) {
		c.Expiry, c.RenewedOn, c.RenewedBy = expiry, on, code
	}
}
