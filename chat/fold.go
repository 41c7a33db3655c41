package chat

import (
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
	'\u00a0': " ", '\u202f': " ", '\t': " ", '\n': " ", '\r': " ",
	'°': "o",
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
