package synth

import (
	"strconv"
	"unicode/utf8"
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

// appendTitleText appends a title in a language drawn from the title
// languages' shares.
func appendTitleText(b []byte, r *rng) []byte { return appendTitleIn(b, r, -1) }

// appendTitleIn appends a title in titleLangs[lang] (drawn when lang < 0):
// its length drawn from the measured distribution, its words by Zipf rank
// from the language's vocabulary, capitalised as the language does. Some
// carry a bare quote or a sequel number, as a few real titles do.
func appendTitleIn(b []byte, r *rng, lang int) []byte {
	v := theVocabs()
	if lang < 0 {
		lang = v.pickLanguage(r)
	}
	l, voc := &titleLangs[lang], &v.titles[lang]
	n := drawLength(r, titleLengths)
	if n == len(titleLengths)-1 {
		n += r.intn(5)
	}
	for k := 0; k < n; k++ {
		if k > 0 && b[len(b)-1] != '\'' {
			b = append(b, ' ')
		}
		w := voc.draw(r, l.title || k == 0)
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

// appendName appends a person's name: its number of tokens drawn from the
// measured distribution, first names and surnames by Zipf rank.
func appendName(b []byte, r *rng) []byte {
	v := theVocabs()
	switch drawLength(r, nameLengths) {
	case 1:
		return append(b, v.surnames.draw(r, true)...)
	case 2:
		b = append(b, v.first.draw(r, true)...)
	case 3:
		b = append(b, v.first.draw(r, true)...)
		b = append(b, ' ')
		switch x := r.float(); {
		case x < 0.3: // an initial
			c, _ := utf8.DecodeRuneInString(v.first.draw(r, true))
			b = utf8.AppendRune(b, c)
			b = append(b, '.')
		case x < 0.7:
			b = append(b, v.first.draw(r, true)...)
		default:
			b = append(b, v.surnames.draw(r, true)...)
		}
	default:
		b = append(b, v.first.draw(r, true)...)
		b = append(b, ' ')
		b = append(b, v.first.draw(r, true)...)
		b = append(b, ' ')
		b = append(b, v.surnames.draw(r, true)...)
	}
	if r.chance(0.001) {
		b = append(b, ` "The Kid"`...)
	}
	b = append(b, ' ')
	return append(b, v.surnames.draw(r, true)...)
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

// personIndex picks a person: a third of the credits go to a small set of
// prolific people, as in the real data.
func (g *gen) personIndex(r *rng) int {
	if r.chance(0.33) {
		return r.intn(max(1, g.people/50))
	}
	return r.intn(g.people)
}
