package planner

import (
	"fmt"
	"math"
	"strconv"
)

// FormatHours writes hours the one way certplan shows them everywhere: in
// quarter hours when they are whole quarters ("6", "8.75", "0.25"), else
// as hours and minutes ("4:20"), so that no two places round one figure
// differently. It has no unit: callers add " h" where the text needs it.
func FormatHours(h float64) string {
	m := int64(math.Round(h * 60))
	if m%quarterMinutes == 0 {
		return strconv.FormatFloat(float64(m)/60, 'f', -1, 64)
	}
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d:%02d", sign, m/60, m%60)
}
