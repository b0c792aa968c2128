package index

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
)

func TestParseQuery(t *testing.T) {
	cases := []struct {
		in   string
		want []clause
	}{
		{"sanctions", []clause{{value: "sanctions", fuzzy: -1}}},
		{`+must -not "a phrase"`, []clause{{occur: must, value: "must", fuzzy: -1}, {occur: mustNot, value: "not", fuzzy: -1},
			{value: "a phrase", phrase: true, fuzzy: -1}}},
		{"speaker:Lankov tag:actor/DPRK", []clause{{field: "speaker", value: "Lankov", fuzzy: -1}, {field: "tag", value: "actor/DPRK", fuzzy: -1}}},
		{"date:>2021-06-01 Year:<=2020", []clause{{field: "date", op: ">", value: "2021-06-01", fuzzy: -1}, {field: "year", op: "<=", value: "2020", fuzzy: -1}}},
		{"sanc* Pyongyang~1 word~ x^2", []clause{{value: "sanc", prefix: true, fuzzy: -1}, {value: "Pyongyang", fuzzy: 1},
			{value: "word", fuzzy: 1}, {value: "x", boost: 2, fuzzy: -1}}},
		{"s?nc*ion /kim.*/ far~9", []clause{{value: "s?nc*ion", wildcard: true, fuzzy: -1}, {value: "kim.*", regexp: true, fuzzy: -1}, {value: "far", fuzzy: 2}}},
		{`title:"with \"quotes\""^3`, []clause{{field: "title", value: `with "quotes"`, phrase: true, boost: 3, fuzzy: -1}}},
		{`\-dash a\:b 10:30`, []clause{{value: "-dash", fuzzy: -1}, {value: "a:b", fuzzy: -1}, {value: "10:30", fuzzy: -1}}},
		{"+ - tag: * title:", nil},
	}
	for _, c := range cases {
		got, err := parseQuery(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("%q = %+v; want %+v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q clause %d = %+v; want %+v", c.in, i, got[i], c.want[i])
			}
		}
	}
}

// TestUnterminatedPhraseRefused: a phrase without its closing quote is a
// syntax error, not a search for its words (SearchAsYouType closes the
// phrase being typed before it reaches the index).
func TestUnterminatedPhraseRefused(t *testing.T) {
	for _, q := range []string{`"unterminated`, `"two words`, `sanctions title:"open`, `"closed" "open`, `"`} {
		_, err := parseQuery(q)
		if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), "no closing quote") {
			t.Errorf("%q: %v; want an error about the closing quote", q, err)
		}
	}
	for _, q := range []string{`"closed phrase"`, `a\"b`, `title:"x" "y"`} {
		if _, err := parseQuery(q); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
}

func TestQueriesWithoutOpenPhrasesAlwaysParse(t *testing.T) {
	full := `+sanctions -tag:opinion "North Korea" speaker:"Moon Chung-in" date:>=2021-06 Pyong~1 sanc*`
	for i := range full {
		q := full[:i]
		if strings.Count(q, `"`)%2 == 1 {
			q += `"`
		}
		if _, err := parseQuery(q); err != nil && !strings.Contains(err.Error(), "date") {
			t.Errorf("prefix %q: %v", q, err)
		}
	}
}

// FuzzQuery checks that any query parses or fails with ErrBadQuery, never
// panics, and builds a Bleve query when it parses.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"sanctions", `+a -b "c d" e:f`, "tag:actor/DPRK", "date:>2021-06-01", "sanc*", "Pyongyang~1",
		`"`, `\`, "title:", "x^", "~", "/re/", "a:>", "type:quote^2", "speaker:\"Moon\"~1", "\xff\xfe", "date:<=2021-13",
		"date:2021-06-15T10:00", "date:>=2021-06-15T10:00:00Z", "date:>9999", "date:<0001-01-01", "month:>=2021-06", "year:<2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cl, err := parseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("%q: error %v is not ErrBadQuery", s, err)
			}
			return
		}
		for _, c := range cl {
			if !utf8.ValidString(c.value) && utf8.ValidString(s) {
				t.Fatalf("%q: clause value %q is not UTF-8", s, c.value)
			}
		}
		if _, err := buildQuery(cl); err != nil && !errors.Is(err, ErrBadQuery) {
			t.Fatalf("%q: build: %v", s, err)
		}
	})
}

func TestLongQueryRefusedQuickly(t *testing.T) {
	_, err := parseQuery(strings.Repeat("x", 100000))
	if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), "100000 characters") {
		t.Errorf("100,000-character query: %v", err)
	}
}

// FuzzDateRange: any range of dates, open or not, builds a query Bleve
// accepts (dateRange cuts it into term ranges by hand).
func FuzzDateRange(f *testing.F) {
	f.Add(int64(0), int64(0))
	f.Add(int64(1623715200), int64(0))              // 2021-06-15, open end
	f.Add(int64(0), int64(1623751200))              // open start, 2021-06-15 10:00
	f.Add(int64(1623751200), int64(1623758400))     // within a day
	f.Add(int64(1606780800), int64(1675555200))     // across years
	f.Add(int64(253402300799), int64(253402300800)) // the end of 9999
	f.Fuzz(func(t *testing.T, lo, hi int64) {
		var start, end time.Time
		if lo != 0 {
			start = time.Unix(lo, 0)
		}
		if hi != 0 {
			end = time.Unix(hi, 0)
		}
		q := dateRange(start, end)
		if v, ok := q.(query.ValidatableQuery); ok {
			if err := v.Validate(); err != nil {
				t.Fatalf("[%v, %v): %v", start, end, err)
			}
		}
	})
}
