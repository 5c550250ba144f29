//go:build stress

package storage

import (
	"os"
	"strconv"
	"testing"
)

// TestCrashStress runs the crash test with thousands of kills (make stress);
// CERTPLAN_STRESS_KILLS changes how many.
func TestCrashStress(t *testing.T) {
	kills := 2000
	if n, err := strconv.Atoi(os.Getenv("CERTPLAN_STRESS_KILLS")); err == nil && n > 0 {
		kills = n
	}
	runCrashTest(t, kills)
}
