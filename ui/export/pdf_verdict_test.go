package export

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// TestPDFVerdictAgreesWithThePlanner: the cover of a plan that does not
// fit says, after how far it is short, why in the planner's own sentence
// (Plan.ShortfallText), whatever the cause: work beyond the hours, the
// minutes left on some days too short for a session (never that 86:50 h
// "need more than the 87 h you have"), or both.
func TestPDFVerdictAgreesWithThePlanner(t *testing.T) {
	for _, tc := range plannertest.ShortfallCases {
		t.Run(tc.Name, func(t *testing.T) {
			p := tc.Build(t, catalogtest.Load(t))
			text := strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{}))[0]), " ")
			want := "It does not fit yet. From 23 Nov 2026, the plan is " + hoursUnit(p.ShortfallHours) + " short. " + p.ShortfallText()
			if !strings.Contains(text, want) {
				t.Errorf("the cover lacks %q:\n%s", want, text)
			}
			if n := strings.Count(text, p.ShortfallText()); n != 1 {
				t.Errorf("the cover says the planner's shortfall sentence %d times, want once (the verdict's, not again under GOOD TO KNOW):\n%s", n, text)
			}
			if strings.Contains(text, "need more than the "+hoursUnit(p.CapacityHours)) {
				t.Errorf("the cover says %s of study need more than the %s you have:\n%s", hoursUnit(p.RequiredHours),
					hoursUnit(p.CapacityHours), text)
			}
		})
	}
}

// TestPDFCoverNamesThinnerAndLeftOutWorkAsTheWarningDoes: the verdict of
// a plan far too short names what is thinner and left out as the
// planner's warning under GOOD TO KNOW does, a task by its number, a
// review or practice exam by its title ("Full timed practice exam 2 of 2
// (130 minutes)"), never by an ID such as "practice-2"; its left-out list
// is the warning's, word for word.
func TestPDFCoverNamesThinnerAndLeftOutWorkAsTheWarningDoes(t *testing.T) {
	in := planner.Input{Exam: "SAA-C03", Start: date(t, "2026-11-23"), ExamDate: date(t, "2026-12-07"), Hours: planner.Even(8)}
	p := plannertest.MustBuild(t, catalogtest.Load(t), in)
	left := p.LeftOut()
	if len(left) == len(p.Unscheduled) || len(left) == 0 {
		t.Fatalf("%d of %d unscheduled are left out: the test needs some thinner and some left out", len(left), len(p.Unscheduled))
	}
	cover := strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{}))[0]), " ")
	verdict := cover[strings.Index(cover, "It does not fit yet."):strings.Index(cover, "YOUR WEEK")]
	kinds := map[string]planner.Kind{}
	for _, tp := range p.Topics {
		kinds[tp.ID] = tp.Kind
	}
	for _, u := range p.Unscheduled {
		id := strings.TrimPrefix(u.Topic, p.Exam+":")
		want := u.Title
		if kinds[u.Topic] == planner.Study {
			want = id
		} else if strings.Contains(verdict, id) {
			t.Errorf("the verdict names %q by its ID %q:\n%s", u.Title, id, verdict)
		}
		if !strings.Contains(verdict, want) {
			t.Errorf("the verdict lacks %q for %s:\n%s", want, id, verdict)
		}
	}
	var warning string
	for _, w := range p.Warnings {
		if _, list, ok := strings.Cut(w, "left out: "); ok {
			warning = strings.TrimSuffix(list, ".")
		}
	}
	if warning == "" || !strings.Contains(verdict, "Left out: "+warning+".") {
		t.Errorf("the verdict's left-out list is not the warning's %q:\n%s", warning, verdict)
	}
}
