// Package storage keeps everything a learner gives certplan (settings,
// plans and their re-plans, ticks, exam attempts and held certifications)
// in one local SQLite file, so that no crash, second window, full disk,
// damaged file or upgrade loses any of it.
//
// It is the only package that imports github.com/mattn/go-sqlite3. The file
// lives in a data folder (see DefaultDir) next to a lock file, a marker of
// an unclean exit, rotating backups and any file moved aside after damage.
// Every write runs in one BEGIN IMMEDIATE transaction on a single writer
// connection in WAL mode with synchronous=FULL: a method that returns nil
// has made its change durable. A method states only its reads and writes:
// readTx and writeTx (tx.go) begin, commit and roll back, queryAll
// (rows.go) reads a query's rows, and fields (values.go) parses a row's
// stored dates and stamps, keeping the first error.
//
// Replacing the data file (restore, recovery) is crash-safe: the
// replacement is written in full first and a synced marker records the
// swap, which the next start finishes. Every file is private (0600, folders
// 0700) and no link in the data folder is followed. When the folder cannot
// be written, Options.ReadOnlyFallback opens the data read-only.
//
// The records it keeps are package planner's (planner.StudyPlan,
// planner.Input, planner.Settings, planner.WeekBudget...): storage defines
// only its own rows and export format. *DB serves the desktop's service
// interfaces (package ui) directly; main.go checks that at compile time, and
// OpenDesktop and Startup.Notice are what it opens the data with.
//
// Every error a method returns can be shown to the learner: its Error is
// the learner's sentence (ErrorMessage); ErrorCode tells the caller what kind of failure it was, and
// ErrorDetail (or the error's slog value) gives its full cause for a log.
package storage
