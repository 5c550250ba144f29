package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// onBackup makes a backup now and says where it is.
func (s *settingsScreen) onBackup() {
	runTask(s.tasks, s.loading, s.data.BackupFile, func(path string) {
		dialog.ShowInformation("Backup made", "Your data is backed up to "+path+".", s.win)
	}, s.fail("make a backup"))
}

// onRestore picks a backup file and, once confirmed, restores it.
func (s *settingsScreen) onRestore() {
	showFileOpen(s.win, s.data.BackupDir(), func(r fyne.URIReadCloser) {
		path := r.URI().Path()
		_ = r.Close()
		dialog.ShowConfirm("Restore this backup?", "Your data will be replaced by the backup "+path+
			". The data it replaces is backed up first.", func(ok bool) {
			if ok {
				s.restore(path)
			}
		}, s.win)
	})
}

// restore replaces the data with a backup and shows it.
func (s *settingsScreen) restore(path string) {
	runTask(s.tasks, s.loading, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, s.data.RestoreFile(ctx, path)
	}, func(struct{}) { s.dataReplaced("The backup is restored.") }, s.fail("restore the backup"))
}

// onExport saves all the data to a file the learner picks.
func (s *settingsScreen) onExport() {
	showFileSave(s.win, "certplan-data.json", s.fail("export your data"), func(w fyne.URIWriteCloser) {
		runTask(s.tasks, s.loading, func(ctx context.Context) (string, error) {
			if err := s.checkOutput(w.URI().Path()); err != nil {
				_ = w.Close()
				return "", err
			}
			err := s.data.Export(ctx, w)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			return w.URI().Path(), err
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
