package ui

import (
	"context"

	"certplan/catalog"
	"certplan/storage"
)

// StorageRecords serves the exam attempts and held certifications from an
// open storage.DB (the other services are the DB itself).
func StorageRecords(db *storage.DB, cat *catalog.Catalog) RecordService {
	return &storedData{db: db, cat: cat}
}

// storedData is the storage package behind the records service.
type storedData struct {
	db  *storage.DB
	cat *catalog.Catalog
}

// userError shows a storage error as its message for the learner.
type userError struct{ err error }

// Error is the message for the learner.
func (e userError) Error() string { return storage.ErrorMessage(e.err) }

// Unwrap is the storage error, for errors.Is and logs.
func (e userError) Unwrap() error { return e.err }

// storedError makes a storage error readable; nil stays nil.
func storedError(err error) error {
	if err == nil {
		return nil
	}
	return userError{err}
}

// HeldCertifications lists the stored certifications.
func (s *storedData) HeldCertifications(ctx context.Context) ([]HeldCertification, error) {
	certs, err := s.db.Certifications(ctx)
	return heldOf(certs), storedError(err)
}

func heldOf(certs []storage.Certification) []HeldCertification {
	out := make([]HeldCertification, 0, len(certs))
	for _, c := range certs {
		last := c.Earned
		if !c.RenewedOn.IsZero() {
			last = c.RenewedOn
		}
		out = append(out, HeldCertification{Key: c.Key, Name: c.Name, Exam: c.Exam, Earned: c.Earned, LastPassed: last,
			Expiry: c.Expiry, RenewWith: c.RenewWith, StudyFrom: c.StudyFrom, RenewedOn: c.RenewedOn,
			RenewedBy: c.RenewedBy})
	}
	return out
}

// AddHeldCertification records a certification earned before.
func (s *storedData) AddHeldCertification(ctx context.Context, exam string, earned catalog.Date) error {
	_, err := s.db.AddCertification(ctx, exam, earned, "")
	return storedError(err)
}

// ExamLog lists the stored attempts by date.
func (s *storedData) ExamLog(ctx context.Context) ([]ExamAttempt, error) {
	all, err := s.db.Attempts(ctx)
	out := make([]ExamAttempt, 0, len(all))
	for _, a := range all {
		out = append(out, attemptOf(a))
	}
	return out, storedError(err)
}

func attemptOf(a storage.Attempt) ExamAttempt {
	return ExamAttempt{ID: a.ID, Exam: a.Exam, Date: a.Date, Result: Result(a.Status), Score: a.Score,
		RetakeFrom: a.RetakeFrom}
}

// LogExam adds or updates an attempt.
func (s *storedData) LogExam(ctx context.Context, a ExamAttempt) (LoggedExam, error) {
	in := storage.Attempt{ID: a.ID, Exam: a.Exam, Date: a.Date, Status: storage.AttemptStatus(a.Result), Score: a.Score}
	save := s.db.AddAttempt
	if a.ID != 0 {
		save = s.db.UpdateAttempt
	}
	res, err := save(ctx, in)
	if err != nil {
		return LoggedExam{}, storedError(err)
	}
	return LoggedExam{Attempt: attemptOf(res.Attempt), Earned: heldOf(res.Earned), Renewed: heldOf(res.Renewed)}, nil
}

// DeleteExam removes a stored attempt; certifications follow.
func (s *storedData) DeleteExam(ctx context.Context, id int64) error {
	return storedError(s.db.DeleteAttempt(ctx, id))
}
