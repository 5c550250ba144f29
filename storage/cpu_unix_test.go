//go:build unix

package storage

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, user and system, GC included.
// On a shared machine it says more about a call's cost than the wall clock.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
