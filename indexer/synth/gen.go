package synth

import (
	"bytes"
	"math"
	"strconv"
)

// rng is splitmix64: tiny, fast, a value type (no allocation per title).
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a number in [0, n); n must be > 0.
func (r *rng) intn(n int) int { return int((r.next() >> 1) % uint64(n)) }

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) chance(p float64) bool { return r.float() < p }

func pick[T any](r *rng, s []T) T { return s[r.intn(len(s))] }

func mix(a, b uint64) uint64 {
	r := rng{s: a ^ (b * 0xd6e8feb86659fd93)}
	r.next()
	return r.next()
}

// gen holds what every file agrees on: the titles, derived from their index
// alone so that files written concurrently stay consistent.
type gen struct {
	o      Options
	titles int
	people int
	// mlTitles lists the title indexes that MovieLens knows, in movieId order.
	mlTitles []int32
}

func newGen(o Options) *gen {
	g := &gen{o: o, titles: o.Titles, people: People(o.Titles)}
	for i := 0; i < g.titles; i++ {
		r := rng{s: mix(g.o.Seed^0x6d6c, uint64(i))}
		if r.chance(0.15) && g.title(i).typ == "movie" {
			g.mlTitles = append(g.mlTitles, int32(i))
		}
	}
	return g
}

// Title types and their share of title.basics, close to the 2024 dump.
var titleTypes = []struct {
	name  string
	share float64
}{
	{"tvEpisode", 0.743}, {"short", 0.10}, {"movie", 0.07}, {"video", 0.025},
	{"tvSeries", 0.025}, {"tvMovie", 0.015}, {"tvMiniSeries", 0.006},
	{"tvSpecial", 0.006}, {"videoGame", 0.005}, {"tvShort", 0.005},
}

var genres = []string{"Action", "Adventure", "Animation", "Biography", "Comedy", "Crime", "Documentary", "Drama", "Family", "Fantasy", "Film-Noir", "Game-Show", "History", "Horror", "Music", "Musical", "Mystery", "News", "Reality-TV", "Romance", "Sci-Fi", "Short", "Sport", "Talk-Show", "Thriller", "War", "Western"}

// Words of titles: English, French, German, Spanish, with accents, plus some
// non-Latin scripts.
var titleWords = []string{"Night", "Day", "Love", "City", "Dark", "Last", "First", "Man", "Woman", "Story", "Blood", "River", "Star", "Dream", "Secret", "House", "Summer", "Winter", "Road", "King", "Queen", "War", "Ghost", "Heart", "Fire", "Island", "Game", "Lost", "Return", "Shadow",
	"Amélie", "Été", "Cœur", "Forêt", "Château", "Rêve", "Lumière", "Garçon", "Señor", "Niño", "Mañana", "Straße", "Mädchen", "Größe", "Øre", "Ça", "Noël", "Ñandú", "Dvořák", "Łódź",
	"Ночь", "Любовь", "東京", "物語", "夏", "사랑", "नमस्ते", "Αθήνα", "القاهرة", "שלום"}

var articles = []string{"The", "A", "Le", "La", "Les", "L'", "Der", "Die", "El"}

var firstNames = []string{"John", "Mary", "Pierre", "Marie", "José", "María", "Jürgen", "Zoë", "Chloé", "Hélène", "François", "Søren", "Björn", "Ágnes", "Łukasz", "Ngozi", "Wei", "Yuki", "Hiroshi", "Olga", "Дмитрий", "Анна", "太郎", "美咲", "Ahmed", "Fatima", "Raj", "Priya", "Seo-yeon", "Kwame"}
var lastNames = []string{"Smith", "Johnson", "Martin", "Dubois", "García", "Müller", "Rossi", "Nakamura", "Kim", "Ivanov", "Ó Súilleabháin", "Đặng", "Nguyễn", "Öztürk", "Çelik", "Wójcik", "Kowalski", "Andersson", "Hernández", "Lefèvre", "Иванова", "山田", "김", "Patel", "Okafor", "Brown", "Lee", "Wilson", "Bernard", "Moreau"}

var professions = []string{"actor", "actress", "director", "writer", "producer", "composer", "cinematographer", "editor", "miscellaneous", "soundtrack", "camera_department", "art_department", "stunts", "casting_director", "production_designer"}

// Principal categories weighted like the dump (mostly cast).
var categories = []string{"actor", "actor", "actor", "actress", "actress", "self", "director", "writer", "writer", "producer", "composer", "cinematographer", "editor", "production_designer", "casting_director", "archive_footage"}

var characterNames = []string{"Himself", "Herself", "Narrator", "Detective", "Dr. Watson", "Jean Valjean", "Mère", "Le Commissaire", "Officer O'Brien", "Bartender", "Young Sophie", "Mr. Smith", "Ángel", "Policeman #2", "Ivan's Wife", "Kōji"}

var regions = []string{"US", "GB", "FR", "DE", "JP", "IT", "ES", "CA", "BR", "IN", "RU", "KR", "MX", "SE", "XWW"}
var languages = []string{"en", "fr", "de", "ja", "it", "es", "pt", "ru", "ko", "hi"}
var akaTypes = []string{"imdbDisplay", "alternative", "working", "festival", "dvd", "tv"}
var countries = []string{"US", "FR", "GB", "DE", "IT", "JP", "ES", "CA", "BE", "IN"}
var keywords = []string{"love", "murder", "paris", "based on novel or book", "friendship", "revenge", "world war ii", "coming of age", "heist", "time travel", "small town", "femme fatale"}
var tags = []string{"funny", "atmospheric", "twist ending", "Highly quotable", "dark comedy", "visually appealing", "thought-provoking", "classic"}

// titleAttrs are the facts about a title that several files share.
type titleAttrs struct {
	r       rng // the title's own stream, positioned after the shared facts
	typ     string
	year    int // 0 = unknown
	runtime int // 0 = unknown
	adult   bool
}

func (g *gen) title(i int) titleAttrs {
	r := rng{s: mix(g.o.Seed, uint64(i)+1)}
	t := titleAttrs{}
	x := r.float()
	t.typ = titleTypes[0].name
	for _, tt := range titleTypes {
		if x < tt.share {
			t.typ = tt.name
			break
		}
		x -= tt.share
	}
	if !r.chance(0.04) {
		t.year = 1894 + r.intn(132)
		if r.chance(0.6) {
			t.year = 1990 + r.intn(36) // most titles are recent
		}
	}
	if !r.chance(0.35) {
		switch t.typ {
		case "movie", "tvMovie":
			t.runtime = 60 + r.intn(120)
			if r.chance(0.002) {
				t.runtime = 1 + r.intn(3000) // implausible runtimes happen
			}
		case "short", "tvShort":
			t.runtime = 1 + r.intn(44)
		default:
			t.runtime = 5 + r.intn(60)
		}
	}
	t.adult = r.chance(0.015)
	t.r = r
	return t
}

// appendTitleText appends a title made of 1-4 words; some carry a bare
// quote, as a few real titles do.
func appendTitleText(b []byte, r *rng) []byte {
	if r.chance(0.2) {
		b = append(b, pick(r, articles)...)
		if b[len(b)-1] != '\'' {
			b = append(b, ' ')
		}
	}
	n := 1 + r.intn(4)
	for k := 0; k < n; k++ {
		if k > 0 {
			b = append(b, ' ')
		}
		w := pick(r, titleWords)
		if r.chance(0.01) {
			b = append(b, '"')
			b = append(b, w...)
			b = append(b, '"')
		} else {
			b = append(b, w...)
		}
	}
	if r.chance(0.05) {
		b = append(b, ": "...)
		b = strconv.AppendInt(b, int64(2+r.intn(8)), 10)
	}
	return b
}

// primaryTitle derives the title's primary title from its own stream.
func (g *gen) primaryTitle(b []byte, i int) []byte {
	t := g.title(i)
	return appendTitleText(b, &t.r)
}

func tconst(b []byte, i int) []byte {
	b = append(b, "tt"...)
	return appendPadded(b, i+1, 7)
}

func nconst(b []byte, i int) []byte {
	b = append(b, "nm"...)
	return appendPadded(b, i+1, 7)
}

func appendPadded(b []byte, n, width int) []byte {
	var tmp [20]byte
	d := strconv.AppendInt(tmp[:0], int64(n), 10)
	for k := len(d); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

const null = `\N`

func appendIntOrNull(b []byte, n int) []byte {
	if n == 0 {
		return append(b, null...)
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// breakRow turns the row in w.buf into a malformed one: a missing column,
// an extra column, or (when badNumber is given) an unparsable number.
func (w *rowWriter) breakRow(badNumber func()) {
	switch k := w.r.intn(3); {
	case k == 2 && badNumber != nil:
		badNumber()
	case k == 1:
		w.buf = append(w.buf, "\textra"...)
	default:
		if i := bytes.LastIndexByte(w.buf, '\t'); i >= 0 {
			w.buf = w.buf[:i]
		} else {
			w.buf = append(w.buf, "\textra"...)
		}
	}
}

// personIndex picks a person: a third of the credits go to a small set of
// prolific people, as in the real data.
func (g *gen) personIndex(r *rng) int {
	if r.chance(0.33) {
		return r.intn(max(1, g.people/50))
	}
	return r.intn(g.people)
}

func (g *gen) basics(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		t := g.title(i)
		b := tconst(w.buf, i)
		b = append(b, '\t')
		b = append(b, t.typ...)
		b = append(b, '\t')
		start := len(b)
		b = appendTitleText(b, &t.r)
		primary := b[start:]
		b = append(b, '\t')
		if t.r.chance(0.2) {
			b = appendTitleText(b, &t.r)
		} else {
			b = append(b, primary...)
		}
		if t.adult {
			b = append(b, "\t1\t"...)
		} else {
			b = append(b, "\t0\t"...)
		}
		yearAt := len(b)
		b = appendIntOrNull(b, t.year)
		yearEnd := len(b)
		b = append(b, '\t')
		end := 0
		if (t.typ == "tvSeries" || t.typ == "tvMiniSeries") && t.year > 0 && t.r.chance(0.5) {
			end = t.year + t.r.intn(12)
		}
		b = appendIntOrNull(b, end)
		b = append(b, '\t')
		b = appendIntOrNull(b, t.runtime)
		b = append(b, '\t')
		if t.r.chance(0.06) {
			b = append(b, null...)
		} else {
			n := 1 + t.r.intn(3)
			first := t.r.intn(len(genres) - n + 1)
			for k := 0; k < n; k++ { // sorted, as IMDb lists them
				if k > 0 {
					b = append(b, ',')
				}
				b = append(b, genres[first+k]...)
			}
		}
		w.buf = b
		if w.malformed() {
			w.breakRow(func() {
				// startYear becomes junk; the rest stays.
				tail := append([]byte(nil), w.buf[yearEnd:]...)
				w.buf = append(append(w.buf[:yearAt], "19x7"...), tail...)
			})
		}
		w.row()
	}
	return nil
}

func (g *gen) akas(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		n := 1 + w.r.intn(8) // mean 4.5
		for k := 1; k <= n && !w.stop(); k++ {
			b := tconst(w.buf, i)
			b = append(b, '\t')
			orderAt := len(b)
			b = strconv.AppendInt(b, int64(k), 10)
			b = append(b, '\t')
			switch {
			case k == 1:
				b = g.primaryTitle(b, i)
				b = append(b, "\t\\N\t\\N\toriginal\t\\N\t1"...)
			default:
				b = appendTitleText(b, &w.r)
				b = append(b, '\t')
				region := pick(&w.r, regions)
				if k == 2 && w.r.chance(0.5) {
					region = "FR"
				}
				b = append(b, region...)
				b = append(b, '\t')
				if w.r.chance(0.3) {
					b = append(b, pick(&w.r, languages)...)
				} else {
					b = append(b, null...)
				}
				b = append(b, '\t')
				if w.r.chance(0.4) {
					b = append(b, pick(&w.r, akaTypes)...)
				} else {
					b = append(b, null...)
				}
				b = append(b, '\t')
				if w.r.chance(0.05) {
					b = append(b, "literal English title"...)
				} else {
					b = append(b, null...)
				}
				b = append(b, "\t0"...)
			}
			w.buf = b
			if w.malformed() {
				w.breakRow(func() { w.buf = append(w.buf[:orderAt], append([]byte("x"), w.buf[orderAt:]...)...) })
			}
			w.row()
		}
	}
	return nil
}

func (g *gen) principals(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		n := 3 + w.r.intn(11) // mean 8
		for k := 1; k <= n && !w.stop(); k++ {
			b := tconst(w.buf, i)
			b = append(b, '\t')
			orderAt := len(b)
			b = strconv.AppendInt(b, int64(k), 10)
			b = append(b, '\t')
			b = nconst(b, g.personIndex(&w.r))
			b = append(b, '\t')
			cat := pick(&w.r, categories)
			b = append(b, cat...)
			b = append(b, '\t')
			switch {
			case cat == "writer" && w.r.chance(0.5):
				b = append(b, "screenplay"...)
			case cat == "producer":
				b = append(b, "executive producer"...)
			default:
				b = append(b, null...)
			}
			b = append(b, '\t')
			if (cat == "actor" || cat == "actress" || cat == "self") && !w.r.chance(0.15) {
				b = append(b, `["`...)
				if w.r.chance(0.01) {
					b = append(b, `Mr. \"Big\"`...)
				} else {
					b = append(b, pick(&w.r, characterNames)...)
				}
				if w.r.chance(0.1) {
					b = append(b, `","`...)
					b = append(b, pick(&w.r, characterNames)...)
				}
				b = append(b, `"]`...)
			} else {
				b = append(b, null...)
			}
			w.buf = b
			if w.malformed() {
				w.breakRow(func() { w.buf = append(w.buf[:orderAt], append([]byte("#"), w.buf[orderAt:]...)...) })
			}
			w.row()
		}
	}
	return nil
}

func (g *gen) crew(w *rowWriter) error {
	list := func(b []byte, p float64) []byte {
		if !w.r.chance(p) {
			return append(b, null...)
		}
		n := 1 + w.r.intn(3)
		for k := 0; k < n; k++ {
			if k > 0 {
				b = append(b, ',')
			}
			b = nconst(b, g.personIndex(&w.r))
		}
		return b
	}
	for i := 0; i < g.titles && !w.stop(); i++ {
		b := tconst(w.buf, i)
		b = append(b, '\t')
		b = list(b, 0.7)
		b = append(b, '\t')
		b = list(b, 0.55)
		w.buf = b
		if w.malformed() {
			w.breakRow(nil)
		}
		w.row()
	}
	return nil
}

func (g *gen) ratings(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		p := 0.09
		if t := g.title(i); t.typ == "movie" || t.typ == "tvSeries" {
			p = 0.6
		}
		if !w.r.chance(p) {
			continue
		}
		b := tconst(w.buf, i)
		b = append(b, '\t')
		tenths := 10 + w.r.intn(91)
		b = strconv.AppendInt(b, int64(tenths/10), 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(tenths%10), 10)
		b = append(b, '\t')
		votesAt := len(b)
		// Votes: heavy-tailed like the dump's: 5 to ~3M, median ~5, about
		// 9% of rated titles at 1,000 votes or more.
		u := w.r.float()
		votes := int(5 * math.Exp(13.3*u*u*u*u*u*u*u*u*u*u))
		b = strconv.AppendInt(b, int64(votes), 10)
		w.buf = b
		if w.malformed() {
			w.breakRow(func() { w.buf = append(w.buf[:votesAt], "12k"...) })
		}
		w.row()
	}
	return nil
}

func (g *gen) names(w *rowWriter) error {
	for i := 0; i < g.people && !w.stop(); i++ {
		b := nconst(w.buf, i)
		b = append(b, '\t')
		b = append(b, pick(&w.r, firstNames)...)
		if w.r.chance(0.005) {
			b = append(b, ` "The Kid"`...)
		}
		b = append(b, ' ')
		b = append(b, pick(&w.r, lastNames)...)
		b = append(b, '\t')
		birthAt := len(b)
		birth := 0
		if w.r.chance(0.3) {
			birth = 1850 + w.r.intn(160)
		}
		b = appendIntOrNull(b, birth)
		b = append(b, '\t')
		death := 0
		if birth > 0 && birth < 1960 && w.r.chance(0.5) {
			death = birth + 20 + w.r.intn(80)
		}
		b = appendIntOrNull(b, death)
		b = append(b, '\t')
		if w.r.chance(0.2) {
			b = append(b, null...)
		} else {
			n := 1 + w.r.intn(3)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, ',')
				}
				b = append(b, pick(&w.r, professions)...)
			}
		}
		b = append(b, '\t')
		if w.r.chance(0.1) {
			b = append(b, null...)
		} else {
			n := 1 + w.r.intn(4)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, ',')
				}
				// May name a title beyond the set, as the real file does.
				b = tconst(b, w.r.intn(g.titles+g.titles/20+1))
			}
		}
		w.buf = b
		if w.malformed() {
			w.breakRow(func() { w.buf = append(w.buf[:birthAt], append([]byte("c."), w.buf[birthAt:]...)...) })
		}
		w.row()
	}
	return nil
}

// appendCSV appends one RFC 4180 field, quoted when needed.
func appendCSV(b []byte, s []byte) []byte {
	if bytes.ContainsAny(s, ",\"\r\n") {
		b = append(b, '"')
		for _, c := range s {
			if c == '"' {
				b = append(b, '"')
			}
			b = append(b, c)
		}
		return append(b, '"')
	}
	return append(b, s...)
}

// breakCSVRow drops the last field of the row, or puts junk in a number.
func (w *rowWriter) breakCSVRow(numberAt int) {
	if numberAt >= 0 && w.r.chance(0.5) {
		w.buf = append(w.buf[:numberAt], append([]byte("n/a"), w.buf[numberAt:]...)...)
		return
	}
	if i := bytes.LastIndexByte(w.buf, ','); i >= 0 {
		w.buf = w.buf[:i]
	}
}

func (g *gen) tmdb(w *rowWriter) error {
	var field []byte
	for i := 0; i < g.titles && !w.stop(); i++ {
		t := g.title(i)
		if t.typ != "movie" || !w.r.chance(0.5) {
			continue
		}
		b := tconst(w.buf, i)
		b = append(b, ',')
		if w.r.chance(0.8) {
			b = strconv.AppendInt(b, int64(i*3+11), 10)
		}
		b = append(b, ',')
		if w.r.chance(0.75) {
			field = appendTitleText(field[:0], &w.r)
			b = appendCSV(b, field)
		}
		b = append(b, ',')
		if w.r.chance(0.7) {
			b = append(b, pick(&w.r, languages)...)
		}
		for _, p := range []float64{0.45, 0.65} { // overview_fr, overview_en
			b = append(b, ',')
			if w.r.chance(p) {
				field = append(field[:0], "A story of "...)
				field = appendTitleText(field, &w.r)
				field = append(field, ", with \"quotes\", commas"...)
				if w.r.chance(0.05) {
					field = append(field, "\nand a second line."...)
				}
				b = appendCSV(b, field)
			}
		}
		b = append(b, ',')
		if w.r.chance(0.85) {
			b = append(b, '/')
			for k := 0; k < 27; k++ {
				b = append(b, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[w.r.intn(62)])
			}
			b = append(b, ".jpg"...)
		}
		b = append(b, ',')
		budgetAt := len(b)
		for k := 0; k < 2; k++ { // budget, revenue; 0 = unknown
			if k > 0 {
				b = append(b, ',')
			}
			if w.r.chance(0.35) {
				b = strconv.AppendInt(b, int64(1_000+w.r.intn(300_000_000)), 10)
			} else {
				b = append(b, '0')
			}
		}
		b = append(b, ',')
		if w.r.chance(0.55) {
			n := 1 + w.r.intn(3)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, '|')
				}
				b = append(b, pick(&w.r, countries)...)
			}
		}
		b = append(b, ',')
		if w.r.chance(0.45) {
			n := 1 + w.r.intn(5)
			first := w.r.intn(len(keywords) - n + 1)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, '|')
				}
				b = append(b, keywords[first+k]...)
			}
		}
		b = append(b, ',')
		if w.r.chance(0.9) {
			b = strconv.AppendFloat(b, float64(w.r.intn(2_700_000))/1000, 'f', -1, 64)
		}
		b = append(b, ',')
		if w.r.chance(0.07) {
			b = strconv.AppendInt(b, int64(10+w.r.intn(500_000)), 10)
		}
		b = append(b, ',')
		if t.year > 0 && w.r.chance(0.6) {
			b = strconv.AppendInt(b, int64(t.year), 10)
			b = append(b, '-')
			b = appendPadded(b, 1+w.r.intn(12), 2)
			b = append(b, '-')
			b = appendPadded(b, 1+w.r.intn(28), 2)
		}
		b = append(b, ',')
		if w.r.chance(0.22) {
			b = append(b, "https://www.youtube.com/watch?v="...)
			b = strconv.AppendUint(b, w.r.next()%1e11, 36)
		}
		w.buf = b
		if w.malformed() {
			w.breakCSVRow(budgetAt)
		}
		w.row()
	}
	return nil
}

// MovieLens genres, with its own vocabulary.
var mlGenres = []string{"Action", "Adventure", "Animation", "Children", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"}

func (g *gen) mlMovies(w *rowWriter) error {
	var field []byte
	for k, ti := range g.mlTitles {
		if w.stop() {
			break
		}
		t := g.title(int(ti))
		b := strconv.AppendInt(w.buf, int64(k+1), 10)
		b = append(b, ',')
		field = appendTitleText(field[:0], &t.r)
		// MovieLens moves a leading English article to the end.
		if rest, ok := bytes.CutPrefix(field, []byte("The ")); ok {
			field = append(append([]byte(nil), rest...), ", The"...)
		}
		if t.year > 0 {
			field = append(field, " ("...)
			field = strconv.AppendInt(field, int64(t.year), 10)
			field = append(field, ')')
		}
		b = appendCSV(b, field)
		b = append(b, ',')
		if w.r.chance(0.01) {
			b = append(b, "(no genres listed)"...)
		} else {
			n := 1 + w.r.intn(4)
			first := w.r.intn(len(mlGenres) - n + 1)
			for j := 0; j < n; j++ {
				if j > 0 {
					b = append(b, '|')
				}
				b = append(b, mlGenres[first+j]...)
			}
		}
		w.buf = b
		if w.malformed() {
			w.breakCSVRow(-1)
		}
		w.row()
	}
	return nil
}

func (g *gen) mlLinks(w *rowWriter) error {
	for k, ti := range g.mlTitles {
		if w.stop() {
			break
		}
		b := strconv.AppendInt(w.buf, int64(k+1), 10)
		b = append(b, ',')
		b = appendPadded(b, int(ti)+1, 7) // imdbId without "tt"
		b = append(b, ',')
		if w.r.chance(0.99) {
			b = strconv.AppendInt(b, int64(ti)*3+11, 10)
		}
		w.buf = b
		if w.malformed() {
			w.breakCSVRow(-1)
		}
		w.row()
	}
	return nil
}

// mlUsers is how many users rate: ml-latest-small has 610 for 9,742 movies.
func (g *gen) mlUsers() int { return max(1, len(g.mlTitles)/16) }

func (g *gen) mlRatings(w *rowWriter) error {
	m := len(g.mlTitles)
	if m == 0 {
		return nil
	}
	for u := 1; u <= g.mlUsers() && !w.stop(); u++ {
		n := 20 + w.r.intn(min(m, 270)) // mean ~155 per user
		start := w.r.intn(m)
		step := 1 + w.r.intn(7)
		if m%step == 0 {
			step = 1 // keep (user, movie) pairs unique
		}
		ts := 900_000_000 + w.r.intn(640_000_000)
		for k := 0; k < n && k < m && !w.stop(); k++ {
			movie := (start+k*step)%m + 1
			b := strconv.AppendInt(w.buf, int64(u), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(movie), 10)
			b = append(b, ',')
			ratingAt := len(b)
			half := 1 + w.r.intn(10)
			b = strconv.AppendInt(b, int64(half/2), 10)
			if half%2 == 1 {
				b = append(b, ".5"...)
			} else {
				b = append(b, ".0"...)
			}
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(ts+w.r.intn(86_400)), 10)
			w.buf = b
			if w.malformed() {
				w.breakCSVRow(ratingAt)
			}
			w.row()
		}
	}
	return nil
}

func (g *gen) mlTags(w *rowWriter) error {
	m := len(g.mlTitles)
	if m == 0 {
		return nil
	}
	for u := 1; u <= g.mlUsers() && !w.stop(); u++ {
		if !w.r.chance(0.1) {
			continue
		}
		n := 1 + w.r.intn(60)
		for k := 0; k < n && !w.stop(); k++ {
			b := strconv.AppendInt(w.buf, int64(u), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(1+w.r.intn(m)), 10)
			b = append(b, ',')
			tag := pick(&w.r, tags)
			if w.r.chance(0.05) {
				tag = "funny, sad"
			}
			b = appendCSV(b, []byte(tag))
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(1_100_000_000+w.r.intn(440_000_000)), 10)
			w.buf = b
			if w.malformed() {
				w.breakCSVRow(-1)
			}
			w.row()
		}
	}
	return nil
}
