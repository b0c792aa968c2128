package ingest

import (
	"strings"
	"testing"
	"time"
)

func TestParseTextFixtures(t *testing.T) {
	tests := []struct {
		file       string
		title      string
		guessed    bool
		author     string
		source     string
		url        string
		published  time.Time
		dateline   string
		first      string // first paragraph prefix
		paragraphs int
		headings   []int
		captions   []Caption
	}{
		{
			file: "title_reuters.txt", title: "Harbour authority weighs new tariffs on grain ships",
			author: "Marta Quill", source: "Coastal Ledger", url: "https://example.org/news/harbour-tariffs",
			published: time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), dateline: "WASHINGTON",
			first: "The harbour authority said on Monday it would review fees charged to grain carriers, a move",
			// "Officials gave no timetable…" is a one-line sentence, not a heading;
			// "Prices held steady" ends the text, so it is not between paragraphs.
			paragraphs: 5, headings: []int{2},
			captions: []Caption{{Text: "A loaded bulk carrier waits outside the breakwater at dawn.", Credit: "Reuters", At: 2}},
		},
		{
			file: "lede_caption.txt", guessed: true,
			title:    "Ferry operators on the strait have cancelled a third of their sailings this…",
			dateline: "PORT ELLIS, Westland", first: "Ferry operators", paragraphs: 3,
			captions: []Caption{
				{Text: "A ferry crosses the strait in heavy fog on Tuesday.", Credit: "AFP / Lena Ortiz"},
				{Credit: "Westland Coastguard", At: 3}, // after the last paragraph, where it stood
			},
		},
		{
			file: "perline.txt", title: "City council approves budget after marathon session",
			first: "The council voted", paragraphs: 4, headings: []int{2},
		},
		{
			file: "wrapped.txt", guessed: true, dateline: "KIRUNA",
			// No title line: the whole first sentence, never one cut short.
			title:      "Mining output in the northern district rose for the third month in a row in April, according to figures released by the regional office, driven by higher demand for iron ore pellets",
			first:      "Mining output in the northern district rose for the third month in a row in April, according",
			paragraphs: 4, headings: []int{2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := parseFixture(t, tt.file)
			if d.Title != tt.title || d.TitleGuessed != tt.guessed {
				t.Errorf("title = %q guessed %v, want %q %v", d.Title, d.TitleGuessed, tt.title, tt.guessed)
			}
			if d.Author != tt.author || d.Source != tt.source || d.URL != tt.url {
				t.Errorf("author/source/url = %q %q %q", d.Author, d.Source, d.URL)
			}
			if !d.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", d.Published, tt.published)
			}
			if d.Dateline != tt.dateline {
				t.Errorf("Dateline = %q, want %q", d.Dateline, tt.dateline)
			}
			if len(d.Paragraphs) != tt.paragraphs {
				t.Fatalf("%d paragraphs, want %d: %q", len(d.Paragraphs), tt.paragraphs, d.Paragraphs)
			}
			if !strings.HasPrefix(d.Paragraphs[0], tt.first) {
				t.Errorf("first paragraph = %q, want prefix %q", d.Paragraphs[0], tt.first)
			}
			if !equalInts(d.Headings, tt.headings) {
				t.Errorf("Headings = %v, want %v (%q)", d.Headings, tt.headings, d.Paragraphs)
			}
			if len(d.Captions) != len(tt.captions) {
				t.Fatalf("captions = %+v, want %+v", d.Captions, tt.captions)
			}
			for i := range tt.captions {
				if d.Captions[i] != tt.captions[i] {
					t.Errorf("caption %d = %+v, want %+v", i, d.Captions[i], tt.captions[i])
				}
			}
		})
	}
}

func TestParseTextLayout(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		paras []string
		heads []int
	}{
		{
			name:  "CRLF",
			in:    "Storm hits coast\r\n\r\nWind speeds reached a record on Sunday night.\r\n\r\nPower was cut to thousands of homes.\r\n",
			title: "Storm hits coast",
			paras: []string{"Wind speeds reached a record on Sunday night.", "Power was cut to thousands of homes."},
		},
		{
			name:  "page furniture copied with the text is dropped",
			in:    "Storm hits coast\n\nWind speeds reached a record on Sunday night.\n\nADVERTISEMENT\n\nStory continues below advertisement\n\nRead more:\n\nNo advertisement ran during the storm.",
			title: "Storm hits coast",
			paras: []string{"Wind speeds reached a record on Sunday night.", "No advertisement ran during the storm."},
		},
		{
			name:  "CR only",
			in:    "Storm hits coast\r\rWind speeds reached a record on Sunday night.\rPower was cut.",
			title: "Storm hits coast",
			paras: []string{"Wind speeds reached a record on Sunday night.", "Power was cut."},
		},
		{
			name:  "trailing white space and blank-line runs",
			in:    "Storm hits coast   \n\n\n\n  Wind speeds reached a record.  \t\n\n\n",
			title: "Storm hits coast",
			paras: []string{"Wind speeds reached a record."},
		},
		{
			name:  "typography kept exactly",
			in:    "“Quotes” and ‘single’ – en — em\u00a0nbsp \"straight\" 'x' - hyphen.\n\nSecond line here.",
			title: "“Quotes” and ‘single’ – en — em\u00a0nbsp \"straight\" 'x' - hyphen",
			paras: []string{"“Quotes” and ‘single’ – en — em\u00a0nbsp \"straight\" 'x' - hyphen.", "Second line here."},
		},
		{
			name:  "single short line is body, title guessed",
			in:    "Meeting notes",
			title: "Meeting notes",
			paras: []string{"Meeting notes"},
		},
		{
			name:  "sentence first line is not a title",
			in:    "The minister resigned on Friday.\n\nHer deputy takes over.",
			title: "The minister resigned on Friday",
			paras: []string{"The minister resigned on Friday.", "Her deputy takes over."},
		},
		{
			name:  "question title",
			in:    "Is the ceasefire holding?\n\nBoth sides reported shelling overnight.",
			title: "Is the ceasefire holding?",
			paras: []string{"Both sides reported shelling overnight."},
		},
		{
			name:  "headings vs one-line sentences",
			in:    "Title line\n\nFirst paragraph of the story.\n\nA short sentence.\n\nWhat comes next\n\n“Quoted words without a stop\n\nThe end of the story.",
			title: "Title line",
			paras: []string{"First paragraph of the story.", "A short sentence.", "What comes next", "“Quoted words without a stop", "The end of the story."},
			heads: []int{2},
		},
		{
			name:  "long line is not a heading",
			in:    "Title line\n\nFirst paragraph.\n\nthis line has far too many words to be any kind of heading at all really\n\nLast.",
			title: "Title line",
			paras: []string{"First paragraph.", "this line has far too many words to be any kind of heading at all really", "Last."},
		},
		{
			name:  "header lines in one block",
			in:    "Drought deepens\nBy Ana Ruiz and Tom Hale\nPublished: 2 March 2023\nKeywords: water, farming\n\nReservoirs fell again.",
			title: "Drought deepens",
			paras: []string{"Reservoirs fell again."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if !equalStrings(d.Paragraphs, tt.paras) {
				t.Errorf("Paragraphs = %q, want %q", d.Paragraphs, tt.paras)
			}
			if !equalInts(d.Headings, tt.heads) {
				t.Errorf("Headings = %v, want %v", d.Headings, tt.heads)
			}
		})
	}
}

func TestParseTextHeaders(t *testing.T) {
	d, err := ParseText("Drought deepens\nBy Ana Ruiz and Tom Hale\nPublished: 2 March 2023\nKeywords: water, farming\n\nReservoirs fell again.")
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "Ana Ruiz and Tom Hale" || !d.Published.Equal(time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("author %q published %v", d.Author, d.Published)
	}
	if !equalStrings(d.Tags, []string{"water", "farming"}) {
		t.Errorf("Tags = %q", d.Tags)
	}
}

func TestSplitCaption(t *testing.T) {
	tests := []struct {
		in   string
		want Caption
		ok   bool
	}{
		{"Leaders meet in Hanoi. Photo: AFP / KCNA", Caption{Text: "Leaders meet in Hanoi.", Credit: "AFP / KCNA"}, true},
		{"Leaders meet in Hanoi. (Photo: Reuters)", Caption{Text: "Leaders meet in Hanoi.", Credit: "Reuters"}, true},
		{"Leaders meet. [Image: Getty]", Caption{Text: "Leaders meet.", Credit: "Getty"}, true},
		{"A pier at night. Picture: Jo Lee", Caption{Text: "A pier at night.", Credit: "Jo Lee"}, true},
		{"The old harbour. File photo: EPA-EFE", Caption{Text: "The old harbour.", Credit: "EPA-EFE"}, true},
		{"The old harbour | PHOTO: EPA", Caption{Text: "The old harbour", Credit: "EPA"}, true},
		{"Photo: Reuters", Caption{Text: "", Credit: "Reuters"}, true},
		{"He said the photo: was fake and ran on for a long long long time afterwards without any stop at all, more than fifteen words", Caption{}, false},
		{"Telephoto: lens", Caption{}, false},
		{"Ratio: 3:1", Caption{}, false},
		{"Photo:", Caption{}, false},
		{"No credit here.", Caption{}, false},
	}
	for _, tt := range tests {
		got, ok := splitCaption(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("splitCaption(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSplitDateline(t *testing.T) {
	tests := []struct {
		in, place, rest string
	}{
		{"SEOUL – Echoing an advert", "SEOUL", "Echoing an advert"},
		{"SEOUL — Echoing", "SEOUL", "Echoing"},
		{"SEOUL—Echoing", "SEOUL", "Echoing"},
		{"SEOUL - Echoing", "SEOUL", "Echoing"},
		{"SEOUL -- Echoing", "SEOUL", "Echoing"},
		{"WASHINGTON (Reuters) - The plan", "WASHINGTON", "The plan"},
		{"NEW YORK, June 20 (Reuters) - Stocks", "NEW YORK", "Stocks"},
		{"KYIV, Ukraine — Sirens", "KYIV, Ukraine", "Sirens"},
		{"SÃO PAULO – Rain", "SÃO PAULO", "Rain"},
		{"ST. PETERSBURG – Snow", "ST. PETERSBURG", "Snow"},
		{"NATO-led forces moved", "", ""},
		{"US – China talks resumed", "", ""},
		{"Seoul – lower case", "", ""},
		{"SEOUL –", "", ""},
		{"THE END", "", ""},
	}
	for _, tt := range tests {
		place, _, rest, ok := splitDateline(tt.in)
		if ok != (tt.place != "") || place != tt.place || rest != tt.rest {
			t.Errorf("splitDateline(%q) = %q, %q, %v; want %q, %q", tt.in, place, rest, ok, tt.place, tt.rest)
		}
	}
}

func TestIsHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Kim gives green light", true},
		{"The Pyongyang-Washington ‘Catch 22’", true},
		{"Kim-Trump … Kim-Biden?", true},
		{"What is stopping them?", false},
		{"This approach raises the importance of talks.", false},
		{"“A quotation without a stop", false},
		{"Ends with a colon:", false},
		{"one two three four five six seven eight nine ten eleven", false},
		{"2024", false},
	}
	for _, tt := range tests {
		if got := isHeading(tt.in); got != tt.want {
			t.Errorf("isHeading(%q) = %v", tt.in, got)
		}
	}
}

func TestTitleFromLede(t *testing.T) {
	long := "Officials in the northern province said on Tuesday that the reservoir had fallen to its lowest level in forty years."
	got := titleFromLede(long)
	if !strings.HasSuffix(got, "…") || len([]rune(got)) > maxGuessedTitle || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("titleFromLede(long) = %q", got)
	}
	if strings.Contains(got, " …") {
		t.Errorf("space before ellipsis: %q", got)
	}
	for in, want := range map[string]string{
		"Short lede.":            "Short lede",
		"Is it over?":            "Is it over",
		"A lede, with comma,":    "A lede, with comma",
		strings.Repeat("x", 100): strings.Repeat("x", 79) + "…",
	} {
		if got := titleFromLede(in); got != want {
			t.Errorf("titleFromLede(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2021-06-20", utc(2021, 6, 20)},
		{"2021-06-20T10:30:00Z", time.Date(2021, 6, 20, 10, 30, 0, 0, time.UTC)},
		{"2021-06-20T10:30:00+09:00", time.Date(2021, 6, 20, 1, 30, 0, 0, time.UTC)},
		{"January 2, 2006", utc(2006, 1, 2)},
		{"Jan 2, 2006", utc(2006, 1, 2)},
		{"2 January 2006", utc(2006, 1, 2)},
		{"Monday, June 21, 2021", utc(2021, 6, 21)},
		{"June 20, 2021 at 10:30 am", utc(2021, 6, 20)},
		{"Mon, 02 Jan 2006 15:04:05 -0700", time.Date(2006, 1, 2, 22, 4, 5, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if !ok || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2021", "the 2nd of June", "0001-01-01"} {
		if got, ok := parseDate(bad); ok {
			t.Errorf("parseDate(%q) = %v, want failure", bad, got)
		}
	}
}
