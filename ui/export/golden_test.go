package export

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"certplan/catalog"
	"certplan/planner"
)

var update = flag.Bool("update", false, "rewrite testdata/plan.pdf.golden from the current output")

// goldenPlan is a small plan written out by hand, so the golden PDF changes
// only when the layout does, not when the planner or the catalog changes.
func goldenPlan(t *testing.T) planner.Plan {
	d := func(s string) catalog.Date { return date(t, s) }
	w := func(v float64) *float64 { return &v }
	p := planner.Plan{Exam: "SAA-C03", ExamName: "AWS Certified Solutions Architect – Associate",
		Start: d("2026-11-25"), ExamDate: d("2026-12-14"), Feasible: true, RequiredHours: 11, TotalHours: 14,
		DoneHours: 3, CapacityHours: 16, Today: d("2026-11-25"),
		Inputs:   planner.InputsEcho{Hours: planner.Weekdays{1, 1, 1, 1, 1, 2, 0}, Experience: planner.Some},
		Warnings: []string{"Christmas “markets” – and a week off – are not in this plan."},
		Domains: []planner.DomainHours{{Number: 1, Name: "Design Secure Architectures", Weight: w(60), Hours: 7.5},
			{Number: 2, Name: "Design Résilient Architectures", Weight: nil, Hours: 4.5}},
		Topics: []planner.TopicPlan{
			{ID: "SAA-C03:1.1", Domain: "Design Secure Architectures", Title: "Design secure access", Kind: planner.Study, Hours: 3, Done: true},
			{ID: "SAA-C03:1.2", Domain: "Design Secure Architectures", Title: "Design secure workloads and applications, with a title long enough to wrap onto a second line", Kind: planner.Study, Hours: 4.5},
			{ID: "SAA-C03:2.1", Domain: "Design Résilient Architectures", Title: "Design “loosely coupled” architectures", Kind: planner.Study, Hours: 4.5},
			{ID: "SAA-C03:practice-1", Domain: "All domains", Title: "Full timed practice exam 1 of 1 (130 minutes)", Kind: planner.Practice, Hours: 2},
		},
	}
	p.Topics[1].Items = []planner.ItemPlan{
		{ID: "SAA-C03:1.2.1", Text: "Security groups and network ACLs", Kind: catalog.Knowledge, Services: []string{"Amazon VPC"}, Hours: 1.5},
		{ID: "SAA-C03:1.2.2", Text: "Application-layer protection: “WAF” rules and Shield", Kind: catalog.Knowledge,
			Services: []string{"AWS WAF", "AWS Shield"}, Hours: 1.5, Done: true},
		{ID: "SAA-C03:1.2.3", Text: "Designing VPC endpoints for private service access", Kind: catalog.Skill, Services: []string{}, Hours: 1.5},
	}
	p.Weeks = goldenWeeks(t, p)
	return p
}

// goldenWeeks are the golden plan's three weeks, with a day off.
func goldenWeeks(t *testing.T, p planner.Plan) []planner.Week {
	d := func(s string) catalog.Date { return date(t, s) }
	s := func(day string, tp int, h float64) planner.Session {
		x := p.Topics[tp]
		return planner.Session{Date: d(day), Topic: x.ID, Title: x.Title, Domain: x.Domain, Hours: h, Kind: x.Kind}
	}
	weeks := []planner.Week{
		{Start: d("2026-11-25"), End: d("2026-11-29"), CapacityHours: 5, Sessions: []planner.Session{
			s("2026-11-25", 1, 1), s("2026-11-26", 1, 1), s("2026-11-27", 1, 1), s("2026-11-28", 1, 1.5)}},
		{Start: d("2026-11-30"), End: d("2026-12-06"), CapacityHours: 7, DaysOff: []planner.DayOff{{Date: d("2026-12-01"), Reason: "St Andrew’s Day"}},
			Sessions: []planner.Session{s("2026-11-30", 2, 1), s("2026-12-02", 2, 1), s("2026-12-03", 2, 1), s("2026-12-05", 2, 1.5)}},
		{Start: d("2026-12-07"), End: d("2026-12-13"), CapacityHours: 7, Sessions: []planner.Session{
			s("2026-12-12", 3, 2)}},
	}
	// The first week's sessions take topic 1.2's study items in order.
	for k, it := range p.Topics[1].Items {
		x := planner.SessionItem{ID: it.ID, Text: it.Text, Kind: it.Kind, Services: it.Services}
		weeks[0].Sessions[k].Items = append(weeks[0].Sessions[k].Items, x)
		if k == 1 {
			weeks[0].Sessions[k+1].Items = append(weeks[0].Sessions[k+1].Items, x)
		}
	}
	for i := range weeks {
		weeks[i].Items, weeks[i].PlannedHours = itemsOf(weeks[i].Sessions)
	}
	return weeks
}

// itemsOf totals sessions per topic, in order of first appearance.
func itemsOf(ss []planner.Session) ([]planner.Item, float64) {
	var items []planner.Item
	total := 0.0
	for _, s := range ss {
		total += s.Hours
		if n := len(items); n > 0 && items[n-1].Topic == s.Topic {
			items[n-1].Hours += s.Hours
			continue
		}
		items = append(items, planner.Item{Topic: s.Topic, Domain: s.Domain, Title: s.Title, Hours: s.Hours, Kind: s.Kind})
	}
	return items, total
}

func TestPDFGolden(t *testing.T) {
	p := goldenPlan(t)
	got := mustPDF(t, p, Options{Learner: "Zoë Ångström", Held: heldCerts(t), Stamp: time.Date(2026, 11, 24, 20, 15, 0, 0, time.UTC)})
	golden := filepath.Join("testdata", "plan.pdf.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v: run `go test ./ui/export -run Golden -update` to make it", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	failed := filepath.Join("testdata", "failed", "plan.pdf")
	_ = os.MkdirAll(filepath.Dir(failed), 0o755)
	_ = os.WriteFile(failed, got, 0o644)
	gotText, wantText := strings.Join(pdfText(t, got), "\f"), strings.Join(pdfText(t, want), "\f")
	t.Errorf("the PDF differs from %s (%d bytes, sha256 %x; want %d bytes, sha256 %x); wrote %s.\n%s"+
		"If the change is intended, run `go test ./ui/export -run Golden -update`.",
		golden, len(got), sha256.Sum256(got), len(want), sha256.Sum256(want), failed, firstDiff(gotText, wantText))
}

// firstDiff names the first line where two texts differ, or says they agree.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		gl, wl := "", ""
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("text line %d:\n got %s\nwant %s\n", i+1, gl, wl)
		}
	}
	return "The text is the same; the drawing differs: compare the pages with pdftoppm.\n"
}

func TestPDFLeavesTheGoFontsUntouched(t *testing.T) {
	sum := func() [32]byte {
		return sha256.Sum256(append(append(append([]byte(nil), goregular.TTF...), gobold.TTF...), gomono.TTF...))
	}
	before := sum()
	p, _ := saaPlan(t)
	mustPDF(t, p, Options{Learner: "Zoë Ångström"})
	if sum() != before {
		t.Error("making a PDF changed the shared Go font bytes")
	}
}
