package cli

import (
	"flag"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
	"certplan/ui/export"
)

// exportFiles are the files `plan` can save besides printing the plan.
type exportFiles struct{ pdf, ics, csv string }

// bindExportFlags defines --pdf, --ics and --csv on fs.
func bindExportFlags(fs *flag.FlagSet) *exportFiles {
	x := &exportFiles{}
	fs.StringVar(&x.pdf, "pdf", "", "also save the plan as a printable PDF to `FILE`")
	fs.StringVar(&x.ics, "ics", "", "also save the study sessions as an iCalendar `FILE` (export: - for stdout, alone)")
	fs.StringVar(&x.csv, "csv", "", "also save the study sessions as a CSV `FILE` (export: - for stdout, alone)")
	return x
}

// exportFile is one requested file: its flag, path and how to make its bytes.
type exportFile struct {
	flag, path string
	render     func() ([]byte, error)
}

// save makes and saves every requested file and returns the paths saved. A
// path that cannot be written is bad input; a file that cannot be made is not.
// The held certifications' study starts are at the plan's week and
// experience (in), as `certs` gives them at the learner's.
func (x *exportFiles) save(e *env, in planner.Input, p planner.Plan) ([]string, error) {
	learner := planner.Settings{Experience: in.Experience}.WithWeek(in.Week())
	// The stamp is the real time, so a calendar sees a re-planned export as newer.
	return x.saveWith(e, p, export.Options{Catalog: e.cat, Held: exportHeld(e.cat, p.Inputs.Held, learner), Stamp: e.now().UTC()})
}

// saveWith makes and saves every requested file of p with options o; a
// file named "-" (which check allows alone) goes to standard output.
func (x *exportFiles) saveWith(e *env, p planner.Plan, o export.Options) ([]string, error) {
	files := []exportFile{
		{"pdf", x.pdf, func() ([]byte, error) { return export.PDF(p, o) }},
		{"ics", x.ics, func() ([]byte, error) { return export.ICS(p, o) }},
		{"csv", x.csv, func() ([]byte, error) { return export.CSV(p) }},
	}
	var saved []string
	for _, f := range files {
		if f.path == "" {
			continue
		}
		data, err := f.render()
		if err != nil {
			return saved, fmt.Errorf("make the %s file: %w", f.flag, err)
		}
		if f.path == "-" {
			if _, err := e.stdout.Write(data); err != nil {
				return saved, err
			}
			continue
		}
		if err := export.WriteFile(f.path, data); err != nil {
			return saved, badInput("--%s: %s", f.flag, err.Error())
		}
		saved = append(saved, f.path)
	}
	return saved, nil
}

// exportHeld describes the held certifications for the printout and the
// calendar: name, what renews it, and when known the expiry and the latest
// day to start studying for the renewal at the learner's hours (the
// planner's rule, as `certs` and the certifications screen give it).
func exportHeld(c *catalog.Catalog, held []planner.HeldCert, learner planner.Settings) []planner.HeldCertification {
	var out []planner.HeldCertification
	for _, h := range held {
		x, ok := c.Exam(h.Code)
		if !ok {
			continue
		}
		eh := planner.HeldCertification{Key: x.Certification, Exam: x.Code, Name: x.Name, Earned: h.Earned}
		if !h.Earned.IsZero() {
			eh.Expiry = c.ValidUntil(x, h.Earned)
		}
		// The plan printed is not stored, so no plan of the learner's renews it here.
		eh = planner.DescribeRenewal(c, eh, nil, nil, 0)
		if !eh.Expiry.IsZero() {
			eh = eh.WithStudyStart(c, learner, held)
		}
		out = append(out, eh)
	}
	return out
}
