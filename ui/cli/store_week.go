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
// within it; with --apply it re-plans them within it. --today is the day
// it asks which exams are still to come on, and re-plans from.
func runWeek(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	apply := fs.Bool("apply", false, "re-plan the plans planned within another week within yours, each as a new version with its ticks kept")
	today := e.today
	dateVar(fs, &today, "today", "say, and with --apply re-plan, as if today were this date, YYYY-MM-DD")
	if _, err := parseArgs(fs, c, args, 0); err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		var b strings.Builder
		var err error
		if *apply {
			err = writeRefitToWeek(ctx, &b, db, e, c, today)
		} else {
			err = writeWeek(ctx, &b, db, today)
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

// writeRefitToWeek re-plans the active plans within the learner's week from
// today and says how each plan re-planned now stands, or that nothing
// changed. A --today other than the clock's must suit every plan the
// re-fit would re-plan (checkRefitToWeekDay).
func writeRefitToWeek(ctx context.Context, b *strings.Builder, db *storage.DB, e *env, c *command, today catalog.Date) error {
	if err := checkRefitToWeekDay(ctx, db, e, c, today); err != nil {
		return err
	}
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
	if err := allFixesNow(ctx, db, change.Refitted, today); err != nil {
		return err
	}
	fmt.Fprintf(b, "Your plans were re-planned within your week, %s.\n", change.Week)
	writeRefittedIn(b, change.Refitted, budget, today)
	return nil
}

// writeOutsideWeek says, a paragraph each, which plans are planned within
// another week than the learner's, and the command that fixes it.
func writeOutsideWeek(b *strings.Builder, week planner.LearnerWeek, outside []planner.StudyPlan) {
	for _, p := range outside {
		writeWrapped(b, "", outsideWeekText(p, week))
	}
}

// outsideWeekText says that plan p is planned within another week than
// the learner's (week), and the command that fixes it: text and JSON say
// the same sentence.
func outsideWeekText(p planner.StudyPlan, week planner.LearnerWeek) string {
	return fmt.Sprintf("Plan %d (%s) is planned within %s, not your week of %s: "+
		"certplan week --apply re-plans it within yours.", p.ID, p.Exam, p.Input.Week(), week)
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

// checkRefitToWeekDay refuses a --today that week --apply cannot re-plan
// every active plan from (checkOthersDay), when one is planned within
// another week than the learner's on that day and so all would be.
func checkRefitToWeekDay(ctx context.Context, db *storage.DB, e *env, c *command, day catalog.Date) error {
	if day == e.today {
		return nil
	}
	_, outside, err := db.OutsideWeek(ctx, day)
	if err != nil || len(outside) == 0 {
		return storeErr(err)
	}
	active, err := otherActivePlans(ctx, db, 0)
	if err != nil {
		return err
	}
	return checkOthersDay(e, c, active, day, "re-planned within your week")
}
