package export

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner/plannertest"
)

func TestICSDescriptionListsTheSessionItems(t *testing.T) {
	p, c := saaPlan(t)
	cal := mustICS(t, p, Options{Catalog: c})
	events := sessionEvents(cal)
	checked := 0
	for _, s := range sessions(p) {
		e := events[sessionUID(p.Exam, s.Topic, s.Date)]
		if e == nil || len(s.Items) == 0 {
			continue
		}
		checked++
		desc := mustText(t, e, "DESCRIPTION")
		for _, it := range s.Items {
			if !strings.Contains(desc, shortTopic(p.Exam, it.ID)+" "+it.Text) {
				t.Errorf("%s %s: DESCRIPTION %q lacks item %s", s.Date, s.Topic, desc, it.ID)
			}
		}
		if checked > 20 {
			break
		}
	}
	if checked == 0 {
		t.Fatal("no session with items to check")
	}
}

func TestPDFWeekPagesListItemsAndCoverListsResources(t *testing.T) {
	p, c := saaPlan(t)
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c}))
	for i, w := range p.Weeks[:3] {
		page := weekPagesText(pages, i+1, len(p.Weeks))
		for _, s := range w.Sessions {
			for _, it := range s.Items {
				if !strings.Contains(page, it.Text) {
					t.Errorf("week %d's pages lack item %s %q", i+1, it.ID, it.Text)
				}
			}
		}
	}
	e, _ := c.Exam(p.Exam)
	cover := pages[0]
	if !strings.Contains(cover, "PREPARATION RESOURCES") {
		t.Error("the cover has no preparation resources")
	}
	for _, r := range e.Resources() {
		if !strings.Contains(strings.Join(strings.Fields(cover), " "), r.Name) {
			t.Errorf("the cover lacks the resource %q", r.Name)
		}
	}
}

func TestPDFCoverSaysItemsAreNotPublished(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	in.Exam, in.Progress = "CLF-C02", nil
	p := plannertest.MustBuild(t, c, in)
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c}))
	if !strings.Contains(strings.ToLower(strings.Join(strings.Fields(pages[0]), " ")), "study items not published yet") {
		t.Error("the CLF-C02 cover does not say its study items are not published yet")
	}
}
