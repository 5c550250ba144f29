module certplan

go 1.26.8

require (
	fyne.io/fyne/v2 v2.8.1 // indirect
	github.com/jung-kurt/gofpdf v1.16.2 // indirect
	github.com/mattn/go-sqlite3 v1.14.53 // indirect
	github.com/rickar/cal/v2 v2.1.31 // indirect
)
