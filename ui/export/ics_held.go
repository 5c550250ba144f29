package export

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// renewsHeld reports whether held certification h is renewed in time by
// an active plan (h.RenewingPlan) or by plan p, numbered id, itself: the
// planner's rule (planner.RenewingPlan), so no exam after the expiry
// counts; false without a catalog.
func renewsHeld(cat *catalog.Catalog, p planner.Plan, id int64, h planner.HeldCertification) bool {
	if h.Planned() {
		return true
	}
	if cat == nil {
		return false
	}
	key := h.Key
	if f := cat.CertificationOf(h.Exam); key == "" && f != nil {
		key = f.Key
	}
	_, ok := planner.RenewingExam(cat, key, h.Expiry, 0, []planner.PlanSummary{{ID: id, Exam: p.Exam, ExamDate: p.ExamDate}}, nil)
	return ok
}

// held writes a held certification's renewal start and expiry days. The
// renewal reminder is left out when the planned exam itself renews it; one
// that has expired by the file's day is written by expired instead.
func (c *calendar) held(h planner.HeldCertification, renewedByPlan bool) {
	if h.LapsedOn(c.today) {
		c.expired(h)
		return
	}
	name := strings.TrimSpace(h.Exam + " " + h.Name)
	if !h.StudyFrom.IsZero() && !renewedByPlan {
		c.event(h.Exam + "-renew" + uidDomain)
		c.allDay(h.StudyFrom, "TRANSPARENT")
		c.text("SUMMARY", "Start renewing "+name)
		c.text("DESCRIPTION", fmt.Sprintf("%s expires on %s: time to plan its renewal.", h.Exam, h.Expiry))
		c.remind(0, "Start renewing "+h.Exam+" today.")
		c.end("VEVENT")
	}
	if !h.Expiry.IsZero() {
		c.event(h.Exam + "-expires" + uidDomain)
		c.allDay(h.Expiry, "TRANSPARENT")
		c.text("SUMMARY", name+" expires")
		c.text("DESCRIPTION", fmt.Sprintf("%s is no longer valid from %s unless renewed.", h.Exam, h.Expiry))
		c.remind(30, h.Exam+" expires in 30 days.")
		c.remind(7, h.Exam+" expires in a week.")
		c.end("VEVENT")
	}
}

// expired writes a certification that has expired by the file's day: it
// can no longer be renewed, so the renewal start an earlier export gave it
// is sent as cancelled (same UID, STATUS:CANCELLED, this export's higher
// SEQUENCE), as sessions not needed after a pass are. Its expiry event
// stays under its UID, now saying that it expired that day, which is true
// history, without reminders, as that day has passed.
func (c *calendar) expired(h planner.HeldCertification) {
	name := strings.TrimSpace(h.Exam + " " + h.Name)
	if !h.StudyFrom.IsZero() {
		c.event(h.Exam + "-renew" + uidDomain)
		c.allDay(h.StudyFrom, "TRANSPARENT")
		c.prop("STATUS", "CANCELLED")
		c.text("SUMMARY", "Expired - cannot be renewed: Start renewing "+name)
		c.end("VEVENT")
	}
	c.event(h.Exam + "-expires" + uidDomain)
	c.allDay(h.Expiry, "TRANSPARENT")
	c.text("SUMMARY", name+" expired")
	c.text("DESCRIPTION", fmt.Sprintf("%s expired on %s and can no longer be renewed: %s.", h.Exam, h.Expiry, planner.EarnAgain))
	c.end("VEVENT")
}
