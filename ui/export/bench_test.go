package export

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// yearPlan is a 52-week SAA-C03 plan: 2026-11-23 to 2027-11-22 at 8 hours
// a week, with sessions in every week.
func yearPlan(tb testing.TB) planner.Plan {
	in := saaInput(tb)
	in.ExamDate = date(tb, "2027-11-22")
	p := plannertest.MustBuild(tb, catalogtest.Load(tb), in)
	if len(p.Weeks) != 52 {
		tb.Fatalf("%d weeks, want 52", len(p.Weeks))
	}
	return p
}

// maxYearPDF is the size budget of a 52-week plan's PDF.
const maxYearPDF = 400 << 10

func TestYearPlanPDFIsUnder400KB(t *testing.T) {
	p := yearPlan(t)
	b := mustPDF(t, p, Options{Learner: "Zoë Ångström", Catalog: catalogtest.Load(t), Held: heldCerts(t)})
	if len(b) > maxYearPDF {
		t.Errorf("the 52-week PDF is %d bytes, over the %d budget", len(b), maxYearPDF)
	}
	if n := info(t, b).pages; n < 55 {
		t.Errorf("%d pages, want one a week and more", n)
	}
}

func BenchmarkPDF52Weeks(b *testing.B) {
	p := yearPlan(b)
	o := Options{Learner: "Zoë Ångström", Catalog: catalogtest.Load(b), Held: heldCerts(b)}
	benchExport(b, "pdf", func() ([]byte, error) { return PDF(p, o) })
}

func BenchmarkICS52Weeks(b *testing.B) {
	p := yearPlan(b)
	o := Options{Held: heldCerts(b)}
	benchExport(b, "ics", func() ([]byte, error) { return ICS(p, o) })
}

func BenchmarkCSV52Weeks(b *testing.B) {
	p := yearPlan(b)
	benchExport(b, "csv", func() ([]byte, error) { return CSV(p) })
}

// benchExport times export and reports the output's size and the CPU time
// per export (user and system, GC included) beside the wall-clock ns/op.
func benchExport(b *testing.B, kind string, export func() ([]byte, error)) {
	size, n, start := 0, 0, cpuTime()
	for b.Loop() {
		out, err := export()
		if err != nil {
			b.Fatal(err)
		}
		size, n = len(out), n+1
	}
	b.ReportMetric(float64(size), kind+"-bytes")
	b.ReportMetric(float64(cpuTime()-start)/float64(n)/1e6, "cpu-ms/op")
}
