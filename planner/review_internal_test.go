package planner

import (
	"slices"
	"testing"
)

// TestShortDaysCutReviewsBesideAQuarterHour: a task's review share is cut
// into reviews that leave a quarter hour of study beside them on days under
// half an hour (24-minute days: reviews of 9 minutes at most), and as before
// on longer days and on days too short for a review and a quarter hour.
func TestShortDaysCutReviewsBesideAQuarterHour(t *testing.T) {
	for _, c := range []struct {
		name    string
		longest int // the longest day's minutes
		share   int // the task's review minutes
		want    []int
	}{
		{"24-minute days, a 25-minute share", 24, 25, []int{9, 8, 8}},
		{"24-minute days, a 20-minute share", 24, 20, []int{7, 7, 6}},
		{"24-minute days, a big share stays five reviews", 24, 60, []int{12, 12, 12, 12, 12}},
		{"21-minute days, reviews of 6", 21, 12, []int{6, 6}},
		{"half-hour days, as before", 30, 25, []int{15, 10}},
		{"two-hour days, as before", 120, 37, []int{22, 15}},
		{"18-minute days, as before", 18, 25, []int{15, 10}},
	} {
		t.Run(c.name, func(t *testing.T) {
			most := reviewLimit(c.longest)
			got := splitReview(c.share, reviewCount(c.share, most), most)
			if !slices.Equal(got, c.want) {
				t.Errorf("a %d-minute share on %d-minute days is cut into %v, want %v", c.share, c.longest, got, c.want)
			}
		})
	}
}
