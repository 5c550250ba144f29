package cli

import (
	"io"
	"testing"
)

// benchPlanFlags are the inputs both benchmarks plan with.
var benchPlanFlags = []string{"--cert", "SAA-C03", "--weekdays", "mon=1.5,tue=1.5,wed=1.5,thu=1.5,sat=4", "--country", "DE"}

// BenchmarkStoreShowJSON runs `certplan show 1 --json` on a saved plan:
// open and check the data file, load, and print plan and progress.
func BenchmarkStoreShowJSON(b *testing.B) {
	dir := b.TempDir()
	mustStore(b, dir, append([]string{"new"}, benchPlanFlags...)...)
	mustStore(b, dir, "tick", "1", "1.1")
	for b.Loop() {
		if Main([]string{"--data", dir, "show", "1", "--json"}, io.Discard, io.Discard, fixedClock) != exitOK {
			b.Fatal("show failed")
		}
	}
}

// BenchmarkStorePlanJSON runs `certplan plan --json` with the same inputs,
// the figure show is measured against (within 1.5x).
func BenchmarkStorePlanJSON(b *testing.B) {
	args := append(append([]string{"plan"}, benchPlanFlags...), "--json")
	for b.Loop() {
		if Main(args, io.Discard, io.Discard, fixedClock) != exitOK {
			b.Fatal("plan failed")
		}
	}
}
