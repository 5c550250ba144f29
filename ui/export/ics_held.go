package export

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// renewsHeld is the exam that renews held certification h in time: an
// active plan's (h.RenewingPlan) or that of plan p, numbered id, itself,
// by the planner's rule (planner.RenewingExam), so no exam after the
// expiry counts, nor a plan whose exam was passed (the pass's renewals
// are in the held records already); ok is false when none does, or
// without a catalog.
func renewsHeld(cat *catalog.Catalog, p planner.Plan, id int64, h planner.HeldCertification) (r planner.PlannedRenewal, ok bool) {
	if h.Planned() {
		return h.RenewingPlan, true
	}
	if cat == nil {
		return r, false
	}
	key := h.Key
	if f := cat.CertificationOf(h.Exam); key == "" && f != nil {
		key = f.Key
	}
	return planner.RenewingExam(cat, key, h.Expiry, 0, []planner.PlanSummary{{ID: id, Exam: p.Exam, ExamDate: p.ExamDate, Passed: p.Passed}}, nil)
}

// held writes a held certification's renewal start and expiry days. When
// a planned exam renews it, the renewal reminder is written by renewed
// instead; one that has expired by the file's day, by expired.
func (c *calendar) held(h planner.HeldCertification, renewal planner.PlannedRenewal, renewedByPlan bool) {
	if h.LapsedOn(c.today) {
		c.expired(h)
		return
	}
	name := strings.TrimSpace(h.Exam + " " + h.Name)
	if renewedByPlan {
		c.renewed(h, renewal)
	} else if !h.StudyFrom.IsZero() {
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

// renewed sends the renewal reminder of a certification that a planned
// exam renews in time as cancelled (same UID, STATUS:CANCELLED, this
// export's higher SEQUENCE), so that one an earlier export gave, before
// the plan, is not left in the learner's calendar. It is dated on the
// day to start renewing when known, else on the renewing exam's day.
func (c *calendar) renewed(h planner.HeldCertification, r planner.PlannedRenewal) {
	on := h.StudyFrom
	if on.IsZero() {
		on = r.ExamDate
	}
	if on.IsZero() {
		return
	}
	c.event(h.Exam + "-renew" + uidDomain)
	c.allDay(on, "TRANSPARENT")
	c.prop("STATUS", "CANCELLED")
	c.text("SUMMARY", fmt.Sprintf("Renewed by your %s exam on %s: Start renewing %s", r.Exam, r.ExamDate, strings.TrimSpace(h.Exam+" "+h.Name)))
	c.end("VEVENT")
}
