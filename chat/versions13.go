package chat

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/bobine/bobine/data"
)

// Versions of a film (issue 10 item 3, twelfth session).
//
// A descriptor typed beside a title says which of its versions is meant,
// whatever the length of the message: "Halloween, the original. Something
// scary", "Aladdin (the new one)", « robocop, le premier !! », « la guerre
// des boutons, le vieux », "Point Break, the 90s one", "The Guilty (the
// Danish one)", « insomnia, le norvégien », "the austrian original". And
// once a film is liked, its other versions (the films that bear its title
// or its translated title and share its writer, its director or its
// genres: remakes, new adaptations) are neither liked with it nor
// recommended back as a discovery.

// descWordEnd is where a version descriptor ends: the end of a clause, or
// a name or a detail that goes on describing the version (« la nouvelle
// version avec de vrais acteurs », "the original by Haneke").
const descWordEnd = `(?:\s*(?:[,.;:!?)\-]|$)|\s+(?:avec|with|de|d'|du|by|en|in|from|of|des|sorti|made|that|qui)\b)`

var (
	// descOldRe: the oldest version, said with its article (« le vieux »,
	// "the original", « le premier », "the old one"), a nation's adjective
	// maybe between ("the Austrian original", « le japonais original »).
	descOldRe = regexp.MustCompile(`(?:^|[\s,(\-])(?:(?:the|le|la|l'|celui|celle)\s*(?:(?:` + nationAlt + `)\s+)?(?:tout\s+)?(?:premier|premiere|1er|1ere|first|old|older|oldest|original|originale|vieux|vieille|ancien|ancienne|classique|classic)|(?:` + nationAlt + `)\s+(?:original|originale|d'origine))(?:\s+(?:` + nationAlt + `))?(?:\s+(?:one|version|film|movie|dessin\s+anime|cartoon))?` + descWordEnd)
	// descNewRe: the newest version (« la nouvelle version », "the new
	// one", « le remake », « la version récente »).
	descNewRe = regexp.MustCompile(`(?:^|[\s,(\-])(?:(?:the|le|la|l'|celui|celle)\s*(?:(?:` + nationAlt + `)\s+)?(?:new|newer|newest|latest|recent|recente|nouveau|nouvelle|dernier|derniere|remake|moderne|modern)|(?:la|the)\s+version\s+(?:recente|moderne|recent|modern))(?:\s+(?:one|version|film|movie|remake))?` + descWordEnd)
	// descDecadeRe: a decade said of the version ("the 90s one", « celui
	// des années 80 », « la version des années 70 »).
	descDecadeRe = regexp.MustCompile(`(?:the|celui|celle|le|la|la\s+version)\s+(?:des\s+annees\s+|from\s+the\s+)?'?(\d)0'?s?(?:\s+(?:one|version|film|movie))?` + descWordEnd)
	// descNationRe: a nation's adjective said of the version ("the
	// Danish one", « le norvégien », « la version coréenne »).
	descNationRe = regexp.MustCompile(`(?:^|[\s,(\-])(?:the|le|la|l'|celui|celle|la\s+version|the\s+version)\s*(` + nationAlt + `)(?:\s+(?:one|version|film|movie|original|originale))?` + descWordEnd)
)

// describedVersion returns the 1-based index of the one choice that a
// version descriptor of f (folded) picks, and whether one was picked: a
// nation narrows the choices to its films (those of unknown origin when
// none is known to be its), then « le premier », "the new one" or a
// decade picks among what is left.
func describedVersion(f string, cs []Choice) (int, bool) {
	cand := make([]int, len(cs))
	for i := range cs {
		cand[i] = i
	}
	if sub := descNationRe.FindStringSubmatch(f); sub != nil && !descNegated(descNationRe, f) {
		cand = byNation(cs, nationWord[sub[1]])
	} else if sub := descOldRe.FindStringSubmatch(f); sub != nil {
		// "the Austrian original": the adjective inside the descriptor.
		for _, w := range words(sub[0]) {
			if code := nationWord[w]; code != "" {
				cand = byNation(cs, code)
				break
			}
		}
	}
	if len(cand) == 0 {
		return 0, false
	}
	if sub := descDecadeRe.FindStringSubmatch(f); sub != nil {
		d, _ := strconv.Atoi(sub[1])
		from := 1900 + 10*d
		if d < 2 {
			from += 100 // "the 00s one", "the 10s one"
		}
		cand = slices.DeleteFunc(cand, func(i int) bool { y := cs[i].Film.Year; return y < from || y >= from+10 })
		if len(cand) == 1 {
			return cand[0] + 1, true
		}
		return 0, false
	}
	old := descOldRe.MatchString(f) && !descNegated(descOldRe, f)
	newer := descNewRe.MatchString(f) && !descNegated(descNewRe, f)
	if old == newer {
		if len(cand) == 1 && len(cand) < len(cs) {
			return cand[0] + 1, true
		}
		return 0, false
	}
	// "Ben-Hur (the old one)" is the 1959 film, not the silent one few
	// have seen: the old and the new are told among the known versions.
	most := 0
	for _, i := range cand {
		most = max(most, cs[i].Film.Votes)
	}
	cand = slices.DeleteFunc(cand, func(i int) bool { return float64(cs[i].Film.Votes) < obscureVotes*float64(most) })
	pick := cand[0]
	for _, i := range cand {
		if y := cs[i].Film.Year; y > 0 && (old && y < cs[pick].Film.Year || newer && y > cs[pick].Film.Year) {
			pick = i
		}
	}
	return pick + 1, true
}

// descNegated reports whether every descriptor re finds in f follows a
// negation (« pas le nouveau », "not the original": versionPick reads
// those).
func descNegated(re *regexp.Regexp, f string) bool {
	ms := re.FindAllStringIndex(f, -1)
	for _, m := range ms {
		if !negatedRe.MatchString(f[:m[0]] + " ") {
			return false
		}
	}
	return len(ms) > 0
}

// byNation returns the indexes of the choices made in the country code
// (in its language, or there first), else those of unknown origin.
func byNation(cs []Choice, code string) []int {
	lang := ""
	for _, n := range nations {
		if n.code == code {
			lang = n.lang
		}
	}
	best, level := []int(nil), 0
	for i, c := range cs {
		l := nationLevel(c.Film, code, lang)
		switch {
		case l > level:
			best, level = []int{i}, l
		case l == level && l > 0:
			best = append(best, i)
		}
	}
	return best
}

// nationLevel says how surely f is of the country code: 4 in its language
// and made there, 3 in its language, 2 made there first, 1 of unknown
// origin, 0 known to be of elsewhere.
func nationLevel(f *data.Film, code, lang string) int {
	inLang := lang != "" && f.OriginalLanguage == lang
	switch {
	case inLang && f.MadeIn(code):
		return 4
	case inLang:
		return 3
	case len(f.Countries) > 0 && f.Countries[0] == code:
		return 2
	case len(f.Countries) == 0 && f.OriginalLanguage == "":
		return 1
	}
	return 0
}

// versionCache is the Engine's memo of otherVersions.
type versionCache struct {
	versionsOnce sync.Once
	versionsOf   map[string][]string
}

// maxVersions: a title borne by more films than this is a common word
// ("Home", "Love"), no work of its own.
const maxVersions = 8

// otherVersions returns the other versions of the liked films.
func (e *Engine) otherVersions(liked []string) []string {
	e.versionsOnce.Do(func() { e.versionsOf = versionsByTitle(e.cat.Films()) })
	var out []string
	for _, id := range liked {
		out = appendNew(out, e.versionsOf[id]...)
	}
	return out
}

// versionsByTitle maps each film to the other films that bear one of its
// titles (original, French, English or known akas) and are the same work.
func versionsByTitle(films []data.Film) map[string][]string {
	byTitle := map[string][]int{}
	for i := range films {
		f := &films[i]
		if !f.IsFilm() {
			continue
		}
		seen := map[string]bool{}
		for _, t := range filmTitles(f) {
			if k := fullTitle(t); k != "" && !seen[k] {
				seen[k] = true
				byTitle[k] = append(byTitle[k], i)
			}
		}
	}
	out := map[string][]string{}
	for _, is := range byTitle {
		if len(is) < 2 || len(is) > maxVersions {
			continue
		}
		for _, i := range is {
			for _, j := range is {
				if i != j && sameWork(&films[i], &films[j]) {
					out[films[i].ID] = appendNew(out[films[i].ID], films[j].ID)
				}
			}
		}
	}
	return out
}

// sameWork reports whether two films of one title are versions of one
// work: a writer or a director in common (the author adapted, the
// filmmaker remaking his own film), or two genres.
func sameWork(a, b *data.Film) bool {
	common := func(x, y []string) int {
		n := 0
		for _, s := range x {
			if slices.Contains(y, s) {
				n++
			}
		}
		return n
	}
	return common(a.Writers, b.Writers) > 0 || common(a.Directors, b.Directors) > 0 || common(a.Genres, b.Genres) >= 2
}

// withoutTitleWords returns the folded text f without the words of the
// films' titles: what is left of a message to tell homonyms apart.
func withoutTitleWords(f string, films []*data.Film) string {
	in := map[string]bool{}
	for _, fl := range films {
		for _, t := range filmTitles(fl) {
			for _, w := range words(fold(t).s) {
				in[w] = true
			}
		}
	}
	var out []string
	for _, w := range strings.Fields(f) {
		if !in[strings.Trim(w, ",;.!?()\"")] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
