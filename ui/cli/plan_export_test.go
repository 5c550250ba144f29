package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

func TestPlanSavesPDFCalendarAndCSV(t *testing.T) {
	dir := t.TempDir()
	pdf, ics, csv := filepath.Join(dir, "plan.pdf"), filepath.Join(dir, "plan.ics"), filepath.Join(dir, "plan.csv")
	for _, asJSON := range []bool{true, false} {
		args := []string{"plan", "--cert", "SAA-C03", "--held", "CLF-C02@2025-01-01", "--pdf", pdf, "--ics", ics, "--csv", csv}
		if asJSON {
			args = append(args, "--json")
		}
		r := cliRun(t, args...)
		if r.status != exitOK || r.stderr != "" {
			t.Fatalf("json %v: status %d, stderr %q", asJSON, r.status, r.stderr)
		}
		if asJSON && !json.Valid([]byte(r.stdout)) {
			t.Errorf("--json with files: stdout is not only JSON")
		}
		if !asJSON && !strings.Contains(r.stdout, "Saved "+pdf) {
			t.Errorf("the report does not say where the PDF went")
		}
		for path, start := range map[string]string{pdf: "%PDF", ics: "BEGIN:VCALENDAR", csv: "date,"} {
			b, err := os.ReadFile(path)
			if err != nil || !strings.HasPrefix(string(b), start) {
				t.Errorf("%s: %v, starts %q; want %q", filepath.Base(path), err, head(string(b)), start)
			}
			os.Remove(path)
		}
	}
}

func TestPlanUnwritableFileIsBadInput(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, flag, path string }{
		{"missing folder", "--pdf", filepath.Join(dir, "no", "such", "plan.pdf")},
		{"a folder", "--csv", dir},
		{"under a file", "--ics", filepath.Join(mustFile(t, dir), "plan.ics")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cliRun(t, "plan", "--cert", "SAA-C03", "--json", c.flag, c.path)
			wantBadInput(t, r, c.flag)
			if r.stdout != "" {
				t.Errorf("a failed save still printed the plan")
			}
		})
	}
}

// mustFile makes an empty file in dir and returns its path.
func mustFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "file")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportHeldSaysWhatRenewsThem: the held certifications `plan --pdf`
// prints say what renews them, as `certs` does, not that nothing does.
func TestExportHeldSaysWhatRenewsThem(t *testing.T) {
	held := exportHeld(catalogtest.Load(t), []planner.HeldCert{{Code: "CLF-C02", Earned: catalog.DateOf(2025, 1, 1)}})
	want := "Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2028-01-01"
	if len(held) != 1 || held[0].Renewal() != want {
		t.Fatalf("exportHeld = %+v, want one saying %q", held, want)
	}
}
