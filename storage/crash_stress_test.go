//go:build stress

package storage

import (
	"os"
	"strconv"
	"testing"
)

// TestCrashStress runs the crash test with thousands of kills (make stress);
// CERTPLAN_STRESS_KILLS changes how many.
func TestCrashStress(t *testing.T) { runCrashTest(t, stressKills(2000)) }

// TestSwapCrashStress kills start-up recovery and restore a thousand times
// each (make stress); CERTPLAN_STRESS_KILLS changes how many.
func TestSwapCrashStress(t *testing.T) {
	t.Run("recover", func(t *testing.T) { runSwapCrashTest(t, "recover", stressKills(1000)) })
	t.Run("restore", func(t *testing.T) { runSwapCrashTest(t, "restore", stressKills(1000)) })
}

// stressKills is CERTPLAN_STRESS_KILLS, or def when it is not set.
func stressKills(def int) int {
	if n, err := strconv.Atoi(os.Getenv("CERTPLAN_STRESS_KILLS")); err == nil && n > 0 {
		return n
	}
	return def
}
