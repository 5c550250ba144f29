//go:build unix

package exporttest

import (
	"errors"
	"fmt"
	"os"
)

// CheckSavedThroughLink says what a save to the symbolic link link broke:
// nil when link is still a link and target, the file it names, has mode
// perm, as a save writes into a link's target and leaves the link a link.
func CheckSavedThroughLink(link, target string, perm os.FileMode) error {
	var errs []error
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		errs = append(errs, fmt.Errorf("the link %s is now %v (%v), want a link still", link, fi, err))
	}
	if fi, err := os.Stat(target); err != nil {
		errs = append(errs, fmt.Errorf("the link's target: %w", err))
	} else if fi.Mode().Perm() != perm {
		errs = append(errs, fmt.Errorf("target %s mode %v, want %v", target, fi.Mode().Perm(), perm))
	}
	return errors.Join(errs...)
}
