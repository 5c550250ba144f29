package cli

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// runPlanList lists the saved plans with the hours a week each active one
// takes; archived plans only with --all.
func runPlanList(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	all := fs.Bool("all", false, "list archived plans too")
	if _, err := parseArgs(fs, c, args, 0); err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		list, err := db.Plans(ctx)
		if err != nil {
			return storeErr(err)
		}
		b, err := db.Budget(ctx, 0, e.today)
		if err != nil {
			return storeErr(err)
		}
		week, outside, err := db.OutsideWeek(ctx, e.today)
		if err != nil {
			return storeErr(err)
		}
		if err := writePlanList(e.stdout, list, weeklyHours(b), *all); err != nil {
			return err
		}
		var w strings.Builder
		writeOutsideWeek(&w, week, outside)
		_, err = io.WriteString(e.stdout, w.String())
		return err
	})
}

// weeklyHours is each active plan's hours a week, by plan ID.
func weeklyHours(b planner.WeekBudget) map[int64]float64 {
	out := map[int64]float64{}
	for _, c := range b.Shares {
		out[c.PlanID] = c.HoursPerWeek
	}
	return out
}

// writePlanList prints the plans; archived ones only when all is set. A
// plan whose exam is passed says so instead of its hours a week.
func writePlanList(w io.Writer, list []planner.PlanSummary, perWeek map[int64]float64, all bool) error {
	var b strings.Builder
	hidden := 0
	fmt.Fprintf(&b, "%-4s %s %-8s %-10s %-7s %-8s %s\n", "ID", column("NAME", 24), "EXAM", "EXAM DAY", "DONE", "AVG H/WK", "VERSION")
	for _, p := range list {
		week := hours(perWeek[p.ID])
		if p.Archived {
			if hidden++; !all {
				continue
			}
			week = "archived"
		} else if !p.Passed.IsZero() {
			week = "passed" // its exam is passed: the plan is done
		}
		fmt.Fprintf(&b, "%-4d %s %-8s %-10s %-7s %-8s %d\n", p.ID, column(p.Name, 24), p.Exam, orDash(planner.ExamDayOf(p.ExamDate, p.Passed)),
			fmt.Sprintf("%d/%d", p.TopicsDone, p.Topics), week, p.Version)
	}
	switch {
	case len(list) == 0:
		b.Reset()
		b.WriteString("No plans yet: save one with certplan new --cert CODE.\n")
	case hidden > 0 && !all:
		fmt.Fprintf(&b, "%d archived not shown: certplan plans --all lists them.\n", hidden)
	}
	if len(list)-hidden > 1 || (all && len(list) > 1) {
		b.WriteString("AVG H/WK is each plan's average over its own weeks: plans that follow each other can add up to more than your week.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeSharedWeek says which other plans already take part of the week, or
// nothing when none does.
func writeSharedWeek(w io.Writer, b planner.WeekBudget) {
	for _, c := range b.Shares {
		fmt.Fprintf(w, "Sharing your week: %s.\n", c.String())
	}
}

// sharedWeek reads the other active plans' shares of the week besides
// plan id and prints them.
func sharedWeek(ctx context.Context, e *env, db *storage.DB, id int64, today catalog.Date) error {
	b, err := db.Budget(ctx, id, today)
	if err != nil {
		return storeErr(err)
	}
	writeSharedWeek(e.stdout, b)
	return nil
}

// runArchive archives a saved plan.
func runArchive(e *env, c *command, args []string) error { return setArchived(e, c, args, true) }

// runUnarchive brings an archived plan back.
func runUnarchive(e *env, c *command, args []string) error { return setArchived(e, c, args, false) }

// planAndDay reads the plan ID of command c and, when asked, its --today.
func planAndDay(e *env, c *command, args []string, withToday bool) (int64, catalog.Date, error) {
	fs := newFlags(e, c)
	today := e.today
	if withToday {
		replanDayVar(fs, &today)
	}
	id, err := planArg(fs, c, args)
	return id, today, err
}

// setArchived archives or brings back the plan named in args; a plan
// already as asked is left alone, and it says that nothing changed.
func setArchived(e *env, c *command, args []string, archived bool) error {
	id, today, err := planAndDay(e, c, args, !archived)
	if err != nil {
		return err
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		if p.Archived == archived {
			_, err := fmt.Fprintf(e.stdout, "Nothing changed: plan %d is already %s.\n", id, archivedWord(archived))
			return err
		}
		if !archived {
			if err := checkRefitDay(e, c, p, today); err != nil {
				return err
			}
		}
		was, version := p.Input.Week(), p.Version
		p, err := db.SetArchived(ctx, id, archived, today)
		if err != nil {
			return storeErr(err)
		}
		if archived {
			_, err := fmt.Fprintf(e.stdout, "Archived plan %d: it keeps its history and takes no study hours (certplan unarchive %d brings it back).\n", id, id)
			return err
		}
		if err := fixesNow(ctx, db, &p, today); err != nil {
			return err
		}
		var b strings.Builder
		writeUnarchived(&b, p, was, p.Version == version, today)
		if _, err := io.WriteString(e.stdout, b.String()); err != nil {
			return err
		}
		return sharedWeek(ctx, e, db, id, today)
	})
}

// writeUnarchived says that plan p, planned within week was while
// archived, is active again: re-planned from today around the other plans
// and, when its week changed, within the learner's; or left as it was
// (kept), its exam having come or it still fitting beside the other plans.
// Then how it stands.
func writeUnarchived(b *strings.Builder, p planner.StudyPlan, was planner.LearnerWeek, kept bool, today catalog.Date) {
	switch {
	case planner.ExamPassed(p.Schedule, today):
		fmt.Fprintf(b, "Plan %d is active again; its exam on %s has come, so nothing was re-planned.\n", p.ID, p.Schedule.ExamDate)
	case kept:
		fmt.Fprintf(b, "Plan %d is active again, as it was: it still fits beside your other plans.\n", p.ID)
	case p.Input.Week() != was:
		writeWrapped(b, "", fmt.Sprintf("Plan %d is active again, re-planned from %s around your other plans and within your week, %s.",
			p.ID, today, p.Input.Week()))
	default:
		fmt.Fprintf(b, "Plan %d is active again, re-planned from %s around your other plans.\n", p.ID, today)
	}
	writeRefitted(b, []planner.StudyPlan{p}, today)
}

// archivedWord is how a plan stands: archived, or active.
func archivedWord(archived bool) string {
	if archived {
		return "archived"
	}
	return "active"
}

// runPrioritize gives the plan named in args priority over the others.
func runPrioritize(e *env, c *command, args []string) error {
	id, today, err := planAndDay(e, c, args, true)
	if err != nil {
		return err
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		others, err := otherActivePlans(ctx, db, id)
		if err != nil {
			return err
		}
		if err := checkPrioritizeDay(e, c, p, others, today); err != nil {
			return err
		}
		refitted, err := db.Prioritize(ctx, id, today)
		if err != nil {
			return storeErr(err)
		}
		if err := allFixesNow(ctx, db, refitted, today); err != nil {
			return err
		}
		var b strings.Builder
		fmt.Fprintf(&b, "Plan %d now takes its hours first; the other active plans were re-planned from %s around it.\n", id, today)
		writeRefitted(&b, slices.DeleteFunc(refitted, func(p planner.StudyPlan) bool { return p.ID == id }), today)
		_, err = io.WriteString(e.stdout, b.String())
		return err
	})
}

// writeRefitted says, for each plan re-planned around another, its
// version and standing in the words of show and, when it does not fit,
// what it covers and the fixes.
func writeRefitted(b *strings.Builder, refitted []planner.StudyPlan, today catalog.Date) {
	writeRefittedIn(b, refitted, planner.WeekBudget{}, today)
}

// writeRefittedIn is writeRefitted, saying after each plan's standing the
// share of the week it takes (from budget), when it takes one.
func writeRefittedIn(b *strings.Builder, refitted []planner.StudyPlan, budget planner.WeekBudget, today catalog.Date) {
	for _, p := range refitted {
		b.WriteString("\n")
		text := fmt.Sprintf("Plan %d (%s), version %d: %s", p.ID, p.Exam, p.Version, standingText(p, today))
		if c, ok := shareOf(budget, p.ID); ok {
			text += fmt.Sprintf(" It takes %s h a week of your hours until %s.", hours(c.HoursPerWeek), c.Until)
		}
		writeWrapped(b, "", text)
		writeFit(b, p.Schedule, savedFixes(p.ID, p.Schedule))
	}
}

// shareOf is plan id's share of the week in budget; ok is false when it
// takes none.
func shareOf(budget planner.WeekBudget, id int64) (planner.Commitment, bool) {
	for _, c := range budget.Shares {
		if c.PlanID == id && c.HoursPerWeek > 0 {
			return c.Commitment, true
		}
	}
	return planner.Commitment{}, false
}

// writeWeekChange says the learner's week a new or edited plan made theirs
// and how each plan re-fitted within it now stands, with the share of the
// week it takes (budget, the other plans'); then the shares of the plans
// not re-fitted, so each plan is said once. Without a change it says only
// the other plans' shares.
func writeWeekChange(b *strings.Builder, c planner.WeekChange, budget planner.WeekBudget, today catalog.Date) {
	rest := budget
	if len(c.Refitted) > 0 {
		fmt.Fprintf(b, "\nYour week is now %s, for all your plans.\n", c.Week)
		writeRefittedIn(b, c.Refitted, budget, today)
		rest.Shares = slices.DeleteFunc(slices.Clone(budget.Shares), func(s planner.PlanShare) bool {
			return slices.ContainsFunc(c.Refitted, func(p planner.StudyPlan) bool { return p.ID == s.PlanID })
		})
		if len(rest.Shares) > 0 {
			b.WriteString("\n")
		}
	}
	writeSharedWeek(b, rest)
}

// otherActivePlans loads every active plan but plan id.
func otherActivePlans(ctx context.Context, db *storage.DB, id int64) ([]planner.StudyPlan, error) {
	list, err := db.Plans(ctx)
	if err != nil {
		return nil, storeErr(err)
	}
	var out []planner.StudyPlan
	for _, s := range list {
		if s.Archived || s.ID == id {
			continue
		}
		p, err := db.Plan(ctx, s.ID)
		if err != nil {
			return nil, storeErr(err)
		}
		out = append(out, p)
	}
	return out, nil
}
