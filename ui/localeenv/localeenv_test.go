package localeenv

import "testing"

func TestLanguage(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"LANG": "C.UTF-8"}, true},
		{map[string]string{"LC_ALL": "POSIX.utf8", "LANG": "de_DE.UTF-8"}, true},
		{map[string]string{"LC_MESSAGES": "C.UTF-8"}, true},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, false}, // the user's choice stands
		{map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "C.UTF-8"}, false},
		{map[string]string{"LANG": "C"}, false}, // Fyne reads plain C as English already
		{map[string]string{"LANG": "en_GB.UTF-8"}, false},
		{map[string]string{}, false},
	}
	for _, c := range cases {
		lang, ok := Language(func(k string) string { return c.env[k] })
		if ok != c.want || (ok && lang != "en") {
			t.Errorf("%v: got %q, %v; want %v", c.env, lang, ok, c.want)
		}
	}
}
