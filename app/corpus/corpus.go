// Package corpus generates realistic synthetic news articles for benchmarks
// and `dossier bench`: about 6 KB of English-like text each, with quotes
// attributed to a pool of named people (so the quote finder finds them),
// header lines (author, source, date, tags), datelines, hierarchical tags and
// dates spread over several years. Word frequencies follow a Zipf law over a
// real news vocabulary plus a long tail of made-up words, so term
// dictionaries and postings have realistic shapes.
//
// Generation is deterministic: article i of a generator with a given seed is
// always the same, whatever order articles are made in. The package imports
// nothing of the project.
package corpus

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options tune a Generator. Zero values take the defaults.
type Options struct {
	Seed      uint64
	People    int // size of the pool of speakers (default 400)
	StartYear int // first year of publication dates (default 2017)
	Years     int // number of years dates spread over (default 8)
	MeanSize  int // mean article size in bytes (default 6000)
}

// Person is a speaker of the pool.
type Person struct {
	Name        string
	Aliases     []string
	Role        string
	Affiliation string
}

// Quote is a quotation placed in an article.
type Quote struct {
	Speaker string // full name
	Text    string
}

// Article is one generated article.
type Article struct {
	Title      string
	Author     string
	Source     string
	Published  time.Time
	Tags       []string
	Dateline   string
	Paragraphs []string
	Quotes     []Quote
}

// Generator makes articles. It is safe for concurrent use.
type Generator struct {
	opt     Options
	people  []Person
	places  []string
	tail    []string // made-up words, most frequent first
	authors []string
	nounZ   *zipf
	verbZ   *zipf
	adjZ    *zipf
	tailZ   *zipf
	peopleZ *zipf
	tagZ    *zipf
	placeZ  *zipf
	countZ  *zipf
}

// tailSize is the number of made-up words.
const tailSize = 40000

// New returns a generator.
func New(opt Options) *Generator {
	if opt.People <= 0 {
		opt.People = 400
	}
	if opt.StartYear <= 0 {
		opt.StartYear = 2017
	}
	if opt.Years <= 0 {
		opt.Years = 8
	}
	if opt.MeanSize <= 0 {
		opt.MeanSize = 6000
	}
	g := &Generator{opt: opt}
	r := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	seen := map[string]bool{}
	for len(g.people) < opt.People {
		first := firstNames[r.IntN(len(firstNames))]
		last := surnames[r.IntN(len(surnames))]
		name := first + " " + last
		if strings.Contains(first, "-") {
			name = last + " " + first // Korean order: Moon Chung-in
		}
		if seen[name] {
			if len(seen) >= len(firstNames)*len(surnames)/2 {
				break
			}
			continue
		}
		seen[name] = true
		role := roles[r.IntN(len(roles))]
		p := Person{Name: name, Aliases: []string{last}, Role: role, Affiliation: organisations[r.IntN(len(organisations))]}
		g.people = append(g.people, p)
	}
	for i := 0; i < 150; i++ {
		g.authors = append(g.authors, firstNames[r.IntN(len(firstNames))]+" "+surnames[r.IntN(len(surnames))])
	}
	g.places = []string{"Pyongyang", "Seoul", "Tokyo", "Beijing", "Washington", "Moscow", "Busan", "Incheon",
		"Kaesong", "Sinuiju", "Dandong", "Vladivostok", "Hanoi", "Singapore", "Geneva", "Brussels"}
	for i := 0; i < 44; i++ {
		g.places = append(g.places, capitalize(madeUp(r.Uint64()%50000+7, 2+r.IntN(2))))
	}
	tailSeen := map[string]bool{}
	for i := 0; len(g.tail) < tailSize; i++ {
		w := madeUp(uint64(i)*7919+uint64(opt.Seed%1000), 2+i%3)
		if !tailSeen[w] {
			tailSeen[w] = true
			g.tail = append(g.tail, w)
		}
	}
	g.nounZ = newZipf(len(nouns), 1.0)
	g.verbZ = newZipf(len(verbs), 1.0)
	g.adjZ = newZipf(len(adjectives), 1.0)
	g.tailZ = newZipf(len(g.tail), 1.05)
	g.peopleZ = newZipf(len(g.people), 0.9)
	g.tagZ = newZipf(len(tagTree), 0.8)
	g.placeZ = newZipf(len(g.places), 1.0)
	g.countZ = newZipf(len(countries), 1.0)
	return g
}

// People returns the pool of speakers.
func (g *Generator) People() []Person { return append([]Person(nil), g.people...) }

// Article returns article i.
func (g *Generator) Article(i int) *Article {
	r := rand.New(rand.NewPCG(g.opt.Seed, uint64(i)+1))
	w := &writer{g: g, r: r}
	a := &Article{}
	a.Source = sources[r.IntN(len(sources))]
	a.Author = g.authors[r.IntN(len(g.authors))]
	days := g.opt.Years * 365
	a.Published = time.Date(g.opt.StartYear, 1, 1, 6+r.IntN(14), r.IntN(60), 0, 0, time.UTC).AddDate(0, 0, r.IntN(days))
	nt := 1 + r.IntN(3)
	for len(a.Tags) < nt {
		t := tagTree[g.tagZ.draw(r)]
		if !contains(a.Tags, t) {
			a.Tags = append(a.Tags, t)
		}
	}
	a.Dateline = strings.ToUpper(w.place())
	// The cast: a few speakers, the first ones most quoted.
	cast := make([]Person, 0, 4)
	for n := 2 + r.IntN(3); len(cast) < n; {
		p := g.people[g.peopleZ.draw(r)]
		if !containsPerson(cast, p.Name) {
			cast = append(cast, p)
		}
	}
	w.country = countries[g.countZ.draw(r)]
	a.Title = w.title()
	target := g.opt.MeanSize*3/4 + r.IntN(g.opt.MeanSize/2+1)
	introduced := map[string]bool{}
	size := 0
	for k := 0; size < target || k < 4; k++ {
		var p string
		switch {
		case k == 0:
			p = w.sentences(2 + r.IntN(2))
		case k%4 == 1 && r.IntN(5) > 0 || k%4 == 3 && r.IntN(4) == 0:
			sp := cast[(k/4+r.IntN(2))%len(cast)]
			var q Quote
			p, q = w.quotePara(sp, introduced[sp.Name])
			introduced[sp.Name] = true
			a.Quotes = append(a.Quotes, q)
		default:
			p = w.sentences(2 + r.IntN(3))
		}
		a.Paragraphs = append(a.Paragraphs, p)
		size += len(p) + 2
	}
	return a
}

// File is the article as a plain-text file, the way analysts save pages:
// title, header lines, then paragraphs with a dateline on the first.
func (a *Article) File() []byte {
	var b strings.Builder
	b.Grow(7000)
	b.WriteString(a.Title)
	b.WriteString("\n\nBy ")
	b.WriteString(a.Author)
	b.WriteString("\nSource: ")
	b.WriteString(a.Source)
	b.WriteString("\nPublished: ")
	b.WriteString(a.Published.Format("2006-01-02"))
	if len(a.Tags) > 0 {
		b.WriteString("\nTags: ")
		b.WriteString(strings.Join(a.Tags, ", "))
	}
	for i, p := range a.Paragraphs {
		b.WriteString("\n\n")
		if i == 0 {
			b.WriteString(a.Dateline)
			b.WriteString(" – ")
		}
		b.WriteString(p)
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// FileName is the name article i is written under.
func FileName(i int) string { return fmt.Sprintf("%06d.txt", i) }

// Written totals WriteFiles.
type Written struct {
	Files int
	Bytes int64
}

// WriteFiles writes articles 0..n-1 into dir (created when missing), in
// sub-folders of 1,000 files, on workers goroutines.
func (g *Generator) WriteFiles(ctx context.Context, dir string, n, workers int) (Written, error) {
	if workers <= 0 {
		workers = 2
	}
	var bytes atomic.Int64
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := ctx.Err(); err != nil {
					errs[w] = err
					return
				}
				sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
				if i%1000 == 0 || i == 0 {
					if err := os.MkdirAll(sub, 0o755); err != nil {
						errs[w] = fmt.Errorf("corpus: %w", err)
						return
					}
				}
				data := g.Article(i).File()
				if err := writeFile(filepath.Join(sub, FileName(i)), data); err != nil {
					errs[w] = err
					return
				}
				bytes.Add(int64(len(data)))
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return Written{}, err
	}
	return Written{Files: n, Bytes: bytes.Load()}, nil
}

func writeFile(path string, data []byte) error {
	err := os.WriteFile(path, data, 0o644)
	if errors.Is(err, os.ErrNotExist) {
		// another worker has not made the sub-folder yet
		if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
			err = os.WriteFile(path, data, 0o644)
		}
	}
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}

// QuerySet is query material that matches the corpus, for latency benchmarks.
type QuerySet struct {
	Terms    []string    // single words of middling to high frequency
	Pairs    [][2]string // two words for +a +b
	Phrases  []string    // two- or three-word phrases that occur
	Prefixes []string    // three or four letters
	Fuzzy    []string    // misspellings one edit away
	Speakers []string    // surnames of frequent speakers
	Tags     []string
	Sources  []string
}

// Queries returns query material for the corpus.
func (g *Generator) Queries() QuerySet {
	qs := QuerySet{
		Phrases: []string{"North Korea", "foreign minister", "special envoy", "central bank", "prime minister",
			"South Korea", "the United States", "nuclear weapons", "chief negotiator", "Workers' Party"},
		Prefixes: []string{"sanc", "nucl", "dipl", "gov", "miss", "trad", "econ", "negot", "sec", "infl", "harv", "amb"},
		Fuzzy:    []string{"goverment", "sanctons", "minster", "negotiatons", "Pyongyan", "diplomcy", "missle", "ecnomy"},
		Tags:     []string{"actor/DPRK", "topic/sanctions", "topic/nuclear", "region/East Asia", "actor"},
		Sources:  sources[:5],
	}
	for i := 0; i < 60 && i < len(nouns); i += 3 {
		qs.Terms = append(qs.Terms, nouns[i])
	}
	for i := 0; i < 40 && i < len(verbs); i += 4 {
		qs.Terms = append(qs.Terms, verbs[i])
	}
	for i := 0; i+7 < len(nouns) && len(qs.Pairs) < 20; i += 5 {
		qs.Pairs = append(qs.Pairs, [2]string{nouns[i], nouns[i+7]})
	}
	for i := 0; i < 10 && i < len(g.people); i++ {
		qs.Speakers = append(qs.Speakers, g.people[i].Aliases[0])
		qs.Terms = append(qs.Terms, g.people[i].Aliases[0])
	}
	return qs
}

// writer builds text for one article.
type writer struct {
	g       *Generator
	r       *rand.Rand
	country string
}

func (w *writer) noun() string {
	if w.r.IntN(100) < 9 {
		return w.g.tail[w.g.tailZ.draw(w.r)]
	}
	return nouns[w.g.nounZ.draw(w.r)]
}
func (w *writer) verb() string { return verbs[w.g.verbZ.draw(w.r)] }
func (w *writer) adj() string  { return adjectives[w.g.adjZ.draw(w.r)] }
func (w *writer) adv() string  { return adverbs[w.r.IntN(len(adverbs))] }
func (w *writer) prep() string { return prepositions[w.r.IntN(len(prepositions))] }
func (w *writer) place() string {
	return w.g.places[w.g.placeZ.draw(w.r)]
}
func (w *writer) countryName() string {
	if w.r.IntN(3) == 0 {
		return countries[w.g.countZ.draw(w.r)]
	}
	return w.country
}
func (w *writer) demonym() string {
	for i, c := range countries {
		if c == w.country && w.r.IntN(2) == 0 {
			return demonyms[i]
		}
	}
	return demonyms[w.g.countZ.draw(w.r)]
}

func (w *writer) title() string {
	var s string
	switch w.r.IntN(5) {
	case 0:
		s = fmt.Sprintf("%s %s %s %s as %s %s", strings.TrimPrefix(w.countryName(), "the "), present3(w.verb()), w.adj(), plural(w.noun()), w.noun(), past(w.verb()))
	case 1:
		s = fmt.Sprintf("%s %s %s over %s in %s", w.demonym(), plural(w.noun()), past(w.verb()), w.noun(), w.place())
	case 2:
		s = fmt.Sprintf("%s: %s %s %s %s", w.place(), w.adj(), w.noun(), present3(w.verb()), w.noun())
	case 3:
		s = fmt.Sprintf("Why the %s %s matters for %s", w.adj(), w.noun(), strings.TrimPrefix(w.countryName(), "the "))
	default:
		s = fmt.Sprintf("%s to %s %s %s %s", plural(w.noun()), w.verb(), w.noun(), w.prep(), w.place())
	}
	return capitalize(s)
}

func (w *writer) sentence() string {
	var s string
	switch w.r.IntN(7) {
	case 0:
		s = fmt.Sprintf("the %s %s %s the %s %s %s %s", w.adj(), w.noun(), past(w.verb()), w.noun(), w.prep(), w.place(), w.clause())
	case 1:
		s = fmt.Sprintf("%s %s %s the %s of the %s %s", w.countryName(), w.adv(), past(w.verb()), w.noun(), w.adj(), w.noun())
	case 2:
		s = fmt.Sprintf("analysts expect the %s to %s the %s %s %s", w.noun(), w.verb(), w.adj(), w.noun(), w.clause())
	case 3:
		s = fmt.Sprintf("%s %s in %s %s a %s %s %s the %s", w.demonym(), plural(w.noun()), w.place(), past(w.verb()), w.adj(), w.noun(), w.prep(), w.noun())
	case 4:
		s = fmt.Sprintf("the %s of %s has %s %s %s %d %s", w.noun(), w.countryName(), w.adv(), participle(w.verb()), w.prep(), 2+w.r.IntN(90), plural(w.noun()))
	case 5:
		s = fmt.Sprintf("%s %s and %s %s the %s %s", plural(w.noun()), w.prep(), plural(w.noun()), past(w.verb()), w.adj(), w.noun())
	default:
		s = fmt.Sprintf("it is %s whether the %s will %s the %s of %s", w.adj(), w.noun(), w.verb(), w.noun(), w.place())
	}
	return capitalize(s) + "."
}

func (w *writer) clause() string {
	c := connectors[w.r.IntN(len(connectors))]
	return fmt.Sprintf("%s the %s %s %s", c, w.noun(), past(w.verb()), w.adv())
}

func (w *writer) sentences(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = w.sentence()
	}
	return strings.Join(parts, " ")
}

// quotePara is a paragraph with a quotation by p: full name, role and
// affiliation on first mention, the surname after.
func (w *writer) quotePara(p Person, introduced bool) (string, Quote) {
	q := w.speech()
	var para string
	switch {
	case !introduced:
		para = fmt.Sprintf("“%s,” said %s, the %s of %s.", strings.TrimSuffix(q, "."), p.Name, p.Role, p.Affiliation)
	case w.r.IntN(2) == 0:
		para = fmt.Sprintf("“%s” %s said. %s", q, p.Aliases[0], w.sentence())
	default:
		para = fmt.Sprintf("%s %s “%s” %s told reporters in %s.", w.sentence(), w.sentence(), q, p.Aliases[0], w.place())
	}
	if !introduced {
		q = strings.TrimSuffix(q, ".")
	}
	return para, Quote{Speaker: p.Name, Text: q}
}

// speech is what people say: first person, present or future.
func (w *writer) speech() string {
	var s string
	switch w.r.IntN(5) {
	case 0:
		s = fmt.Sprintf("we will not %s the %s %s %s", w.verb(), w.noun(), w.clause(), "")
	case 1:
		s = fmt.Sprintf("this is a %s %s for %s and we %s it %s", w.adj(), w.noun(), w.countryName(), w.verb(), w.adv())
	case 2:
		s = fmt.Sprintf("the %s must %s the %s before the %s %s. We are %s", plural(w.noun()), w.verb(), w.noun(), w.noun(), present3(w.verb()), w.adj())
	case 3:
		s = fmt.Sprintf("I have %s the %s %s %s, and the %s is %s", participle(w.verb()), w.noun(), w.prep(), w.place(), w.noun(), w.adj())
	default:
		s = fmt.Sprintf("nobody should %s the %s of %s %s", w.verb(), w.noun(), plural(w.noun()), w.clause())
	}
	return capitalize(strings.Join(strings.Fields(s), " ")) + "."
}

var irregular = map[string]string{"say": "said", "tell": "told", "hold": "held", "meet": "met", "lead": "led",
	"leave": "left", "build": "built", "cut": "cut", "win": "won", "lose": "lost", "sell": "sold", "buy": "bought",
	"pay": "paid", "spend": "spent", "send": "sent", "lend": "lent", "fall": "fell", "rise": "rose", "drive": "drove",
	"begin": "began", "break": "broke", "grow": "grew", "shrink": "shrank", "seek": "sought", "strike": "struck",
	"ban": "banned", "plan": "planned", "drop": "dropped", "ship": "shipped", "fire": "fired", "set": "set",
	"put": "put", "show": "showed", "owe": "owed", "face": "faced", "hit": "hit", "stop": "stopped", "end": "ended"}

func past(v string) string {
	if p, ok := irregular[v]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func participle(v string) string {
	switch v {
	case "break":
		return "broken"
	case "grow":
		return "grown"
	case "begin":
		return "begun"
	case "rise":
		return "risen"
	case "fall":
		return "fallen"
	case "drive":
		return "driven"
	case "shrink":
		return "shrunk"
	case "show":
		return "shown"
	}
	return past(v)
}

func present3(v string) string {
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		return v + "es"
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s"):
		return n
	case strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return n + "es"
	case strings.HasSuffix(n, "y") && len(n) > 2 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// madeUp builds a pronounceable word from syllables, numbered by k.
func madeUp(k uint64, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[k%uint64(len(syllables))])
		k /= uint64(len(syllables))
		k += uint64(i*31 + 7)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsPerson(list []Person, name string) bool {
	for _, p := range list {
		if p.Name == name {
			return true
		}
	}
	return false
}

// zipf draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by binary
// search over the cumulative weights.
type zipf struct{ cdf []float64 }

func newZipf(n int, s float64) *zipf {
	z := &zipf{cdf: make([]float64, n)}
	sum := 0.0
	for i := range n {
		sum += 1 / math.Pow(float64(i+1), s)
		z.cdf[i] = sum
	}
	for i := range z.cdf {
		z.cdf[i] /= sum
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) int {
	u := r.Float64()
	lo, hi := 0, len(z.cdf)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if z.cdf[mid] < u {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
