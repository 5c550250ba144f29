package storage

import (
	"context"
	"errors"
	"log/slog"
	"syscall"

	"github.com/mattn/go-sqlite3"
)

// Code says what kind of failure an Error is, so callers can react to it
// (offer a restore, disable editing) without reading the message.
type Code string

// The error codes storage returns.
const (
	CodeAlreadyOpen  Code = "already_open"  // another certplan owns the data folder
	CodeNewerVersion Code = "newer_version" // the file was written by a newer certplan
	CodeDamaged      Code = "damaged"       // the file or a backup is not a healthy certplan database
	CodeDiskFull     Code = "disk_full"     // no space (or the file-size limit) for the change
	CodeReadOnly     Code = "read_only"     // the folder or file cannot be written
	CodeBusy         Code = "busy"          // another program holds the write lock
	CodeIO           Code = "io"            // the disk failed to read or write
	CodeNotFound     Code = "not_found"     // no such plan, topic, attempt or backup
	CodeInvalid      Code = "invalid"       // the input breaks a rule (bad score, unknown exam)
	CodeClosed       Code = "closed"        // the DB was closed
	CodeUnsafe       Code = "unsafe"        // a file in the data folder is a link or not what certplan made
	CodeInternal     Code = "internal"      // anything else
)

// Error is a failure with a message a learner can read: one sentence saying
// what happened and what to do. Err keeps the technical cause for logs:
// Detail, ErrorDetail and the slog value show it; Error does not.
type Error struct {
	Code    Code
	Message string
	Err     error
}

// Error returns the user-safe message.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the technical cause.
func (e *Error) Unwrap() error { return e.Err }

// Detail returns the technical cause in full (the file system's or
// SQLite's words), or the code when there is none: for logs and bug
// reports, never for the learner's message.
func (e *Error) Detail() string {
	if e.Err == nil {
		return string(e.Code)
	}
	return e.Err.Error()
}

// LogValue logs the error as its code, the learner's message and the cause.
func (e *Error) LogValue() slog.Value {
	return slog.GroupValue(slog.String("code", string(e.Code)), slog.String("msg", e.Message),
		slog.String("cause", e.Detail()))
}

// ErrorDetail returns the technical cause of err for a log or --verbose:
// the Detail of the storage Error it wraps, else err's own text.
func ErrorDetail(err error) string {
	if e := asError(err); e != nil {
		return e.Detail()
	}
	return ""
}

// asError is err as an *Error: the one it is or wraps, or for any other
// error one of CodeInternal with msgInternal and err as its cause; nil
// for nil.
func asError(err error) *Error {
	var e *Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &e):
		return e
	}
	return errorf(CodeInternal, msgInternal, err)
}

// errorf makes an Error with code and message.
func errorf(code Code, msg string, cause error) *Error {
	return &Error{Code: code, Message: msg, Err: cause}
}

// ErrorCode returns the code of err, CodeInternal for errors that are not
// an *Error, and "" for nil.
func ErrorCode(err error) Code {
	if e := asError(err); e != nil {
		return e.Code
	}
	return ""
}

// ErrorMessage returns a message for err that is safe to show a learner.
func ErrorMessage(err error) string {
	if e := asError(err); e != nil {
		return e.Message
	}
	return ""
}

// Messages for the failures every write can meet.
const (
	msgDiskFull = "The change was not saved because the disk is full: free some space and try again; everything saved before is intact."
	msgReadOnly = "The change was not saved because certplan's data folder cannot be written: check it is not read-only and that you own it; everything saved before is intact."
	msgBusy     = "The change was not saved because another program is using certplan's data file: close it and try again."
	msgDamaged  = "certplan's data file is damaged: restart certplan to restore the newest backup."
	msgIO       = "The change was not saved because the data file could not be written: check the disk, then try again; everything saved before is intact."
	msgClosed   = "certplan's data is closed: restart certplan."
	msgInternal = "certplan hit an unexpected problem with its data: try again, and report it if it keeps happening."
)

// classify turns a database or file-system error into an *Error; errors
// that already are one pass through unchanged.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return errorf(CodeBusy, "The change was not saved because it was cancelled or took too long: try again.", err)
	}
	if errors.Is(err, syscall.ENOSPC) {
		return errorf(CodeDiskFull, msgDiskFull, err)
	}
	if errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM) {
		return errorf(CodeReadOnly, msgReadOnly, err)
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		return classifySQLite(se, err)
	}
	return errorf(CodeInternal, ErrorMessage(err), err)
}

// classifySQLite maps SQLite's result codes to the learner's words.
func classifySQLite(se sqlite3.Error, err error) error {
	switch se.Code {
	case sqlite3.ErrFull:
		return errorf(CodeDiskFull, msgDiskFull, err)
	case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen, sqlite3.ErrAuth:
		return errorf(CodeReadOnly, msgReadOnly, err)
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return errorf(CodeBusy, msgBusy, err)
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return errorf(CodeDamaged, msgDamaged, err)
	case sqlite3.ErrIoErr:
		if se.SystemErrno == syscall.ENOSPC {
			return errorf(CodeDiskFull, msgDiskFull, err)
		}
		return errorf(CodeIO, msgIO, err)
	case sqlite3.ErrConstraint:
		return errorf(CodeInvalid, "The change breaks a rule of certplan's data and was not saved: check the values and try again.", err)
	}
	return errorf(CodeInternal, "certplan could not complete the change: try again, and report it if it keeps happening.", err)
}
