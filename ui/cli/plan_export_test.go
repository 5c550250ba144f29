package cli

import (
	"encoding/json"
	"os"
	"os/exec"
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
	held := exportHeld(catalogtest.Load(t), []planner.HeldCert{{Code: "CLF-C02", Earned: catalog.DateOf(2025, 1, 1)}},
		planner.Settings{Hours: planner.Even(planner.DefaultWeekHours)})
	want := "Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2028-01-01"
	if len(held) != 1 || held[0].Renewal() != want {
		t.Fatalf("exportHeld = %+v, want one saying %q", held, want)
	}
}

// TestPlanPDFStudyStartIsCerts: `plan --pdf` prints the day to start
// studying for a held certification's renewal that `certs` gives for the
// same certification, hours, experience and holidays (the planner's
// HeldCertification.WithStudyStart), not 90 days before the expiry.
func TestPlanPDFStudyStartIsCerts(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "8", "--country", "DE") // the learner's week: 8 h, DE
	mustStore(t, dir, "exam", "add", "SAA-C03", "2024-02-29", "--status", "passed")
	var certs []struct {
		Exam      string       `json:"exam"`
		Expiry    catalog.Date `json:"expiry"`
		StudyFrom catalog.Date `json:"study_from"`
	}
	if err := json.Unmarshal([]byte(mustStore(t, dir, "certs", "--json")), &certs); err != nil || len(certs) != 1 {
		t.Fatalf("certs --json: %+v, %v", certs, err)
	}
	c := certs[0]
	if c.StudyFrom.IsZero() || c.StudyFrom == c.Expiry.AddDays(-90) {
		t.Fatalf("certs gives the study start %s for the expiry %s: the test needs the planner's", c.StudyFrom, c.Expiry)
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	mustStore(t, dir, "plan", "--cert", "CLF-C02", "--hours", "8", "--country", "DE", "--held", "SAA-C03@2024-02-29", "--pdf", path)
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (make deps installs poppler-utils): %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	day := func(d catalog.Date) string { return d.Time().Format("2 Jan 2006") }
	if want := day(c.Expiry) + " " + day(c.StudyFrom); !strings.Contains(text, want) {
		t.Errorf("the PDF's held table lacks the expiry and certs' study start %q:\n%s", want, text[max(len(text)-600, 0):])
	}
}
