// Package localeenv keeps Fyne from logging an error for a C locale with a
// codeset, such as Debian's and most containers' default "C.UTF-8".
//
// Fyne reads the user's locale in a package initialiser and, for
// "C.UTF-8", logs "Error parsing user locale C" three times on every run of
// every command, the command line included, before main starts. A C locale
// names no language, so when the locale is C or POSIX with a codeset and
// LANGUAGE is unset, this package sets LANGUAGE to English, which Fyne then
// reads instead. gettext ignores LANGUAGE under a C locale, so other
// programs see no difference.
//
// It must run before any fyne.io package is initialised: Go initialises
// packages in import-path order once their imports are, so a package that
// imports only the standard library and whose path sorts before "fyne.io"
// does. Import it from main for its side effect.
package localeenv

import (
	"os"
	"strings"
)

func init() {
	if lang, ok := Language(os.Getenv); ok {
		_ = os.Setenv("LANGUAGE", lang) // at worst Fyne logs as before
	}
}

// Language returns the LANGUAGE value to set, and whether to set it: only
// for a C or POSIX locale with a codeset ("C.UTF-8"), as the first of
// LC_ALL, LC_MESSAGES and LANG that is set gives it, with LANGUAGE unset.
func Language(getenv func(string) string) (string, bool) {
	if getenv("LANGUAGE") != "" {
		return "", false
	}
	var loc string
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(name); loc != "" {
			break
		}
	}
	base, _, hasCodeset := strings.Cut(loc, ".")
	if hasCodeset && (base == "C" || base == "POSIX") {
		return "en", true
	}
	return "", false
}
