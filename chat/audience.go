package chat

import (
	"regexp"
	"slices"
	"strconv"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

// An audience is who watches, or the occasion, when it is more than « en
// famille » (recommend.Constraints.Family): teenagers, a date, friends, a
// grandparent, someone who wants nothing violent. The session keeps the
// audience itself, not the genres it stands for, so that its chip reads as
// the customer said it (« pour ados », not five genres) and one click
// removes it; the genres are applied when films are asked for
// (applyAudience).
type audience struct {
	fr, en string   // the chip's label
	genres []string // preferred when the customer names no genre (any of them)
	avoid  []string // never, unless the customer names the genre
	// avoidAlone are avoided too when the customer names no genre at all
	// (« un film pour ma grand-mère » is no gangster film; « un thriller
	// pas trop gore » may be a crime film).
	avoidAlone []string
}

// audiences by the name a message and the session give them.
var audiences = map[string]audience{
	// Films made for teenagers are filed under these genres; a teenager
	// is no child (no Family constraint).
	"teen": {fr: "pour ados", en: "for teenagers", genres: []string{"Adventure", "Sci-Fi", "Fantasy", "Comedy", "Action"}},
	// A date: something light or romantic, nothing that horrifies.
	"date": {fr: "en amoureux", en: "for a date", genres: []string{"Romance", "Comedy"}, avoid: []string{"Horror", "War", "Documentary"}},
	// Friends together: something fun or spectacular.
	"friends": {fr: "entre amis", en: "with friends", genres: []string{"Comedy", "Action", "Adventure"}, avoid: []string{"Horror", "Documentary"}},
	// « pas trop violent », « rien de choquant »: any genre, but none of
	// those whose films are violent or frightening by definition, nor
	// crime films unless the customer names a genre.
	"gentle": {fr: "rien de violent", en: "nothing violent", avoid: []string{"Horror", "Thriller", "War"}, avoidAlone: []string{"Crime"}},
	// A grandparent: the same, said by who watches.
	"elders": {fr: "pour les grands-parents", en: "for grandparents", avoid: []string{"Horror", "Thriller", "War"}, avoidAlone: []string{"Crime"}},
}

var (
	// dateRe: « pour un premier rendez-vous », « en amoureux », "date night".
	dateRe = regexp.MustCompile(`\b(?:(?:pour|for)\s+(?:un|une|notre|mon|a|our|my)\s+)?(?:premier\s+)?(?:rendez-vous|rendez\s+vous|rdv|rencard)(?:\s+(?:galant|amoureux))?|\b(?:(?:une|pour\s+une|a|for\s+a)\s+)?(?:soiree|diner|sortie)\s+(?:en\s+amoureux|romantique|a\s+deux)|\b(?:en\s+amoureux|entre\s+amoureux|(?:a|for|on)\s+(?:a\s+)?(?:first\s+)?date(?:\s+night)?|(?:for\s+)?date\s+night|(?:a\s+)?romantic\s+(?:evening|night))\b`)
	// friendsRe: « entre potes », « une soirée entre copains », "with friends".
	friendsRe = regexp.MustCompile(`\b(?:(?:pour\s+)?(?:une\s+)?soiree\s+)?(?:entre\s+(?:potes|copains|copines|amis|amies|collegues|mecs|filles|copains\s+et\s+copines)|(?:avec|with)\s+(?:des|les|mes|nos|my|our|some|the)\s+(?:potes|copains|copines|amis|amies|friends|mates|buddies|pals|guys)|(?:a\s+)?(?:night|evening)\s+(?:in\s+)?with\s+(?:the\s+)?(?:friends|mates|guys|buddies)|(?:a\s+)?(?:guys'?|girls'?|lads'?)\s+night)\b`)
	// gentleRe: « pas trop violent », « rien de choquant », « pas de
	// violence », "nothing too violent", "not too scary". (It replaced a
	// rule that kept horror and war away as two genre chips.)
	gentleRe = regexp.MustCompile(`\b(?:(?:pas|rien\s+de|jamais)\s+(?:trop\s+|tres\s+|du\s+tout\s+)?(?:violents?|violentes?|choquants?|choquantes?|gores?|sanglants?|sanglantes?|durs?|dures?|traumatisants?|effrayants?|flippants?)|(?:sans|pas)\s+(?:trop\s+de\s+|de\s+)?(?:violence|sang|gore|scenes?\s+choquantes?)|non[\s-]violents?|(?:nothing|not(?:hing)?|no(?:thing)?)\s+(?:too\s+|very\s+|overly\s+)?(?:violent|gory|shocking|disturbing|graphic|bloody|upsetting|scary|frightening)|(?:no|without)\s+(?:(?:graphic|too\s+much)\s+)?(?:violence|gore|blood|swearing|bad\s+language))(?:\s*(?:,|or|and|nor|ni|ou|et)\s*(?:de\s+)?(?:swearing|bad\s+language|sex|nudity|gore|blood|violence|gros\s+mots|sexe|nudite))*\b`)
	// eldersRe: « pour ma grand-mère », « avec mes grands-parents »,
	// "with my grandma".
	eldersRe = regexp.MustCompile(`\b(?:avec|pour|with|for)\s+(?:ma|mon|mes|nos|notre|my|our|la|le|les|the)\s+(?:grande?[\s-]?meres?|grands?[\s-]?peres?|grands?[\s-]?parents|mamie|mamies|mamy|papi|papy|grand-maman|grand-papa|grandma|grandpa|grandmother|grandfather|grandparents|granny|nan|nana)\b`)
	// toutPublicRe: « tout public » alone (familyRe reads « pour tout public »).
	toutPublicRe = regexp.MustCompile(`\b(?:tout|tous)[\s-]publics?\b`)
	// kidsRe: children said otherwise than after « pour », « avec »:
	// « c'est pour les enfants », "the kids can watch", "a cartoon for my
	// son", "a PG movie". A bare « les enfants » is not enough: « Les
	// Enfants du paradis » is a title.
	kidsRe = regexp.MustCompile(`\b(?:(?:it's|it\s+is|this\s+is|that's|c'est|ce\s+sera|c'est\s+surtout)\s+(?:for|pour)\s+(?:the|my|our|les|mes|nos|des)\s+(?:kids|children|little\s+ones|enfants|petits|gamins|gosses|loulous)|(?:the|my|our|les|mes|nos)\s+(?:kids|children|little\s+ones|enfants|gamins|gosses|petits|loulous)\s+(?:can|could|will|would|might|may|want\s+to|peuvent|pourront|pourraient|veulent|voudraient|vont)(?:\s+(?:watch|see|enjoy|regarder|voir))?|(?:with|for)\s+(?:my|our|the)\s+(?:sons?|daughters?|nephews?|nieces?|grandsons?|granddaughters?|little\s+(?:one|boy|girl|brother|sister)s?|toddlers?|youngsters?)|(?:pg|g)[\s-]rated|rated\s+(?:pg|g)\b|\ba\s+(?:pg|g)\s+(?:film|movie)` +
		// "appropriate for children", "the kids are watching", "our kids
		// loved Toy Story", « mes enfants ont adoré Le Roi lion », "for
		// little kids", "a children's party", "something wholesome".
		`|(?:appropriate|suitable|ok|okay|safe|fine|adapted|adequate)\s+for\s+(?:(?:the|my|our|young|little|small)\s+)?(?:kids|children|families|a\s+family|the\s+family|viewers)` +
		`|(?:the|my|our)\s+(?:kids|children|little\s+ones)\s+(?:are|will\s+be)\s+(?:watching|here|with\s+(?:us|me)|around)` +
		`|(?:my|our|the)\s+(?:kids|children|little\s+ones)\s+(?:(?:really|also|both|all)\s+)?(?:love|loved|like|liked|enjoy|enjoyed|adore|adored)` +
		`|(?:mes|nos|les)\s+(?:enfants|petits|gamins|gosses|loulous|petits-enfants)\s+(?:ont|a)\s+(?:(?:bien|beaucoup|vraiment|tellement|deja)\s+)*(?:adore|aime|kiffe|apprecie)` +
		`|(?:for|with|pour|avec)\s+(?:(?:the|my|our|a|des|les|de|mes|nos)\s+)?(?:young|little|small|tout[\s-]petits|tres\s+jeunes|jeunes)\s+(?:children|kids|ones|enfants)|toddlers?` +
		`|(?:(?:for|pour|at)\s+(?:a|an|un|une|the|my|our)\s+)?(?:children's|kids'?|childrens)\s+(?:party|birthday|afternoon)|(?:un\s+)?(?:anniversaire|gouter)\s+d'enfants?` +
		`|wholesome|nothing\s+(?:inappropriate|unsuitable)|rien\s+d'(?:inapproprie|inadapte)` +
		`|(?:the\s+)?whole\s+family\s+(?:will|would|can|could)\s+(?:like|love|enjoy|watch|see)|toute\s+la\s+famille\s+(?:peut|pourra|pourrait)\s+(?:voir|regarder|aimer)` +
		`)\b`)
	// teenWithRe: "my teenage son", « mon ado ».
	teenWithRe = regexp.MustCompile(`\b(?:(?:with|for|avec|pour)\s+)?(?:my|our|mon|ma|mes|nos)\s+(?:(?:teenage|teen)\s+(?:sons?|daughters?|kids?|children|nephews?|nieces?|boys?|girls?)|teenagers?|ados?|adolescents?|adolescentes?)\b`)
	// ageRe: a child's age (« ma fille de 10 ans », « mes enfants ont 6 et
	// 9 ans », "my 8-year-old", "my son is 14"): up to 12 a family film, 13
	// to 17 a teenager's.
	ageRe = regexp.MustCompile(`\b(?:(?:(?:adapte[es]*\s+)?(?:pour|avec|a)\s+)?(?:(?:mon|ma|mes|nos|notre|un|une|des|les|leurs?|ses)\s+)?(?:fils|filles?|enfants?|gamins?|gamines?|gosses|petits?|petites?|neveux?|nieces?|petit-fils|petite-fille|petits-enfants|ados?|garcons?)\s+(?:de\s+|d'|qui\s+(?:a|ont)\s+|(?:a|ont)\s+)|(?:ils|elles)\s+ont\s+)(\d{1,2})(?:\s*(?:et|,|-|a|ou)\s*(\d{1,2}))?\s+ans(?:\s+(?:veut|voudrait|aimerait|adore|aime|prefere|peut\s+(?:voir|regarder)))?\b|\b(?:(?:(?:suitable|good|ok|okay|fine|safe)\s+)?(?:for|with)\s+(?:my|our|a|an|the)\s+)?(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?(?:\s+(?:sons?|daughters?|kids?|boys?|girls?|nephews?|nieces?|grandsons?|granddaughters?|child|children))?(?:\s+(?:would\s+(?:like|love|enjoy)|will\s+(?:like|love|enjoy)|wants|likes|loves|can\s+watch))?\b|\b(?:son|daughter|kid|boy|girl|nephew|niece|grandson|granddaughter|child|kids|children|they)\s+(?:is|are|'s|'re|turns|turned|just\s+turned)\s+(\d{1,2})(?:\s*(?:and|,|-|or)\s*(\d{1,2}))?\b`)
)

// agePhrases reads a child's age: a family film up to 12, a teenager's film
// from 13 to 17; an adult's age says nothing of the audience. It runs
// before the family phrases, which would take any age for a child's.
func (p *parser) agePhrases() {
	p.each(ageRe, func(sub []string, _ []int) bool {
		oldest := 0
		for _, a := range sub[1:] {
			if n, err := strconv.Atoi(a); err == nil && n > oldest {
				oldest = n
			}
		}
		switch {
		case oldest >= 18:
			return false
		case oldest >= 13:
			p.m.Teen = true
		default:
			p.m.Family = true
		}
		return true
	})
	p.each(kidsRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(teenWithRe, func([]string, []int) bool { p.m.Teen = true; return true })
}

// audiencePhrases reads who watches, or the occasion, into the message. It
// runs before the companion phrases, which would take « avec ma grand-mère »
// for a mere companion.
func (p *parser) audiencePhrases() {
	set := func(a string) func([]string, []int) bool {
		return func([]string, []int) bool { p.m.Audience = a; return true }
	}
	p.each(gentleRe, set("gentle"))
	p.each(eldersRe, set("elders"))
	p.each(dateRe, set("date"))
	p.each(friendsRe, set("friends"))
	p.each(toutPublicRe, func([]string, []int) bool { p.m.Family = true; return true })
}

// mergeAudience records the message's audience in the session: a new one
// replaces the old; « en famille » and « pour adultes » end it.
func mergeAudience(s *session, m message) {
	switch {
	case m.Teen:
		s.audience = "teen"
	case m.Audience != "":
		s.audience = m.Audience
	case m.Family || m.Adult:
		s.audience = ""
	}
}

// applyAudience narrows a copy of the session's constraints to its
// audience: the audience's genres when the customer named none, and never
// the genres it avoids unless the customer named them.
func applyAudience(c *recommend.Constraints, name string) {
	a, ok := audiences[name]
	if !ok {
		return
	}
	named := slices.Concat(c.Genres, c.AllGenres)
	if len(named) == 0 && len(a.genres) > 0 {
		c.Genres = slices.Clone(a.genres)
	}
	avoid := slices.Clone(c.AvoidGenres)
	never := a.avoid
	if len(named) == 0 {
		never = slices.Concat(never, a.avoidAlone)
	}
	for _, g := range never {
		if !slices.Contains(named, g) {
			avoid = appendNew(avoid, g)
		}
	}
	c.AvoidGenres = avoid
}

// audienceChip is the chip of the session's audience, or false.
func audienceChip(name, lang string) (Chip, bool) {
	a, ok := audiences[name]
	if !ok {
		return Chip{}, false
	}
	label := a.fr
	if lang == "en" {
		label = a.en
	}
	return Chip{Key: "audience", Label: label}, true
}

// audienceConflict reports whether film f is one the session's audience
// never gets.
func audienceConflict(name string, f *data.Film) bool {
	return slices.ContainsFunc(audiences[name].avoid, func(g string) bool { return slices.Contains(f.Genres, g) })
}
