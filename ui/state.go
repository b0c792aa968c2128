package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Preference keys. Everything the app remembers between runs lives in the
// Fyne preferences of the app ID, never in the library.
const (
	prefWidth        = "window.width"
	prefHeight       = "window.height"
	prefTabs         = "tabs.open"    // page keys, in tab order
	prefCurrentTab   = "tabs.current" // page key
	prefTheme        = "theme"        // system, light or dark
	prefTextSize     = "reader.textsize"
	prefLibrary      = "library.dir"
	prefSidebarSplit = "split.sidebar"
	prefInspectSplit = "split.inspector"
)

// Theme modes.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// Reading text sizes, in Fyne units.
const (
	defaultTextSize = 15
	minTextSize     = 10
	maxTextSize     = 32
)

// state is the app state kept in preferences.
type state struct {
	p fyne.Preferences
}

func (s state) windowSize() fyne.Size {
	return fyne.NewSize(float32(s.p.FloatWithFallback(prefWidth, 1280)), float32(s.p.FloatWithFallback(prefHeight, 800)))
}

func (s state) setWindowSize(sz fyne.Size) {
	if sz.Width < 200 || sz.Height < 200 {
		return // a window being torn down reports nonsense sizes
	}
	s.p.SetFloat(prefWidth, float64(sz.Width))
	s.p.SetFloat(prefHeight, float64(sz.Height))
}

func (s state) tabs() ([]string, string) {
	return s.p.StringList(prefTabs), s.p.String(prefCurrentTab)
}

func (s state) setTabs(keys []string, current string) {
	s.p.SetStringList(prefTabs, keys)
	s.p.SetString(prefCurrentTab, current)
}

func (s state) themeMode() string {
	switch m := s.p.StringWithFallback(prefTheme, themeSystem); m {
	case themeLight, themeDark:
		return m
	}
	return themeSystem
}

func (s state) setThemeMode(m string) { s.p.SetString(prefTheme, m) }

func (s state) textSize() float32 {
	return clampTextSize(float32(s.p.FloatWithFallback(prefTextSize, defaultTextSize)))
}

func (s state) setTextSize(v float32) { s.p.SetFloat(prefTextSize, float64(clampTextSize(v))) }

func clampTextSize(v float32) float32 {
	return max(minTextSize, min(maxTextSize, v))
}

func (s state) split(key string, def float64) float64 {
	v := s.p.FloatWithFallback(key, def)
	if v < 0.05 || v > 0.95 {
		return def
	}
	return v
}

// appTheme is Fyne's default theme with the variant forced to light or dark
// when the user chose one, and following the system otherwise.
type appTheme struct {
	mode string
}

var _ fyne.Theme = (*appTheme)(nil)

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.mode {
	case themeLight:
		v = theme.VariantLight
	case themeDark:
		v = theme.VariantDark
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (t *appTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }

// parseHexColor reads "#rrggbb" (or "rrggbb"); ok is false for anything else.
func parseHexColor(s string) (color.NRGBA, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return color.NRGBA{}, false
	}
	var v [3]uint8
	for i := range 3 {
		hi, ok1 := hexNibble(s[2*i])
		lo, ok2 := hexNibble(s[2*i+1])
		if !ok1 || !ok2 {
			return color.NRGBA{}, false
		}
		v[i] = hi<<4 | lo
	}
	return color.NRGBA{R: v[0], G: v[1], B: v[2], A: 0xff}, true
}

func hexNibble(c byte) (uint8, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
