package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// shownPlan is `show --json`: the plan JSON of `certplan plan` with the
// saved plan's number, name and version and the learner's progress.
type shownPlan struct {
	ID       int64  `json:"id"`
	PlanName string `json:"plan_name"`
	Version  int    `json:"version"`
	planner.Plan
	Progress shownProgress `json:"progress"`
	// Readiness is the estimate from the logged practice results and the study done.
	Readiness planner.Readiness `json:"readiness"`
	// WeekNote is the sentence text show prints when the plan is planned
	// within another week than the learner's, with the command that fixes
	// it; omitted when it is within theirs.
	WeekNote string `json:"week_note,omitempty"`
	// PlannedExam is the exam day the plan was made for, when its exam
	// was passed on another day (omitted otherwise). The plan's "passed"
	// (planner.Plan.Passed) is the day its exam was passed, when it was:
	// the plan is done, its weeks end that day, and its "exam" is that day
	// too (planner.ExamDayOf), as show, plans and the PDF give it.
	PlannedExam catalog.Date `json:"planned_exam,omitzero"`
}

// shownProgress is the progress today: totals, the on-track figure and
// each topic's state. The plan's own done_hours and topics[] (done, spent,
// remaining, items[].done) are today's too (planner.StudyPlan.WithProgress),
// so the two never disagree.
type shownProgress struct {
	Today catalog.Date `json:"today"`
	planner.Standing
	OnTrack bool         `json:"on_track"`
	ByTopic []shownTopic `json:"by_topic"`
	ByItem  []shownItem  `json:"by_item"`
}

// shownItem is one study item's current progress.
type shownItem struct {
	Item   string       `json:"item"`
	Topic  string       `json:"topic"`
	Done   bool         `json:"done"`
	DoneOn catalog.Date `json:"done_on"`
}

// shownTopic is one topic's current progress.
type shownTopic struct {
	Topic string `json:"topic"`
	planner.TopicProgress
}

// runShow prints a saved plan as text or JSON.
func runShow(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	asJSON := fs.Bool("json", false, "print the plan and progress as JSON")
	id, err := planArg(fs, c, args)
	if err != nil {
		return err
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		if err := fixesNow(ctx, db, &p, e.today); err != nil {
			return err
		}
		week, outside, err := db.OutsideWeek(ctx, e.today)
		if err != nil {
			return storeErr(err)
		}
		sharing, err := sharingWith(ctx, db, p, e.today)
		if err != nil {
			return err
		}
		if *asJSON {
			out := showJSON(p, e.today)
			if out.Readiness, err = db.PlanReadiness(ctx, id, e.today); err != nil {
				return storeErr(err)
			}
			for _, q := range outsideWeekOf(p.ID, outside) {
				out.WeekNote = outsideWeekText(q, week)
			}
			return writeJSON(e.stdout, out)
		}
		var note strings.Builder
		writeOutsideWeek(&note, week, outsideWeekOf(p.ID, outside))
		writePriority(&note, p.ID, sharing)
		return writeShown(e.stdout, e.cat, p, e.today, note.String())
	})
}

// sharingWith returns the shares of the other active plans that plan p,
// when it is active (neither archived nor passed), competes with for its
// days. Its standing already counts the hours they take (loadPlan).
func sharingWith(ctx context.Context, db *storage.DB, p planner.StudyPlan, today catalog.Date) ([]planner.PlanShare, error) {
	if p.Archived || !p.Passed.IsZero() {
		return nil, nil
	}
	b, err := db.Budget(ctx, p.ID, today)
	if err != nil {
		return nil, storeErr(err)
	}
	return b.SharingPlan(p.Schedule, today), nil
}

// writePriority says, for each plan that shares plan id's days, which of
// the two has priority, and how to give it to plan id.
func writePriority(b *strings.Builder, id int64, sharing []planner.PlanShare) {
	for _, s := range sharing {
		line := "Sharing your week: " + s.PriorityText() + "."
		if s.First {
			line += fmt.Sprintf(" certplan prioritize %d gives this plan its hours first.", id)
		}
		writeWrapped(b, "", line)
	}
}

// fixesNow gives plan p, when it does not fit, the fixes that fit today
// around the other active plans (storage.DB.FitNow), not those stored with
// it, which a plan made or changed since may have outdated.
func fixesNow(ctx context.Context, db *storage.DB, p *planner.StudyPlan, today catalog.Date) error {
	if len(p.Schedule.Unscheduled) == 0 || !p.Passed.IsZero() { // a passed plan needs no fix
		return nil
	}
	now, err := db.FitNow(ctx, p.ID, today)
	if err != nil {
		return storeErr(err)
	}
	p.Schedule = p.Schedule.WithFixesOf(now)
	return nil
}

// allFixesNow is fixesNow for each of plans, re-planned around the others:
// every plan a command reports offers the fixes show offers.
func allFixesNow(ctx context.Context, db *storage.DB, plans []planner.StudyPlan, today catalog.Date) error {
	for i := range plans {
		if err := fixesNow(ctx, db, &plans[i], today); err != nil {
			return err
		}
	}
	return nil
}

// showJSON builds `show --json` for plan p on today.
func showJSON(p planner.StudyPlan, today catalog.Date) shownPlan {
	s := p.WithProgress()
	normalize(&s)
	out := shownPlan{ID: p.ID, PlanName: p.Name, Version: p.Version, Plan: s}
	if !p.Passed.IsZero() { // the exam day is the day it was sat, which certplan did not choose
		if p.Passed != s.ExamDate {
			out.PlannedExam = s.ExamDate
		}
		out.ExamDate, out.ExamDateProposed = planner.ExamDayOf(s.ExamDate, p.Passed), false
	}
	st := p.Standing(today)
	out.Progress = shownProgress{Today: today, Standing: st, OnTrack: st.State == planner.OnTrack || st.State == planner.Ahead, ByTopic: []shownTopic{}, ByItem: []shownItem{}}
	for _, t := range s.Topics {
		g := p.Progress[t.ID]
		out.Progress.ByTopic = append(out.Progress.ByTopic, shownTopic{Topic: t.ID, TopicProgress: g})
		for _, it := range t.Items {
			g := p.Items[it.ID]
			out.Progress.ByItem = append(out.Progress.ByItem, shownItem{Item: it.ID, Topic: t.ID, Done: g.Done, DoneOn: g.DoneOn})
		}
	}
	return out
}

// writeShown prints a saved plan: header, standing (or, when its exam was
// passed, that it is done), weekNote (that it is planned within
// another week than the learner's, or ""), warnings, topics and this week.
func writeShown(w io.Writer, cat *catalog.Catalog, p planner.StudyPlan, today catalog.Date, weekNote string) error {
	var b strings.Builder
	s := p.Schedule
	st := p.Standing(today)
	fmt.Fprintf(&b, "Plan %d: %s, %s (version %d)\n", p.ID, p.Name, s.ExamName, p.Version)
	fmt.Fprintf(&b, "Exam %s. %d of %d topics done; %s of %s hours.\n", examDay(s),
		st.TopicsDone, st.Topics, hours(st.DoneHours), hours(st.TotalHours))
	switch {
	case !p.Passed.IsZero():
		writeWrapped(&b, "", planner.PassedText(p.Passed.String()))
	case p.Archived:
		writeWrapped(&b, "", fmt.Sprintf("Archived: it takes no study hours and its sessions wait; certplan unarchive %d "+
			"re-plans it around your other plans.", p.ID))
	default:
		writeWrapped(&b, "", standingText(p, today))
	}
	b.WriteString(weekNote)
	// The plan's warnings as every place gives them (a retiring exam's last
	// day, provisional domains, ...), but the shortfall the standing says
	// and the coverage writeFit gives.
	if p.Passed.IsZero() { // a passed exam needs no warning and no fix, as on the desktop
		writeList(&b, "Warnings", s.WarningsBesidesFit())
		writeFit(&b, s, savedFixes(p.ID, s))
	}
	writeTopics(&b, p)
	if p.Passed.IsZero() { // a passed plan has nothing to study this week
		writeThisWeek(&b, s, today)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTopics lists every topic with a tick box.
func writeTopics(b *strings.Builder, p planner.StudyPlan) {
	b.WriteString("\nTopics:\n")
	for _, t := range p.Schedule.Topics {
		g := p.Progress[t.ID]
		box, note := "[ ]", ""
		if g.Done {
			box, note = "[x]", "  done "+g.DoneOn.String()
		}
		if g.Hours > 0 {
			note += fmt.Sprintf("  %s h spent", hours(g.Hours))
		}
		if n := len(t.Items); n > 0 && !g.Done {
			note += fmt.Sprintf("  %d of %d items done", itemsDone(p, t), n)
		}
		// The title gives way to the notes, so that a line stays within lineWidth.
		width := max(lineWidth-len("  [ ] 1234567890 12345 h  ")-len(note), 20)
		fmt.Fprintf(b, "  %s %-10s %5s h  %s%s\n", box, shortTopic(p.Exam, t.ID), hours(t.Hours), clip(t.Title, min(width, 60)), note)
	}
}

// itemsDone counts the done study items of topic t.
func itemsDone(p planner.StudyPlan, t planner.TopicPlan) int {
	n := 0
	for _, it := range t.Items {
		if p.Items[it.ID].Done {
			n++
		}
	}
	return n
}

// writeThisWeek lists the sessions of the week holding today.
func writeThisWeek(b *strings.Builder, s planner.Plan, today catalog.Date) {
	i := s.Week(today)
	if i < 0 {
		return
	}
	w := s.Weeks[i]
	fmt.Fprintf(b, "\nThis week (%s to %s):\n", w.Start, w.End)
	if len(w.Sessions) == 0 {
		b.WriteString("  nothing planned\n")
	}
	for _, x := range w.Sessions {
		fmt.Fprintf(b, "  %s  %-10s %5s h  %s\n", dayDate(x.Date), shortTopic(s.Exam, x.Topic), hours(x.Hours), clip(x.Title, 50))
		for _, it := range x.Items {
			fmt.Fprintf(b, "  %26s %-9s %s\n", "", shortTopic(s.Exam, it.ID), clip(it.Text, lineWidth-len("  ")-26-len(" 123456789 ")))
		}
	}
}
