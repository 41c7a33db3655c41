package chat

import (
	"regexp"
	"slices"
	"strconv"

	"github.com/bobine/bobine/data"
)

// Version words (issue 10 item 3): « la petite sirène, le dessin animé »,
// « mulan, pas le film avec des acteurs », « le roi lion de 94, pas le
// nouveau », « la guerre des boutons, l'original en noir et blanc », "the
// Downton Abbey film, not the series". Typed beside a title several films
// bear, or as the answer to « Quel Roi lion ? », they say which one is
// meant; they are no filter.

var (
	// animatedRe and liveRe say the animated film or the one played by
	// actors; notVersionRe is either said not to be the one meant.
	animatedRe = regexp.MustCompile(`\b(?:dessins?\s+animes?|(?:film|version)\s+d'animation|animated|cartoon|the\s+animation|l'animation)\b`)
	liveRe     = regexp.MustCompile(`\b(?:(?:des|de|vrais|vraies|avec|real|with)\s+(?:vrais\s+)?acteurs|live[\s-]+action|prises?\s+de\s+vues?\s+reelles?|(?:real|with)\s+(?:real\s+)?actors|real\s+people)\b`)
	// notNewerRe is the older film said by denying the newer one (« pas le
	// nouveau », "not the remake"); notOlderRe the reverse.
	notNewerRe = regexp.MustCompile(`\b(?:pas|not|non)\s+(?:(?:le|la|l'|the|celui|celle|that)\s*)?(?:(?:de|d'|du)\s+)?(?:nouveau|nouvelle|new|recent|recente|remake|moderne|modern|version\s+recente|dernier)\b`)
	notOlderRe = regexp.MustCompile(`\b(?:pas|not|non)\s+(?:(?:le|la|l'|the|celui|celle|that)\s*)?(?:ancien|ancienne|vieux|vieille|original|originale|old|older)\b`)
	// oldStyleRe: a silent or black-and-white film is the oldest of its
	// homonyms, when the words are said of the film (« l'original en noir
	// et blanc », « le muet », or alone as an answer), not of a taste
	// ("roma, i love black and white": Cuarón's is in black and white).
	oldStyleRe = regexp.MustCompile(`(?:\b(?:le|la|l'|celui|celle|the|version|one|original|originale|vieux|vieille|ancien|ancienne|old)\s+|^[\s\pP]*)(?:(?:en|in)\s+)?(?:noir\s+et\s+blanc|black\s+(?:and|&)\s+white|b&w|muet|silent)\b`)
	// filmNotSeriesRe: « le film, pas la série », "the film, not the
	// series".
	filmNotSeriesRe = regexp.MustCompile(`\b(?:pas|not|non)\s+(?:(?:la|the|le)\s+)?(?:series?|show|feuilleton|tv\s+series)\b`)
	// shortYearRe is a year typed with two digits after « de », « en »,
	// "from" (« celui de 94 »).
	shortYearRe = regexp.MustCompile(`\b(?:de|d'|en|from|of|in)\s*'?(\d\d)\b(?:\s*[^\d\s]|\s*$)`)
)

// versionPhraseRe is a version said of the title just typed (« nosferatu,
// le muet », « l'original en noir et blanc », « le dessin animé », « pas
// celui avec des acteurs », "the cartoon"): read by versionPick from the
// raw message, it is no era, genre, person or title of its own.
var versionPhraseRe = regexp.MustCompile(`(?:^|[,\s])(?:(?:(?:pas|not|non)\s+)?(?:le|la|l'|celui|celle|the|la\s+version|the\s+version)\s*(?:(?:one|film|movie|original|originale|vieux|vieille|ancien|ancienne|old|premier|first)\s+)?(?:(?:en|in|avec|with)\s+)?(?:dessin\s+anime|cartoon|animated(?:\s+one)?|(?:des\s+|de\s+)?(?:vrais\s+)?acteurs|(?:real\s+)?actors|live[\s-]+action)|(?:,\s*(?:le|la|l'|the)\s*|(?:celui|celle|la\s+version|the\s+version|the\s+one|l'original|l'originale|le\s+vieux|la\s+vieille|l'ancien|l'ancienne|the\s+original|the\s+old\s+one)\s+)(?:(?:en|in)\s+)?(?:noir\s+et\s+blanc|black\s+(?:and|&)\s+white|muet|silent))\b`)

// versionPhrases consumes the version words beside a title and records
// where they end: a name right after them still describes the title
// (« nosferatu le muet de murnau »).
func (p *parser) versionPhrases() {
	p.each(versionPhraseRe, func(_ []string, idx []int) bool {
		if idx[0] == 0 {
			return false // « le dessin animé de… » opening the message asks for it
		}
		p.versionEnds = append(p.versionEnds, idx[1])
		return true
	})
}

// versionPick returns the 1-based index of the one choice that the version
// words of f (folded) pick, and whether they picked one.
func versionPick(f string, cs []Choice) (int, bool) {
	if len(cs) < 2 {
		return 0, false
	}
	only := func(keep func(*data.Film) bool) (int, bool) {
		pick := 0
		for i, c := range cs {
			if keep(c.Film) {
				if pick != 0 {
					return 0, false
				}
				pick = i + 1
			}
		}
		return pick, pick != 0
	}
	animated := func(f *data.Film) bool { return slices.Contains(f.Genres, "Animation") }
	wantAnim := animatedRe.MatchString(f) && !negated(animatedRe, f)
	wantLive := liveRe.MatchString(f) && !negated(liveRe, f)
	if negated(liveRe, f) {
		wantAnim = true
	}
	if negated(animatedRe, f) {
		wantLive = true
	}
	if wantAnim != wantLive {
		if i, ok := only(func(f *data.Film) bool { return animated(f) == wantAnim }); ok {
			return i, true
		}
	}
	if sub := shortYearRe.FindStringSubmatch(f); sub != nil {
		y, _ := strconv.Atoi(sub[1])
		y += 1900
		if y < 1930 {
			y += 100
		}
		if i, ok := only(func(f *data.Film) bool { return f.Year == y }); ok {
			return i, true
		}
	}
	if filmNotSeriesRe.MatchString(f) {
		if i, ok := only(func(f *data.Film) bool { return !f.IsSeries() }); ok {
			return i, true
		}
	}
	if i, ok := describedVersion(f, cs); ok { // versions13.go: "the Danish one", « le premier »
		return i, true
	}
	old := notNewerRe.MatchString(f) || oldStyleRe.MatchString(f)
	if old == notOlderRe.MatchString(f) {
		return 0, false
	}
	pick := 1
	for i, c := range cs {
		if old && c.Film.Year < cs[pick-1].Film.Year || !old && c.Film.Year > cs[pick-1].Film.Year {
			pick = i + 1
		}
	}
	return pick, true
}

// negatedRe: « pas le », "not the" and a few words before a version word.
var negatedRe = regexp.MustCompile(`\b(?:pas|not|non|no)\s+(?:[a-z']+\s+){0,3}$`)

// negated reports whether every match of re in f follows a negation.
func negated(re *regexp.Regexp, f string) bool {
	ms := re.FindAllStringIndex(f, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if !negatedRe.MatchString(f[:m[0]]) {
			return false
		}
	}
	return true
}
