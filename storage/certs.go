package storage

import (
	"context"
	"database/sql"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// refreshCertifications rewrites the certifications from the passed
// attempts, keeping credential IDs, and returns them as they were before
// and are after (certChanges says what changed).
func (db *DB) refreshCertifications(ctx context.Context, tx *dbTx) (before, after []planner.HeldCertification, err error) {
	passes, err := loadAttempts(ctx, tx, db.cat, "WHERE status = 'passed'")
	if err != nil {
		return nil, nil, err
	}
	if before, err = loadCertifications(ctx, tx); err != nil {
		return nil, nil, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM certifications"); err != nil {
		return nil, nil, classify(err)
	}
	credentials := map[string]string{}
	for _, c := range before {
		credentials[c.Key] = c.CredentialID
	}
	after = planner.HeldFromPasses(db.cat, passes)
	for i := range after {
		after[i].CredentialID = credentials[after[i].Key]
		if err := insertCertification(ctx, tx, after[i]); err != nil {
			return nil, nil, err
		}
	}
	return before, after, nil
}

func insertCertification(ctx context.Context, tx *dbTx, c planner.HeldCertification) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO certifications (key, exam, earned, expiry, renewed_on, renewed_by, credential_id)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Key, c.Exam, c.Earned.String(), c.Expiry.String(), dateValue(c.RenewedOn), c.RenewedBy, c.CredentialID)
	return classify(err)
}

// describe fills in what the catalog knows about a certification and how
// it is renewed, given the learner's plans and booked attempts
// (planner.DescribeRenewal).
func (db *DB) describe(c planner.HeldCertification, plans []planner.PlanSummary, booked []planner.Attempt) planner.HeldCertification {
	if f, ok := db.cat.Certification(c.Key); ok {
		c.Name, c.Level = f.Name, f.Level
	}
	return planner.DescribeRenewal(db.cat, c, plans, booked, catalog.DateFromTime(db.opts.Now()))
}

// loadCertifications reads the stored certifications by expiry.
func loadCertifications(ctx context.Context, tx *dbTx) ([]planner.HeldCertification, error) {
	out, err := queryAll(ctx, tx, scanCertification,
		"SELECT key, exam, earned, expiry, renewed_on, renewed_by, credential_id FROM certifications ORDER BY expiry, key")
	return out, classifyf(err, "load certifications")
}

// scanCertification reads one row of the certifications table.
func scanCertification(rows *sql.Rows) (planner.HeldCertification, error) {
	var c planner.HeldCertification
	var earned, expiry, renewed sql.NullString
	f := fields{err: rows.Scan(&c.Key, &c.Exam, &earned, &expiry, &renewed, &c.RenewedBy, &c.CredentialID)}
	c.Earned = f.date(earned)
	c.Expiry = f.date(expiry)
	c.RenewedOn = f.date(renewed)
	return c, f.err
}

// Certifications lists the held (and lapsed) certifications by expiry, each
// with its renewal exam and the latest day to start studying for it at the
// learner's hours (CertificationsAt says which).
func (db *DB) Certifications(ctx context.Context) ([]planner.HeldCertification, error) {
	l, err := db.CertificationsAt(ctx)
	return l.Certs, err
}

// HoursFrom says where the weekly hours of the renewal estimates came from.
type HoursFrom string

// Where the hours came from: the saved settings, the newest plan when no
// settings were saved, else planner.DefaultWeekHours, Monday to Friday.
const (
	HoursFromSettings HoursFrom = "settings"
	HoursFromPlan     HoursFrom = "plan"
	HoursFromDefault  HoursFrom = "default"
)

// HeldList is the certifications with the weekly hours their study-by
// days (StudyFrom) assume, and where those hours came from.
type HeldList struct {
	Certs     []planner.HeldCertification
	Hours     planner.Weekdays
	HoursFrom HoursFrom
}

// CertificationsAt is Certifications with the hours it assumed: the saved
// settings, else the newest plan's, else the default a learner who has
// set no hours starts from (planner.Settings.WithDefaults).
func (db *DB) CertificationsAt(ctx context.Context) (HeldList, error) {
	return readTx(ctx, db, func(tx *dbTx) (HeldList, error) {
		certs, err := loadCertifications(ctx, tx)
		if err != nil {
			return HeldList{}, err
		}
		learner, from, err := learnerHours(ctx, tx)
		if err != nil {
			return HeldList{}, err
		}
		plans, err := queryAll(ctx, tx, scanSummary, planSummaries)
		if err != nil {
			return HeldList{}, classifyf(err, "list plans")
		}
		booked, err := loadAttempts(ctx, tx, db.cat, "WHERE status = 'booked'")
		if err != nil {
			return HeldList{}, err
		}
		return HeldList{Certs: db.withRenewals(certs, plans, booked, learner, from), Hours: learner.Hours, HoursFrom: from}, nil
	})
}

// withRenewals describes certs from the catalog and says how each is
// renewed: by an active plan's exam or an attempt booked in time, else by
// its renewal exam, with the day to start studying for it at the learner's
// hours (from).
func (db *DB) withRenewals(certs []planner.HeldCertification, plans []planner.PlanSummary, booked []planner.Attempt, learner planner.Settings, from HoursFrom) []planner.HeldCertification {
	held := planner.Credits(certs)
	for i, c := range certs {
		c = db.describe(c, plans, booked).WithStudyStart(db.cat, learner, held)
		c.DefaultHours = c.StudyHours.Total() > 0 && from == HoursFromDefault
		certs[i] = c
	}
	return certs
}

// learnerHours returns the saved settings or, when none were saved, the
// hours, experience and country of the newest plan, or with no plan
// either the defaults; and where they came from.
func learnerHours(ctx context.Context, tx *dbTx) (planner.Settings, HoursFrom, error) {
	s, saved, err := loadSettings(ctx, tx)
	switch {
	case err != nil || saved:
		return s, HoursFromSettings, err
	case s.Hours.Total() > 0:
		return s, HoursFromPlan, nil
	}
	return s.WithDefaults(), HoursFromDefault, nil
}

// SetCredentialID records the credential ID of a held certification.
func (db *DB) SetCredentialID(ctx context.Context, key, credentialID string) error {
	if err := checkName("A credential ID", credentialID); err != nil {
		return err
	}
	return db.write(ctx, func(tx *dbTx) error {
		res, err := tx.ExecContext(ctx, "UPDATE certifications SET credential_id = ? WHERE key = ?", credentialID, key)
		if err != nil {
			return classify(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return errorf(CodeNotFound, fmt.Sprintf("You hold no certification %q.", key), nil)
		}
		return nil
	})
}

// AddHeldCertification records a certification earned before certplan
// knew of it, without a credential ID: AddCertification in the desktop's
// shape, which shows the certifications again rather than the result.
func (db *DB) AddHeldCertification(ctx context.Context, exam string, earned catalog.Date) error {
	_, err := db.AddCertification(ctx, exam, earned, "")
	return err
}

// AddCertification records a certification earned before certplan knew of
// it, as a passed attempt on the day it was earned, with its credential ID.
func (db *DB) AddCertification(ctx context.Context, exam string, earned catalog.Date, credentialID string) (planner.AttemptResult, error) {
	a := planner.Attempt{Exam: exam, Date: earned, Status: planner.Passed, Notes: "Added as a held certification."}
	if err := validateAttempt(db.cat, &a, catalog.DateFromTime(db.opts.Now())); err != nil {
		return planner.AttemptResult{}, err
	}
	if err := checkTakeable(db.cat, a); err != nil {
		return planner.AttemptResult{}, err
	}
	if err := checkName("A credential ID", credentialID); err != nil {
		return planner.AttemptResult{}, err
	}
	return writeTx(ctx, db, func(tx *dbTx) (planner.AttemptResult, error) {
		id, err := insertAttempt(ctx, tx, a)
		if err != nil {
			return planner.AttemptResult{}, err
		}
		before, after, err := db.refreshCertifications(ctx, tx)
		if err != nil {
			return planner.AttemptResult{}, err
		}
		res := db.certChanges(before, after, a)
		if err := setEarnedCredential(ctx, tx, db.cat, a.Exam, credentialID, &res); err != nil {
			return res, err
		}
		res.Attempt, err = loadAttempt(ctx, tx, db.cat, id)
		return res, err
	})
}

// setEarnedCredential stores credentialID on the certification exam earns,
// and on its entry in res.Earned.
func setEarnedCredential(ctx context.Context, tx *dbTx, cat *catalog.Catalog, exam, credentialID string, res *planner.AttemptResult) error {
	e, _ := cat.Exam(exam)
	if _, err := tx.ExecContext(ctx, "UPDATE certifications SET credential_id = ? WHERE key = ?", credentialID, e.Certification); err != nil {
		return classify(err)
	}
	for i := range res.Earned {
		if res.Earned[i].Key == e.Certification {
			res.Earned[i].CredentialID = credentialID
		}
	}
	return nil
}
