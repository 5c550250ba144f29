package cli

import (
	"strings"
	"testing"
)

// fuzzFlags are the plan flags FuzzPlanArgs fills, in the order of its arguments.
var fuzzFlags = []string{"cert", "start", "exam", "today", "hours", "weekdays", "held", "experience", "country",
	"off", "done", "hours-override"}

// addSeed turns plan arguments into a FuzzPlanArgs seed, one value per fuzzFlags entry.
func addSeed(f *testing.F, args []string) {
	v := make([]string, len(fuzzFlags))
	for i := 0; i+1 < len(args); i++ {
		for j, name := range fuzzFlags {
			if args[i] == "--"+name {
				v[j] = args[i+1]
			}
		}
	}
	f.Add(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11])
}

// FuzzPlanArgs feeds arbitrary strings to the plan flags: the command must
// never crash, and must answer with status 0 or with status 2 and one line.
func FuzzPlanArgs(f *testing.F) {
	for _, c := range badPlanInputs {
		addSeed(f, c.args)
	}
	addSeed(f, []string{"--cert", "SAA-C03", "--start", "2026-12-01", "--exam", "2027-03-01", "--weekdays", "mon=2,sat=4",
		"--held", "CLF-C02@2024-01-01", "--experience", "new", "--country", "DE", "--off", "2026-12-24..2027-01-01",
		"--done", "1.1", "--hours-override", "60"})
	addSeed(f, []string{"--cert", "AXS-C01", "--hours", "0", "--today", "2030-01-01"})
	f.Fuzz(func(t *testing.T, cert, start, exam, today, hours, weekdays, held, experience, country, off, done, override string) {
		args := []string{"plan"}
		for i, v := range []string{cert, start, exam, today, hours, weekdays, held, experience, country, off, done, override} {
			if v != "" {
				args = append(args, "--"+fuzzFlags[i]+"="+v)
			}
		}
		r := cliRun(t, args...)
		switch r.status {
		case exitOK:
			if r.stderr != "" {
				t.Errorf("%q: status 0 with stderr %q", args, r.stderr)
			}
		case exitUsage:
			if strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
				t.Errorf("%q: status 2 with stdout %q stderr %q; want one line on stderr only", args, r.stdout, r.stderr)
			}
		default:
			t.Errorf("%q: status %d, stderr %q; want 0 or 2", args, r.status, r.stderr)
		}
		wantNoCrash(t, r)
	})
}
