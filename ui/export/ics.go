package export

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// ICS writes the plan as an iCalendar file (RFC 5545) to import into a
// calendar app:
//
//   - one event per study session on its day, lasting the session's hours:
//     the day's first starts at Options.StudyTime and each next one when
//     the one before ends, in the plan's order (18:00-18:45, 18:45-19:30);
//     a day too long to end by midnight starts earlier, so that it ends at
//     midnight. Times are floating (no time zone): 18:00 means 18:00
//     wherever the learner's calendar is, which is what a study evening
//     means, and it survives travel and daylight-saving changes;
//   - the exam as an all-day event, with reminders at 09:00 a week before
//     and the day before;
//   - each held certification's renewal start and expiry as all-day events
//     with reminders; for one that has expired by the file's day
//     (Options.Today) the renewal start is sent as cancelled and the expiry
//     stays as the day it expired (see calendar.expired).
//
// Every event has a stable UID made from the exam code, the topic and the
// day (and a counter when a topic has two sessions on one day), not the
// time, so that importing a re-planned export updates the events that moved
// or changed (within their day, under the same UID) and keeps the ones that
// did not. A plan whose exam was passed (planner.Plan.Passed) offers no
// session after its pass day: those it planned after it (AfterPass) are
// sent as cancelled, since a calendar exported before the pass holds them,
// and the exam's event moves to the pass day, with no reminders.
// SEQUENCE counts minutes from the plan's
// start to Options.Stamp, so a later export carries a higher sequence.
// Lines end in CRLF and are folded at 75 octets between UTF-8 characters.
func ICS(p planner.Plan, o Options) ([]byte, error) {
	s, err := o.settings(p)
	if err != nil {
		return nil, err
	}
	c := &calendar{stamp: s.stamp.Format("20060102T150405Z"), seq: sequence(p, s.stamp), at: s.studyTime,
		planID: o.PlanID, alarm: s.alarm, today: o.day(p)}
	c.begin("VCALENDAR")
	c.prop("VERSION", "2.0")
	c.prop("PRODID", "-//certplan//Study plan//EN")
	c.prop("CALSCALE", "GREGORIAN")
	c.prop("METHOD", "PUBLISH")
	c.text("X-WR-CALNAME", p.Exam+" study plan")
	c.sessions(p)
	c.cancelled(p, o.Earlier)
	c.exam(p)
	for _, h := range o.Held {
		r, ok := renewsHeld(o.Catalog, p, o.PlanID, h)
		c.held(h, r, ok)
	}
	c.end("VCALENDAR")
	return c.b.Bytes(), nil
}

// calendar is an iCalendar file being written, with what every event shares.
type calendar struct {
	icsWriter
	stamp  string        // DTSTAMP, UTC
	seq    int           // SEQUENCE
	at     time.Duration // study sessions' start after midnight
	planID int64         // the saved plan's number, 0 for none
	alarm  time.Duration // reminder before each day's first session; 0 for none
	today  catalog.Date  // the day the file is made (Options.day)
}

// uidSession is a study session with its calendar UID.
type uidSession struct {
	uid string
	planner.Session
}

// uidSessions gives each session of p its UID: the plan, the topic and
// the day, and a counter when a topic has two sessions on one day.
func uidSessions(p planner.Plan, planID int64) []uidSession {
	seen := map[string]int{}
	var out []uidSession
	for _, s := range sessions(p) {
		uid := planSessionUIDOf(p.Exam, planID, s)
		seen[uid]++
		if n := seen[uid]; n > 1 {
			uid = strings.TrimSuffix(uid, uidDomain) + fmt.Sprintf("-%d", n) + uidDomain
		}
		out = append(out, uidSession{uid, s})
	}
	return out
}

// planPrefix starts every UID of a plan's events: "SAA-C03-plan3", or the
// exam code alone for an unsaved plan.
func planPrefix(exam string, planID int64) string {
	if planID > 0 {
		return fmt.Sprintf("%s-plan%d", exam, planID)
	}
	return exam
}

// sessions writes one timed event per study session; the day's first
// carries the learner's reminder, if they asked for one.
func (c *calendar) sessions(p planner.Plan) {
	for _, s := range timedSessions(p, c.planID, c.at) {
		c.event(s.uid)
		c.span(s)
		topic := cmp.Or(s.Reviews, s.Topic) // a review is of its task: "SAA-C03:1.1 Review: ..."
		c.text("SUMMARY", topic+" "+s.Title)
		c.text("DESCRIPTION", fmt.Sprintf("%s – %s\n%s of your %s plan; %s.",
			kindText(s.Kind), s.Domain, hoursUnit(s.Hours), p.Exam, examNote(p))+itemsText(p.Exam, s.Items))
		c.text("CATEGORIES", "Study")
		if s.first {
			c.sessionAlarm(s.Topic + " " + s.Title)
		}
		c.end("VEVENT")
	}
}

// examNote names plan p's exam day in a session's description: the day
// it was sat once passed (as planner.ExamDayOf gives it), as every other
// place gives it.
func examNote(p planner.Plan) string {
	if !p.Passed.IsZero() {
		return "exam passed on " + p.Passed.String()
	}
	return "exam on " + p.ExamDate.String()
}

// itemsText lists a session's study items for its description, one a line.
func itemsText(exam string, items []planner.SessionItem) string {
	if len(items) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n\nStudy items:")
	if items[0].Revisit {
		b.Reset()
		b.WriteString("\n\nItems to revisit:")
	}
	for _, it := range items {
		b.WriteString("\n- " + shortTopic(exam, it.ID) + " " + it.Text)
	}
	return b.String()
}

// exam writes the exam day with reminders a week and a day before.
func (c *calendar) exam(p planner.Plan) {
	if !p.Passed.IsZero() {
		c.passed(p)
		return
	}
	if p.ExamDate.IsZero() {
		return
	}
	c.event(planPrefix(p.Exam, c.planID) + "-exam" + uidDomain)
	c.allDay(p.ExamDate, "OPAQUE")
	c.text("SUMMARY", "Exam: "+p.Exam+" "+p.ExamName)
	c.text("DESCRIPTION", fmt.Sprintf("The %s exam. Your plan holds %s of study.", p.Exam, hoursUnit(p.TotalHours)))
	c.remind(7, "Your "+p.Exam+" exam is in a week.")
	c.remind(1, "Your "+p.Exam+" exam is tomorrow.")
	c.end("VEVENT")
}

// passed writes the exam as passed on its pass day, under the exam's UID,
// so that a calendar exported before moves it there, without reminders.
func (c *calendar) passed(p planner.Plan) {
	c.event(planPrefix(p.Exam, c.planID) + "-exam" + uidDomain)
	c.allDay(p.Passed, "TRANSPARENT")
	c.text("SUMMARY", "Passed: "+p.Exam+" "+p.ExamName)
	c.text("DESCRIPTION", planner.PassedText(p.Passed.String()))
	c.end("VEVENT")
}

// cancelled sends each session of the earlier versions, and those planned
// after the pass (AfterPass), that the plan no longer has as cancelled, so a calendar that imported an earlier export
// drops it (same UID, STATUS:CANCELLED, this export's higher SEQUENCE), at
// the time that earlier version gave it. A session still in the plan, even
// at another time of its day, keeps its UID and is updated, not cancelled.
func (c *calendar) cancelled(p planner.Plan, earlier []planner.Plan) {
	now := map[string]bool{}
	for _, s := range uidSessions(p, c.planID) {
		now[s.uid] = true
	}
	afterPass := p
	afterPass.Weeks = []planner.Week{{Sessions: p.AfterPass}}
	for _, e := range append([]planner.Plan{afterPass}, earlier...) {
		for _, s := range timedSessions(e, c.planID, c.at) {
			if now[s.uid] {
				continue
			}
			now[s.uid] = true
			c.event(s.uid)
			c.span(s)
			c.prop("STATUS", "CANCELLED")
			c.text("SUMMARY", cancelledWhy(p, s.Date)+s.Topic+" "+s.Title)
			c.end("VEVENT")
		}
	}
}

// cancelledWhy starts the summary of a session sent as cancelled that was
// on day d: not needed once the exam was passed before it, else moved.
func cancelledWhy(p planner.Plan, d catalog.Date) string {
	if !p.Passed.IsZero() && d.After(p.Passed) {
		return "Exam passed - not needed: "
	}
	return "Moved: "
}

// event opens an event with the properties every event has.
func (c *calendar) event(uid string) {
	c.begin("VEVENT")
	c.text("UID", uid)
	c.prop("DTSTAMP", c.stamp)
	c.prop("SEQUENCE", fmt.Sprint(c.seq))
}

// allDay makes the open event cover the whole of day d; transp is OPAQUE
// (busy) or TRANSPARENT (free).
func (c *calendar) allDay(d catalog.Date, transp string) {
	c.prop("DTSTART;VALUE=DATE", d.Time().Format("20060102"))
	c.prop("DTEND;VALUE=DATE", d.AddDays(1).Time().Format("20060102"))
	c.prop("TRANSP", transp)
}

// remind adds a reminder at 09:00, days before the open all-day event's day.
func (c *calendar) remind(days int, msg string) {
	// The day starts at midnight, so 09:00 n days before is n-1 days and 15 hours earlier.
	trigger := "PT9H"
	if days > 0 {
		trigger = "-PT15H"
		if days > 1 {
			trigger = fmt.Sprintf("-P%dDT15H", days-1)
		}
	}
	c.begin("VALARM")
	c.prop("ACTION", "DISPLAY")
	c.prop("TRIGGER", trigger)
	c.text("DESCRIPTION", msg)
	c.end("VALARM")
}

// sessionAlarm adds the learner's reminder before the open session, if
// they asked for one. Only a day's first session calls it: the next ones
// start as the one before ends, when the learner is already studying.
func (c *calendar) sessionAlarm(what string) {
	if c.alarm <= 0 {
		return
	}
	c.begin("VALARM")
	c.prop("ACTION", "DISPLAY")
	c.prop("TRIGGER", fmt.Sprintf("-PT%dM", int(c.alarm/time.Minute)))
	c.text("DESCRIPTION", "Study now: "+what)
	c.end("VALARM")
}

// uidDomain ends every UID, making them unique beyond certplan.
const uidDomain = "@certplan"

// uidUnsafe turns the characters a UID part should not hold into dashes.
var uidUnsafe = strings.NewReplacer(":", "-", " ", "-", "@", "-")

// sessionUID is the stable UID of a topic's session on a day in an unsaved
// plan: "SAA-C03-1.1-20261123@certplan".
func sessionUID(exam, topic string, d catalog.Date) string { return planSessionUID(exam, 0, topic, d) }

// sessionUIDOf is sessionUID for a session: a review's names its task too,
// "SAA-C03-review-1-1.2-20261124@certplan", so that each task's review keeps its own.
func sessionUIDOf(exam string, s planner.Session) string { return planSessionUIDOf(exam, 0, s) }

// planSessionUIDOf is planSessionUID for a session of saved plan planID,
// naming a review's task too: "SAA-C03-plan3-review-1-1.2-20261124@certplan".
func planSessionUIDOf(exam string, planID int64, s planner.Session) string {
	if s.Reviews == "" {
		return planSessionUID(exam, planID, s.Topic, s.Date)
	}
	return planSessionUID(exam, planID, s.WorkTopic()+"-"+strings.TrimPrefix(s.Reviews, exam+":"), s.Date)
}

// planSessionUID is the stable UID of a topic's session on a day in saved
// plan planID: "SAA-C03-plan3-1.1-20261123@certplan".
func planSessionUID(exam string, planID int64, topic string, d catalog.Date) string {
	short := uidUnsafe.Replace(strings.TrimPrefix(topic, exam+":"))
	return fmt.Sprintf("%s-%s-%s%s", planPrefix(exam, planID), short, d.Time().Format("20060102"), uidDomain)
}

// duration writes hours as an iCalendar duration: PT1H30M.
func duration(h float64) string {
	m := int(minutes(h) / time.Minute)
	switch {
	case m%60 == 0:
		return fmt.Sprintf("PT%dH", m/60)
	case m < 60:
		return fmt.Sprintf("PT%dM", m)
	}
	return fmt.Sprintf("PT%dH%dM", m/60, m%60)
}

// sequence counts whole minutes from the plan's start to stamp, never below
// zero, so an export made later carries a higher SEQUENCE.
func sequence(p planner.Plan, stamp time.Time) int {
	m := int(stamp.Sub(defaultStamp(p)).Minutes())
	return max(m, 0)
}
