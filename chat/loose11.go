package chat

import (
	"regexp"
	"strconv"
	"strings"
)

// Constraints said loosely (issue 10, constraints11): eras relative to
// today (« ces dernières années », "the past few years"), a year compared
// (« plus récent que 2010 »), decades in words ("the noughties", « les
// années deux mille »), lengths with their bound after them (« trois heures
// ou plus »), genres refused in a clause ("I don't want another war film",
// « rien qui fait peur », « pas la comédie musicale »), genres not wanted
// on every film (« pas que des polars, variez »), nationalities as a
// follow-up (« que les français », "actually Japanese", « la suite du cycle
// espagnol »), movements and schools (néoréalisme, nouvelle vague), the
// César, a compromise between two tastes, what a child or a group likes
// (« ils aiment l'aventure »), an age said beside the child (« mon fils,
// 12 ans »). looseConstraints runs before the other era,
// length, genre and nationality rules, which would read these words apart
// (« plus récent » alone, « trois heures » as a maximum, "war film" as a
// genre wanted, « néoréalisme » as a title).

// recentYearsSpan is how many years back « ces dernières années » and "the
// last few years" reach: fewer than « récent » alone.
const recentYearsSpan = 7

var (
	// lastYearsLooseRe: « ces (toutes) dernières années », "the last few
	// years", "the past couple of years", "in recent years", « tout récent ».
	lastYearsLooseRe = regexp.MustCompile(`\b(?:(?:sortis?|sorties?|released|made|de|des|du|from|in|of|over|during)\s+)*(?:(?:ces|les)\s+(?:toutes?\s+)?dernieres\s+annees|ces\s+annees\s+dernieres|(?:the\s+)?(?:(?:very\s+)?last|past)\s+(?:few|couple\s+(?:of\s+)?|several)\s+years|(?:the\s+)?recent\s+years|these\s+last\s+years)\b|\b(?:tout|toute|tous|toutes|tres|very|brand)\s+(?:recents?|recentes?|new)\b`)
	// thanYearRe: « plus récent que 2010 », "newer than 2005", « plus
	// vieux que 1980 », "older than 1980": a bound, the year excluded.
	thanYearRe = regexp.MustCompile(`\b(?:(plus\s+recente?s?|plus\s+jeunes?|posterieure?s?|newer|more\s+recent|later)|(plus\s+(?:vieux|vieille|vieilles|vieil|anciens?|anciennes?)|anterieure?s?|older|earlier))\s+(?:que|qu'|than|a)\s*((?:19|20)\d\d)\b`)
	// wordDecadeRe: "the noughties", "the aughts", « les années deux mille
	// (dix) ».
	wordDecadeRe = regexp.MustCompile(`\b(?:(?:from|in|of|des|les|dans\s+les)\s+)?(?:the\s+)?(?:(noughties|naughties|aughts|two\s+thousands)|annees\s+deux\s+mille(\s+dix)?)\b`)
	// orMoreRe: « trois heures ou plus », "three hours or more", "2h30
	// minimum": a least length.
	orMoreRe = regexp.MustCompile(`\b` + durAlt + `\s*,?\s*(?:or\s+(?:more|longer|over)|ou\s+plus(?:\s+longs?)?|et\s+plus|voire\s+plus|(?:and|or)\s+up(?:wards)?|minimum|mini|at\s+(?:the\s+)?least|au\s+moins)\b`)
	// noMoreGenreRe: « je ne veux plus de films de guerre », « on ne veut
	// pas de western », "I don't want another war film", "no more war
	// films": a genre refused.
	noMoreGenreRe = regexp.MustCompile(`\b(?:(?:(?:je\s+ne\s+veux|je\s+veux|on\s+ne\s+veut|on\s+veut|nous\s+ne\s+voulons)\s+(?:plus|pas)|(?:je\s+n'ai|on\s+n'a|j'ai|on\s+a)\s+(?:plus|pas)\s+envie)\s*(?:(?:de|d'|du|des|d'un|d'une|un|une|encore)\s*)?(?:(?:autres?\s+)?(?:films?|trucs?)\s+(?:de\s+|d')?)?|(?:i|we)\s+(?:don't|do\s+not|dont)\s+(?:want|need|fancy)\s+(?:another|any(?:\s+more)?|more|an?|other)?\s*|no\s+more\s+)(` + genreAlt + `)(?:\s+(?:films?|movies?))?\b`)
	// notScaryLooseRe: "nothing scary or gory", « rien qui fait peur », « qui ne
	// fait pas peur », "not scary": no horror film. « pas trop peur »,
	// "nothing too scary" are the audience rules' (a child's fear).
	notScaryLooseRe = regexp.MustCompile(`\b(?:(?:nothing|not|no|never|rien|pas|sans)\s+(?:(?:qui\s+(?:fasse|fait|fassent|font)|d')\s*)?(?:(?:gory|bloody|gore|sanglant)\s+(?:or|ni|ou|and|et)\s+)?(?:scary|frightening|terrifying|peur|effrayants?|flippants?)|(?:qui\s+)?ne\s+(?:fait|fasse|font|fassent)\s+pas\s+peur)(?:\s+(?:or|ni|ou|and|et)\s+(?:gory|bloody|gore|sanglants?))?\b`)
	goryRe          = regexp.MustCompile(`\b(?:gory|bloody|gore|sanglants?)\b`)
	// notTheGenreRe: « pas la comédie musicale », "not the musical", the
	// genre alone at the end of a clause: refused.
	notTheGenreRe = regexp.MustCompile(`\b(?:pas|not|no|sans|without)\s+(?:la|le|les|l'|un|une|the|a|an)\s*(` + genreAlt + `)(?:\s+(?:films?|movies?|ones?))?\s*(?:[,.;!?]|$|\s+(?:svp|stp|please|merci|thanks|non|cette\s+fois|this\s+time|par\s+contre|though))`)
	// notOnlyGenreRe: « pas que des polars », « pas seulement des
	// comédies », "not only action films", "not just comedies": the genre
	// may stay, but not on every film.
	notOnlyGenreRe = regexp.MustCompile(`\b(?:pas\s+(?:que|seulement|uniquement|toujours|qu'|forcement)|not\s+(?:only|just|all|always)|nothing\s+but)\s*(?:(?:des|de|du|les|d')\s*)?(?:(?:films?|movies?)\s+(?:de\s+|d')?)?(` + genreAlt + `)(?:\s+(?:films?|movies?))?\b`)
	// varietyRe: « variez un peu », "mix it up", "some variety": what
	// notOnlyGenreRe asks, said again.
	varietyRe = regexp.MustCompile(`\b(?:(?:variez|varie|varier|changez|change|changer|diversifiez|melangez)(?:\s+(?:un\s+peu|les\s+genres|un\s+peu\s+les\s+genres))?|de\s+la\s+variete|un\s+peu\s+de\s+tout|mix\s+it\s+up(?:\s+a\s+(?:bit|little))?|(?:some|more|a\s+bit\s+of)\s+variety|something\s+different)\b`)
	// onlyNationRe: « que les français », « seulement les italiens »,
	// "only French ones", "actually Japanese", « plutôt des coréens »: the
	// country asked as a follow-up.
	onlyNationRe = regexp.MustCompile(`\b(?:que|seulement|uniquement|only|just|actually|rather|instead|en\s+fait|finalement)\s*,?\s*(?:(?:les|des|du|de|the|some)\s+)?(?:(?:films?|movies?)\s+)?(` + nationAlt + `)(?:\s+(?:films?|movies?|ones|instead|plutot))?\b`)
	// otherThanNationRe ends a text on « autre chose », "other": the nation after
	// it is refused, not asked.
	otherThanNationRe = regexp.MustCompile(`\b(?:autre\s+chose|autres?|rien\s+d'autre|other|anything\s+other|something\s+other|nothing\s+other)\s*$`)
	// cycleNationRe: « la suite du cycle espagnol », « on continue notre
	// cycle italien », "our Italian season": the country of the cycle.
	cycleNationRe = regexp.MustCompile(`\b(?:(?:on\s+)?(?:continue|poursuit|(?:aimerai[st]?|voudrai[st]?)\s+continuer|continuer|poursuivre)\s+(?:(?:sur|avec|dans)\s+)?|(?:la\s+)?suite\s+(?:du|de\s+notre|de\s+ce|de\s+la)\s+|(?:for\s+)?(?:our|the|notre|le|un|a|an|next\s+in\s+our)\s+)*(?:(?:cycle|saison|retrospective)\s+(?:de\s+|du\s+)?(?:cinema\s+)?(` + nationAlt + `)|(` + nationAlt + `)\s+(?:season|cycle|retrospective))\b`)
	// movementRe: a movement or school of a country and its years.
	movementRe = regexp.MustCompile(`\b(?:(?:(?:on\s+)?(?:continue|poursuit|(?:aimerai[st]?|voudrai[st]?)\s+continuer|continuer|poursuivre)\s+(?:(?:sur|avec|dans)\s+)?)?(?:(?:du|le|de|la|of|the|some|des|from|in)\s+)*(?:(?:films?|cinema|movies?)\s+)?(?:(neo[\s-]?realism[eo]?s?(?:\s+italiens?)?|neo[\s-]?realistes?(?:\s+italiens?)?|(?:italian\s+)?neo[\s-]?realis[mt]s?|nouvelle\s+vague(?:\s+francaise)?|(?:french\s+)?new\s+wave|realisme\s+poetique|poetic\s+realism|kitchen[\s-]sink(?:\s+(?:dramas?|realism))?|giallos?|gialli)(?:\s+(?:films?|movies?|cinema|italiens?))?))\b`)
	// cesarRe: « un film qui a eu le césar du meilleur film », « primé aux
	// César », "a César winner": a French film.
	cesarRe = regexp.MustCompile(`\b(?:(?:qui\s+)?(?:a|ont)\s+(?:eu|gagne|remporte|obtenu|recu|decroche)\s+(?:le|un|des|les|plusieurs)\s+cesars?|(?:primes?|recompenses?|couronnes?|laureats?|nommes?)\s+(?:aux|au|d'un|par\s+les?)\s+cesars?|cesarises?|(?:a\s+)?cesar[\s-]?(?:winners?|winning|awards?)|(?:won|winning)\s+(?:a|the)\s+cesars?)(?:\s+du\s+meilleur\s+film)?\b`)
	// compromiseRe: two tastes and a film for both.
	compromiseRe = regexp.MustCompile(`\b(?:(?:vous\s+)?(?:auriez|avez|auriez-vous|avez-vous|tu\s+as|t'as)?\s*(?:un|une)\s+compromis|(?:is\s+there\s+)?(?:a|any|some)\s+compromise|un\s+film\s+pour\s+nous\s+deux|qui\s+(?:plaise|plairait|convienne)\s+aux\s+deux|for\s+both\s+of\s+us|that\s+(?:suits|pleases)\s+us\s+both)\b\s*\??`)
	// spouseRe: who holds each taste, beside a compromise.
	spouseRe = regexp.MustCompile(`\b(?:(?:ma|mon|my|our)\s+(?:femme|mari|epouse|epoux|copine|copain|compagne|compagnon|conjointe?|wife|husband|partner|girlfriend|boyfriend)|moi|lui|elle)\b`)
	// wantLaughRe: « on veut rigoler », « on a envie de rire », "we want a
	// laugh": a comedy.
	wantLaughRe = regexp.MustCompile(`\b(?:(?:(?:on|je|j'|nous|ils|elles)\s*)?(?:veut|veux|voudrait|voudrais|voulons|veulent|a\s+envie\s+de|ai\s+envie\s+de|avons\s+envie\s+de|a\s+besoin\s+de|ai\s+besoin\s+de)\s+(?:juste\s+|bien\s+|surtout\s+|un\s+peu\s+|avant\s+tout\s+)?(?:rire|rigoler|se\s+marrer|nous\s+marrer|me\s+marrer|se\s+poiler)|(?:we|i|they)\s+(?:just\s+)?(?:want|need|fancy|wanna)\s+(?:to\s+)?(?:a\s+(?:good\s+)?)?laugh)\b`)
	// strayPossessiveRe: "my" left before what the age rules read.
	strayPossessiveRe = regexp.MustCompile(`\b(?:my|our)\s*\x00`)
	// tasteVerbRe: who likes what, beside a compromise.
	tasteVerbRe = regexp.MustCompile(`(?:\b(?:je|il|elle|i|he|she|we|nous)\s+|\bj'|\b)(?:likes?|loves?|prefers?|only\s+watch(?:es)?|enjoys?|aime|aiment|adore|adorent|prefere|preferent)\b`)
	// tasteGenreRe: « les films d'action », "costume dramas": a genre
	// named as a taste, with its article.
	tasteGenreRe = regexp.MustCompile(`\b(?:(?:les|des|du|le|la|the|some)\s+)?(?:(?:films?|movies?)\s+)?(?:d'|de\s+|du\s+)?(?:` + genreAlt + `)(?:\s+(?:films?|movies?))?\b`)
	// tasteRe: « ils aiment l'aventure », "they love sci-fi", « elle adore
	// les dessins animés »: the genre the audience likes.
	tasteRe = regexp.MustCompile(`\b(?:ils|elles|il|elle|they|he|she)\s+(?:aiment|aime|adorent|adore|love|loves|like|likes|veulent|veut|want|wants|preferent|prefere|prefer|prefers|kiffent|kiffe)\s+(?:bien\s+|beaucoup\s+|really\s+|surtout\s+)?(?:les\s+|le\s+|la\s+|l'|des\s+|du\s+|de\s+l'|de\s+la\s+)?(` + genreAlt + `)(?:\s+(?:films?|movies?))?\b`)
	// childAgeLooseRe: « mon fils, 12 ans », « ma fille fête ses 12 ans »,
	// « l'anniversaire de mon fils, 13 ans »: the child's age.
	childAgeLooseRe = regexp.MustCompile(`\b(?:(?:my|our)\s+(?:son|daughter|kid|boy|girl|nephew|niece|grandson|granddaughter|child|kids|children|boys|girls|twins)\s+(?:is|are|'s|'re|turns|turned|just\s+turned|will\s+be)\s+(\d{1,2})(?:\s*(?:and|,|-|or)\s*(\d{1,2}))?(?:\s+(?:years?\s+old|today|tomorrow|on\s+\w+day))?|(?:c'est\s+)?(?:pour\s+)?l'anniversaire\s+(?:de|d')\s*)?(?:mon|ma|mes|notre|nos|un|une)\s+(?:fils|filles?|enfants?|neveux?|nieces?|petit-fils|petite-fille|petits-enfants|gamins?|gamines?|garcons?|jumelles|jumeaux|petits?|petites?)\s*(?:,\s*|(?:qui\s+)?(?:fete|fetent|va\s+feter|vont\s+feter)\s+(?:ses|leurs)\s+)(\d{1,2})(?:\s*(?:et|,|-|ou)\s*(\d{1,2}))?\s+ans\b`)
	// teenAgesRe: "teenagers, 13 and 14", « des ados de 14 et 15 ans ».
	teenAgesRe = regexp.MustCompile(`\b(?:(?:for\s+|pour\s+)?(?:some\s+|des\s+|les\s+)?)?(?:teenagers?|teens?|adolescents?|ados?)\s*,?\s*(?:(?:aged|of|de|ages?)\s+)?(\d{1,2})(?:\s*(?:and|et|,|-|to|a|&)\s*(\d{1,2}))?(?:\s*(?:ans|years?(?:\s+old)?))?\b`)
	// smallChildRe: « un petit de 3 ans », « 1 ptit de 3 an », « mes
	// jumelles de 11 ans », "our twins are 9": the child's age.
	smallChildRe = regexp.MustCompile(`\b(?:(?:un|une|1)\s+(?:petit|ptit|pti|petite|ptite|enfant|bebe|gamin|gamine)\s+de\s+(\d{1,2})\s+ans?|(?:mes|nos|les|my|our|the)\s+(?:jumelles|jumeaux|twins)\s+(?:de\s+|d'|ont\s+|qui\s+ont\s+|of\s+|aged\s+|are\s+)?(\d{1,2})(?:\s*(?:ans|years?\s+old))?)\b`)
	// detectiveRe: "a detective film", « une enquête policière »: a crime
	// film or a mystery (the theme as well would leave too few films of a
	// country).
	detectiveRe = regexp.MustCompile(`\bdetective\s+(?:films?|movies?|stor(?:y|ies)|thrillers?)\b|\b(?:films?|histoires?)\s+de\s+detectives?\b|\benquetes?\s+policieres?\b`)
	// easyFollowRe: "that aren't too hard to follow", « faciles à
	// suivre »: how it is told, no theme and no title.
	easyFollowRe = regexp.MustCompile(`\b(?:(?:that|which)\s+(?:aren't|are\s+not|isn't|is\s+not)\s+(?:too|very|that)\s+(?:hard|difficult|complicated)\s+to\s+follow|(?:that\s+(?:are|is)\s+)?easy\s+to\s+(?:follow|understand)|(?:qui\s+(?:ne\s+)?(?:soit|soient|sont|est)\s+)?(?:pas\s+(?:trop\s+)?)?(?:durs?|difficiles?|compliquee?s?)\s+a\s+suivre|faciles?\s+a\s+(?:suivre|comprendre))\b`)
	// olderKindRe: "an older family film", "an older film for the kids":
	// an old film, when nothing is compared.
	olderKindRe = regexp.MustCompile(`\b(?:an|some)\s+older\s+(?:(?:family|kids'?|children's|` + genreAlt + `)\s+)?(?:films?|movies?|classics?)\b`)
)

// movements are the years and country of a movement or school, keyed by
// the first folded word of its name.
var movements = []struct {
	prefix        string
	country       string
	minYear, maxY int
	genres        []string
}{
	{"neo", "IT", 1943, 1962, nil},
	{"italian neo", "IT", 1943, 1962, nil},
	{"nouvelle", "FR", 1958, 1969, nil},
	{"french new", "FR", 1958, 1969, nil},
	{"new wave", "FR", 1958, 1969, nil},
	{"realisme", "FR", 1930, 1945, nil},
	{"poetic", "FR", 1930, 1945, nil},
	{"kitchen", "GB", 1956, 1968, []string{"Drama"}},
	{"giall", "IT", 1963, 1985, []string{"Thriller", "Horror", "Mystery"}},
}

func (p *parser) looseConstraints() {
	p.each(lastYearsLooseRe, func([]string, []int) bool {
		if p.m.Ago == nil {
			p.m.Ago = &yearsAgo{From: recentYearsSpan, To: 0}
		}
		return true
	})
	p.each(thanYearRe, func(sub []string, _ []int) bool {
		y, _ := strconv.Atoi(sub[3])
		if sub[1] != "" {
			p.m.MinYear = y + 1
		} else {
			p.m.MaxYear = y - 1
		}
		return true
	})
	p.each(wordDecadeRe, func(sub []string, _ []int) bool {
		p.m.MinYear, p.m.MaxYear = 2000, 2009
		if sub[2] != "" {
			p.m.MinYear, p.m.MaxYear = 2010, 2019
		}
		return true
	})
	p.each(orMoreRe, func(sub []string, _ []int) bool {
		n := minutesOf(sub[0])
		if n < 60 {
			return false
		}
		p.m.MinRuntime = n
		return true
	})
	p.each(notScaryLooseRe, func(sub []string, idx []int) bool {
		if scaryWhoRe.MatchString(string(p.work[idx[1]:])) {
			return false // « pas trop peur aux enfants »: the audience rules'
		}
		p.m.AvoidGenres = appendNew(p.m.AvoidGenres, "Horror")
		if goryRe.MatchString(sub[0]) && p.m.Audience == "" {
			p.m.Audience = "gentle"
		}
		return true
	})
	refuse := func(sub []string, _ []int) bool {
		g := genresOf(sub[1])
		if len(g) == 0 {
			return false
		}
		p.avoidGenresOf(sub[1])
		return true
	}
	p.each(noMoreGenreRe, refuse)
	p.each(notTheGenreRe, refuse)
	p.each(notOnlyGenreRe, func(sub []string, _ []int) bool {
		g := genresOf(sub[1])
		if len(g) == 0 {
			return false
		}
		p.m.VaryGenres = appendNew(p.m.VaryGenres, g...)
		return true
	})
	if len(p.m.VaryGenres) > 0 {
		p.each(varietyRe, func([]string, []int) bool { return true })
	}
	p.each(movementRe, func(sub []string, _ []int) bool {
		name := strings.Join(strings.Fields(strings.ReplaceAll(sub[1], "-", " ")), " ")
		for _, mv := range movements {
			if strings.HasPrefix(name, mv.prefix) {
				p.setNation(mv.country)
				p.m.MinYear, p.m.MaxYear = mv.minYear, mv.maxY
				p.m.Genres = appendNew(p.m.Genres, mv.genres...)
				return true
			}
		}
		return false
	})
	p.each(cycleNationRe, func(sub []string, _ []int) bool {
		code := nationWord[strings.Join(strings.Fields(sub[1]+sub[2]), " ")]
		if code == "" {
			return false
		}
		p.setNation(code)
		return true
	})
	p.each(onlyNationRe, func(sub []string, idx []int) bool {
		if otherThanNationRe.MatchString(string(p.work[:idx[0]])) {
			return false // « autre chose que du français »: refused (exceptNationRe)
		}
		code := nationWord[strings.Join(strings.Fields(sub[1]), " ")]
		if code == "" {
			return false
		}
		p.setNation(code)
		return true
	})
	p.each(cesarRe, func([]string, []int) bool { p.m.FrenchOnly = true; return true })
	if loc := compromiseRe.FindStringIndex(string(p.work)); loc != nil {
		if g := genresOf(string(p.work)); len(g) >= 2 {
			p.m.AllGenres = appendNew(p.m.AllGenres, g...)
			p.consume(loc[0], loc[1])
			p.each(spouseRe, func([]string, []int) bool { return true })
			p.each(tasteVerbRe, func([]string, []int) bool { return true })
			// The genres are read: the words go, so that they are not
			// also asked for one or the other.
			p.each(tasteGenreRe, func([]string, []int) bool { return true })
		}
	}
	p.each(tasteRe, func(sub []string, _ []int) bool {
		g := genresOf(sub[1])
		if len(g) == 0 {
			return false
		}
		p.m.Genres = appendNew(p.m.Genres, g...)
		return true
	})
	p.each(wantLaughRe, func(_ []string, idx []int) bool {
		// « on veut rire, et un peu de romance »: the mood and the
		// genre named beside it, both.
		if g := genresOf(string(p.work[:idx[0]]) + " " + string(p.work[idx[1]:])); len(g) > 0 {
			p.m.AllGenres = appendNew(p.m.AllGenres, append([]string{"Comedy"}, g...)...)
			return true
		}
		p.m.Genres = appendNew(p.m.Genres, "Comedy")
		return true
	})
	p.each(childAgeLooseRe, func(sub []string, _ []int) bool { return p.childAges(sub[1:]) })
	p.each(teenAgesRe, func(sub []string, _ []int) bool {
		for _, a := range sub[1:] {
			if n, err := strconv.Atoi(a); err == nil && (n < 11 || n > 19) {
				return false
			}
		}
		p.m.Teen = true
		return true
	})
	p.each(strayPossessiveRe, func([]string, []int) bool { return true })
	p.each(smallChildRe, func(sub []string, _ []int) bool { return p.childAges(sub[1:]) })
	p.each(detectiveRe, func([]string, []int) bool {
		p.m.Genres = appendNew(p.m.Genres, "Crime", "Mystery")
		return true
	})
	p.each(easyFollowRe, func([]string, []int) bool { return true })
	p.each(olderKindRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 {
			p.m.MaxYear = oldFilmYear
		}
		return false // the genre and audience rules read the rest
	})
}
