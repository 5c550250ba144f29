package cli

import (
	"context"
	"fmt"

	"certplan/planner"
	"certplan/storage"
)

// runPlan builds a plan from the flags and prints it as a report or JSON.
func runPlan(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	o := bindPlanFlags(fs, false)
	files := bindExportFlags(fs)
	asJSON := fs.Bool("json", false, "print the plan as JSON")
	if err := parseFlagsOnly(fs, c, args, "--cert SAA-C03"); err != nil {
		return err
	}
	in, err := o.input(e)
	if err != nil {
		return err
	}
	if err := files.check(e, false); err != nil {
		return err
	}
	if err := o.withLoggedIfAny(e, &in); err != nil {
		return err
	}
	p, err := planner.Build(e.cat, in)
	if err != nil {
		return badInput("%s", err.Error())
	}
	normalize(&p)
	saved, err := files.save(e, in, p)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, p)
	}
	return writeReportAndFiles(e, o, p, saved)
}

// writeReportAndFiles prints the report, then where each file was saved.
func writeReportAndFiles(e *env, o *planOptions, p planner.Plan, saved []string) error {
	if err := writeReport(e.stdout, o, p); err != nil {
		return err
	}
	for _, path := range saved {
		if _, err := fmt.Fprintf(e.stdout, "Saved %s\n", path); err != nil {
			return err
		}
	}
	return nil
}

// normalize makes every list of the plan an empty list rather than null, so
// that JSON readers can rely on arrays.
func normalize(p *planner.Plan) {
	p.Warnings = nonNil(p.Warnings)
	p.Changes = nonNil(p.Changes)
	p.Weeks = nonNil(p.Weeks)
	p.Domains = nonNil(p.Domains)
	p.Topics = nonNil(p.Topics)
	p.Unscheduled = nonNil(p.Unscheduled)
	if p.Feasible && p.Coverage == 0 {
		p.Coverage = 1 // saved before plans carried their coverage
	}
	p.Inputs.Held = nonNil(p.Inputs.Held)
	p.Inputs.TimeOff = nonNil(p.Inputs.TimeOff)
	for i := range p.Weeks {
		w := &p.Weeks[i]
		w.Items, w.Sessions = nonNil(w.Items), nonNil(w.Sessions)
		for k := range w.Sessions {
			w.Sessions[k].Items = nonNil(w.Sessions[k].Items) // schedules saved before items
		}
	}
	for i := range p.Topics {
		p.Topics[i].Items = nonNil(p.Topics[i].Items)
	}
}

// nonNil returns s, or an empty slice when s is nil.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// withLoggedIfAny is withLogged for plan, which saves nothing: it reads the
// learner's data read-only, and only when the data folder holds some, so
// that planning leaves a folder without data as it was.
func (o *planOptions) withLoggedIfAny(e *env, in *planner.Input) error {
	if o.held.set {
		return nil
	}
	dir, err := e.dataFolder()
	if err != nil && e.dataDir == "" {
		return nil // no data folder can be found, so nothing was logged
	}
	if err != nil || !storage.HasData(dir) {
		return err
	}
	db, err := storage.Open(dir, storage.Options{Catalog: e.cat, Now: e.now, ReadOnly: true})
	if err != nil {
		return storeErr(err)
	}
	err = withLogged(context.Background(), db, o, in)
	if cerr := db.Close(); err == nil {
		err = storeErr(cerr)
	}
	return err
}
