package ui

import (
	"bytes"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"certplan/ui/export"
)

// fileRepository is everything Fyne's own repository for file:// URIs does.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// guardedFiles is Fyne's file repository with one change: a writer onto
// one of certplan's own files is refused before it opens the file. A save
// dialog opens (and so empties) the chosen file before it calls back, so
// checking the path in the callback would come too late for certplan.db.
type guardedFiles struct {
	fileRepository
	refuse func(path string) error
}

// Writer refuses certplan's own files and what is not a regular file (a
// folder, a device, a named pipe), then gives a writer that touches no file
// until it is closed: Fyne's own would empty the file, or hang on a pipe,
// before certplan has anything to save. What is written is saved on Close
// as every export is, with export.WriteFile: whole, through a link.
func (g guardedFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := g.check(u); err != nil {
		return nil, err
	}
	if u.Scheme() != "file" {
		return g.fileRepository.Writer(u)
	}
	if _, err := export.SaveTarget(u.Path()); err != nil {
		return nil, err
	}
	return &pendingSave{uri: u}, nil
}

// pendingSave holds what is written to a file until Close saves it whole;
// closed with nothing written, it leaves the file as it was.
type pendingSave struct {
	uri   fyne.URI
	data  bytes.Buffer
	wrote bool
}

// Write keeps p for Close.
func (s *pendingSave) Write(p []byte) (int, error) {
	s.wrote = true
	return s.data.Write(p)
}

// Close saves what was written, if anything, with export.WriteFile.
func (s *pendingSave) Close() error {
	if !s.wrote {
		return nil
	}
	return export.WriteFile(s.uri.Path(), s.data.Bytes())
}

// URI is the file the writer saves to.
func (s *pendingSave) URI() fyne.URI { return s.uri }

// Appender refuses certplan's own files, then opens u as Fyne would.
func (g guardedFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := g.check(u); err != nil {
		return nil, err
	}
	return g.fileRepository.Appender(u)
}

// Copy refuses a destination among certplan's own files.
func (g guardedFiles) Copy(from, to fyne.URI) error {
	if err := g.check(to); err != nil {
		return err
	}
	return g.fileRepository.Copy(from, to)
}

// Move refuses a destination among certplan's own files.
func (g guardedFiles) Move(from, to fyne.URI) error {
	if err := g.check(to); err != nil {
		return err
	}
	return g.fileRepository.Move(from, to)
}

func (g guardedFiles) check(u fyne.URI) error {
	if u == nil || u.Scheme() != "file" {
		return nil
	}
	return g.refuse(u.Path())
}

// guardOwnFiles makes every file:// writer of the app (the save dialogs')
// refuse the files refuse refuses: certplan's own in the data folder.
func guardOwnFiles(refuse func(path string) error) {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if g, ok := r.(guardedFiles); ok {
		r = g.fileRepository
	}
	if full, ok := r.(fileRepository); ok {
		repository.Register("file", guardedFiles{fileRepository: full, refuse: refuse})
	}
}

// checkOutput refuses a file the learner chose to save to when it is one
// of certplan's own; the second line of defence behind guardOwnFiles.
func (a *App) checkOutput(path string) error {
	if a.svc.Data == nil {
		return nil
	}
	return a.svc.Data.CheckOutput(path)
}
