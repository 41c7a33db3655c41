package chat

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// The language of a message is read from two sources. The hand lexicon
// (langWords) weighs the words customers use in both languages or that
// synopses never hold ("j'ai", "svp", "liked", "please"). Every other word
// is weighed from the catalogue itself: how often it appears in the French
// synopses against the English ones. "mountaineering", "gritty",
// "heartwarming" are English and « réalisateur », « meilleurs » French
// without anyone listing them; a proper name ("Lellouche", "Marseille")
// appears in both and weighs nothing.

// langModel holds the words the catalogue's synopses lean to one language.
// It is read-only once built and safe for concurrent use.
type langModel struct {
	w      map[string]int8 // folded word seen often enough -> weight: positive French, negative English, 0 both
	suffix map[string]int8 // last langSuffixLen letters of words -> weight, for words the synopses lack
	plain  map[string]bool // folded words of everyday use in either language's synopses (plaintitles.go)
}

// Thresholds of the model: a word counts once seen langMinCount times in
// all, and leans when its relative frequency in one language is at least
// e^langMinLogRatio that in the other (about 5 times); e^langStrongLogRatio
// (about 33 times) makes it weigh double.
// A word the synopses lack ("heartwarming", "mountaineering") is weighed
// by its last langSuffixLen letters, when it has at least langSuffixMinLen.
// langMaxWords bounds the words read per language, and so the time taken
// to build the model on a large catalogue.
const (
	langSuffixLen       = 4
	langSuffixMinLen    = 7
	langMaxWords        = 2_000_000
	langMinCount        = 4
	langMinLogRatio     = 1.6
	langStrongLogRatio  = 3.5
	langModelMaxWordLen = 30
)

// newLangModel counts the words of the catalogue's French and English
// synopses. A catalogue without synopses gives an empty model: the hand
// lexicon alone decides.
func newLangModel(cat *data.Catalogue) *langModel {
	fr, en := map[string]int{}, map[string]int{}
	var nfr, nen int
	count := func(m map[string]int, text string) int {
		n := 0
		for _, w := range strings.FieldsFunc(text, notWordRune) {
			if len(w) > langModelMaxWordLen {
				continue
			}
			// One letter (« à », "a", "I"): the hand lexicon's.
			if w = foldWord(w); len(w) < 2 || !hasLetter(w) {
				continue
			}
			m[w]++
			n++
		}
		return n
	}
	if cat != nil {
		films := cat.Films()
		for i := range films {
			f := &films[i]
			if f.OverviewFR != "" && nfr < langMaxWords {
				nfr += count(fr, f.OverviewFR)
			}
			if f.OverviewEN != "" && nen < langMaxWords {
				nen += count(en, f.OverviewEN)
			}
		}
	}
	lm := &langModel{w: map[string]int8{}, suffix: map[string]int8{}, plain: map[string]bool{}}
	for _, c := range []struct {
		m map[string]int
		n int
	}{{fr, nfr}, {en, nen}} {
		for w, k := range c.m {
			if float64(k)*1e6 >= plainPerMillion*float64(c.n) {
				lm.plain[w] = true
			}
		}
	}
	if nfr == 0 || nen == 0 {
		return lm
	}
	sfr, sen := map[string]int{}, map[string]int{}
	weigh := func(w string) {
		a, b := fr[w], en[w]
		if len(w) >= langSuffixMinLen {
			s := w[len(w)-langSuffixLen:]
			sfr[s] += a
			sen[s] += b
		}
		if a+b < langMinCount {
			return
		}
		lm.w[w] = leaning(a, b, nfr, nen)
	}
	for w := range fr {
		weigh(w)
	}
	for w := range en {
		if _, seen := fr[w]; !seen {
			weigh(w)
		}
	}
	for s, a := range sfr {
		if b := sen[s]; a+b >= 20*langMinCount {
			if v := leaning(a, b, nfr, nen); v != 0 {
				lm.suffix[s] = max(-1, min(1, v))
			}
		}
	}
	for s, b := range sen {
		if _, seen := sfr[s]; !seen && b >= 20*langMinCount {
			lm.suffix[s] = -1
		}
	}
	return lm
}

// leaning is the weight of a word seen a times in n French words and b
// times in m English ones.
func leaning(a, b, n, m int) int8 {
	lr := math.Log(float64(a+1)/float64(n)) - math.Log(float64(b+1)/float64(m))
	switch {
	case lr >= langStrongLogRatio:
		return 2
	case lr >= langMinLogRatio:
		return 1
	case lr <= -langStrongLogRatio:
		return -2
	case lr <= -langMinLogRatio:
		return -1
	}
	return 0
}

// notWordRune splits words as words does.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// foldWord folds one word as fold does, quickly when it is plain ASCII.
func foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return search.Fold(w)
		}
	}
	return strings.ToLower(w)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// weight is the model's weight of a folded word: 0 when unknown or common
// to both languages.
func (lm *langModel) weight(w string) int {
	if lm == nil {
		return 0
	}
	if v, ok := lm.w[w]; ok {
		return int(v)
	}
	if len(w) >= langSuffixMinLen && hasLetter(w) {
		return int(lm.suffix[w[len(w)-langSuffixLen:]])
	}
	return 0
}

// has reports whether the folded word w is one the synopses hold often
// enough to weigh: a word of its own, not a typo (intentwords.go).
func (lm *langModel) has(w string) bool {
	if lm == nil {
		return false
	}
	_, ok := lm.w[w]
	return ok
}

// langModels caches the model of each catalogue: the engines of one index
// generation share it, and a new catalogue gets its own.
var langModels sync.Map // *data.Catalogue -> *langOnce

type langOnce struct {
	once sync.Once
	lm   *langModel
}

// langModelOf returns the model of cat, built on first use.
func langModelOf(cat *data.Catalogue) *langModel {
	v, _ := langModels.LoadOrStore(cat, &langOnce{})
	lo := v.(*langOnce)
	lo.once.Do(func() { lo.lm = newLangModel(cat) })
	return lo.lm
}

// langScore sums the language weights of a message's words, from the hand
// lexicon and the catalogue's synopses: positive is French, negative
// English.
func (e *Engine) langScore(text string) int { return langModelOf(e.cat).score(text) }

// detectLang returns "fr" or "en" when the message leans clearly to one
// language, "" when it is unclear (a bare title, a name, a number).
func (e *Engine) detectLang(text string) string {
	switch score := e.langScore(text); {
	case score >= 2:
		return "fr"
	case score <= -2:
		return "en"
	}
	return ""
}

// leanLang returns "fr" or "en" when the message leans at all to one
// language ("Solaris by Tarkovsky"), "" when it does not.
func (e *Engine) leanLang(text string) string {
	switch score := e.langScore(text); {
	case score > 0:
		return "fr"
	case score < 0:
		return "en"
	}
	return ""
}

// score sums the weights of a message's words: the hand lexicon's
// where it has the word, else the catalogue's. Positive is French.
func (lm *langModel) score(text string) int {
	score := 0
	if possessiveRe.MatchString(text) {
		score -= 2 // "Hitchcock's Psycho"
	}
	for i, w := range words(withoutLoanwords(fold(text).s)) {
		if i == 0 && w == "a" {
			// "a thriller", "a long epic": the English article; « a »
			// is « à » typed without its accent only inside a
			// sentence (« un polar a Paris »).
			score--
		}
		switch v, ok := langWords[w]; {
		case len(w) >= 3 && strings.HasSuffix(w, "0s") && w[0] >= '0' && w[0] <= '9':
			// "1990s" is English; "80s" only leans to it, French customers type
			// « les 80s » too.
			score -= decadeLean(w)
		case ok:
			score += v
		default:
			score += lm.weight(w)
		}
	}
	return score
}
