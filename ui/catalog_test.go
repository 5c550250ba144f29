package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// TestCatalogSearch finds exams by code or name, with their level headings.
func TestCatalogSearch(t *testing.T) {
	cases := []struct {
		query string
		want  []string // codes, in order
		level catalog.Level
	}{
		{"sap", []string{"SAP-C02", "SAP-C03", "PAS-C01"}, catalog.Professional}, // PAS: "SAP on AWS"
		{"  Saa-C03 ", []string{"SAA-C03"}, catalog.Associate},
		{"cloud practitioner", []string{"CLF-C01", "CLF-C02"}, catalog.Foundational},
		{"no such exam", nil, ""},
	}
	exams := testCatalog(t).Exams()
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			rows := filterExams(exams, c.query)
			var got []string
			for _, r := range rows {
				if r.exam != nil {
					got = append(got, r.exam.Code)
				}
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Fatalf("found %v, want %v", got, c.want)
			}
			if len(rows) > 0 && (rows[0].exam != nil || rows[0].level != c.level) {
				t.Errorf("first row = %+v, want the %s heading", rows[0], c.level)
			}
		})
	}
}

// TestCatalogDetail shows an exam's format, domains, badge and whether it
// can be planned.
func TestCatalogDetail(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-03-02")
	app.show(ScreenCatalog)
	s := app.screens[ScreenCatalog].(*catalogScreen)

	test.Type(s.search, "DVA-C03")
	s.selectExam("DVA-C03")
	text := boxText(s.detail.box)
	wantContains(t, "DVA-C03 detail", text, "Minutes", "not published yet", "US$150", "Replaces DVA-C02")
	if s.detail.plan.Disabled() {
		t.Error("a scheduled exam cannot be planned")
	}

	s.search.SetText("SAA-C02")
	s.selectExam("SAA-C02")
	// One line naming the successor (issue 11).
	wantContains(t, "SAA-C02 detail", boxText(s.detail.box), "retired", "plan SAA-C03 instead")
	if !s.detail.plan.Disabled() {
		t.Error("a retired exam can be planned")
	}

	s.search.SetText("SAA-C03")
	s.selectExam("SAA-C03")
	e, _ := testCatalog(t).Exam("SAA-C03")
	meters := 0
	walk(s.detail.box, func(o fyne.CanvasObject) {
		if _, ok := o.(*meter); ok {
			meters++
		}
	})
	if meters != len(e.Domains) {
		t.Errorf("weight bars = %d, want one per domain (%d)", meters, len(e.Domains))
	}
}

// TestCatalogDetailLinesWrap: every long line of an exam's detail (task
// statements, study items, notes) wraps at the width it is given, so a long
// task title cannot widen the screen past an 800x600 window's edge (the
// headless driver does not measure text as a real window does, so the test
// asserts the wrapping itself). It reads the real catalog, whose task titles
// are the long ones, and pins none of its figures.
func TestCatalogDetailLinesWrap(t *testing.T) {
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	app, _ := startApp(t, newFakeData(cat), "2026-12-02")
	app.show(ScreenCatalog)
	s := app.screens[ScreenCatalog].(*catalogScreen)
	for _, e := range cat.Exams() {
		s.selectExam(e.Code)
		walk(s.detail.box, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && len([]rune(l.Text)) > 60 && l.Wrapping == fyne.TextWrapOff {
				t.Errorf("%s: a long line does not wrap: %q", e.Code, l.Text)
			}
		})
	}
}

// TestEstimateSaysWhoseOnce: the study-hours line says once that the figure
// is certplan's estimate, whether or not the exam's rationale says so too.
func TestEstimateSaysWhoseOnce(t *testing.T) {
	cases := map[string]string{
		"the rationale says it":        "certplan's own estimate; AWS publishes no study hours. About 80 hours for a coder.",
		"the rationale is silent":      "About 80 hours for a coder.",
		"there is no rationale at all": "",
	}
	for name, why := range cases {
		t.Run(name, func(t *testing.T) {
			got := estimateText(&catalog.Exam{StudyHours: 80, StudyHoursRationale: why})
			if n := strings.Count(got, "estimate"); n != 1 {
				t.Fatalf("%q says 'estimate' %d times, want once", got, n)
			}
			wantContains(t, "estimate", got, "About "+hours(80)+" of study", why)
		})
	}
}

// TestCatalogSearchByCodeComesFirst (QA desk2 #2): an exam whose code
// starts with the query comes first, then those whose name has it, then
// those found by an AWS service: "ANS" listed ten exams with ANS-C01 last.
func TestCatalogSearchByCodeComesFirst(t *testing.T) {
	exams := []*catalog.Exam{
		{Code: "CLF-C02", Name: "Cloud Practitioner, ANSwers", Level: catalog.Foundational},
		{Code: "DVA-C03", Name: "Developer", Level: catalog.Associate},
		{Code: "XAN-C01", Name: "Some exam", Level: catalog.Associate},
		{Code: "ANS-C01", Name: "Advanced Networking", Level: catalog.Specialty},
	}
	got := strings.Join(rowCodes(filterExams(exams, "an")), ",")
	if want := "Specialty,ANS-C01,Foundational,CLF-C02,Associate,XAN-C01"; got != want {
		t.Errorf("searching AN lists %s, want %s", got, want)
	}
}

// rowCodes is what the catalog's rows show: a level or an exam's code.
func rowCodes(rows []catalogRow) []string {
	var out []string
	for _, r := range rows {
		if r.exam == nil {
			out = append(out, string(r.level))
		} else {
			out = append(out, r.exam.Code)
		}
	}
	return out
}

// TestCatalogClickSelectsTheRowClicked (QA desk2 #2): after a search, a
// click on an exam's row shows that exam, not another.
func TestCatalogClickSelectsTheRowClicked(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-12-02")
	s := showScreen[*catalogScreen](t, app, ScreenCatalog)
	for query, code := range map[string]string{"ANS": "ANS-C01", "associate": "SOA-C03"} {
		s.search.SetText(query)
		var row fyne.CanvasObject
		walk(s.list, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Text == code && l.Visible() {
				row = l
			}
		})
		if row == nil {
			t.Fatalf("no row of %s in sight after searching %s: %v", code, query, rowCodes(s.rows))
		}
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(row).AddXY(4, 4)
		test.TapCanvas(app.win.Canvas(), at)
		if s.selected == nil || s.selected.Code != code {
			t.Errorf("a click on %s's row shows %v", code, s.selected)
		}
	}
}
