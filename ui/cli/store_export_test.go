package cli

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportStoredPlanCarriesTicksAndHeldCertifications(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "SAA-C03:1.1")
	mustStore(t, dir, "exam", "add", "CLF-C02", "2025-06-02", "--status", "passed", "--score", "800")
	out := filepath.Join(t.TempDir(), "files")
	if err := os.Mkdir(out, 0o700); err != nil {
		t.Fatal(err)
	}
	csvPath, icsPath := filepath.Join(out, "plan.csv"), filepath.Join(out, "plan.ics")
	stdout := mustStore(t, dir, "export", "1", "--csv", csvPath, "--ics", icsPath)
	if !strings.Contains(stdout, csvPath) || !strings.Contains(stdout, icsPath) {
		t.Errorf("export did not say what it saved: %q", stdout)
	}
	rows := readCSV(t, csvPath)
	done := map[string]string{}
	for _, r := range rows[1:] {
		if r[7] != "review" { // a review names its task; its done is its domain review's
			done[r[4]] = r[8]
		}
	}
	if done["SAA-C03:1.1"] != "true" || done["SAA-C03:1.2"] != "false" {
		t.Errorf("done column = %q for 1.1 and %q for 1.2, want the current ticks true and false",
			done["SAA-C03:1.1"], done["SAA-C03:1.2"])
	}
	ics, err := os.ReadFile(icsPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ics), "CLF-C02") || !strings.Contains(string(ics), "2028") {
		t.Errorf("the calendar lacks the held CLF-C02 and its 2028 expiry")
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("read %s: %v (%d rows)", path, err, len(rows))
	}
	return rows
}

func TestExportBadInput(t *testing.T) {
	dir := newSavedPlan(t)
	cases := []struct {
		name, names string
		args        []string
	}{
		{"no file named", "--pdf, --ics or --csv", []string{"export", "1"}},
		{"no plan id", "export", []string{"export", "--csv", "x.csv"}},
		{"unknown plan", "plan", []string{"export", "99", "--csv", filepath.Join(t.TempDir(), "x.csv")}},
		{"unwritable path", "--csv", []string{"export", "1", "--csv", "/nonexistent-folder/x.csv"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantBadInput(t, storeRun(t, dir, c.args...), c.names)
		})
	}
}

// TestExportPDFStatesTodaysStanding: the printout of a saved plan counts the
// ticks made since the plan was and says where the learner stands today.
func TestExportPDFStatesTodaysStanding(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "SAA-C03:1.1")
	cover := exportedCover(t, dir, "1")
	today := fixedToday.Format("2 Jan 2006")
	for _, want := range []string{"done by " + today, "On " + today + " you are ahead by"} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q:\n%s", want, cover)
		}
	}
}

// TestExportRefusesAFileFlagGivenTwice (QA #21): export 1 --csv a.csv
// --csv b.csv wrote only b.csv; it is one line, exit 2, and no file.
func TestExportRefusesAFileFlagGivenTwice(t *testing.T) {
	dir := newSavedPlan(t)
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	wantBadInput(t, storeRun(t, dir, "export", "1", "--csv", a, "--csv", b), "--csv is given twice")
	for _, path := range []string{a, b} {
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%s was written", filepath.Base(path))
		}
	}
}

// exportedCover exports saved plan id in dir as a PDF and returns its
// cover's text, white space folded.
func exportedCover(t *testing.T, dir, id string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.pdf")
	mustStore(t, dir, "export", id, "--pdf", path)
	out, err := exec.Command("pdftotext", "-l", "1", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (make deps installs poppler-utils): %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}
