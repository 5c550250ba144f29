package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/storage"
)

// storeRun runs the command line on the data folder dir.
func storeRun(t testing.TB, dir string, args ...string) cliResult {
	t.Helper()
	return cliRun(t, append([]string{"--data", dir}, args...)...)
}

// mustStore runs a command that must succeed and returns its stdout.
func mustStore(t testing.TB, dir string, args ...string) string {
	t.Helper()
	r := storeRun(t, dir, args...)
	if r.status != exitOK {
		t.Fatalf("%v: status %d, stderr %q", args, r.status, r.stderr)
	}
	return r.stdout
}

// newSavedPlan saves an SAA-C03 plan in a fresh folder and returns the folder.
func newSavedPlan(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	out := mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--country", "de", "--name", "Architect")
	if !strings.HasPrefix(out, "Saved plan 1 (Architect)") {
		t.Fatalf("new printed %q", out)
	}
	return dir
}

// openStore opens dir's data as another certplan process would, until
// the test ends or it is closed.
func openStore(t testing.TB, dir string) *storage.DB {
	t.Helper()
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(dir, storage.Options{Catalog: cat, BackupEvery: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// shown runs show --json and decodes it.
func shown(t *testing.T, dir string, args ...string) shownPlan {
	t.Helper()
	var s shownPlan
	if err := json.Unmarshal([]byte(mustStore(t, dir, append([]string{"show", "1", "--json"}, args...)...)), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTickSaysWhatItSavedAndIsSaved: a tick exits 0 with one line saying
// what it saved, and another process reading the file sees the tick.
func TestTickSaysWhatItSavedAndIsSaved(t *testing.T) {
	dir := newSavedPlan(t)
	r := storeRun(t, dir, "tick", "1", "1.1", "--hours", "2.5")
	if want := confirmation(t, dir, "Ticked 1.1 {1.1} (Mon 2026-11-23, 2.5 h spent). {standing}"); r.status != exitOK || r.stdout != want || r.stderr != "" {
		t.Fatalf("tick: status %d, stdout %q, stderr %q; want stdout %q", r.status, r.stdout, r.stderr, want)
	}
	// Another process reading the file sees the tick.
	db := openStore(t, dir)
	p, _ := db.Plan(t.Context(), 1)
	db.Close()
	g := p.Progress["SAA-C03:1.1"]
	if !g.Done || g.Hours != 2.5 {
		t.Errorf("stored tick: done %v with %v h, want done with 2.5 h", g.Done, g.Hours)
	}
	if today := catalog.DateFromTime(fixedToday); g.DoneOn != today {
		t.Errorf("stored tick done on %s, want today %s", g.DoneOn, today)
	}
	mustStore(t, dir, "tick", "1", "SAA-C03:1.1", "--undo")
	if s := shown(t, dir); s.Progress.TopicsDone != 0 || s.Progress.ByTopic[0].Hours != 0 {
		t.Fatalf("after undo: %+v", s.Progress.Standing)
	}
}

func TestShowJSONAddsProgressToThePlan(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1")
	s := shown(t, dir)
	if s.ID != 1 || s.PlanName != "Architect" || s.Version != 1 {
		t.Errorf("plan %d %q version %d, want plan 1 \"Architect\" version 1", s.ID, s.PlanName, s.Version)
	}
	if s.Exam != "SAA-C03" || len(s.Weeks) == 0 {
		t.Fatalf("plan part for %q with %d weeks, want SAA-C03 with its weeks", s.Exam, len(s.Weeks))
	}
	p := s.Progress
	if p.Topics != len(s.Topics) || len(p.ByTopic) != p.Topics {
		t.Fatalf("progress counts %d topics with %d rows, want the plan's %d each", p.Topics, len(p.ByTopic), len(s.Topics))
	}
	if p.TopicsDone != 1 || !p.ByTopic[0].Done {
		t.Errorf("progress %d topics done, first done %v; want 1, the first", p.TopicsDone, p.ByTopic[0].Done)
	}
	if !p.OnTrack || p.AheadHours <= 0 {
		t.Errorf("progress on track %v, %v h ahead; want on track and ahead by the tick", p.OnTrack, p.AheadHours)
	}
	var raw map[string]map[string]json.RawMessage
	out := mustStore(t, dir, "show", "1", "--json")
	json.Unmarshal([]byte(out), &raw)
	for _, key := range []string{"today", "topics", "topics_done", "total_hours", "done_hours", "planned_hours", "ahead_hours", "on_track", "by_topic"} {
		if _, ok := raw["progress"][key]; !ok {
			t.Errorf("progress has no %q", key)
		}
	}
}

func TestShowSaysWhenBehind(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1")
	later := catalog.DateFromTime(fixedToday).AddDays(28)
	out := mustStore(t, dir, "replan", "1", "--today", later.String())
	if !strings.Contains(out, "version 2") {
		t.Fatalf("replan printed %q", out)
	}
	text := mustStore(t, dir, "show", "1")
	for _, want := range []string{"Plan 1: Architect", "(version 2)", "[x] 1.1", "[ ] 1.2"} {
		if !strings.Contains(text, want) {
			t.Errorf("show lacks %q:\n%s", want, text)
		}
	}
	// 20 topics, and since the plan teaches, a diagnostic and two fix-weak-areas times.
	if out := mustStore(t, dir, "plans"); !strings.Contains(out, "1/23") || !strings.Contains(out, "Architect") {
		t.Fatalf("plans printed %q", out)
	}
}

func TestExamsAndCerts(t *testing.T) {
	dir := t.TempDir()
	out := mustStore(t, dir, "exam", "add", "clf-c02", "2024-02-29", "--status", "passed", "--score", "812")
	if !strings.Contains(out, "valid until 2027-02-28") {
		t.Fatalf("exam add printed %q", out)
	}
	out = mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-02", "--status", "failed", "--score", "690")
	if !strings.Contains(out, "retake it from 2026-11-16") {
		t.Fatalf("failed attempt printed %q", out)
	}
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-12-01", "--status", "booked")
	out = mustStore(t, dir, "exam", "set", "3", "--status", "cancelled")
	if !strings.Contains(out, "cancelled") {
		t.Fatalf("exam set printed %q", out)
	}
	var attempts []shownAttempt
	json.Unmarshal([]byte(mustStore(t, dir, "exams", "--json")), &attempts)
	if len(attempts) != 3 {
		t.Fatalf("exams --json %+v, want 3 attempts", attempts)
	}
	if s := attempts[0].Score; s == nil {
		t.Error("exams --json: first attempt has no score, want 812")
	} else if *s != 812 {
		t.Errorf("exams --json: first score %d, want 812", *s)
	}
	if got := attempts[1].RetakeFrom.String(); got != "2026-11-16" {
		t.Errorf("exams --json: failed attempt's retake from %s, want 2026-11-16", got)
	}
	if s := attempts[2].Score; s != nil {
		t.Errorf("exams --json: cancelled booking scored %v, want no score", *s)
	}
	var certs []shownCert
	json.Unmarshal([]byte(mustStore(t, dir, "certs", "--json")), &certs)
	if len(certs) != 1 {
		t.Fatalf("certs --json %+v, want one", certs)
	}
	if c := certs[0]; c.Key != "CLF" || c.Expiry.String() != "2027-02-28" || !c.Active {
		t.Errorf("certs --json: %s until %s active %v, want CLF until 2027-02-28 active", c.Key, c.Expiry, c.Active)
	}
	if text := mustStore(t, dir, "certs"); !strings.Contains(text, "2027-02-28") {
		t.Fatalf("certs printed %q", text)
	}
}

// TestCertsWithoutPlansAssumeTheDefaultHours (QA #15): with no plan and
// no saved hours, certs gives STUDY BY at the default hours and says so;
// with a plan, at that plan's hours.
func TestCertsWithoutPlansAssumeTheDefaultHours(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2024-02-29", "--status", "passed", "--score", "800")
	var certs []shownCert
	json.Unmarshal([]byte(mustStore(t, dir, "certs", "--json")), &certs)
	if len(certs) != 1 || certs[0].StudyFrom.IsZero() {
		t.Fatalf("certs --json without a plan = %+v, want one with a day to start studying", certs)
	}
	text := mustStore(t, dir, "certs")
	wantIn(t, "certs without a plan", strings.Join(strings.Fields(text), " "), certs[0].StudyFrom.String(),
		"at 10 h a week, Monday to Friday: the default, as you have no plan and no saved hours yet")
	// A new plan's week becomes the learner's (the settings): certs says so.
	// Its exam comes after CLF's expiry, so it does not renew CLF and CLF
	// still has a day to start studying.
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--exam", "2027-06-01")
	wantIn(t, "certs with a plan", strings.Join(strings.Fields(mustStore(t, dir, "certs")), " "), "at your 8 h a week from your settings.")
}

// TestCertsNamesThePlanThatRenews: when an active plan's exam renews a
// certification in time, RENEW WITH names that exam, and with no day to
// start studying left in the table, no line explains STUDY BY.
func TestCertsNamesThePlanThatRenews(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2024-02-29", "--status", "passed", "--score", "800")
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8")
	text := mustStore(t, dir, "certs")
	if row := strings.Fields(strings.Split(text, "\n")[1]); len(row) < 7 || row[5] != "SAA-C03" || row[6] != "-" {
		t.Errorf("CLF's row = %q, want RENEW WITH SAA-C03 and no STUDY BY", row)
	}
	if strings.Contains(text, "STUDY BY is") {
		t.Errorf("certs explains a STUDY BY no row has:\n%s", text)
	}
}

// badStoreInputs must each give status 2 and one line naming the input.
var badStoreInputs = []badInputCase{
	{"tick without topic", []string{"tick", "1"}, "tick"},
	{"tick plan not a number", []string{"tick", "one", "1.1"}, `"one"`},
	{"tick unknown topic", []string{"tick", "1", "9.9"}, "9.9"},
	{"tick unknown plan", []string{"tick", "7", "1.1"}, "plan 7"},
	{"tick undo with hours", []string{"tick", "1", "1.1", "--undo", "--hours", "2"}, "--undo"},
	{"tick negative hours", []string{"tick", "1", "1.1", "--hours", "-1"}, "-1"},
	{"tick in the future", []string{"tick", "1", "1.1", "--on", "2030-01-01"}, "--on"},
	{"tick before the exam existed", []string{"tick", "1", "1.1", "--on", "2020-01-01"}, "2020-01-01 is before SAA-C03 could first be taken"},
	{"tick item before the exam existed", []string{"tick", "1", "1.1.1", "--on", "2020-01-01"}, "2020-01-01 is before SAA-C03 could first be taken"},
	{"tick over a year before the plan", []string{"tick", "1", "1.1", "--on", "2025-11-22"}, "more than a year before the plan was made"},
	{"score before the exam existed", []string{"score", "1", "--overall", "70", "--date", "2020-01-01"}, "2020-01-01 is before SAA-C03 could first be taken"},
	{"show unknown plan", []string{"show", "9"}, "plan 9"},
	{"show stray argument", []string{"show", "1", "2"}, "show"},
	{"replan bad date", []string{"replan", "1", "--today", "tomorrow"}, "tomorrow"},
	{"new without cert", []string{"new"}, "--cert"},
	{"exam no status", []string{"exam", "add", "SAA-C03", "2026-01-01"}, "--status"},
	{"exam unknown status", []string{"exam", "add", "SAA-C03", "2026-01-01", "--status", "postponed"}, "postponed"},
	{"exam unknown code", []string{"exam", "add", "NOPE-C01", "2026-01-01", "--status", "passed"}, "NOPE-C01"},
	{"exam bad date", []string{"exam", "add", "SAA-C03", "2026-02-30", "--status", "passed"}, "2026-02-30"},
	{"exam bad score", []string{"exam", "add", "SAA-C03", "2026-01-01", "--status", "passed", "--score", "5"}, "5"},
	{"exam future result", []string{"exam", "add", "SAA-C03", "2027-01-01", "--status", "passed"}, "2027-01-01"},
	{"exam set unknown", []string{"exam", "set", "42", "--status", "passed"}, "42"},
	{"exam wrong form", []string{"exam", "remove", "1"}, "exam add"},
	{"restore missing file", []string{"restore", "/no/such/backup.db"}, "/no/such/backup.db"},
	{"import missing file", []string{"import-data", "/no/such/export.json"}, "/no/such/export.json"},
}

func TestStoreBadInput(t *testing.T) {
	dir := newSavedPlan(t)
	for _, c := range badStoreInputs {
		t.Run(c.name, func(t *testing.T) {
			wantBadInput(t, storeRun(t, dir, c.args...), c.names)
		})
	}
}

func TestImportRefusesANonExport(t *testing.T) {
	dir := newSavedPlan(t)
	file := filepath.Join(t.TempDir(), "notes.json")
	os.WriteFile(file, []byte(`{"todo": ["study"]}`), 0o600)
	wantBadInput(t, storeRun(t, dir, "import-data", file), "cannot be imported")
	if out := mustStore(t, dir, "plans"); !strings.Contains(out, "Architect") {
		t.Fatal("a refused import changed the data")
	}
}

// TestCommandsRunWhileTheDesktopIsOpen: the command line shares the folder
// with the desktop app; only a restore, which replaces the file under the
// window, is refused, in one line saying to close the window.
func TestCommandsRunWhileTheDesktopIsOpen(t *testing.T) {
	dir := newSavedPlan(t)
	backup := strings.TrimSpace(strings.TrimPrefix(mustStore(t, dir, "backup"), "Backed up and verified: "))
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	desk, err := storage.OpenDesktop(dir, cat)
	if err != nil {
		t.Fatal(err)
	}
	defer desk.Close()
	mustStore(t, dir, "tick", "1", "1.1")
	if out := mustStore(t, dir, "show", "1"); !strings.Contains(out, "1 of 23 topics done") {
		t.Fatalf("show after a tick beside the desktop:\n%s", out)
	}
	r := storeRun(t, dir, "restore", backup)
	if r.status != exitError || !strings.HasPrefix(r.stderr, "certplan: certplan is open in another window or command") || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("restore beside the desktop: status %d, stderr %q", r.status, r.stderr)
	}
	p, err := desk.Plan(t.Context(), 1)
	if err != nil || p.Standing(catalog.DateFromTime(fixedToday)).TopicsDone != 1 {
		t.Fatalf("the desktop reads %+v, %v after the command's tick", p.Standing(catalog.DateFromTime(fixedToday)), err)
	}
}

func TestBackupRestoreExportImport(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1")
	out := mustStore(t, dir, "backup")
	backup := strings.TrimSpace(strings.TrimPrefix(out, "Backed up and verified: "))
	mustStore(t, dir, "tick", "1", "1.2")
	if out := mustStore(t, dir, "restore", backup); !strings.Contains(out, "Restored") {
		t.Fatalf("restore printed %q", out)
	}
	if s := shown(t, dir); s.Progress.TopicsDone != 1 {
		t.Fatalf("after restore %d topics done, want the backup's 1", s.Progress.TopicsDone)
	}
	file := filepath.Join(t.TempDir(), "certplan.json")
	mustStore(t, dir, "export-data", file)
	other := t.TempDir()
	if out := mustStore(t, other, "import-data", file); !strings.Contains(out, "Imported 1 plans") {
		t.Fatalf("import printed %q", out)
	}
	a, b := mustStore(t, dir, "export-data", "-"), mustStore(t, other, "export-data", "-")
	if cut(a) != cut(b) {
		t.Fatal("the imported data differs from the exported")
	}
}

// cut drops the export time, the one line that differs between exports.
func cut(export string) string {
	var lines []string
	for _, l := range strings.Split(export, "\n") {
		if !strings.Contains(l, `"exported"`) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// TestCertsSayWhatRenewsThem: certs and certs --json give the same renewal
// advice as the screen: CLF-C02 or any higher tier, at the default hours
// (which the JSON marks), and once an Associate plan's exam falls before
// the expiry, that plan.
func TestCertsSayWhatRenewsThem(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2025-09-01", "--status", "passed", "--score", "800")
	var certs []shownCert
	json.Unmarshal([]byte(mustStore(t, dir, "certs", "--json")), &certs)
	want := "Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2028-09-01"
	if len(certs) != 1 || certs[0].Renewal != want || !certs[0].DefaultHours || certs[0].RenewingPlan != nil {
		t.Fatalf("certs --json without a plan = %+v, want %q at the default hours", certs, want)
	}
	wantIn(t, "certs without a plan", strings.Join(strings.Fields(mustStore(t, dir, "certs")), " "), "CLF "+want+".")
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--exam", "2027-02-19")
	json.Unmarshal([]byte(mustStore(t, dir, "certs", "--json")), &certs)
	want = "Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1)"
	if c := certs[0]; c.Renewal != want || c.DefaultHours || c.RenewingPlan == nil || c.RenewingPlan.PlanID != 1 || !c.StudyFrom.IsZero() {
		t.Fatalf("certs --json with the plan = %+v, want %q and no study start", c, want)
	}
	wantIn(t, "certs with the plan", strings.Join(strings.Fields(mustStore(t, dir, "certs")), " "), "CLF "+want+".")
}

// TestCertsJSONOfAnExpiredCertificationOffersNoRenewal: certs --json
// agrees with the table for a certification that expired: no exam to
// renew it with and no day to start studying (it gave a past day), while
// an active one keeps both.
func TestCertsJSONOfAnExpiredCertificationOffersNoRenewal(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "DVA-C02", "2023-06-01", "--status", "passed", "--score", "800")
	mustStore(t, dir, "exam", "add", "CLF-C02", "2025-09-01", "--status", "passed", "--score", "800")
	var certs []shownCert
	if err := json.Unmarshal([]byte(mustStore(t, dir, "certs", "--json")), &certs); err != nil {
		t.Fatal(err)
	}
	for _, c := range certs {
		switch c.Key {
		case "DVA":
			if c.Active || c.RenewWith != "" || c.RenewAlso != "" || !c.StudyFrom.IsZero() || c.DefaultHours {
				t.Errorf("expired DVA: active %v, renew_with %q, renew_also %q, study_from %v, default_hours %v; want inactive with no renewal",
					c.Active, c.RenewWith, c.RenewAlso, c.StudyFrom, c.DefaultHours)
			}
		case "CLF":
			if !c.Active || c.RenewWith != "CLF-C02" || c.StudyFrom.IsZero() {
				t.Errorf("active CLF: active %v, renew_with %q, study_from %v; want active, CLF-C02 and a day", c.Active, c.RenewWith, c.StudyFrom)
			}
		}
	}
	if len(certs) != 2 {
		t.Fatalf("certs --json lists %d certifications, want 2", len(certs))
	}
}
