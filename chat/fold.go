package chat

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bobine/bobine/search"
)

// folded is a lower-cased, accent-folded copy of a message that remembers
// where each of its bytes comes from, so that a span found in the folded text
// can be cut out of the original one (titles are passed on as typed).
type folded struct {
	orig string
	s    string
	off  []int // off[i]: byte offset in orig of the rune that gave byte i of s; len(s)+1 entries
}

// punctTable maps the typographic punctuation customers' keyboards produce
// to the plain characters the patterns expect. Letters are folded by
// search.Fold, the one accent folder.
var punctTable = map[rune]string{
	'’': "'", '‘': "'", 'ʼ': "'", '´': "'", '`': "'",
	'“': "\"", '”': "\"", '«': "\"", '»': "\"",
	'–': "-", '—': "-", '‐': "-",
	'\u00a0': " ", '\u202f': " ", '\t': " ", '\r': " ",
	// A line break ends an item of a list typed one film a line.
	'\n': " ; ",
	'°':  "o",
}

// fold returns the folded form of s: search.Fold rune by rune, so that every
// folded byte knows the original rune it comes from.
func fold(s string) folded {
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int, 0, len(s)+1)
	for i, r := range s {
		var rep string
		switch {
		case r < utf8.RuneSelf:
			rep = string(unicode.ToLower(r))
			if p, ok := punctTable[r]; ok {
				rep = p
			}
		case r == utf8.RuneError:
			rep = " "
		default:
			if p, ok := punctTable[r]; ok {
				rep = p
			} else {
				rep = search.Fold(string(r))
			}
		}
		for j := 0; j < len(rep); j++ {
			off = append(off, i)
		}
		b.WriteString(rep)
	}
	off = append(off, len(s))
	return folded{orig: s, s: b.String(), off: off}
}

// orig returns the original text of the folded span [a, b).
func (f folded) origSpan(a, b int) string { return f.orig[f.off[a]:f.off[b]] }

// norm folds s and collapses spaces: the form used to compare words.
func norm(s string) string { return strings.Join(strings.Fields(fold(s).s), " ") }

// words splits a folded string into its letter-and-digit words.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// lexiconVocabulary are the folded words the lexicons are written with: a
// word in it is never corrected, and the long ones are what mistyped words
// are corrected to ("comedie" for "comdie", "americain" for "americian",
// "annees" for "anness").
var lexiconVocabulary = func() map[string]bool {
	m := map[string]bool{}
	add := func(s string) {
		for _, w := range words(s) {
			if len(w) >= 3 {
				m[w] = true
			}
		}
	}
	for k := range genreWords {
		if genreParaphrases[k] == nil {
			add(k)
		}
	}
	for k := range nationWord {
		add(k)
	}
	add(`annees recent recents recente recentes moins heures heure minutes maximum famille enfants
		dessins animes science fiction seconde guerre mondiale apres depuis pourquoi encore recommencer
		bonjour maintenant cherche voudrais aimerais comedies horreur plusieurs quelque chose
		children family minutes hours something recommend looking movies please english french
		grands grandes petits petites familial familiale jeunesse ados adolescents gamins gosses parents
		role roles`) // « ses rôles », not « drôles »
	return m
}()

// minCorrected is the length from which a lexicon word is corrected: one
// edit in a shorter word too often makes another word (a word one shorter
// is corrected only to a lexicon word of at least minCorrected letters:
// "annes" to "annees").
const minCorrected = 6

// correctLexicon replaces every word of f that is one edit from exactly one
// lexicon word, and is not one itself, by that word; offsets into the
// original message follow.
func correctLexicon(f folded) folded {
	var b strings.Builder
	off := make([]int, 0, len(f.off))
	changed := false
	prev := ""
	i := 0
	for i < len(f.s) {
		j := i
		for j < len(f.s) && isWordByte(f.s[j]) {
			j++
		}
		if j == i {
			b.WriteByte(f.s[i])
			off = append(off, f.off[i])
			i++
			continue
		}
		w := f.s[i:j]
		if realWords[w] {
			// kept as typed
		} else if rep := cueTypos[w]; rep != "" {
			w, changed = rep, true
		} else if rep := filmNounTypo(w, prev); rep != "" { // themes12.go: « un flm où… »
			w, changed = rep, true
		} else if rep := shorthand(f.s, i, j, prev); rep != "" {
			w, changed = rep, true
		} else if rep := correction(w); rep != "" && !(frenchDeterminers[prev] && langWords[rep] < 0) {
			// « les momies » is no "les movies": after a French
			// determiner a word is not corrected to an English one.
			w, changed = rep, true
		} else if rep := refineCorrection(w); rep != "" && !(frenchDeterminers[prev] && langWords[rep] < 0) {
			w, changed = rep, true // refinewords.go: « modrenes », "shortr", « pltuot »
		} else if lengthTypo(w, prev) {
			w, changed = "long", true // « moins lnog »
		} else if degreeTypo(w, f.s[j:]) {
			w, changed = "plus", true // « plsu récent », « plu court »
		} else if lessTypo(w, f.s[j:]) {
			w, changed = "moins", true // « moin violent »
		} else if rep := degreeAdjTypo(w, prev); rep != "" {
			w, changed = rep, true // « moins violant », « plus cour »
		}
		prev = w
		b.WriteString(w)
		for k := 0; k < len(w); k++ {
			off = append(off, f.off[i+min(k, j-i-1)])
		}
		i = j
		if elided(w, f.s[j:]) {
			// « un film d espagne », « avec l accent »: the apostrophe a
			// phone keyboard left out, put back in place of the space.
			b.WriteByte('\'')
			off = append(off, f.off[j])
			i, changed = j+1, true
		}
	}
	if !changed {
		return f
	}
	off = append(off, f.off[len(f.s)])
	return folded{orig: f.orig, s: b.String(), off: off}
}

// numberNext reports whether rest starts with a space and a number of two
// digits or more ("thx 1138"; « jvoudrai 1 film » is no title).
func numberNext(rest string) bool {
	return len(rest) > 2 && rest[0] == ' ' && isDigit(rest[1]) && isDigit(rest[2])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// elisionWords are the French words that lose their vowel before another
// vowel (« d'Espagne », « l'accent », « qu'on »); « s » only before « il ».
var elisionWords = map[string]bool{"d": true, "l": true, "j": true, "qu": true, "n": true, "c": true, "s": true}

// elided reports whether the word w, followed by rest, is an elision typed
// without its apostrophe: one of elisionWords, one space, then a word
// starting with a vowel or an h.
func elided(w, rest string) bool {
	if !elisionWords[w] || len(rest) < 3 || rest[0] != ' ' {
		return false
	}
	next := rest[1:]
	if k := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		next = next[:k]
	}
	switch {
	case w == "l" && next == "a":
		// "l a confidential" is L.A.; « on l a deja vu » is « l'a ».
		return seenAfterLA(rest[2:])
	case len(next) < 2:
		return false // "l a confidential" is L.A.
	case w == "s":
		return next == "il" || next == "ils"
	case w == "j":
		// "j edgar" is a first name: only the verbs a customer writes.
		return slices.ContainsFunc([]string{"ai", "aime", "ador", "av", "etai", "en", "hesit", "ecout"}, func(p string) bool { return strings.HasPrefix(next, p) })
	}
	return strings.ContainsRune("aeiouyh", rune(next[0]))
}

// frenchDeterminers are the French articles and determiners a noun
// follows: the word after one is French.
var frenchDeterminers = map[string]bool{"le": true, "la": true, "les": true, "un": true, "une": true, "des": true, "du": true,
	"ces": true, "mes": true, "tes": true, "ses": true, "nos": true, "vos": true, "leurs": true, "aux": true}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// realWords are words of everyday use one edit from a word of the lexicon,
// the refinements or the cues, meaning something else: never corrected.
// « Romain Duris » is no Romanian film, « le fiancé de ma fille » no French
// one, « qu'il puisse » nothing Swiss, « Gilles » nothing Welsh, "what
// order to watch them in" nothing older, "my wife thinks" no thanks,
// "something about cooking" no "looking". They are the words seen at least
// 15 times in the development catalogue's French and English synopses that
// correctLexicon changed into a word of another meaning; the plurals,
// feminines and conjugations of the same word (« petite », « enfant »,
// « guerres ») are still corrected, since they mean the same.
var realWords = map[string]bool{
	"romain": true, "puisse": true, "fiance": true, "camille": true, "gilles": true, "roland": true,
	"francois": true, "francoise": true, "francis": true, "franck": true, "franco": true, "francs": true,
	"frances": true, "germain": true, "destin": true, "destins": true, "moves": true, "finish": true,
	"hungry": true, "grade": true, "revent": true, "indiana": true, "gains": true, "gigolo": true,
	"dames": true, "belles": true, "sorts": true, "pieges": true, "comedien": true, "comediens": true,
	"order": true, "thinks": true, "cooking": true, "franchise": true, "loner": true, "policy": true,
	"familiar": true, "fortes": true, "bosses": true, "faille": true, "franc": true, "balles": true,
}

// correction is the one lexicon word w is a typo of, or "".
func correction(w string) string {
	if len(w) < minCorrected-1 || lexiconVocabulary[w] || realWords[w] {
		return ""
	}
	found := ""
	for v := range lexiconVocabulary {
		if d := len(v) - len(w); d > 1 || d < -1 || len(v) < minCorrected {
			continue
		}
		if search.EditDistance(w, v, 1) <= 1 {
			if found != "" && meaning(found) != meaning(v) {
				return ""
			}
			if found == "" || v < found {
				found = v
			}
		}
	}
	return found
}

// meaning is what a lexicon word stands for: two words that mean the same
// ("americain", "american") are not an ambiguity.
func meaning(w string) string {
	if c, ok := nationWord[w]; ok {
		return "country:" + c
	}
	if g, ok := genreWords[w]; ok {
		return "genre:" + strings.Join(g, ",")
	}
	return w
}
