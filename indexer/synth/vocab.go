package synth

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The vocabularies of titles and names. Real titles and names follow Zipf's
// law over vocabularies of tens of thousands of words per language: a few
// words ("the", "de", "love") are in many titles, most are in a handful.
// Postings lengths, hence search latency, depend on that shape, so each
// vocabulary here has a real head (the commonest words, in order) and a
// pronounceable generated tail up to a realistic size, and words are drawn
// by rank from a Zipf distribution. Everything is built from fixed seeds:
// the vocabularies are the same for every Options.Seed.

// zipf draws ranks in [0, n) with probability proportional to 1/(k+1)^s.
type zipf struct{ cdf []float64 }

func newZipf(n int, s float64) zipf {
	z := zipf{cdf: make([]float64, n)}
	var sum float64
	for k := 0; k < n; k++ {
		sum += 1 / math.Pow(float64(k+1), s)
		z.cdf[k] = sum
	}
	for k := range z.cdf {
		z.cdf[k] /= sum
	}
	return z
}

func (z zipf) draw(r *rng) int {
	u := r.float()
	k := sort.SearchFloat64s(z.cdf, u)
	return min(k, len(z.cdf)-1)
}

// vocabulary is a ranked word list with its Zipf sampler.
type vocabulary struct {
	words []string
	caps  []string // words capitalised
	z     zipf
}

func newVocabulary(words []string, s float64) vocabulary {
	v := vocabulary{words: words, caps: make([]string, len(words)), z: newZipf(len(words), s)}
	for i, w := range words {
		v.caps[i] = capitalize(w)
	}
	return v
}

// draw returns a word, capitalised when upper is true.
func (v *vocabulary) draw(r *rng, upper bool) string {
	k := v.z.draw(r)
	if upper {
		return v.caps[k]
	}
	return v.words[k]
}

// language describes how titles of one language are written.
type language struct {
	code  string
	share float64 // share of film titles in this language
	title bool    // Title Case (English, German) rather than sentence case
	head  string  // commonest title words, most frequent first
	// syllable parts for the generated tail
	onsets, vowels, codas string
}

var titleLangs = []language{
	{code: "en", share: 0.64, title: true,
		head:   "the of a and in to love man my life night girl story last day world time house war dead little one new black for with on you me all is dark blood city king home man's girl's death from life's boy lady big secret out no lost two good red white heart de return great final blue moon game dream summer island road american devil back first at street wild fire money women men children deadly young time's who murder me shadow angel beyond under",
		onsets: "b c d f g h j k l m n p r s t v w st tr br cr gr bl sh ch th pl sp fl wh",
		vowels: "a e i o u ea oo ai ou a e i o",
		codas:  " n r s t ck ll nd ng st rt ss d ght"},
	{code: "fr", share: 0.12, title: false,
		head:   "le la de les l' des et du un une à en d' au pour amour vie nuit homme femme mort temps dernier coeur jour monde fille été ami enfants sans aux belle petit ciel guerre maison rouge noir paris grand fils secret roi mère père histoire sur dans jeunesse vent",
		onsets: "b c d f g j l m n p r s t v ch gr br tr pl cl fr qu",
		vowels: "a e i o u é è ou ai au eau oi eu an on in a e",
		codas:  " n r s t lle tte que re x"},
	{code: "de", share: 0.06, title: true,
		head:   "der die das und ein eine im in von mit den liebe nacht zum zur des dem mann frau leben tod für auf kinder haus herz tag welt zeit krieg mädchen blut stadt könig weg ende spiel",
		onsets: "b d f g h k l m n p r s t w z sch st br kr tr fr gr",
		vowels: "a e i o u ä ö ü ei au ie",
		codas:  " n r s t ch ng nd rt ld ck"},
	{code: "es", share: 0.09, title: false,
		head:   "el la de los las y en un una del amor vida noche hombre mujer muerte tiempo corazón mundo ciudad casa guerra niño sangre rey madre hijo secreto último día por con sin",
		onsets: "b c d f g j l m n p r s t v ll ñ ch br tr pl",
		vowels: "a e i o u á é í ó a e o",
		codas:  "    s n r l"},
	{code: "it", share: 0.07, title: false,
		head:   "il la di e le i un una del della per l' amore vita notte uomo donna morte tempo cuore mondo città casa guerra figlio sangue re madre segreto ultimo giorno con",
		onsets: "b c d f g l m n p r s t v z gn sc st tr br pr",
		vowels: "a e i o u a e o",
		codas:  "      l n r"},
	{code: "xx", share: 0.05, title: true, // other Latin-script languages, with their letters
		head:   "ve bir och en og i ja na za od der ho ng no",
		onsets: "b d g k l m n p r s t v y z h j ł ř ş ğ",
		vowels: "a e i o u ı ø å ö ü y ą ę",
		codas:  "   n k r l m s"},
	{code: "zz", share: 0.03, title: false, // non-Latin scripts
		head:   "ночь любовь 東京 物語 夏 사랑 नमस्ते αθήνα القاهرة שלום и в не на 愛 人 の",
		onsets: "б в г д ж з к л м н п р с т ф х ц ч ш κ λ μ ν π ρ σ τ",
		vowels: "а е и о у ы я ю α ε ι ο υ ω",
		codas:  "  н р с к й ς"},
}

// Sizes and exponents of the vocabularies, set so that generated samples
// match the development bundle's distributions (see TestRealistic).
const (
	titleVocab   = 30_000 // words per language
	titleZipfS   = 1.05
	firstVocab   = 50_000
	firstZipfS   = 1.05
	surnameVocab = 300_000
	surnameZipfS = 0.8
)

var firstHead = strings.Fields("John Michael David Robert James Peter Paul Mark Richard Thomas Daniel Jean Pierre Marie Maria Anna Sarah Laura Chris Mary Elizabeth Jennifer Lisa Susan Karen Linda William Charles Joseph George Frank Christian Alexander Andrea Nicolas Philippe Michel Alain Jacques François Sophie Isabelle Catherine Nathalie Julie Claire Hélène Chloé Zoë José Juan Carlos Luis Jorge Antonio Manuel Javier Carmen Ana Lucía Marco Giuseppe Giovanni Francesco Luca Alessandro Giulia Francesca Hans Klaus Jürgen Stefan Wolfgang Uwe Søren Björn Lars Anders Ágnes Łukasz Piotr Olga Ivan Sergei Дмитрий Анна Yuki Hiroshi Takeshi Kenji 太郎 美咲 Wei Li Ming Seo-yeon Min-jun Raj Priya Amit Ahmed Mohamed Fatima Ali Omar Kwame Ngozi Emeka Ryan Kevin Brian Jason Matthew Andrew Steven Eric Jessica Emily Emma Olivia Kate Rachel Nicole Amanda Tom Max Ben Sam Alex Leo")

var surnameHead = strings.Fields("Smith Johnson Williams Brown Jones Miller Davis García Rodríguez Martin Wilson Anderson Taylor Thomas Moore Jackson White Harris Clark Lewis Lee Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Dubois Bernard Durand Lefèvre Moreau Laurent Simon Michel Leroy Roux Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Rossi Russo Ferrari Esposito Bianchi Romano Colombo Fernández López Martínez Sánchez Pérez González Hernández Silva Santos Oliveira Ivanov Иванова Smirnov Nakamura Tanaka Suzuki Watanabe 山田 Kim Park Choi 김 Wang Zhang Liu Chen Patel Singh Kumar Sharma Khan Nguyễn Đặng Öztürk Çelik Wójcik Kowalski Andersson Johansson Nielsen Okafor Ó Súilleabháin")

// firstSyl etc. are the name tails' syllables: a mix of the title
// languages' letters, so that names look international.
const (
	nameOnsets = "b c d f g h j k l m n p r s t v w y z br ch sh st tr gr kr ł ř ş"
	nameVowels = "a e i o u a e i o u é ä ö ü ó á í y ia ie ou"
	nameCodas  = "    n r s l m k t d nn ll rt ck sson sen ez"
)

type vocabs struct {
	titles   []vocabulary // one per titleLangs entry
	langCDF  []float64
	first    vocabulary
	surnames vocabulary
}

var (
	vocabOnce sync.Once
	vocab     *vocabs
)

// theVocabs builds the vocabularies once; they hold about 500,000 words.
func theVocabs() *vocabs {
	vocabOnce.Do(func() {
		v := &vocabs{}
		var sum float64
		for i, l := range titleLangs {
			r := rng{s: mix(0x766f6361, uint64(i))}
			words := buildWords(&r, strings.Fields(l.head), titleVocab, l.onsets, l.vowels, l.codas)
			v.titles = append(v.titles, newVocabulary(words, titleZipfS))
			sum += l.share
			v.langCDF = append(v.langCDF, sum)
		}
		for k := range v.langCDF {
			v.langCDF[k] /= sum
		}
		r := rng{s: 0x6e616d6573}
		first := buildWords(&r, firstHead, firstVocab, nameOnsets, nameVowels, nameCodas)
		v.first = newVocabulary(first, firstZipfS)
		sur := buildWords(&r, surnameHead, surnameVocab, nameOnsets, nameVowels, nameCodas)
		v.surnames = newVocabulary(sur, surnameZipfS)
		vocab = v
	})
	return vocab
}

// buildWords returns head followed by distinct generated words up to n.
func buildWords(r *rng, head []string, n int, onsets, vowels, codas string) []string {
	on, vo, co := strings.Split(onsets, " "), strings.Fields(vowels), strings.Split(codas, " ")
	seen := make(map[string]bool, n)
	words := make([]string, 0, n)
	for _, w := range head {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	var b strings.Builder
	for len(words) < n {
		b.Reset()
		syl := 1
		switch x := r.float(); {
		case x > 0.85:
			syl = 3
		case x > 0.35:
			syl = 2
		}
		for k := 0; k < syl; k++ {
			if k == 0 || r.chance(0.8) {
				b.WriteString(pick(r, on))
			}
			b.WriteString(pick(r, vo))
			if r.chance(0.35) || k == syl-1 {
				b.WriteString(pick(r, co))
			}
		}
		w := b.String()
		if utf8.RuneCountInString(w) < 2 || seen[w] {
			continue
		}
		seen[w] = true
		words = append(words, w)
	}
	return words
}

// capitalize upper-cases the first letter of w.
func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError || unicode.IsUpper(r) || !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// pickLanguage draws the language of a title.
func (v *vocabs) pickLanguage(r *rng) int {
	k := sort.SearchFloat64s(v.langCDF, r.float())
	return min(k, len(v.langCDF)-1)
}

// languageOf returns the index in languages of the code.
func languageOf(code string) int {
	for i, l := range titleLangs {
		if l.code == code {
			return i
		}
	}
	return 0
}

// Words per film title, as measured on the development bundle's films
// (index = words; 8 stands for 8 to 12).
var titleLengths = []float64{0, 0.187, 0.289, 0.232, 0.141, 0.081, 0.036, 0.018, 0.016}

// Tokens per person name, as measured on the development bundle.
var nameLengths = []float64{0, 0.008, 0.904, 0.084, 0.0037, 0.0003}

func drawLength(r *rng, dist []float64) int {
	u := r.float()
	for k, p := range dist {
		if u < p {
			return k
		}
		u -= p
	}
	return len(dist) - 1
}
