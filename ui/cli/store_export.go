package cli

import (
	"context"
	"fmt"

	"certplan/planner"
	"certplan/storage"
	"certplan/ui/export"
)

// runExport saves a stored plan as the files asked for, ticks as of now.
func runExport(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	files := bindExportFlags(fs)
	pos, err := parseArgs(fs, c, args, 1)
	if err != nil {
		return err
	}
	if files.pdf == "" && files.ics == "" && files.csv == "" {
		return badInput("export: name at least one file with --pdf, --ics or --csv")
	}
	id, err := idArg("plan", pos[0])
	if err != nil {
		return err
	}
	if err := files.check(e, true); err != nil {
		return err
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		certs, err := db.Certifications(ctx)
		if err != nil {
			return storeErr(err)
		}
		earlier, err := db.EarlierSchedules(ctx, p.ID)
		if err != nil {
			return storeErr(err)
		}
		ready, err := db.LoggedReadiness(ctx, id, e.today)
		if err != nil {
			return storeErr(err)
		}
		// The printout's fixes fit today, as show's do, not those stored.
		if err := fixesNow(ctx, db, &p, e.today); err != nil {
			return err
		}
		st := p.Standing(e.today)
		o := export.Options{Catalog: e.cat, Held: certs, Stamp: e.now().UTC(), PlanID: p.ID, PlanName: p.Name, Earlier: earlier,
			Readiness: ready, Standing: &st, Today: e.today}
		saved, err := files.saveWith(e, p.WithProgress(), o)
		for _, path := range saved {
			fmt.Fprintf(e.stdout, "Saved %s\n", path)
		}
		return err
	})
}
