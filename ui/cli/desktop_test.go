package cli

import "testing"

func TestDesktopDataDir(t *testing.T) {
	cases := []struct {
		name    string
		args    []string
		dir     string
		desktop bool
	}{
		{"no arguments open the app", nil, "", true},
		{"--data DIR opens the app on DIR", []string{"--data", "/tmp/x"}, "/tmp/x", true},
		{"--data=DIR opens the app on DIR", []string{"--data=/tmp/y"}, "/tmp/y", true},
		{"a command runs the command line", []string{"plans"}, "", false},
		{"--data with a command runs the command line", []string{"--data", "/tmp/x", "plans"}, "", false},
		{"--data without a folder is a command-line error", []string{"--data"}, "", false},
		{"--help is the command line", []string{"--help"}, "", false},
		{"-data=DIR opens the app on DIR, as the command line reads it", []string{"-data=/tmp/z"}, "/tmp/z", true},
		{"a blank --data is a command-line error", []string{"--data", "  "}, "", false},
		{"--verbose is the command line", []string{"--data", "/tmp/x", "--verbose"}, "", false},
		{"an unknown option is a command-line error", []string{"--bogus"}, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, desktop := DesktopDataDir(c.args)
			if dir != c.dir || desktop != c.desktop {
				t.Errorf("DesktopDataDir(%q) = %q, %v; want %q, %v", c.args, dir, desktop, c.dir, c.desktop)
			}
		})
	}
}
