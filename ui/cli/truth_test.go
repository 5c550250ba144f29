package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// showJSONOf reads `show ID --json`.
func showJSONOf(t *testing.T, dir, id string) shownPlan {
	t.Helper()
	var p shownPlan
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", id, "--json")), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestEditMakesANewVersionWithTheSameProgress: edit moves the exam and
// changes the hours of a saved plan; ticks stay.
func TestEditMakesANewVersionWithTheSameProgress(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1")
	out := mustStore(t, dir, "edit", "1", "--exam", "2027-06-01", "--weekdays", "mon=2,sat=4", "--off", "2027-01-04..2027-01-08", "--country", "none")
	if !strings.Contains(out, "Plan 1 changed as version 2") {
		t.Fatalf("edit printed %q", out)
	}
	p := showJSONOf(t, dir, "1")
	if p.Version != 2 {
		t.Errorf("after edit: version %d, want 2", p.Version)
	}
	if got := p.ExamDate.String(); got != "2027-06-01" {
		t.Errorf("after edit: exam on %s, want 2027-06-01", got)
	}
	if p.Inputs.Hours[5] != 4 || p.Inputs.Hours[1] != 0 {
		t.Errorf("after edit: hours %v, want 4 on Saturday and none on Tuesday", p.Inputs.Hours)
	}
	if len(p.Inputs.TimeOff) != 1 || !p.Progress.ByTopic[0].Done {
		t.Fatalf("time off %v, first topic %+v", p.Inputs.TimeOff, p.Progress.ByTopic[0])
	}
	for _, bad := range [][]string{
		{"edit", "1"}, // nothing to change
		{"edit", "1", "--hours", "5", "--weekdays", "mon=1"}, // both
		{"edit", "1", "--exam", "2026-11-01"},                // in the past
		{"edit", "1", "--country", "XX"},                     // unknown country
		{"edit", "9", "--hours", "5"},                        // no such plan
	} {
		if r := storeRun(t, dir, bad...); r.status != exitUsage || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: status %d, stderr %q; want %d and one line", bad, r.status, r.stderr, exitUsage)
		}
	}
}

// TestEditFixesAPlanThatDoesNotFit: a plan saved without enough time says
// so with both fixes as commands; running the hours fix makes it fit.
func TestEditFixesAPlanThatDoesNotFit(t *testing.T) {
	dir := t.TempDir()
	out := mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "5", "--exam", "2027-01-04")
	for _, want := range []string{"Does not fit", "This plan covers", "thinner", "certplan edit 1 --exam ", "certplan edit 1 --weekdays "} {
		if !strings.Contains(out, want) {
			t.Fatalf("new of a plan that does not fit lacks %q:\n%s", want, out)
		}
	}
	p := showJSONOf(t, dir, "1")
	if p.Feasible {
		t.Error("feasible, want a plan that does not fit")
	}
	if p.Coverage >= 1 || len(p.Unscheduled) == 0 {
		t.Errorf("coverage %v with %d unscheduled, want below 1 with the work left out listed", p.Coverage, len(p.Unscheduled))
	}
	if p.Progress.State != "does not fit" || p.Progress.OnTrack {
		t.Errorf("progress state %q, on track %v; want \"does not fit\", not on track", p.Progress.State, p.Progress.OnTrack)
	}
	show := mustStore(t, dir, "show", "1")
	if !strings.Contains(show, "Does not fit") || strings.Contains(show, "On track") {
		t.Fatalf("show of a plan that does not fit:\n%s", show)
	}
	i := strings.Index(out, "certplan edit 1 --weekdays ")
	fix := strings.Fields(strings.SplitN(out[i:], "\n", 2)[0])[1:]
	mustStore(t, dir, fix...)
	if p := showJSONOf(t, dir, "1"); !p.Feasible || p.Progress.State != "on track" || len(p.Unscheduled) != 0 {
		t.Fatalf("after %v: feasible %v, state %q, unscheduled %v", fix, p.Feasible, p.Progress.State, p.Unscheduled)
	}
}

// TestShowAndReplanAgree: whatever show says, replan does not contradict
// it, and right after a replan show says on track.
func TestShowAndReplanAgree(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10", "--exam", "2027-06-01")
	later := fixedToday.AddDate(0, 0, 21)
	show := cliRunAt(t, later, "--data", dir, "show", "1").stdout
	if !strings.Contains(show, "Behind the plan") {
		t.Fatalf("show three weeks on with nothing done:\n%s", show)
	}
	replan := cliRunAt(t, later, "--data", dir, "replan", "1").stdout
	if strings.Contains(replan, "no change") {
		t.Fatalf("show says behind, replan says %q", replan)
	}
	show = cliRunAt(t, later, "--data", dir, "show", "1").stdout
	if !strings.Contains(show, "On track") {
		t.Fatalf("right after replan, show says:\n%s", show)
	}
	replan = cliRunAt(t, later, "--data", dir, "replan", "1").stdout
	if !strings.Contains(replan, "no change") || !strings.Contains(replan, "On track") {
		t.Fatalf("on track, replan says %q", replan)
	}
}

// TestRetiredExamsAreRefused: planning a retired exam, or an exam after its
// last day, exits 2 naming the successor; an exam date after the last day
// of an exam still bookable today names the last day to choose by.
func TestRetiredExamsAreRefused(t *testing.T) {
	const after = "certplan: --exam 2026-12-15 is after DVA-C02's last day, 2026-11-30: choose an exam date up to 2026-11-30, or plan DVA-C03\n"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--cert", "DVA-C02", "--today", "2026-12-02"}, "certplan: DVA-C02 cannot be taken after 2026-11-30; plan DVA-C03 instead\n"},
		{[]string{"plan", "--cert", "DVA-C02", "--exam", "2026-12-15"}, after},
		{[]string{"new", "--cert", "DVA-C02", "--exam", "2026-12-15"}, after},
	} {
		r := storeRun(t, t.TempDir(), c.args...)
		if r.status != exitUsage || r.stderr != c.want {
			t.Errorf("%v: status %d, stderr %q, want %q", c.args, r.status, r.stderr, c.want)
		}
	}
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "DVA-C02", "--exam", "2026-11-30", "--hours", "40")
	if r := storeRun(t, dir, "edit", "1", "--exam", "2026-12-10"); r.status != exitUsage || !strings.Contains(r.stderr, "plan DVA-C03 instead") {
		t.Errorf("edit past the last day: status %d, stderr %q", r.status, r.stderr)
	}
}

// TestCatalogStatusAsOfADay: the status comes from the dates and --today.
func TestCatalogStatusAsOfADay(t *testing.T) {
	status := func(args ...string) map[string]string {
		r := cliRun(t, append([]string{"catalog", "--json"}, args...)...)
		var c struct {
			Exams []struct{ Code, Status string } `json:"exams"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &c); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		out := map[string]string{}
		for _, e := range c.Exams {
			out[e.Code] = e.Status
		}
		return out
	}
	if s := status("--today", "2026-12-02"); s["DVA-C02"] != "retired" || s["DVA-C03"] != "active" {
		t.Errorf("on 2026-12-02: DVA-C02 %q, DVA-C03 %q; want retired and active", s["DVA-C02"], s["DVA-C03"])
	}
	if s := status("--today", "2026-11-02"); s["DVA-C02"] != "retiring" || s["DVA-C03"] != "scheduled" {
		t.Errorf("on 2026-11-02: DVA-C02 %q, DVA-C03 %q; want retiring and scheduled", s["DVA-C02"], s["DVA-C03"])
	}
	show := cliRun(t, "catalog", "show", "DVA-C02", "--today", "2026-12-02").stdout
	if !strings.Contains(show, "Status:") || !strings.Contains(show, "retired") {
		t.Errorf("catalog show DVA-C02 on 2026-12-02:\n%s", show)
	}
	for _, tag := range []string{"UNCONFIRMED", "CONFLICT", "CAT-0", "source id", "corpus"} {
		if strings.Contains(show, tag) {
			t.Errorf("catalog show prints %q to the learner", tag)
		}
	}
}

// TestSAPC03SaysItIsProvisional: plan and show say plainly whose domains
// a SAP-C03 plan follows.
func TestSAPC03SaysItIsProvisional(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAP-C03", "--exam", "2027-09-01")
	for _, args := range [][]string{{"plan", "--cert", "SAP-C03", "--exam", "2027-09-01"}, {"show", "1"}} {
		if out := mustStore(t, dir, args...); !strings.Contains(out, "follows SAP-C02's domains") {
			t.Errorf("%v does not say SAP-C03 follows SAP-C02's domains:\n%s", args, out)
		}
	}
}
