package chat

import "regexp"

// Eras said by what is not wanted, in long messages (issue 10 item 1):
// « pas un récent », « rien de récent surtout », "nothing modern" ask for
// older films; « pas un vieux machin des années 80 », « pas des vieux films
// tout moches », "not some old 70s thing" ask for recent ones, and the
// decade inside them is what is not wanted, not a bound. Read before the
// era rules (eras.go), which would take « récent » or « des années 80 »
// as asked.
var (
	// notNewRe: « pas un récent », « rien de récent », « pas de films
	// modernes », "nothing modern", "no new films". « pas trop récent » is
	// notRecentRe's.
	notNewRe = regexp.MustCompile(`\b(?:pas|rien|nothing|not|no)\s+(?:de\s+|d'|des\s+|un\s+|une\s+|du\s+|a\s+|any\s+)?(?:(?:films?|movies?|trucs?)\s+)?(?:recents?|recentes?|nouveaux|nouvelles?|modernes?|modern|new\s+(?:ones?|films?|movies?|stuff))\b`)
)

// negatedEras reads the phrasings above: the era they ask for, and the
// words consumed so that the era rules do not read them as asked.
func (p *parser) negatedEras() {
	p.each(notOldRe, func([]string, []int) bool {
		if p.m.MinYear == 0 {
			p.m.MinYear = notOldYear
		}
		return true
	})
	p.each(notNewRe, func([]string, []int) bool {
		switch {
		case p.m.SameEra || p.m.MaxYear != 0 || thisPeriodRe.MatchString(p.f.s):
			// « des westerns de la même époque, rien de récent »: the
			// era is said already.
		case classicRe.MatchString(string(p.work)):
			p.m.MaxYear = classicYear // « pas un récent, plutôt un classique »
		default:
			p.m.MaxYear = notRecentYear
		}
		return true
	})
}
