package ui

import (
	"bytes"
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/ui/export"
)

// onBackup makes a backup now and says where it is.
func (s *settingsScreen) onBackup() {
	runTask(s.tasks, s.loading, s.data.BackupFile, func(path string) {
		dialog.ShowInformation("Backup made", "Your data is backed up to "+path+".", s.win)
	}, s.fail("make a backup"))
}

// onRestore picks a backup file, reads what it holds and what the data
// holds off the UI goroutine, and asks before restoring it (confirmRestore).
func (s *settingsScreen) onRestore() {
	showFileOpen(s.win, s.data.BackupDir(), func(r fyne.URIReadCloser) {
		path := r.URI().Path()
		_ = r.Close()
		s.previewRestore(path)
	})
}

// previewRestore reads what the backup file holds and what the data holds,
// off the UI goroutine, and asks before restoring it.
func (s *settingsScreen) previewRestore(file string) {
	runTask(s.tasks, s.loading, func(ctx context.Context) (planner.BackupRestore, error) {
		return s.data.PreviewRestore(ctx, file)
	}, s.confirmRestore, s.fail("restore the backup"))
}

// restore replaces the data with the backup file and says what it restored
// and replaced; losing is whether the learner confirmed a loss of plans,
// exam attempts or certifications (without it, a loss is refused).
func (s *settingsScreen) restore(file string, losing bool) {
	runTask(s.tasks, s.loading, func(ctx context.Context) (planner.BackupRestore, error) {
		return s.data.RestoreBackup(ctx, file, losing)
	}, func(r planner.BackupRestore) { s.dataReplaced(restoredText(r)) }, s.fail("restore the backup"))
}

// onExport saves all the data to a file the learner picks.
func (s *settingsScreen) onExport() {
	showFileSave(s.win, s.exportFolder, "certplan-data.json", s.fail("export your data"), func(w fyne.URIWriteCloser) {
		path := w.URI().Path()
		_ = w.Close() // nothing written: the file is saved below, private
		runTask(s.tasks, s.loading, func(ctx context.Context) (string, error) {
			if err := s.checkOutput(path); err != nil {
				return "", err
			}
			var data bytes.Buffer
			if err := s.data.Export(ctx, &data); err != nil {
				return "", err
			}
			return path, export.WritePrivateFile(path, data.Bytes())
		}, func(path string) {
			dialog.ShowInformation("Data exported", "All your data is in "+path+".", s.win)
		}, s.fail("export your data"))
	})
}

// onImport picks an export file, reads what it holds and what the data
// holds off the UI goroutine, and asks before importing it (confirmImport).
func (s *settingsScreen) onImport() {
	showFileOpen(s.win, exportStart(s.exportFolder), func(r fyne.URIReadCloser) {
		s.previewImport(r.URI().Path(), r)
	})
}

// previewImport reads the export file at path from r (and closes it) and
// counts what it holds off the UI goroutine, then asks before importing.
func (s *settingsScreen) previewImport(path string, r io.ReadCloser) {
	runTask(s.tasks, s.loading, func(ctx context.Context) (pendingImport, error) {
		defer r.Close()
		raw, err := io.ReadAll(r)
		if err != nil {
			return pendingImport{}, err
		}
		p, err := s.data.PreviewImport(ctx, path, bytes.NewReader(raw))
		return pendingImport{preview: p, raw: raw}, err
	}, s.confirmImport, s.fail("import the file"))
}

// pendingImport is an export file read and counted, waiting for the
// learner to confirm the import.
type pendingImport struct {
	preview planner.BackupRestore
	raw     []byte
}

// confirmImport asks before importing, saying what the file holds, what
// the data holds now and what it would lose, and that the data is backed
// up first; then imports it and says where that backup is.
func (s *settingsScreen) confirmImport(in pendingImport) {
	title, losing := "Import this file?", in.preview.Holds.Lacks(in.preview.Replaces)
	if losing {
		title = "Import and lose data?"
	}
	c := dialog.NewConfirm(title, importQuestion(in.preview, s.data.BackupDir()), func(ok bool) {
		if ok {
			s.importAll(in)
		}
	}, s.win)
	c.SetDismissText("Cancel")
	c.SetConfirmText("Import")
	if losing {
		c.SetConfirmImportance(widget.DangerImportance)
	}
	showFitted(c, s.win)
}

// importAll replaces the data with the file read, and says what it
// imported and where the data it replaced is backed up.
func (s *settingsScreen) importAll(in pendingImport) {
	runTask(s.tasks, s.loading, func(ctx context.Context) (planner.BackupRestore, error) {
		return s.data.ImportAll(ctx, bytes.NewReader(in.raw))
	}, func(r planner.BackupRestore) {
		r.Path = in.preview.Path
		s.dataReplaced(importedText(r))
	}, s.fail("import the file"))
}

// onFolder picks another data folder for the next start.
func (s *settingsScreen) onFolder() {
	showFolderOpen(s.win, func(dir fyne.ListableURI) {
		s.setDataFolder(dir.Path())
		dialog.ShowInformation("Data folder", "certplan will keep its data in "+dir.Path()+
			" from its next start. Your data in "+s.data.Dir()+
			" stays where it is: export it here and import it there to take it along.", s.win)
	})
}
