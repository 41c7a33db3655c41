package chat

import "regexp"

// latestOfRe is the newest films of a person the dialogue knows: « ses
// derniers films », « ses films les plus récents », « leurs derniers »,
// "his latest films", "her most recent ones". Group 1 is the French plural
// possessive, group 2 the English possessive.
var latestOfRe = regexp.MustCompile(`\b(?:(?:(?:plutot|rather|more)\s+)?(?:ses|(leurs)|(his|her|their))\s+(?:(?:films?|movies?)\s+(?:les\s+)?(?:plus\s+)?(?:recents?|recentes?|nouveaux)|(?:tout\s+)?(?:derniers?|dernieres?|plus\s+recents|nouveaux|latest|newest|most\s+recent|recent|newer|later|new)(?:\s+(?:films?|movies?|ones|work|oeuvres|realisations))?))\b`)

// latestOf reads latestOfRe: the same person, newer films. It runs before
// pronounRe, which would read « ses films » alone.
func (p *parser) latestOf() {
	p.each(latestOfRe, func(sub []string, _ []int) bool {
		switch {
		case sub[1] == "leurs" || sub[2] == "their":
			p.m.Pronoun = "plural"
		case sub[2] == "her":
			p.m.Pronoun = "actress"
		case sub[2] == "his":
			p.m.Pronoun = "actor"
		default:
			p.m.Pronoun = "any"
		}
		p.m.Newer = true
		return true
	})
}
