package search

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file is the one normaliser of titles and names. The Bleve tokenizers
// registered in mapping.go call it at index time and the rescoring in
// resolve.go calls it at query time, so both sides always agree on what a
// word is.

// fold lowercases s, removes accents (NFKD then drop combining marks),
// expands ligatures (œ->oe, æ->ae, ß->ss...) and maps every apostrophe-like
// rune to '\”.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFKD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			} else if r == '`' {
				r = '\''
			}
			b.WriteRune(r)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'œ', 'Œ':
			b.WriteString("oe")
		case 'æ', 'Æ':
			b.WriteString("ae")
		case 'ß', 'ẞ':
			b.WriteString("ss")
		case 'ø', 'Ø':
			b.WriteByte('o')
		case 'đ', 'Đ', 'ð', 'Ð':
			b.WriteByte('d')
		case 'ł', 'Ł':
			b.WriteByte('l')
		case 'ı':
			b.WriteByte('i')
		case 'þ', 'Þ':
			b.WriteString("th")
		case '’', '‘', 'ʼ', '´', '′', 'ʻ':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// elisions are the French words that lose their vowel before another word
// ("l'amour", "qu'il"): the elided part carries no meaning for search.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true,
}

// strayElisions are one-letter words dropped when they stand alone, so that
// "d amelie" (typed without the apostrophe) reads like "d'Amélie" and
// "schindler s list" like "Schindler's List".
var strayElisions = map[string]bool{"l": true, "d": true, "j": true, "qu": true, "s": true}

// isWordRune reports whether r belongs to a word (after folding).
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// splitWords splits folded text into words of letters and digits. Hyphens,
// punctuation and spaces separate words ("spider-man" -> spider, man).
// Elided French articles are dropped ("l'amour" -> amour), an English
// possessive loses its "'s" ("schindler's" -> schindler), other apostrophes
// join ("don't" -> dont) and dotted acronyms are joined ("e.t." -> et).
func splitWords(s string) []string {
	rs := []rune(s)
	var out []string
	var cur []rune
	acronym := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
		acronym = false
	}
	at := func(i int) rune {
		if i >= 0 && i < len(rs) {
			return rs[i]
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case isWordRune(r):
			cur = append(cur, r)
		case r == '\'' && len(cur) > 0 && isWordRune(at(i+1)):
			if elisions[string(cur)] {
				cur = cur[:0]
				continue
			}
			if at(i+1) == 's' && !isWordRune(at(i+2)) {
				i++ // possessive: drop the "'s"
				flush()
				continue
			}
			// any other apostrophe joins: "don't" -> "dont"
		case r == '.' && (acronym || len(cur) == 1 && unicode.IsLetter(cur[0])) &&
			unicode.IsLetter(at(i+1)) && !isWordRune(at(i+2)):
			// "e.t." -> "et", "l.a." -> "la"
			acronym = true
		default:
			flush()
		}
	}
	flush()
	return out
}

// numberWords maps English and French number words to digits so that
// "Ocean's Eleven" matches "ocean 11". "un" and "une" are left alone: they
// are far more often French articles than numbers.
var numberWords = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
	"fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
	"nineteen": "19", "twenty": "20",
	"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8",
	"neuf": "9", "dix": "10", "onze": "11", "douze": "12", "treize": "13", "quatorze": "14",
	"quinze": "15", "seize": "16", "vingt": "20",
}

// romanToInt returns the value of a strict lowercase roman numeral, or 0.
func romanToInt(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100, 'd': 500, 'm': 1000}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	// Reject non-canonical spellings ("iiii", "vx", "il") by round-tripping.
	if intToRoman(total) != s {
		return 0
	}
	return total
}

func intToRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return ""
	}
	syms := []struct {
		v int
		s string
	}{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}
	var b strings.Builder
	for _, x := range syms {
		for n >= x.v {
			b.WriteString(x.s)
			n -= x.v
		}
	}
	return b.String()
}

// maxRoman is the largest roman numeral read as a number: sequels and
// episodes stay small, and a cap keeps words such as "mix" (1009) or "di"
// (501) as words.
const maxRoman = 30

// numeral maps a number word or a small roman numeral to its digits, and
// returns other words unchanged.
func numeral(w string) string {
	if d, ok := numberWords[w]; ok {
		return d
	}
	if n := romanToInt(w); n > 0 && n <= maxRoman {
		return strconv.Itoa(n)
	}
	return w
}

// titleWords returns the search words of a title: folded, split, stray
// elisions dropped, numerals as digits ("Star Wars: Episode IV" -> star wars
// episode 4).
func titleWords(s string) []string { return words(s, true) }

// nameWords returns the search words of a person's name; numerals are kept
// as written.
func nameWords(s string) []string { return words(s, false) }

func words(s string, numerals bool) []string {
	ws := splitWords(fold(s))
	out := ws[:0]
	for _, w := range ws {
		if strayElisions[w] && len(ws) > 1 {
			continue
		}
		// "quatre cents" is one number: "Les Quatre Cents Coups" is "les 400
		// coups". Without numerals the two words are joined, so that both
		// readings keep the same number of words.
		if n := len(out); (w == "cent" || w == "cents") && n > 0 {
			if d := numeral(out[n-1]); len(d) == 1 && d >= "2" && d <= "9" {
				if numerals {
					out[n-1] = d + "00"
				} else {
					out[n-1] += w
				}
				continue
			}
		}
		if numerals {
			w = numeral(w)
			if w == "cent" || w == "cents" {
				w = "100"
			}
		}
		out = append(out, w)
	}
	return out
}

// leadingArticles are dropped from the front of a title key: "Les Évadés"
// and "evades" share the key "evades".
var leadingArticles = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true,
	"the": true, "a": true, "an": true,
}

// titleKeys returns the keys of a title: its joined words without and with
// a leading article, with numerals as digits and as written (so that
// "X-Men" keeps the key "xmen" beside "10men").
func titleKeys(s string) []string {
	var out []string
	add := func(k string) {
		if k == "" {
			return
		}
		for _, v := range out {
			if v == k {
				return
			}
		}
		out = append(out, k)
	}
	for _, ws := range [][]string{titleWords(s), nameWords(s)} {
		add(key(ws))
		add(strings.Join(ws, ""))
	}
	return out
}

// nameKeys returns the keys of a person's name: joined words.
func nameKeys(s string) []string {
	ws := nameWords(s)
	if len(ws) == 0 {
		return nil
	}
	return []string{strings.Join(ws, "")}
}

// TitleKey is the form in which two titles are the same title: folded,
// split into words, numerals as digits, a leading article dropped and the
// words joined ("Le Dîner de cons" and "diner de cons", "Spider-Man" and
// "spiderman", "Ocean's Eleven" and "oceans 11"... share one key). It is
// what resolution compares, exported so that chat compares titles the
// same way.
func TitleKey(s string) string { return key(titleWords(strings.ReplaceAll(s, "&", " and "))) }

// NameWords returns the folded words of a person's name, as the people
// search reads them ("Louis de Funès" -> louis, de, funes).
func NameWords(s string) []string { return nameWords(s) }

// key joins a title's words without spaces and without a leading article,
// so that "Spider-Man", "spiderman" and "spider man" share one key.
func key(ws []string) string {
	if len(ws) > 1 && leadingArticles[ws[0]] {
		ws = ws[1:]
	}
	return strings.Join(ws, "")
}

// stopWords are the FR and EN function words found in titles. They count
// less than other words when ranking, and are not searched alone.
var stopWords = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true, "de": true,
	"du": true, "au": true, "aux": true, "et": true, "a": true, "en": true, "sur": true,
	"dans": true, "par": true, "pour": true, "ou": true, "the": true, "an": true, "of": true,
	"and": true, "in": true, "on": true, "to": true, "for": true, "with": true, "or": true,
	"il": true, "el": true, "lo": true, "los": true, "las": true, "der": true, "das": true,
}

// TypoBudget is how many edits a typed word may carry: none below 4
// characters, one from 4 to 7, two from 8 (Bleve's fuzzy maximum). The
// chat's own fuzzy matches of names use it too, so that both read a typo
// alike.
func TypoBudget(w string) int {
	n := utf8.RuneCountInString(w)
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

// EditDistance returns the optimal-string-alignment distance between a and
// b, or max+1 when it exceeds max (see editDistance). It is the one edit
// distance of Bobine: chat uses it for names and lexicon words.
func EditDistance(a, b string, max int) int { return editDistance(a, b, max) }

// Fold lowercases s, removes accents, expands ligatures and maps
// apostrophe-like runes to a straight apostrophe: the one accent folder of Bobine, used by
// the index, the resolution of titles and the chat's understanding.
func Fold(s string) string { return fold(s) }

// editDistance returns the optimal-string-alignment distance between a and
// b (insertions, deletions, substitutions and swaps of two neighbours
// count one edit each: "rigns" is one edit from "rings"), or max+1 when it
// exceeds max. Digits are never typos: words whose digits differ are max+1
// apart ("godfather2" is not "godfather" misspelt).
func editDistance(a, b string, max int) int {
	if d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); d > max || -d > max {
		return max + 1
	}
	if digits(a) != digits(b) {
		return max + 1
	}
	// Words are short: runes and rows live on the stack below 32 runes,
	// which keeps rescoring (tens of candidates, a few words each) free of
	// allocations.
	var bufA, bufB [32]rune
	var rowBuf [3][33]int
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	var pp, prev, cur []int
	if len(rb) < 33 {
		pp, prev, cur = rowBuf[0][:len(rb)+1], rowBuf[1][:len(rb)+1], rowBuf[2][:len(rb)+1]
	} else {
		pp, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	// rows i-2, i-1 and i of the dynamic programme
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			if v := prev[j] + 1; v < c {
				c = v
			}
			if v := cur[j-1] + 1; v < c {
				c = v
			}
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				if v := pp[j-2] + 1; v < c {
					c = v
				}
			}
			cur[j] = c
			if c < best {
				best = c
			}
		}
		if best > max {
			return max + 1
		}
		pp, prev, cur = prev, cur, pp
	}
	if prev[len(rb)] > max {
		return max + 1
	}
	return prev[len(rb)]
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// digits returns the digits of s in order, without allocating when s has
// none.
func digits(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	b := make([]byte, 0, n)
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// yearOf returns the year a query word names (1880-2035), or 0.
func yearOf(w string) int {
	if len(w) != 4 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1880 || n > 2035 {
		return 0
	}
	return n
}

// soundRules rewrite a folded word as French spelling sounds it, in order:
// « truffo » and « truffaut », « gabain » and « gabin », « depardieux » and
// « depardieu » share a key.
var soundRules = strings.NewReplacer("eaux", "o", "eau", "o", "aux", "o", "ault", "o", "aut", "o", "aud", "o", "au", "o",
	"ain", "in", "ein", "in", "ph", "f", "ck", "k", "qu", "k", "cq", "k", "y", "i", "w", "v", "z", "s")

// SoundKey returns how a folded word sounds, roughly, in French: the
// spelling rules above, a final silent letter (t, d, s, x, e) dropped,
// letters doubled written once, c before a, o, u read as k. Two surnames
// with the same key are heard the same. It is for single words already
// folded (Fold); it never fails.
func SoundKey(w string) string {
	w = soundRules.Replace(w)
	b := []byte(w)
	for i := range b {
		if b[i] == 'c' && (i+1 == len(b) || strings.IndexByte("aouklr", b[i+1]) >= 0) {
			b[i] = 'k'
		}
	}
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	for len(out) > 3 && strings.IndexByte("tdsxe", out[len(out)-1]) >= 0 {
		out = out[:len(out)-1]
	}
	return string(out)
}
