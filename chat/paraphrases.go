package chat

import (
	"regexp"
	"slices"
)

// Requests said around the words the other rules read: a genre after
// « avec » (« avec de l'action », which the person rules would read as
// someone named « de l'action »), what the customer needs the film for
// (« on a besoin de se détendre »), children whose ages come in brackets
// or after a comma (« avec les enfants (6 et 9 ans) », "the grandkids, 5
// and 9"), and a little one who loves something (« ma petite fille adore
// les chevaux »). All patterns run on folded text.
var (
	// genreWithRe: « avec de l'action », « avec du suspense », "with lots
	// of action": the genre, never a person. Group 1.
	genreWithRe = regexp.MustCompile(`\b(?:avec|with)\s+(?:(?:beaucoup|plein|un\s+peu|pas\s+mal)\s+(?:de\s+|d')|de\s+l'|du\s+|de\s+la\s+|des\s+|(?:lots\s+of|a\s+lot\s+of|plenty\s+of|some)\s+)(` + genreAlt + `)\b`)
	// needRe: what the evening is for (« on a besoin de se détendre », "we
	// need to unwind"): no title. The genre it may imply is left to the
	// words beside it.
	needRe = regexp.MustCompile(`\b(?:(?:on\s+a|j'ai|nous\s+avons)\s+besoin\s+(?:de\s+|d')\s*(?:se\s+|me\s+|nous\s+)?(?:detendre|changer\s+les\s+idees|vider\s+la\s+tete|decompresser|souffler|rire|rigoler)|(?:we|i)\s+(?:need|want)\s+to\s+(?:unwind|relax|switch\s+off|chill))\b`)
	// visitRe: the words around a visit of children or grandchildren
	// (« pour les vacances », "are staying with us", "grandparents here",
	// « qu'est-ce qu'on peut regarder », « un film pour elle »): no title,
	// no person.
	visitRe = regexp.MustCompile(`\b(?:(?:(?:who\s+)?(?:are|is)\s+)?(?:staying|visiting)(?:\s+with\s+(?:us|me))?|(?:(?:for|pendant|pour|durant)\s+)?(?:the|les|le|this|ce|ces|cette)\s+(?:weekend|week-end|vacances|holidays?|half[\s-]term|semaine|week)|grand-?parents\s+here|(?:nous\s+avons|on\s+a|we\s+have|we've\s+got|j'ai|having|have|got|we're\s+having|we\s+are\s+having)\s+(?:nos|mes|les|the|our|my)\s+` + childNounAlt + `(?:\s+(?:over|round|around|here|with\s+us|for\s+the\s+(?:day|weekend|afternoon)))?|(?:we|i)(?:'re|\s+are|\s+am)\s+(?:the\s+)?grand-?parents|(?:(?:pour|for|on)\s+)?(?:le\s+|ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:matin|apres[\s-]midi|aprem)|qu'est[\s-]ce\s+(?:qu'on|que\s+(?:je|nous|l'on))\s+(?:peut|pourrait|pourrais|pourra|va)\s+(?:regarder|voir)|(?:(?:vous\s+auriez|avez-vous|vous\s+avez|auriez-vous)\s+)?(?:un\s+film|quelque\s+chose|qqch)\s+pour\s+(?:elle|lui|eux|elles)|(?:(?:got|have)\s+)?(?:a\s+)?(?:film|movie|something)\s+for\s+(?:her|him|them)|(?:any\s+)?suggestions?|what\s+can\s+(?:we|they|i)\s+(?:watch|see))\b`)
	// wishTailRe: how a wish ends (« italien ce serait bien », "Korean
	// would be nice"): no title.
	wishTailRe = regexp.MustCompile(`\b(?:ce\s+serait|ca\s+serait|ca\s+me\s+(?:dirait|plairait|tenterait)|would\s+be)\s+(?:(?:vraiment|tres|really|very)\s+)?(?:bien|top|super|parfait|mieux|sympa|chouette|ideal|nice|great|good|perfect|better|lovely|ideal)\b|\bca\s+me\s+(?:dirait|plairait|tenterait)(?:\s+bien)?\b`)
	// sameSubjectRe: the subject already asked for (« un film français sur
	// ça »): the dialogue keeps its theme; the words are neither a theme nor
	// a name (« ça » was read as C.A.). "about it" is left to the theme
	// rules, which read it as no theme at all.
	sameSubjectRe = regexp.MustCompile(`\bsur\s+(?:ca|cela)(?:\s*[?!.,;]|\s*$)`)
	// childNounAlt are the words for children a parent or grandparent uses.
	childNounAlt = `(?:petits-enfants|petits\s+enfants|enfants|petits|gamins|gosses|loulous|kids|children|grandchildren|grandkids|grand-children|little\s+ones)`
	// childAgesRe: children, then their ages in brackets or after a comma,
	// with a few words between (« avec les enfants (6 et 9 ans) », "we've
	// got the kids this Sunday (7 and 11)", "the grandkids, 5 and 9"). The
	// ages are groups 1 and 2.
	//
	// A child named alone (« mon fils (15 ans) », "my nephew (11)", « un
	// film pour elle (10 ans) ») has the age in brackets; children named
	// together may have theirs right after the noun, without a comma, when
	// two ages or a unit say they are ages ("kids 5 and 8", « les petits 4
	// et 7 ans », "two kids aged 7 and 10"): groups 3 and 4, 5 and 6.
	childAgesRe = regexp.MustCompile(`\b(?:(?:avec|pour|with|for)\s+)?(?:(?:we've\s+got|we\s+have(?:\s+got)?|we\s+got|(?:we're\s+|we\s+are\s+|i'm\s+)?having|on\s+a|nous\s+avons|j'ai|il\s+y\s+a)\s+)?(?:(?:les|mes|nos|des|the|my|our|mon|ma|notre|son|sa|ses|his|her|their)\s+)?(?:` +
		childNounAlt + `\b(?:\s+[a-z'-]+){0,4}?\s*(?:\(|,|:|-)\s*(?:ages?\s+|aged\s+|ont\s+)?(\d{1,2})(?:\s*(?:ans|yo|years?))?(?:\s*(?:,|et|and|&|-|/|ou|or)\s*(\d{1,2}))?\s*(?:ans|yo|y\.o\.|years?(?:\s+old)?)?\s*\)?` +
		`|` + kinNounAlt + `(?:\s+[a-z'-]+){0,3}?\s*\(\s*(?:ages?\s+|aged\s+)?(\d{1,2})(?:\s*(?:,|et|and|&|-|/|ou|or)\s*(\d{1,2}))?\s*(?:ans|yo|y\.o\.|years?(?:\s+old)?)?\s*\)(?:\s+(?:veut|voudrait|aimerait|adore|aime|prefere|wants|would\s+like|loves|likes))?` +
		`|(?:` + childNounAlt + `|` + kinNounAlt + `)\s+(?:(?:ages?|aged|de|d'|agees?\s+de|ayant)\s+)?(\d{1,2})(?:\s*(?:ans|yo|years?))?(?:\s*(?:,|et|and|&|-|/|ou|or)\s*(\d{1,2}))?\s*(?:ans|yo|y\.o\.|years?(?:\s+old)?)\b` +
		`|(?:` + childNounAlt + `|` + kinNounAlt + `)\s+(?:(?:ages?|aged)\s+)?(\d{1,2})\s*(?:,|et|and|&|/)\s*(\d{1,2})\b)`)
	// kinNounAlt are one child named by kinship, or by a pronoun once the
	// child is named (« pour elle (10 ans) »).
	kinNounAlt = `(?:fils|filles?|neveux?|nieces?|petit-fils|petite-fille|petite\s+fille|petit\s+fils|garcons?|fillettes?|ados?|adolescente?s?|filleule?s?|sons?|daughters?|nephews?|grandsons?|granddaughters?|boys?|girls?|teens?|teenagers?|elle|lui|eux|elles|her|him|them)`
	// rankAgeRe: the youngest or the eldest of the children and their age
	// (« la plus jeune a 9 ans », « le plus grand a 14 ans », "the youngest
	// is 9", "the eldest is 15 and the other 14"): the ages are groups 1
	// and 2 (and 3 and 4, English). Read before the eras, which would take
	// « a 9 ans » for « il y a 9 ans ».
	rankAgeRe = regexp.MustCompile(`\b(?:(?:le|la|les|mon|ma|notre|nos)\s+(?:plus\s+(?:jeunes?|grande?s?|petite?s?|agee?s?|vieux|vieille)|petite?\s+derniere?|petit\s+dernier|cadette?|ainee?|benjamine?|deux|trois|grande?|petite?|(?:deux|trois)\s+(?:grands|petits))\s+(?:a|ont|aura|auront|va\s+avoir|vient\s+d'avoir)\s+(?:seulement\s+|juste\s+|presque\s+|bientot\s+|tout\s+juste\s+)?(\d{1,2})(?:\s*(?:et|,|ou)\s*(\d{1,2}))?\s*ans` +
		`|(?:the|my|our)\s+(?:youngest|eldest|oldest|little\s+one|older\s+one|younger\s+one|baby|big\s+one|elder|younger|older|two|three|little\s+(?:boy|girl)|big\s+(?:boy|girl))(?:\s+(?:one|kid|child|boy|girl|son|daughter))?\s+(?:is|are|'s|'re|turns|just\s+turned|will\s+be)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(\d{1,2})(?:\s*(?:and|,|or|&)\s*(\d{1,2}))?(?:\s*(?:years?(?:\s+old)?|yo))?)(?:\s*(?:,|et|and)\s*(?:l'autre|the\s+other(?:\s+one)?)\s+(?:a\s+)?\d{1,2}(?:\s*(?:ans|years?(?:\s+old)?))?)?\b`)
	// littleOneRe: a little one named with what they love (« ma petite
	// fille adore les chevaux », « mon petit-fils est fan de pirates », "my
	// granddaughter loves horses"): a film for a child.
	littleOneRe = regexp.MustCompile(`\b((?:mon|ma|notre|nos|mes)\s+(?:petite?s?[\s-](?:fille|fils|garcon|bout|neveu|niece)s?|petits[\s-]enfants|petit|petite|loulou|bambin)|(?:my|our)\s+(?:grand(?:son|daughter|kid|child)s?|little\s+(?:one|boy|girl|son|daughter)s?|toddlers?))\s+(?:adore(?:nt)?|aime(?:nt)?|est\s+fan|sont\s+fans?|raffole(?:nt)?|loves?|likes?|is\s+(?:mad|crazy)\s+about|(?:is|are)\s+into)\b`)
)

// paraphrases reads the phrases above. It runs before the person rules.
func (p *parser) paraphrases() {
	p.each(wishTailRe, func([]string, []int) bool { return true })
	p.each(sameSubjectRe, func([]string, []int) bool { return true })
	p.each(genreWithRe, func(sub []string, _ []int) bool {
		p.addGenres(sub[1])
		return true
	})
	p.each(needRe, func([]string, []int) bool { return true })
	p.each(childAgesRe, func(sub []string, idx []int) bool {
		if !p.childAges(sub[1:]) {
			return false
		}
		p.consume(idx[0], idx[1]) // the nouns and the ages; the words between are read by other rules
		return false
	})
	p.each(littleOneRe, func(_ []string, idx []int) bool {
		p.m.Family = true
		// The child goes; the verb and what they love are read by the kin
		// and theme rules (« … adore les chevaux »).
		p.consume(idx[2], idx[3])
		return false
	})
	p.visitFillers()
}

// rankedAges reads the youngest's or the eldest's age (rankAgeRe) as the
// audience. It runs before the eras.
func (p *parser) rankedAges() {
	p.each(rankAgeRe, func(sub []string, _ []int) bool { return p.childAges(sub[1:]) })
}

// noirAbroad reads « film noir » beside a country other than the United
// States as a crime film of that country: IMDb files Film-Noir only on
// American films, so "French noir" would otherwise match nothing and the
// country would be dropped.
func (p *parser) noirAbroad() {
	noir := slices.Contains(p.m.Genres, "Film-Noir") || slices.Contains(p.m.AllGenres, "Film-Noir")
	if !noir || !p.m.FrenchOnly && (len(p.m.Countries) == 0 || slices.Contains(p.m.Countries, "US")) {
		return
	}
	if slices.Contains(p.m.AllGenres, "Film-Noir") {
		p.m.AllGenres = appendNew(remove(p.m.AllGenres, "Film-Noir"), "Crime")
		if len(p.m.AllGenres) == 1 {
			p.m.Genres, p.m.AllGenres = appendNew(p.m.Genres, p.m.AllGenres...), nil
		}
	}
	if slices.Contains(p.m.Genres, "Film-Noir") {
		p.m.Genres = appendNew(remove(p.m.Genres, "Film-Noir"), "Crime")
	}
}

// visitFillers drops the words around a visit of children once the
// audience is read (agePhrases reads « ils ont 5 et 8 ans » after
// paraphrases).
func (p *parser) visitFillers() {
	if p.m.Family || p.m.Teen {
		p.each(visitRe, func([]string, []int) bool { return true })
	}
}

// genreParaphrases are genres said by what the film does (« un film qui
// fout la trouille », « où ça chante et où ça danse », « ça bouge »,
// "singing and dancing"). They join genreWords, but their words are
// common words, not lexicon words a typo is corrected to (« marre » is no
// « marrer »). Subjects the theme search knows (« baston », « bagarre »,
// « énigme ») stay themes.
var genreParaphrases = map[string][]string{
	"qui fout la trouille": {"Horror"}, "qui foutent la trouille": {"Horror"}, "qui fout les jetons": {"Horror"}, "qui foutent les jetons": {"Horror"},
	"qui fait flipper": {"Horror"}, "qui font flipper": {"Horror"}, "qui fait vraiment peur": {"Horror"}, "qui font vraiment peur": {"Horror"},
	"qui fait tres peur": {"Horror"}, "qui fait bien peur": {"Horror"}, "a faire peur": {"Horror"}, "pour avoir peur": {"Horror"},
	"flippant": {"Horror"}, "flippants": {"Horror"}, "effrayant": {"Horror"}, "effrayants": {"Horror"}, "terrifiant": {"Horror"}, "terrifiants": {"Horror"},
	"qui chante et qui danse": {"Musical"}, "qui chantent et qui dansent": {"Musical"},
	"ou ca chante": {"Musical"}, "ou ca chante et ou ca danse": {"Musical"}, "ou ca chante et danse": {"Musical"}, "ca chante et ca danse": {"Musical"},
	"chante et danse": {"Musical"}, "chantes et danses": {"Musical"}, "avec des chansons": {"Musical"}, "plein de chansons": {"Musical"}, "en chansons": {"Musical"}, "chansons": {"Musical"},
	"castagne": {"Action"}, "qui bouge": {"Action"}, "qui bougent": {"Action"}, "ca bouge": {"Action"},
	"qui fait marrer": {"Comedy"}, "qui font marrer": {"Comedy"}, "pour rigoler": {"Comedy"}, "pour se marrer": {"Comedy"}, "a mourir de rire": {"Comedy"},
	"hilarant": {"Comedy"}, "hilarants": {"Comedy"}, "tordant": {"Comedy"}, "tordants": {"Comedy"}, "poilant": {"Comedy"}, "poilants": {"Comedy"},
	"qui a tue": {"Mystery"}, "qui-a-tue": {"Mystery"}, "a pleurer": {"Drama"},
	"frightening": {"Horror"}, "terrifying": {"Horror"}, "hilarious": {"Comedy"}, "a good laugh": {"Comedy"}, "make us laugh": {"Comedy"},
	"action-packed": {"Action"}, "action packed": {"Action"}, "singing and dancing": {"Musical"}, "song and dance": {"Musical"}, "with songs": {"Musical"},
	"sing-along": {"Musical"}, "singalong": {"Musical"},
	// Said by what the viewers want or what the characters do (constraints11).
	"ou ils chantent": {"Musical"}, "ou elles chantent": {"Musical"}, "ou les personnages chantent": {"Musical"}, "ou les acteurs chantent": {"Musical"},
	"ou on chante": {"Musical"}, "ou tout le monde chante": {"Musical"}, "where they sing": {"Musical"}, "where people sing": {"Musical"},
	"where the characters sing": {"Musical"}, "where everyone sings": {"Musical"},
	"detective film": {"Crime"}, "detective films": {"Crime"}, "detective movie": {"Crime"}, "detective movies": {"Crime"},
	"detective story": {"Crime"}, "detective stories": {"Crime"}, "film de detective": {"Crime"}, "films de detectives": {"Crime"},
	"histoire de detective": {"Crime"}, "enquete policiere": {"Crime"}, "enquetes policieres": {"Crime"},
	"aime bien rire": {"Comedy"}, "aime rire": {"Comedy"}, "aimons rire": {"Comedy"}, "aiment rire": {"Comedy"}, "like to laugh": {"Comedy"}, "love to laugh": {"Comedy"},
}

// withParaphrases returns words with genreParaphrases added.
func withParaphrases(words map[string][]string) map[string][]string {
	for k, v := range genreParaphrases {
		words[k] = v
	}
	return words
}
