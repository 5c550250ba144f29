package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/storage"
)

func init() {
	register(&command{name: "plans", usage: "plans", summary: "list the saved plans", run: runPlans})
	register(&command{name: "new", usage: "new --cert CODE [--name NAME] [plan flags]",
		summary: "save a new plan (the flags of certplan plan) to tick off as you study", run: runNew})
	register(&command{name: "replan", usage: "replan ID [--today DATE]",
		summary: "rebalance a saved plan's remaining work from today, as a new version", run: runReplan})
}

// runPlans lists the saved plans.
func runPlans(e *env, args []string) error {
	return listing[[]storage.PlanSummary]{name: "plans", fetch: (*storage.DB).Plans, text: writePlanList}.run(e, args)
}

func writePlanList(w io.Writer, list []storage.PlanSummary) error {
	if len(list) == 0 {
		_, err := fmt.Fprintln(w, "No plans yet: save one with certplan new --cert CODE.")
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-4s %-24s %-8s %-10s %-7s %s\n", "ID", "NAME", "EXAM", "EXAM DAY", "DONE", "VERSION")
	for _, p := range list {
		fmt.Fprintf(&b, "%-4d %-24s %-8s %-10s %-7s %d\n", p.ID, clip(p.Name, 24), p.Exam, orDash(p.ExamDate),
			fmt.Sprintf("%d/%d", p.TopicsDone, p.Topics), p.Version)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// orDash prints a date, or "-" for none.
func orDash(d catalog.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// runNew saves a plan made from the plan flags.
func runNew(e *env, args []string) error {
	c := commands["new"]
	fs := newFlags(e, c)
	o := bindPlanFlags(fs)
	name := fs.String("name", "", "a name for the plan (default: the exam code)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(c, pos, 0); err != nil {
		return err
	}
	in, err := o.input(e)
	if err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		p, err := db.CreatePlan(ctx, *name, in, strings.ToUpper(strings.TrimSpace(o.country)))
		if err != nil {
			return storeErr(err)
		}
		s := p.Schedule
		fmt.Fprintf(e.stdout, "Saved plan %d (%s): exam %s, %d topics, %s hours.\n", p.ID, p.Name, examDay(s.ExamDate, s.ExamDateProposed), len(s.Topics), hours(s.TotalHours))
		fmt.Fprintf(e.stdout, "Tick a topic when it is done: certplan tick %d %s\n", p.ID, shortTopic(p.Exam, s.Topics[0].ID))
		return nil
	})
}

// examDay says the exam day, and whether certplan proposed it.
func examDay(d catalog.Date, proposed bool) string {
	switch {
	case d.IsZero():
		return "day not found"
	case proposed:
		return "on " + d.String() + " (the earliest that fits)"
	}
	return "on " + d.String()
}

// shortTopic drops the exam code from a topic ID ("SAA-C03:1.1" -> "1.1").
func shortTopic(exam, id string) string { return strings.TrimPrefix(id, exam+":") }

// runReplan rebalances a saved plan from today.
func runReplan(e *env, args []string) error {
	c := commands["replan"]
	fs := newFlags(e, c)
	var today catalog.Date
	dateVar(fs, &today, "today", "re-plan as if today were this date, YYYY-MM-DD")
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
	if today.IsZero() {
		today = e.today
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		p, changed, err := db.Replan(ctx, id, today)
		if err != nil {
			return storeErr(err)
		}
		if !changed {
			_, err = fmt.Fprintf(e.stdout, "Plan %d is on track on %s: no change (version %d).\n", id, today, p.Version)
			return err
		}
		var b strings.Builder
		fmt.Fprintf(&b, "Plan %d re-planned from %s as version %d: exam %s; %s\n", id, today, p.Version,
			examDay(p.Schedule.ExamDate, false), fitText(p))
		for _, change := range p.Schedule.Changes {
			b.WriteString("  " + change + "\n")
		}
		_, err = io.WriteString(e.stdout, b.String())
		return err
	})
}

// fitText says in one sentence whether the remaining work fits.
func fitText(p storage.Plan) string {
	s := p.Schedule
	if s.Feasible {
		return fmt.Sprintf("the remaining %s hours fit.", hours(s.RequiredHours))
	}
	return fmt.Sprintf("%s hours do not fit before the exam: study %s hours a week, or move the exam to %s.",
		hours(s.ShortfallHours), hours(s.HoursPerWeekNeeded), orDash(s.EarliestExam))
}
