package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/storage"
)

// reviewJSON is the part of show --json a review session is checked on.
type reviewJSON struct {
	Topics []struct {
		ID    string `json:"topic"`
		Kind  string `json:"kind"`
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	} `json:"topics"`
	Weeks []struct {
		Sessions []struct {
			Date         string `json:"date"`
			Topic        string `json:"topic"`
			Kind         string `json:"kind"`
			Reviews      string `json:"reviews"`
			CountsToward string `json:"counts_toward"`
			Items        []struct {
				ID      string `json:"id"`
				Revisit bool   `json:"revisit"`
			} `json:"items"`
		} `json:"sessions"`
	} `json:"weeks"`
}

// TestShowJSONReviewsNameTheirTaskAndItems: in show --json a session of
// kind review has the task it goes over as topic (and reviews, as before),
// the domain review it counts toward, and the task's items to revisit.
func TestShowJSONReviewsNameTheirTaskAndItems(t *testing.T) {
	dir := newSavedPlan(t)
	var p reviewJSON
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", "1", "--json")), &p); err != nil {
		t.Fatal(err)
	}
	kinds, items := map[string]string{}, map[string][]string{}
	for _, tp := range p.Topics {
		kinds[tp.ID] = tp.Kind
		for _, it := range tp.Items {
			items[tp.ID] = append(items[tp.ID], it.ID)
		}
	}
	reviews := 0
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Kind != "review" {
				continue
			}
			reviews++
			var got []string
			for _, it := range s.Items {
				if !it.Revisit {
					t.Fatalf("review of %s lists item %s as one to tick, want it to revisit", s.Topic, it.ID)
				}
				got = append(got, it.ID)
			}
			switch {
			case kinds[s.Topic] != "study" || s.Reviews != s.Topic:
				t.Fatalf("review session topic %q (reviews %q) is not a study task", s.Topic, s.Reviews)
			case kinds[s.CountsToward] != "review":
				t.Fatalf("review of %s counts toward %q, not a domain review", s.Topic, s.CountsToward)
			case len(got) == 0 || !slices.Equal(got, items[s.Topic]):
				t.Fatalf("review of %s lists items %v, want the task's %v", s.Topic, got, items[s.Topic])
			}
		}
	}
	if reviews == 0 {
		t.Fatal("the plan has no review session")
	}
}

// TestTodayListsReviewItemsWithoutBoxes: on a review's day, certplan today
// lists the items the review revisits without a tick box (ticking a review
// does not tick them), even one whose study is done.
func TestTodayListsReviewItemsWithoutBoxes(t *testing.T) {
	dir := newSavedPlan(t)
	var p reviewJSON
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", "1", "--json")), &p); err != nil {
		t.Fatal(err)
	}
	var date, first string
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Kind == "review" && len(s.Items) > 0 && first == "" {
				date, first = s.Date, s.Items[0].ID
			}
		}
	}
	if first == "" {
		t.Fatal("the plan has no review session with items")
	}
	mustStore(t, dir, "tick", "1", first)
	cat, _ := catalog.Load()
	db, err := storage.Open(dir, storage.Options{Catalog: cat, BackupEvery: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored, err := db.Plan(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := writeToday(&b, cat, stored, catalogtest.Date(t, date)); err != nil {
		t.Fatal(err)
	}
	short := strings.TrimPrefix(first, "SAA-C03:")
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, " "+short+" ") && strings.Contains(line, "[") {
			t.Fatalf("today lists the reviewed item %s with a box: %q\n%s", short, line, b.String())
		}
	}
	if !strings.Contains(b.String(), " "+short+" ") {
		t.Fatalf("today on %s does not list the reviewed item %s:\n%s", date, short, b.String())
	}
}
