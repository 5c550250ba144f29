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

// runWeek prints the learner's week and the active plans not planned
// within it; with --apply it re-plans them within it.
func runWeek(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	apply := fs.Bool("apply", false, "re-plan the plans planned within another week within yours, each as a new version with its ticks kept")
	if _, err := parseArgs(fs, c, args, 0); err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		var b strings.Builder
		var err error
		if *apply {
			err = writeRefitToWeek(ctx, &b, db, e.today)
		} else {
			err = writeWeek(ctx, &b, db, e.today)
		}
		if err != nil {
			return err
		}
		_, err = io.WriteString(e.stdout, b.String())
		return err
	})
}

// writeWeek says the learner's week and each active plan planned within
// another.
func writeWeek(ctx context.Context, b *strings.Builder, db *storage.DB, today catalog.Date) error {
	week, outside, err := db.OutsideWeek(ctx, today)
	if err != nil {
		return storeErr(err)
	}
	fmt.Fprintf(b, "Your week: %s, for all your plans.\n", week)
	if len(outside) == 0 {
		b.WriteString("All your active plans are planned within it.\n")
	}
	writeOutsideWeek(b, week, outside)
	return nil
}

// writeRefitToWeek re-plans the active plans within the learner's week and
// says how each plan re-planned now stands, or that nothing changed.
func writeRefitToWeek(ctx context.Context, b *strings.Builder, db *storage.DB, today catalog.Date) error {
	change, err := db.RefitToWeek(ctx, today)
	if err != nil {
		return storeErr(err)
	}
	if len(change.Refitted) == 0 {
		fmt.Fprintf(b, "Nothing changed: all your active plans are planned within your week, %s.\n", change.Week)
		return nil
	}
	budget, err := db.Budget(ctx, 0, today)
	if err != nil {
		return storeErr(err)
	}
	fmt.Fprintf(b, "Your plans were re-planned within your week, %s.\n", change.Week)
	writeRefittedIn(b, change.Refitted, budget, today)
	return nil
}

// writeOutsideWeek says, a paragraph each, which plans are planned within
// another week than the learner's, and the command that fixes it.
func writeOutsideWeek(b *strings.Builder, week planner.LearnerWeek, outside []planner.StudyPlan) {
	for _, p := range outside {
		writeWrapped(b, "", fmt.Sprintf("Plan %d (%s) is planned within %s, not your week of %s: "+
			"certplan week --apply re-plans it within yours.", p.ID, p.Exam, p.Input.Week(), week))
	}
}

// outsideWeekOf is the plans of outside that are plan id: it, or none.
func outsideWeekOf(id int64, outside []planner.StudyPlan) []planner.StudyPlan {
	for _, p := range outside {
		if p.ID == id {
			return []planner.StudyPlan{p}
		}
	}
	return nil
}
