package cli

import (
	"context"
	"fmt"
	"io"
	"math"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

func init() {
	register(&command{name: "show", usage: "show ID [--json]",
		summary: "show a saved plan with your progress and whether you are on track", run: runShow})
}

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
}

// shownProgress is the progress today: totals, the on-track figure and
// each topic's state. The plan's own topics[].done/spent are as of its
// version; these are current.
type shownProgress struct {
	Today catalog.Date `json:"today"`
	storage.Standing
	OnTrack bool         `json:"on_track"`
	ByTopic []shownTopic `json:"by_topic"`
}

// shownTopic is one topic's current progress.
type shownTopic struct {
	Topic  string       `json:"topic"`
	Done   bool         `json:"done"`
	DoneOn catalog.Date `json:"done_on"`
	Hours  float64      `json:"hours"`
}

// runShow prints a saved plan as text or JSON.
func runShow(e *env, args []string) error {
	c := commands["show"]
	fs := newFlags(e, c)
	asJSON := fs.Bool("json", false, "print the plan and progress as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(c, pos, 1); err != nil {
		return err
	}
	id, err := idArg("plan", pos[0])
	if err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		p, err := db.Plan(ctx, id)
		if err != nil {
			return storeErr(err)
		}
		if *asJSON {
			out := showJSON(p, e.today)
			if out.Readiness, err = db.PlanReadiness(ctx, id, e.today); err != nil {
				return storeErr(err)
			}
			return writeJSON(e.stdout, out)
		}
		return writeShown(e.stdout, e.cat, p, e.today)
	})
}

// showJSON builds `show --json` for plan p on today.
func showJSON(p storage.Plan, today catalog.Date) shownPlan {
	s := p.Schedule
	normalize(&s)
	out := shownPlan{ID: p.ID, PlanName: p.Name, Version: p.Version, Plan: s}
	st := p.Standing(today)
	out.Progress = shownProgress{Today: today, Standing: st, OnTrack: st.AheadHours >= 0, ByTopic: []shownTopic{}}
	for _, t := range s.Topics {
		g := p.Progress[t.ID]
		out.Progress.ByTopic = append(out.Progress.ByTopic, shownTopic{Topic: t.ID, Done: g.Done, DoneOn: g.DoneOn, Hours: g.Hours})
	}
	return out
}

// writeShown prints a saved plan: header, standing, topics and this week.
func writeShown(w io.Writer, cat *catalog.Catalog, p storage.Plan, today catalog.Date) error {
	var b strings.Builder
	s := p.Schedule
	st := p.Standing(today)
	fmt.Fprintf(&b, "Plan %d: %s, %s (version %d)\n", p.ID, p.Name, s.ExamName, p.Version)
	fmt.Fprintf(&b, "Exam %s. %d of %d topics done; %s of %s hours.\n", examDay(s.ExamDate, s.ExamDateProposed),
		st.TopicsDone, st.Topics, hours(st.DoneHours), hours(st.TotalHours))
	b.WriteString(standingText(p.ID, st, today) + "\n")
	writeTopics(&b, p)
	writeThisWeek(&b, s, today)
	_, err := io.WriteString(w, b.String())
	return err
}

// standingText says how far ahead or behind the plan the learner is.
func standingText(id int64, st storage.Standing, today catalog.Date) string {
	ahead := math.Abs(st.AheadHours)
	switch {
	case st.AheadHours > 0:
		return fmt.Sprintf("Ahead of the plan by %s hours (it planned %s by %s).", hours(ahead), hours(st.PlannedHours), today)
	case st.AheadHours < 0:
		return fmt.Sprintf("Behind the plan by %s hours (it planned %s by %s): certplan replan %d spreads the rest.", hours(ahead), hours(st.PlannedHours), today, id)
	}
	return fmt.Sprintf("On track (%s hours planned by %s).", hours(st.PlannedHours), today)
}

// writeTopics lists every topic with a tick box.
func writeTopics(b *strings.Builder, p storage.Plan) {
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
		fmt.Fprintf(b, "  %s %-8s %5s h  %s%s\n", box, shortTopic(p.Exam, t.ID), hours(t.Hours), clip(t.Title, 60), note)
	}
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
		fmt.Fprintf(b, "  %s %s  %-8s %5s h  %s\n", x.Date.Weekday().String()[:3], x.Date, shortTopic(s.Exam, x.Topic), hours(x.Hours), clip(x.Title, 50))
	}
}
