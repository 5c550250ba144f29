package planner

import (
	"time"

	"certplan/catalog"
)

// AttemptStatus is where an exam attempt stands.
type AttemptStatus string

// The statuses of an exam attempt.
const (
	Booked    AttemptStatus = "booked"
	Passed    AttemptStatus = "passed"
	Failed    AttemptStatus = "failed"
	Cancelled AttemptStatus = "cancelled"
)

// Known reports whether s is one of the four statuses.
func (s AttemptStatus) Known() bool {
	switch s {
	case Booked, Passed, Failed, Cancelled:
		return true
	}
	return false
}

// Attempt is one sitting of an exam, booked or done. Its JSON is the form
// an export of the learner's data keeps; RetakeFrom, which the catalog's
// retake wait gives, is left out.
type Attempt struct {
	ID     int64         `json:"id"`
	Exam   string        `json:"exam"` // exam code, "SAA-C03"
	Date   catalog.Date  `json:"date"`
	Status AttemptStatus `json:"status"`
	Score  int           `json:"score,omitempty"` // scaled score 100-1000; 0 when not known
	Notes  string        `json:"notes"`
	// RetakeFrom is the first day a failed attempt can be retaken (after
	// the catalog's retake wait); zero for other statuses.
	RetakeFrom catalog.Date `json:"-"`
	// Created is when the attempt was first saved; zero before that.
	Created time.Time `json:"created"`
}

// AttemptResult is a saved attempt and what it did to the held
// certifications.
type AttemptResult struct {
	Attempt Attempt
	Earned  []HeldCertification // earned by this pass (again, after lapsing, or earlier than known)
	Renewed []HeldCertification // held ones whose expiry this pass moved later
	// Changed are held ones whose dates now come from other passes, as when
	// a pass becomes a fail or a cancellation.
	Changed []HeldCertification
	Lost    []HeldCertification // held before, and no logged pass earns them now
}
