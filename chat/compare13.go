package chat

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
)

// Two or three cards compared: « le 2 ou le 4, lequel est le plus long ? »,
// « le 2 ou le 5, lequel fait le plus peur ? »,
// « entre le 1 et le 3 lequel est le plus récent », "2 or 5, which one is
// longer?", "which is older, 2 or 4?". The superlative question
// (cardtalk.go) is answered among the cards named, and the reply gives the
// figure of the others beside it.

// compareJoinRe are the words around the ranks compared.
var compareJoinRe = regexp.MustCompile(`\b(?:entre|between|ou|or|et|and|vs|versus|contre)\b`)

// comparedRanks finds two ranks or more of a list of n cards in rest: their
// 0-based indexes, and rest without them and the words joining them. With
// fewer than two ranks, or one off the list, rest is returned as it is.
func comparedRanks(rest string, n int) ([]int, string) {
	ks, spans := ranksIn(rest, false)
	if len(ks) < 2 {
		return nil, rest
	}
	var among []int
	var b strings.Builder
	last := 0
	for i, k := range ks {
		if k == -1 {
			k = n
		}
		if k < 1 || k > n {
			return nil, rest
		}
		if !containsInt(among, k-1) {
			among = append(among, k-1)
		}
		b.WriteString(rest[last:spans[i][0]])
		b.WriteByte(' ')
		last = spans[i][1]
	}
	b.WriteString(rest[last:])
	return among, compareJoinRe.ReplaceAllString(b.String(), " ")
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// comparedOthers is the figure of each card named but k, for the aspect
// compared (key: short, long, new, old, rated), as sentences to append.
func (e *Engine) comparedOthers(s *session, key string, named []int, k int) string {
	var b strings.Builder
	for _, i := range named {
		if i == k {
			continue
		}
		f := s.last[i].Film
		var v string
		switch key {
		case "short", "long":
			v = strconv.Itoa(f.Runtime) + " min"
		case "new", "old":
			v = strconv.Itoa(f.Year)
		case "scary":
			v = genreNames(f, s.lang)
		default:
			v = strconv.FormatFloat(f.Rating, 'f', 1, 64)
			if s.lang != "en" {
				v = strings.Replace(v, ".", ",", 1)
			}
			v += "/10"
		}
		b.WriteString(e.say(s, msgComparedTo, e.quote(s, f), v))
	}
	return b.String()
}

// scariness orders films by how frightening their genres say they are:
// horror, then thrillers, then mysteries, war and crime films.
func scariness(f *data.Film) int {
	n := 0
	for _, g := range f.Genres {
		n = max(n, map[string]int{"Horror": 3, "Thriller": 2, "Mystery": 1, "War": 1, "Crime": 1}[g])
	}
	return n
}

// genreNames are f's genres in lang, joined.
func genreNames(f *data.Film, lang string) string {
	var out []string
	for _, g := range f.Genres {
		out = append(out, data.GenreName(g, lang))
	}
	return strings.Join(out, ", ")
}
