package recommend

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldedWords calls fn with each word of s, lower-cased and accent-free:
// the runs of letters and digits ("Été 85" gives "ete", "85").
func foldedWords(s string, fn func(string)) {
	if asciiOnly(s) {
		// Most titles: no accent to drop, so no normalisation and no
		// copy of each word.
		s = strings.ToLower(s)
		start := -1
		for i := 0; i <= len(s); i++ {
			if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				fn(s[start:i])
				start = -1
			}
		}
		return
	}
	foldedWordsUnicode(s, fn)
}

// foldedWordsUnicode is foldedWords for any text: decomposed, its accents
// dropped.
func foldedWordsUnicode(s string, fn func(string)) {
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			fn(b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// accents dropped: "été" and "ete" are one word
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
}

// words splits a synopsis into lower-case, accent-free words of at least
// three letters, without stopwords or numbers. It is deliberately simple:
// the vectors only need the distinctive words, not a linguistic analysis.
func words(s string, fn func(string)) {
	foldedWords(s, func(w string) {
		if len(w) < 3 || stopwords[w] {
			return
		}
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			return
		}
		fn(w)
	})
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
the and for are but not you all any can had her was one our out day get has him his how man new now old see two way who boy did its let put say she too use
that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them
then well were what into after their there which would about could other these first where while those being under again never every years film movie
story life must finds find becomes young woman women world family help takes himself herself each back also between during against through both before
les des une est pas que qui dans pour par sur avec son ses sont aux mais plus tout tous toute toutes cette ces leur leurs elle elles ils nous vous lui
sans sous entre vers chez fait faire etre avoir comme bien dont deux trois apres avant encore deja depuis alors aussi autre autres meme quand tres peu
sera ont sont etait ete cet car ceux celui celle donc lorsque pendant jusqu jour jours vie film ans annee fois doit peut veut decide decouvre
`) {
		m[w] = true
	}
	return m
}()

// asciiOnly reports whether s holds only ASCII bytes.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
