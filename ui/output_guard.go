package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
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

// Writer refuses certplan's own files, then opens u as Fyne would.
func (g guardedFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := g.check(u); err != nil {
		return nil, err
	}
	return g.fileRepository.Writer(u)
}

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
