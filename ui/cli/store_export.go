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
	if err := files.check(e); err != nil {
		return err
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		certs, err := db.Certifications(ctx)
		if err != nil {
			return storeErr(err)
		}
		earlier, err := earlierSchedules(ctx, db, p)
		if err != nil {
			return storeErr(err)
		}
		ready, err := db.LoggedReadiness(ctx, id, e.today)
		if err != nil {
			return storeErr(err)
		}
		o := export.Options{Catalog: e.cat, Held: certs, Stamp: e.now().UTC(), PlanID: p.ID, Earlier: earlier, Readiness: ready}
		saved, err := files.saveWith(p.WithProgress(), o)
		for _, path := range saved {
			fmt.Fprintf(e.stdout, "Saved %s\n", path)
		}
		return err
	})
}

// earlierSchedules are the schedules of p's versions before the current
// one, so that a calendar export cancels the sessions they had that moved.
func earlierSchedules(ctx context.Context, db *storage.DB, p planner.StudyPlan) ([]planner.Plan, error) {
	versions, err := db.PlanVersions(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	var out []planner.Plan
	for _, v := range versions {
		if v.Version == p.Version {
			continue
		}
		s, err := db.PlanSchedule(ctx, p.ID, v.Version)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
