package ui

import (
	"bytes"
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

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
	showFileSave(s.win, "certplan-data.json", s.fail("export your data"), func(w fyne.URIWriteCloser) {
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

// onImport picks an export file and, once confirmed, replaces the data.
func (s *settingsScreen) onImport() {
	showFileOpen(s.win, "", func(r fyne.URIReadCloser) {
		dialog.ShowConfirm("Import this file?", "All your data will be replaced by "+r.URI().Path()+
			". The data it replaces is backed up first.", func(ok bool) {
			if !ok {
				_ = r.Close()
				return
			}
			runTask(s.tasks, s.loading, func(ctx context.Context) (struct{}, error) {
				defer r.Close()
				return struct{}{}, s.data.ImportAll(ctx, r)
			}, func(struct{}) { s.dataReplaced("The data is imported.") }, s.fail("import the file"))
		}, s.win)
	})
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
