package synth

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Stats are the distributions that decide how long the search index's
// postings are and how heavy the joins are: words of film titles, tokens of
// people's names, and IMDb vote counts. Measure computes them from a data
// directory in the official formats, generated or real, so that the
// generator can be compared with real dumps (`bobine gen -stats`).
type Stats struct {
	Films         int     // movie rows of title.basics measured
	WordsPerTitle [9]int  // films by number of words in the primary title (8 = 8 or more)
	TitleChars    float64 // mean primary title length in characters
	TitleTokens   int     // words in the measured titles
	TitleWords    int     // distinct words (lower-cased) among them
	TitleTop10    float64 // share of TitleTokens taken by the 10 most frequent words
	TitleZipf     float64 // slope of log frequency against log rank, ranks 1-1000
	TitleHapax    float64 // share of distinct words seen once
	FrenchAkas    int     // French (region FR) titles of title.akas measured
	FrenchTokens  int     // words in them
	FrenchWords   int     // distinct words among them
	FrenchTop10   float64 // share of FrenchTokens taken by the 10 commonest
	People        int     // name.basics rows measured
	NameTokens    [6]int  // people by number of tokens in their name (5 = 5 or more)
	FirstNames    int     // distinct first tokens
	Surnames      int     // distinct last tokens
	SurnameTop10  float64 // share of people carrying one of the 10 most frequent last tokens
	Rated         int     // title.ratings rows
	Votes         [3]int  // 50th, 90th and 99th percentile of numVotes
	Votes500      float64 // share of rated titles with 500 votes or more
	MoviesRated   int     // rated movie rows (a title.basics join)
	Movies500     int     // movies with 500 votes or more
}

// Sample bounds what Measure counts (0: everything).
type Sample struct{ Films, FrenchAkas, People int }

// Size returns the sample s was measured on.
func (s *Stats) Size() Sample { return Sample{s.Films, s.FrenchAkas, s.People} }

// Smaller returns the smaller of a and b, field by field.
func (a Sample) Smaller(b Sample) Sample {
	return Sample{min(a.Films, b.Films), min(a.FrenchAkas, b.FrenchAkas), min(a.People, b.People)}
}

// Measure reads imdb/title.basics, title.akas, name.basics and
// title.ratings of dir and returns their Stats, counting at most lim.Films
// movie titles, lim.FrenchAkas French akas and lim.People names, so
// that a large set can be compared with a small one on
// samples of the same size (vocabulary grows with the sample). Rows that do
// not have the official column count are skipped.
func Measure(dir string, lim Sample) (*Stats, error) {
	maxFilms, maxAkas, maxPeople := lim.Films, lim.FrenchAkas, lim.People
	s := &Stats{}
	words := map[string]int{}
	var chars int
	movie := map[string]bool{}
	err := eachRow(filepath.Join(dir, "imdb", "title.basics.tsv.gz"), 9, func(r []string) bool {
		if r[1] != "movie" {
			return true
		}
		movie[r[0]] = true
		if maxFilms > 0 && s.Films >= maxFilms {
			return true // keep reading: the ratings join needs every movie id
		}
		s.Films++
		chars += len([]rune(r[2]))
		n := 0
		for _, w := range titleTokens(r[2]) {
			words[w]++
			n++
		}
		s.WordsPerTitle[min(n, 8)]++
		s.TitleTokens += n
		return true
	})
	if err != nil {
		return nil, err
	}
	if s.Films > 0 {
		s.TitleChars = float64(chars) / float64(s.Films)
	}
	s.TitleWords = len(words)
	freq := sortedFreq(words)
	s.TitleTop10 = topShare(freq, 10, s.TitleTokens)
	s.TitleZipf = zipfSlope(freq, 1000)
	for _, f := range freq {
		if f == 1 {
			s.TitleHapax++
		}
	}
	if len(freq) > 0 {
		s.TitleHapax /= float64(len(freq))
	}

	// French titles: not used to tune the generator (a held-out check).
	fr := map[string]int{}
	err = eachRow(filepath.Join(dir, "imdb", "title.akas.tsv.gz"), 8, func(r []string) bool {
		if r[3] != "FR" {
			return true
		}
		if maxAkas > 0 && s.FrenchAkas >= maxAkas {
			return false
		}
		s.FrenchAkas++
		for _, w := range titleTokens(r[2]) {
			fr[w]++
			s.FrenchTokens++
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	s.FrenchWords = len(fr)
	s.FrenchTop10 = topShare(sortedFreq(fr), 10, s.FrenchTokens)

	first, last := map[string]int{}, map[string]int{}
	err = eachRow(filepath.Join(dir, "imdb", "name.basics.tsv.gz"), 6, func(r []string) bool {
		if maxPeople > 0 && s.People >= maxPeople {
			return false
		}
		tok := strings.Fields(r[1])
		if len(tok) == 0 {
			return true
		}
		s.People++
		s.NameTokens[min(len(tok), 5)]++
		first[tok[0]]++
		if len(tok) > 1 {
			last[tok[len(tok)-1]]++
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	s.FirstNames, s.Surnames = len(first), len(last)
	s.SurnameTop10 = topShare(sortedFreq(last), 10, s.People)

	var votes []int
	err = eachRow(filepath.Join(dir, "imdb", "title.ratings.tsv.gz"), 3, func(r []string) bool {
		v, err := strconv.Atoi(r[2])
		if err != nil {
			return true
		}
		votes = append(votes, v)
		if movie[r[0]] {
			s.MoviesRated++
			if v >= 500 {
				s.Movies500++
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	s.Rated = len(votes)
	if len(votes) > 0 {
		sort.Ints(votes)
		for i, q := range []float64{0.5, 0.9, 0.99} {
			s.Votes[i] = votes[int(q*float64(len(votes)-1))]
		}
		n500 := len(votes) - sort.SearchInts(votes, 500)
		s.Votes500 = float64(n500) / float64(len(votes))
	}
	return s, nil
}

// titleTokens splits a title into lower-cased words, as an analyzer would:
// letters and digits, everything else separates.
func titleTokens(t string) []string {
	return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func sortedFreq(m map[string]int) []float64 {
	f := make([]float64, 0, len(m))
	for _, n := range m {
		f = append(f, float64(n))
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(f)))
	return f
}

func topShare(freq []float64, k, total int) float64 {
	if total == 0 {
		return 0
	}
	var s float64
	for i := 0; i < k && i < len(freq); i++ {
		s += freq[i]
	}
	return s / float64(total)
}

// zipfSlope fits log(freq) = a + b·log(rank) over the first ranks and
// returns -b (about 1 for natural language).
func zipfSlope(freq []float64, ranks int) float64 {
	n := min(ranks, len(freq))
	if n < 2 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i := 0; i < n; i++ {
		x, y := math.Log(float64(i+1)), math.Log(freq[i])
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	fn := float64(n)
	return -(fn*sxy - sx*sy) / (fn*sxx - sx*sx)
}

// eachRow calls fn with the fields of every data row of a gzipped TSV file
// that has width columns, until fn returns false.
func eachRow(path string, width int, fn func([]string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("synth: measure: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return fmt.Errorf("synth: measure %s: %w", path, err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	header := true
	fields := make([]string, 0, width)
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 && !header {
			fields = append(fields[:0], strings.Split(strings.TrimRight(line, "\n"), "\t")...)
			if len(fields) == width && !fn(fields) {
				return nil
			}
		}
		header = false
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("synth: measure %s: %w", path, err)
		}
	}
}

// PrintComparison writes the Stats of a (named na) and b (nb) side by side.
func PrintComparison(w io.Writer, na string, a *Stats, nb string, b *Stats) error {
	bw := bufio.NewWriter(w)
	row := func(what string, x, y any) { fmt.Fprintf(bw, "%-36s %14v %14v\n", what, x, y) }
	pct := func(v float64) string { return strconv.FormatFloat(100*v, 'f', 1, 64) + " %" }
	f2 := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	row("", na, nb)
	row("movie titles measured", a.Films, b.Films)
	for k := 1; k <= 8; k++ {
		label := fmt.Sprintf("  titles of %d word(s)", k)
		if k == 8 {
			label = "  titles of 8+ words"
		}
		row(label, pct(frac(a.WordsPerTitle[k], a.Films)), pct(frac(b.WordsPerTitle[k], b.Films)))
	}
	row("  mean title length (chars)", f2(a.TitleChars), f2(b.TitleChars))
	row("  words per title", f2(frac(a.TitleTokens, a.Films)), f2(frac(b.TitleTokens, b.Films)))
	row("  distinct words", a.TitleWords, b.TitleWords)
	row("  distinct words per 100 tokens", f2(100*frac(a.TitleWords, a.TitleTokens)), f2(100*frac(b.TitleWords, b.TitleTokens)))
	row("  share of the 10 commonest words", pct(a.TitleTop10), pct(b.TitleTop10))
	row("  Zipf slope (ranks 1-1000)", f2(a.TitleZipf), f2(b.TitleZipf))
	row("  words seen once", pct(a.TitleHapax), pct(b.TitleHapax))
	row("French akas measured (held out)", a.FrenchAkas, b.FrenchAkas)
	row("  words per French title", f2(frac(a.FrenchTokens, a.FrenchAkas)), f2(frac(b.FrenchTokens, b.FrenchAkas)))
	row("  distinct words per 100 tokens", f2(100*frac(a.FrenchWords, a.FrenchTokens)), f2(100*frac(b.FrenchWords, b.FrenchTokens)))
	row("  share of the 10 commonest words", pct(a.FrenchTop10), pct(b.FrenchTop10))
	row("names measured", a.People, b.People)
	for k := 1; k <= 5; k++ {
		label := fmt.Sprintf("  names of %d token(s)", k)
		if k == 5 {
			label = "  names of 5+ tokens"
		}
		row(label, pct(frac(a.NameTokens[k], a.People)), pct(frac(b.NameTokens[k], b.People)))
	}
	row("  distinct first names per 100", f2(100*frac(a.FirstNames, a.People)), f2(100*frac(b.FirstNames, b.People)))
	row("  distinct surnames per 100", f2(100*frac(a.Surnames, a.People)), f2(100*frac(b.Surnames, b.People)))
	row("  share of the 10 commonest surnames", pct(a.SurnameTop10), pct(b.SurnameTop10))
	row("rated titles", a.Rated, b.Rated)
	row("  votes p50 / p90 / p99", fmt.Sprintf("%d/%d/%d", a.Votes[0], a.Votes[1], a.Votes[2]), fmt.Sprintf("%d/%d/%d", b.Votes[0], b.Votes[1], b.Votes[2]))
	row("  rated with 500+ votes", pct(a.Votes500), pct(b.Votes500))
	row("  movies with 500+ votes", a.Movies500, b.Movies500)
	return bw.Flush()
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
