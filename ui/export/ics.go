package export

import (
	"fmt"
	"math"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"certplan/catalog"
	"certplan/planner"
)

// ICS writes the plan as an iCalendar file (RFC 5545) to import into a
// calendar app:
//
//   - one event per study session on its day at Options.StudyTime, lasting
//     the session's hours. Times are floating (no time zone): 18:00 means
//     18:00 wherever the learner's calendar is, which is what a study
//     evening means, and it survives travel and daylight-saving changes;
//   - the exam as an all-day event, with reminders at 09:00 a week before
//     and the day before;
//   - each held certification's renewal start and expiry as all-day events
//     with reminders.
//
// Every event has a stable UID made from the exam code, the topic and the
// day (and a counter when a topic has two sessions on one day), so that
// importing a re-planned export updates the events that moved or changed
// and keeps the ones that did not. SEQUENCE counts minutes from the plan's
// start to Options.Stamp, so a later export carries a higher sequence.
// Lines end in CRLF and are folded at 75 octets between UTF-8 characters.
func ICS(p planner.Plan, o Options) ([]byte, error) {
	s, err := o.settings(p)
	if err != nil {
		return nil, err
	}
	cal := ics.NewCalendar()
	cal.SetProductId("-//certplan//Study plan//EN")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(text(p.Exam + " study plan"))
	seq := sequence(p, s.stamp)
	addSessions(cal, p, s, seq)
	addExam(cal, p, s, seq)
	for _, h := range o.Held {
		addHeld(cal, h, s, seq)
	}
	var b strings.Builder
	if err := cal.SerializeTo(&b, ics.WithNewLineWindows); err != nil {
		return nil, fmt.Errorf("write calendar of %s plan: %w", p.Exam, err)
	}
	return []byte(b.String()), nil
}

// addSessions adds one timed event per study session.
func addSessions(cal *ics.Calendar, p planner.Plan, s settings, seq int) {
	seen := map[string]int{}
	for _, ss := range sessions(p) {
		uid := sessionUID(p.Exam, ss.Topic, ss.Date)
		seen[uid]++
		if n := seen[uid]; n > 1 {
			uid = strings.TrimSuffix(uid, uidDomain) + fmt.Sprintf("-%d", n) + uidDomain
		}
		e := newEvent(cal, uid, s, seq)
		start := ss.Date.Time().Add(s.studyTime)
		e.SetProperty(ics.ComponentPropertyDtStart, start.Format("20060102T150405"))
		e.SetProperty(ics.ComponentPropertyDuration, duration(ss.Hours))
		e.SetSummary(text(ss.Topic + " " + ss.Title))
		e.SetDescription(text(fmt.Sprintf("%s – %s\n%s of your %s plan; exam on %s.",
			kindText(ss.Kind), ss.Domain, hoursUnit(ss.Hours), p.Exam, p.ExamDate)))
		e.SetProperty(ics.ComponentPropertyCategories, "Study")
	}
}

// addExam adds the exam day with reminders a week and a day before.
func addExam(cal *ics.Calendar, p planner.Plan, s settings, seq int) {
	if p.ExamDate.IsZero() {
		return
	}
	e := newEvent(cal, p.Exam+"-exam"+uidDomain, s, seq)
	allDay(e, p.ExamDate)
	e.SetSummary(text("Exam: " + p.Exam + " " + p.ExamName))
	e.SetDescription(text(fmt.Sprintf("The %s exam. Your plan holds %s of study.", p.Exam, hoursUnit(p.TotalHours))))
	e.SetTimeTransparency(ics.TransparencyOpaque)
	remind(e, 7, "Your "+p.Exam+" exam is in a week.")
	remind(e, 1, "Your "+p.Exam+" exam is tomorrow.")
}

// addHeld adds a held certification's renewal start and expiry days.
func addHeld(cal *ics.Calendar, h Held, s settings, seq int) {
	name := strings.TrimSpace(h.Code + " " + h.Name)
	if !h.RenewBy.IsZero() {
		e := newEvent(cal, h.Code+"-renew"+uidDomain, s, seq)
		allDay(e, h.RenewBy)
		e.SetSummary(text("Start renewing " + name))
		e.SetDescription(text(fmt.Sprintf("%s expires on %s: time to plan its renewal.", h.Code, h.Expires)))
		remind(e, 0, "Start renewing "+h.Code+" today.")
	}
	if !h.Expires.IsZero() {
		e := newEvent(cal, h.Code+"-expires"+uidDomain, s, seq)
		allDay(e, h.Expires)
		e.SetSummary(text(name + " expires"))
		e.SetDescription(text(fmt.Sprintf("%s is no longer valid from %s unless renewed.", h.Code, h.Expires)))
		remind(e, 30, h.Code+" expires in 30 days.")
		remind(e, 7, h.Code+" expires in a week.")
	}
}

// uidDomain ends every UID, making them unique beyond certplan.
const uidDomain = "@certplan"

// sessionUID is the stable UID of a topic's session on a day:
// "SAA-C03-1.1-20261123@certplan".
func sessionUID(exam, topic string, d catalog.Date) string {
	short := strings.TrimPrefix(topic, exam+":")
	short = uidUnsafe.Replace(short)
	return fmt.Sprintf("%s-%s-%s%s", exam, short, d.Time().Format("20060102"), uidDomain)
}

// uidUnsafe turns the characters a UID part should not hold into dashes.
var uidUnsafe = strings.NewReplacer(":", "-", " ", "-", "@", "-")

// newEvent adds an event with the properties every event has.
func newEvent(cal *ics.Calendar, uid string, s settings, seq int) *ics.VEvent {
	e := cal.AddEvent(uid)
	e.SetDtStampTime(s.stamp)
	e.SetSequence(seq)
	return e
}

// allDay makes e cover the whole of day d.
func allDay(e *ics.VEvent, d catalog.Date) {
	e.SetProperty(ics.ComponentPropertyDtStart, d.Time().Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
	e.SetProperty(ics.ComponentPropertyDtEnd, d.AddDays(1).Time().Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
	e.SetTimeTransparency(ics.TransparencyTransparent)
}

// remind adds a reminder at 09:00, days before an all-day event's day.
func remind(e *ics.VEvent, days int, msg string) {
	a := e.AddAlarm()
	a.SetAction(ics.ActionDisplay)
	// The day starts at midnight, so 09:00 n days before is n-1 days and 15 hours earlier.
	trigger := "PT9H"
	if days > 0 {
		trigger = "-PT15H"
		if days > 1 {
			trigger = fmt.Sprintf("-P%dDT15H", days-1)
		}
	}
	a.SetTrigger(trigger)
	a.SetProperty(ics.ComponentPropertyDescription, text(msg))
}

// duration writes hours as an iCalendar duration: PT1H30M.
func duration(h float64) string {
	m := int(math.Round(h * 60))
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

// lineBreaks turns CRLF and CR into LF.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// text makes s fit for an iCalendar TEXT value, which the writer then
// escapes: invalid UTF-8 becomes U+FFFD, every line break becomes "\n" (the
// writer's \n), and other control characters, which TEXT may not hold,
// become spaces.
func text(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = lineBreaks.Replace(s)
	return strings.Map(func(r rune) rune {
		if (r < ' ' && r != '\n' && r != '\t') || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}
