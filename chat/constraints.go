package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Constraint phrases that the general rules of understand.go do not read:
// a person named by a pronoun or after "more", the director of the liked
// film, audiences beyond « en famille », lengths and eras said loosely,
// moods and occasions that stand for genres. All patterns run on folded
// text.
var (
	// pronounRe: « d'autres films avec lui », "more with her", « ses films »,
	// "his movies": the person is one the dialogue already knows.
	pronounRe = regexp.MustCompile(`\b(?:(?:avec|with|starring|featuring)\s+(lui|elle|him|her)\b|(?:de|d'|by|from)\s*(lui|elle|him|her)(?:\s+(?:aussi|also|too|encore|again))?(?:\s+(?:svp|stp|please|pls|s'il\s+vous\s+plait|s'il\s+te\s+plait|merci|thanks))?(?:\s*[?!.,;]|\s*$)|(?:(ses|leurs)|(his|her|their))\s+(?:autres\s+|other\s+|premiers\s+|early\s+|old\s+|anciens\s+)?(?:films?|movies?|roles?))`)
	// moreNameRe: "more kurosawa please", « d'autres clouzot svp », « encore
	// du pierre richard », « d'autres de melville »: a name after "more" at
	// the end of the message.
	moreNameRe = regexp.MustCompile(`(?:^|[\s\pP\x00])(?:(?:more|some\s+more|any\s+more|d'autres|encore\s+(?:du|des|de|d'|un|une)|un\s+autre|une\s+autre|another)\s+|plus\s+(?:de\s+|d'))(?:(?:films?|movies?)\s+)?(?:(?:de|du|by|of|from)\s+|d')?([a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]{1,}){0,2})[\s\pP\x00]*(?:(?:please|pls|svp|stp|s'il\s+(?:te|vous)\s+plait|merci|thanks)[\s\pP\x00]*)?$`)
	// sameDirectorRe: « du même réalisateur », "by the same director".
	sameDirectorRe = regexp.MustCompile(`\b(?:(?:du|le|de\s+la|la|par\s+le|par\s+la)\s+meme\s+(?:realisateur|realisatrice|cineaste)|(?:des|les|par\s+les)\s+memes\s+(?:realisateurs|realisatrices|cineastes)|(?:by\s+|from\s+)?the\s+same\s+(?:directors?|filmmakers?))\b`)
	// anyLengthRe: « la durée on s'en fiche », "runtime doesn't matter".
	anyLengthRe = regexp.MustCompile(`\b(?:(?:(?:la|une)\s+)?(?:duree|longueur)|(?:the\s+)?(?:length|runtime|running\s+time))\s+(?:on\s+s'en\s+(?:fiche|fout|moque)|peu\s+importe|importe\s+peu|(?:n'est\s+|c'est\s+)?pas\s+(?:grave|important|importante|un\s+probleme)|doesn't\s+matter|does\s+not\s+matter|is\s+not\s+(?:important|a\s+problem)|isn't\s+(?:important|a\s+problem)|whatever)|\b(?:peu\s+importe|n'importe\s+quelle|never\s+mind|forget|oublie[rz]?)\s+(?:la\s+|the\s+)?(?:duree|longueur|length|runtime)|\bany\s+length\b`)
	// anyEraRe: « peu importe l'année », « n'importe quelle époque », "any
	// decade", "doesn't matter how old": no era is asked for, and the words
	// are no title.
	anyEraRe = regexp.MustCompile(`\b(?:(?:peu\s+importe|importe\s+peu|n'importe\s+quel(?:le)?s?|toutes?|quel(?:le)?s?\s+que\s+soi(?:en)?t)\s+(?:l'|la\s+|le\s+|les\s+)?(?:annees?|epoques?|decennies?|dates?|ages?)(?:\s+confondues?)?|(?:l'|la\s+|le\s+)?(?:annee|epoque|decennie|date)\s+(?:peu\s+importe|on\s+s'en\s+(?:fiche|fout|moque)|importe\s+peu|n'a\s+pas\s+d'importance)|(?:any|whatever\s+the|no\s+matter\s+(?:the|which))\s+(?:decade|era|year|period|age)|(?:it\s+)?(?:doesn't|does\s+not|don't)\s+matter\s+(?:how\s+old|when\s+it\s+was\s+made|what\s+(?:year|decade|era))|no\s+matter\s+how\s+old|(?:old|new)\s+or\s+(?:old|new)|(?:vieux|ancien|recent)\s+ou\s+(?:vieux|ancien|recent))\b`)
	// overRe: « rien au-dessus de 2h », "nothing over two hours".
	overRe = regexp.MustCompile(`\b(?:rien|pas|nothing|not|jamais)\s+(?:au[\s-]dessus|plus\s+long|over|above|longer\s+than|more\s+than|de\s+plus\s+(?:de|d'))\s*(?:de\s+|d'|que\s+)?` + durAlt)
	// oldishRe: « plutôt ancien », « plutôt les anciens », "the old ones".
	oldishRe = regexp.MustCompile(`\b(?:(?:plutot|rather|de\s+preference|surtout|mostly)\s+(?:les\s+|des\s+|the\s+)?(?:anciens?|anciennes?|vieux|vieilles?|old(?:\s+ones)?|classiques)|(?:les|the)\s+(?:anciens|vieux|old\s+ones))\b`)
	// audienceRe: children named by their age or with a verb that would
	// otherwise be read as a title (« les petits ont 6 et 8 ans », « ma
	// fille de 7 ans veut », "my 8 year old would like"), a family evening.
	familyMoreRe = regexp.MustCompile(`\b(?:(?:pour|avec|for|with)\s+)?(?:(?:les|mes|nos|ses|leurs?)\s+(?:petits|enfants|gamins|gosses|loulous|filles|fils|petits-enfants)\s+ont\s+\d+(?:\s*(?:et|,|-|a|ou)\s*\d+)?\s+ans|(?:mon|ma|notre)\s+(?:fils|fille|petit|petite|gamin|gamine|neveu|niece|petit-fils|petite-fille)\s+(?:de\s+|d')\s*\d+\s+ans(?:\s+(?:veut|voudrait|aimerait|adore|aime|prefere))?|(?:my|our)\s+\d+[\s-]*(?:years?|yr)[\s-]*olds?(?:\s+(?:son|daughter|kid|boy|girl|child))?(?:\s+(?:would\s+(?:like|love|enjoy)|wants|likes|loves))?|(?:a\s+|une\s+)?(?:family\s+(?:night|evening|movie\s+night|outing|afternoon)|soiree\s+(?:film\s+)?en\s+famille|apres-midi\s+en\s+famille|sortie\s+en\s+famille)|(?:pour|avec)\s+(?:ma|mon|mes|nos|la|le|les)\s+(?:petite?s?[\s-]filles?|petits?[\s-]fils|petits[\s-]enfants)|(?:with|for)\s+(?:my|our|the)\s+(?:grandchildren|grandkids|little\s+ones|niece|nephew)|(?:et|and)\s+(?:les|mes|nos|the|my|our)\s+(?:petits|enfants|gosses|gamins|kids|children|little\s+ones))\b`)
	// teenRe: « pour ados », "for teenagers": not a children's film.
	teenRe = regexp.MustCompile(`\b(?:(?:pour|avec|entre)\s+(?:les\s+|des\s+|mes\s+|nos\s+|un\s+|une\s+|mon\s+|ma\s+)?(?:ados?|adolescents?|adolescentes?|teens?|teenagers?|jeunes)(?:\s+(?:de\s+|d')\s*1\d(?:\s*(?:et|,|-|a|ou)\s*1\d)?\s+ans)?|(?:for|with)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:teens?|teenagers?|adolescents?)|(?:teen|teenage)\s+(?:audience|crowd))\b`)
	// notForKidsRe: « pas pour les enfants », "not for kids": for adults.
	notForKidsRe = regexp.MustCompile(`\b(?:(?:mais\s+|but\s+)?(?:pas|not|plutot\s+pas|surtout\s+pas)\s+(?:un\s+film\s+|a\s+film\s+)?(?:pour|for)\s+(?:les\s+|des\s+|the\s+)?(?:enfants|gamins|gosses|petits|kids|children|mome?s)|(?:pas|not)\s+(?:un\s+|a\s+)?(?:film\s+|movie\s+)?(?:pour\s+enfants|enfantin|childish|kiddie|for\s+kids))\b`)
	// companionRe: who else watches, which is no title (« avec ma grand-mère »).
	companionRe = regexp.MustCompile(`\b(?:avec|with|pour|for)\s+(?:ma|mon|mes|my|our|la|le|les|notre|nos)\s+(?:grande?[\s-]?meres?|grands?[\s-]?peres?|grande?s[\s-]?parents|mamie|mamies|papi|papy|belle[\s-]mere|beau[\s-]pere|beaux[\s-]parents|soeurs?|freres?|cousins?|cousines?|grandma|grandpa|grandparents|mum|mom|dad|mere|pere|maman|papa|mother|father|sisters?|brothers?|in-laws|epouse|epoux|conjointe?|parents|amis|amies|potes|copains|copines|collegues|friends|colleagues|mates|mari|femme|copain|copine|wife|husband|partner|girlfriend|boyfriend)\b`)
	// genreModeRe: « des zombies mais en comédie », « version comédie ».
	genreModeRe = regexp.MustCompile(`\b(?:(?:mais|but)\s+)?(?:en|en\s+mode|version|facon|as\s+an?|in\s+a)\s+(` + genreAlt + `)\b`)
	// occasionRe: « pour Halloween »: horror, unless a genre is named.
	occasionRe = regexp.MustCompile(`\b(?:(?:c'est|it's|it\s+is)\s+)?(?:pour|for|a|at|on)\s+(?:halloween)\b`)
	// languageNameRe: "german language films", « en langue allemande »,
	// "German-speaking", « germanophone ».
	languageNameRe = regexp.MustCompile(`\b(?:(` + languageAlt + `)[\s-]+(?:language|speaking|spoken)|(?:en|de|in)\s+langue\s+(` + languageAlt + `)|(francophones?|anglophones?|germanophones?|hispanophones?|italophones?|lusophones?))\b`)
	// trueStoryRe: « tiré d'une histoire vraie », « inspiré de faits
	// réels », « d'après une histoire vraie », "based on a true story",
	// « des histoires vraies »: one reading whatever the phrasing, the
	// Biography genre (as « histoire vraie » alone in genreWords), never
	// also a theme.
	trueStoryRe = regexp.MustCompile(`\b(?:(?:(?:tire|inspire|base|adapte)[es]*\s+(?:d'|de\s+|du\s+|des\s+|sur\s+)|d'apres\s+|(?:based|inspired)\s+(?:on|by)\s+)(?:une?\s+|des\s+|l'|la\s+|a\s+)?|(?:une|des|a)\s+)?(histoires?\s+vraies?|faits?\s+(?:reels?|vecus|divers)|true\s+(?:story|stories|events))\b`)
	// colourRe: « en couleur », "colour films": made once colour was the rule.
	colourRe = regexp.MustCompile(`\b(?:(?:en|in)\s+(?:couleurs?|colou?rs?)|colou?r\s+(?:films?|movies?|ones?)|(?:films?|movies?)\s+en\s+couleurs?|couleur\s+(?:only|seulement|uniquement))\b`)
	// spaghettiRe: « un western spaghetti », "spaghetti westerns": Italian westerns.
	spaghettiRe = regexp.MustCompile(`\b(?:westerns?\s+spaghettis?|spaghetti\s+westerns?)\b`)
	// silentRe: « un film muet », "a silent movie": before sound.
	silentRe = regexp.MustCompile(`\b(?:(?:films?|movies?|cinema)\s+muets?|silent\s+(?:films?|movies?|era|cinema)|(?:du|le)\s+muet)\b`)
	// dislikerRe: who dislikes what follows (« ma femme n'aime pas les
	// films tristes »): the subject is no title, the dislike is read later.
	dislikerRe = regexp.MustCompile(`\b((?:ma\s+femme|mon\s+mari|mon\s+copain|ma\s+copine|mon\s+fils|ma\s+fille|mes\s+enfants|les\s+enfants|mon\s+epouse|mon\s+epoux|my\s+(?:wife|husband|partner|son|daughter|kids|girlfriend|boyfriend)|the\s+kids)\s+)(?:n'aime(?:nt)?\s+pas|aime(?:nt)?\s+pas|deteste(?:nt)?|ne\s+supporte(?:nt)?\s+pas|hates?|doesn't\s+like|don't\s+like|can't\s+stand)\b`)
	// constraintFillerRe: words around constraints that are no title
	// ("no horror though", « finalement », "subtitles are fine").
	constraintFillerRe = regexp.MustCompile(`\b(?:though|par\s+contre|quand\s+meme|pour\s+une\s+fois|for\s+once|(?:les\s+)?sous-?titres?\s+(?:ca\s+va|ne\s+me\s+derangent\s+pas|ne\s+me\s+gene(?:nt)?\s+pas|c'est\s+(?:ok|bon|pas\s+grave))|(?:subtitles?|subs)\s+(?:are|is)\s+(?:fine|ok|okay|no\s+problem)|(?:we're|we\s+are|i'm|i\s+am)\s+(?:visiting|here|on\s+holiday)(?:\s+from\s+[a-z]+)?|je\s+sais\s+que\s+c'est\s+rare|(?:elle|il)\s+decroche\s+vite|(?:est|sont|is|are)\s+(?:(?:vraiment|trop|tellement|super|so|really|just)\s+)?(?:genial|geniale|geniaux|excellent|excellente|incroyable|formidable|great|amazing|brilliant|fantastic|awesome)|trop\s+(?:bien|top|cool|genial)|(?:mais\s+)?qu'(?:on|il|elle|ils|elles)\s+(?:(?:peut|puisse|pourrait|pourraient|pourra)\s+(?:regarder|voir|aimer|apprecier|adorer)|aimerai(?:t|ent)|apprecierai(?:t|ent)|regarderai(?:t|ent)|adorerai(?:t|ent))(?:\s+(?:ensemble|aussi|tous\s+les\s+deux))?|qui\s+(?:lui|leur|nous|me)\s+(?:plairai(?:t|ent)|plaira|plaise)|(?:(?:that|which)\s+)?(?:i|we|she|he|they)\s+(?:can|could|might|would)\s+(?:watch|see|enjoy)(?:\s+together)?|c'est\s+(?:le|ce)\s+(?:genre|type|style)\s+(?:de|d')|que\s+j'(?:aime|adore)\s*[.!,;]|en\s+gros|basically|(?:j'ai|on\s+a|nous\s+avons)\s+(?:tout\s+|toute\s+)?(?:mon|le|la|notre)\s+(?:temps|dimanche|samedi|apres-midi|week-end|weekend|soiree)(?:\s+devant\s+(?:moi|nous))?|(?:i|we)\s+have\s+(?:all\s+)?(?:the\s+)?(?:time|afternoon|evening|day)|on\s+a\s+(?:bien\s+|beaucoup\s+)?(?:ri|pleurer?|rigoler?)(?:\s+et\s+(?:ri|pleurer?|rigoler?))?|c(?:'est)?\s+possible|est-ce\s+possible|is\s+(?:that|it)\s+possible|(?:bonjour|bonsoir|merci|salut)\s+(?:madame|monsieur|mademoiselle)|(?:madame|monsieur|mademoiselle)\s*,|(?:ma\s+femme|mon\s+mari|mon\s+epouse|mon\s+epoux|ma\s+compagne|mon\s+compagnon|mon\s+copain|ma\s+copine|my\s+wife|my\s+husband|my\s+partner)\s+(?:voudrai[st]|aimerai[st]|veut|cherche|would\s+like|wants)|(?:il|elle)\s+fait\s+(?:de\s+l'|du\s+|de\s+la\s+)[a-z-]+|\d+\s+fois|plusieurs\s+fois|(?:\d+|many|several)\s+times|(?:sont|est)\s+(?:mes|mon|ma)\s+(?:films?\s+)?(?:preferes?|favoris?|preferees?)|(?:is|are)\s+(?:my|her|his|our|their)\s+(?:all[\s-]time\s+)?favou?rites?|qui\s+(?:dure|durent)|(?:that|which)\s+(?:lasts?|runs?)|quel(?:le)?s?\s+(?:acteur|actrice|acteurs|actrices|realisateur|realisatrice|films?|chef-d'oeuvre|performance|casting)|(?:(?:qu'est(?:-|\s+)ce\s+que|que)\s+)?(?:vous|tu)\s+(?:me|nous)\s+(?:conseillez|conseilleriez|proposez|proposeriez|recommandez|recommanderiez|conseilles|proposes|recommandes)(?:\s+quoi)?|what\s+an?\s+(?:actor|actress|director|film|movie|performance)|(?:montre|montrez|donne|donnez|propose|proposez|conseille|conseillez|trouve|trouvez)[sz]?\s+(?:moi|nous)|(?:^|[.!?,;]\s*)toujours)\b`)
	// sameGenreRe: « des trucs du même genre », « dans l'esprit », "in the
	// same vein": the genres of the film liked.
	sameGenreRe = regexp.MustCompile(`\b(?:(?:du|dans\s+le)\s+meme\s+(?:genre|style|esprit|registre|acabit|type)(?:\s+que)?|dans\s+(?:l'esprit|cet\s+esprit|ce\s+genre(?:-la)?|ce\s+style(?:-la)?|ce\s+registre)|de\s+ce\s+(?:genre|style|type)(?:-la)?|in\s+the\s+same\s+(?:vein|style|spirit|genre)|(?:of\s+)?the\s+same\s+(?:genre|kind(?:\s+of\s+(?:thing|films?|movies?))?)|along\s+those\s+lines)\b`)
	// lateFillerRe: words that are filler once what follows them is read
	// (« c'est quoi » before « leurs autres films »; "anything else" before
	// "by the same director"), never inside a title (« C'est quoi la vie ? »).
	lateFillerRe = regexp.MustCompile(`\b(?:c'est\s+quoi|what\s+are|anything\s+else)\s*(?:\x00|$)`)
	// edgeFillerRe: « finalement », "actually" beside what a message
	// changes, at an edge of what is left (not "we finally watched Heat").
	edgeFillerRe = regexp.MustCompile(`(?:^|[\pP\x00])\s*(?:finalement|au\s+final|en\s+fait|actually|finally|bon)\s*(?:[\pP\x00]|$)`)
	// releasedWordRe: « sorti » before an era already read (« sorti dans les
	// années 2000 »).
	releasedWordRe = regexp.MustCompile(`\b(?:sortis?|sorties?|released|made)\b(?:\s+(?:dans|en|in|au\s+cours\s+des|during|les|the))*\s*(?:\x00|$)`)
)

// chooserRe is who chooses now (« ma femme veut choisir maintenant »,
// "the kids want to pick now"), said beside a reset: no title. It runs
// before the audience and companion rules, which would read only its start.
var chooserRe = regexp.MustCompile(`\b(?:(?:ma|mon|mes|les|nos|the|my|our)\s+(?:femme|mari|epouse|epoux|copine|copain|enfants|petits|gamins|fils|fille|kids|children|wife|husband|partner|son|daughter))\s+(?:veut|veulent|voudrai(?:t|ent)|wants?|would\s+like)(?:\s+to)?\s+(?:choisir|decider|pick|choose|decide)(?:\s+(?:maintenant|now|cette\s+fois|this\s+time|a\s+leur\s+tour|for\s+a\s+change))?\b`)

// hasConstraintPhrase reports whether the message holds one of the
// constraint phrases read here.
func (m *message) hasConstraintPhrase() bool {
	return m.Pronoun != "" || len(m.MorePeople) > 0 || m.SameDirector || m.SameGenre || m.AnyLength || m.Adult || m.Teen ||
		m.Audience != "" || len(m.AvoidPeople) > 0 || m.OwnFilms || len(m.AvoidSpans) > 0
}

// languageAlt is a regexp alternation of the folded language names.
var languageAlt = alternation(languageWord)

// phoneLanguage maps « germanophone » and its kin to a language.
var phoneLanguage = map[string]string{"franco": "fr", "anglo": "en", "germano": "de", "hispano": "es", "italo": "it", "luso": "pt"}

// constraintPhrases reads the phrases above into the message. It runs
// before the genre, theme and person rules, whose spans these phrases
// would otherwise swallow or leave as titles.
func (p *parser) constraintPhrases() {
	p.asides()    // asides.go
	p.lessKnown() // lessknown13.go
	p.each(constraintFillerRe, func([]string, []int) bool { return true })
	p.studioPhrases()
	p.each(releasedWordRe, func([]string, []int) bool { return true })
	p.each(lengthTailRe, func([]string, []int) bool { return true })
	p.noColour()
	p.each(colourRe, func([]string, []int) bool {
		if p.m.MinYear == 0 {
			p.m.MinYear = blackWhiteYear + 1
		}
		return true
	})
	p.each(silentRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 {
			p.m.MaxYear = silentYear
		}
		return true
	})
	p.each(dislikerRe, func(_ []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(anyLengthRe, func([]string, []int) bool { p.m.AnyLength = true; return true })
	p.each(anyEraRe, func([]string, []int) bool { return true })
	p.each(edgeFillerRe, func([]string, []int) bool { return true })
	p.each(oldishRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 {
			p.m.MaxYear = oldFilmYear
		}
		return true
	})
	p.each(sameGenreRe, func([]string, []int) bool { p.m.SameGenre = true; return true })
	p.each(sameDirectorRe, func([]string, []int) bool { p.m.SameDirector = true; return true })
	p.directorPhrases()
	p.each(sameActorRe, func(sub []string, _ []int) bool {
		// « avec le même acteur »: the lead of the film liked.
		p.m.Pronoun, p.m.PronounCast = "actor", true
		if sub[1] != "" {
			p.m.Pronoun = "actress"
		}
		return true
	})
	p.latestOf()
	p.dislikedPeople() // avoidpeople.go
	p.each(pronounRe, func(sub []string, _ []int) bool {
		switch {
		case sub[1] == "lui" || sub[1] == "him" || sub[2] == "lui" || sub[2] == "him" || sub[4] == "his":
			p.m.Pronoun = "actor"
		case sub[1] == "elle" || sub[1] == "her" || sub[2] == "elle" || sub[2] == "her" || sub[4] == "her":
			p.m.Pronoun = "actress"
		case sub[3] == "leurs" || sub[4] == "their":
			p.m.Pronoun = "plural"
		default:
			p.m.Pronoun = "any"
		}
		p.m.PronounCast = sub[1] != ""
		p.m.PronounBy = sub[2] != ""
		return true
	})
	p.each(lateFillerRe, func([]string, []int) bool { return true })
	p.each(notForKidsRe, func([]string, []int) bool { p.m.Adult = true; return true })
	p.each(adultRe, func([]string, []int) bool { p.m.Adult = true; return true })
	p.agePhrases()
	p.each(familyMoreRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(teenRe, func([]string, []int) bool { p.m.Teen = true; return true })
	p.audiencePhrases()
	p.kidsOccasion() // ages14.go: « anniversaire de ma fille, 7 ans »
	p.each(companionRe, func([]string, []int) bool { return true })
	p.each(trueStoryRe, func([]string, []int) bool {
		// « un drame inspiré d'une histoire vraie »: a drama, and a true
		// one; no word of it is a title.
		p.m.AllGenres = appendNew(p.m.AllGenres, "Biography")
		return true
	})
	p.each(spaghettiRe, func([]string, []int) bool {
		p.m.Genres = appendNew(p.m.Genres, "Western")
		p.m.Countries = appendNew(p.m.Countries, "IT")
		return true
	})
	p.moodPhrases() // moods.go: « un truc léger », "a comfort movie", « pour pleurer »
	p.each(genreModeRe, func(sub []string, _ []int) bool {
		p.m.Genres = appendNew(p.m.Genres, genresOf(sub[1])...)
		return true
	})
	p.each(occasionRe, func([]string, []int) bool {
		p.halloween = true
		return true
	})
}

// languagePhrases reads a language said by its name ("german language
// films"), before the nationality rules take the adjective for a country.
func (p *parser) languagePhrases() {
	p.each(languageNameRe, func(sub []string, _ []int) bool {
		if w := sub[1] + sub[2]; w != "" {
			if l := languageWord[w]; l != "" {
				p.m.Language = l
				return true
			}
			return false
		}
		for pre, l := range phoneLanguage {
			if strings.HasPrefix(sub[3], pre) {
				p.m.Language = l
				return true
			}
		}
		return false
	})
}

// moreNames reads "more X" at the end of a message: X may be a person
// (startPlan checks it against the catalogue) or, failing that, a theme or
// a title. It runs after the genre and theme rules.
func (p *parser) moreNames() {
	p.each(moreNameRe, func(sub []string, idx []int) bool {
		// The name ends at the first word no name has ("clouzot svp").
		end := idx[2]
		for _, w := range wordSpanRe.FindAllStringIndex(sub[1], -1) {
			word := sub[1][w[0]:w[1]]
			if nameParticles[word] && end > idx[2] {
				continue // « louis de funès »: a particle inside the name
			}
			if junkWords[word] || personStop[word] || genreWords[word] != nil || nationWord[word] != "" || softAdjectives[word] ||
				langWords[word] >= 2 || langWords[word] <= -2 || filmNounWords[word] {
				break
			}
			end = idx[2] + w[1]
		}
		if end == idx[2] {
			return false
		}
		p.m.MorePeople = append(p.m.MorePeople, strings.TrimSpace(p.f.origSpan(idx[2], end)))
		p.m.More = true
		return true
	})
}

// nameParticles may stand inside a name: « Louis de Funès », "Max von Sydow".
var nameParticles = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "d'": true, "van": true, "von": true, "der": true, "di": true, "da": true}

// wordSpanRe is a folded word.
var wordSpanRe = regexp.MustCompile(`[a-z0-9'-]+`)

// genreRunRe is genre words side by side with nothing else ("crime
// thriller"): one film having them all ("Drôle de drame" is a title).
var genreRunRe = regexp.MustCompile(`^` + genreAlt + `(?:\s+` + genreAlt + `)+$`)

// silentYear is the last year of silent films in the catalogue's main run.
const silentYear = 1929

// oldWordRe is a leftover that only says "old" (« an old black and white
// horror movie »).
// « Deneuve jeune », "young De Niro": the person's early, older films.
var oldWordRe = regexp.MustCompile(`^(?:jeune|young|old|vieux|vieil|vieille|vieilles|ancien|ancienne|anciens|anciennes)$`)

// filmNounWords are words for films that never name a person.
var filmNounWords = map[string]bool{"films": true, "film": true, "movies": true, "movie": true, "trucs": true,
	"truc": true, "choses": true, "chose": true, "idees": true, "ideas": true, "suggestions": true, "propositions": true,
	"options": true, "comme": true, "like": true, "ones": true, "one": true, "fois": true, "time": true}

// finishAudience settles what the audience phrases mean once the genres are
// known: « pour Halloween » is horror when no genre is named.
func (p *parser) finishAudience() {
	// « pour Halloween pour les enfants » is no horror film.
	if p.halloween && !p.m.Family && len(p.m.Genres) == 0 && len(p.m.AllGenres) == 0 {
		p.m.Genres = []string{"Horror"}
	}
	if p.m.Adult {
		p.m.Family = false
	}
}

// pronounPeople returns whom « lui », « elle », « leurs films » stand for:
// nobody new when the message names people itself, or when the dialogue
// already asks for one person and the message names no film (« plutôt ses
// films d'action »: the same person). Otherwise, from the film the message
// or the dialogue works from: the people of its credits whose names the
// message typed beside the title (« le sens de la fête de Toledano et
// Nakache, leurs autres films »), else its directors for « leurs », else its
// first-billed actor, or actress for « elle ».
func (e *Engine) pronounPeople(s *session, p *plan) []*data.Person {
	if len(p.people) > 0 {
		return nil
	}
	if len(p.films) == 0 && p.like == nil {
		if n := len(s.cons.People) + len(s.cons.Cast) + len(s.cons.Directors); n == 1 {
			return nil
		}
	}
	films := e.workingFilms(s, p)
	if ds := castFit(p, films, e.describedPeople(s, films)); len(ds) > 0 { // people13.go
		return ds // titlenames.go
	}
	typed := map[string]bool{}
	for _, t := range p.m.Titles {
		for _, w := range search.NameWords(t) {
			typed[w] = true
		}
	}
	for _, f := range films {
		credits := slices.Clone(f.Credits)
		slices.SortStableFunc(credits, func(a, b data.Credit) int { return a.Ordering - b.Ordering })
		var named, directors []*data.Person
		var lead *data.Person
		for _, c := range credits {
			per, err := e.cat.Person(c.PersonID)
			if err != nil {
				continue
			}
			if ws := search.NameWords(per.Name); len(ws) > 0 && typed[ws[len(ws)-1]] && !slices.Contains(named, per) {
				named = append(named, per)
			}
			switch {
			case c.Category == "director":
				directors = append(directors, per)
			case lead == nil && (c.Category == p.m.Pronoun || (p.m.Pronoun == "any" || p.m.Pronoun == "plural") && (c.Category == "actor" || c.Category == "actress")):
				lead = per
			}
		}
		switch {
		case len(named) > 0:
			return named
		case (p.m.Pronoun == "plural" || p.m.PronounBy) && len(directors) > 0:
			// « d'autres de lui », "other films by her": the films a person
			// made are the director's.
			return directors
		case lead != nil:
			return []*data.Person{lead}
		}
	}
	return nil
}

// workingFilms returns the films the message names or points at, or else
// the film the dialogue liked last: what « du même genre », « du même
// réalisateur » and « d'autres films avec lui » refer to.
func (e *Engine) workingFilms(s *session, p *plan) []*data.Film {
	var films []*data.Film
	films = append(films, p.films...)
	if p.like != nil {
		films = append(films, p.like)
	}
	for i := len(s.liked) - 1; i >= 0 && len(films) == 0; i-- {
		if f, err := e.cat.Film(s.liked[i]); err == nil {
			films = append(films, f)
		}
	}
	return films
}

// sameGenres returns the genres the films the message or the dialogue
// works from have in common, Drama aside (it says little of what a film is
// like), for « du même genre »; nil when there are none.
func (e *Engine) sameGenres(s *session, p *plan) []string {
	films := e.workingFilms(s, p)
	if len(films) == 0 {
		return nil
	}
	common := remove(slices.Clone(films[0].Genres), "Drama")
	for _, f := range films[1:] {
		common = slices.DeleteFunc(common, func(g string) bool { return !slices.Contains(f.Genres, g) })
	}
	if len(common) == 0 {
		return nil
	}
	return common
}

// sameDirectors returns the directors of the films the message or the
// dialogue works from, for « du même réalisateur ».
func (e *Engine) sameDirectors(s *session, p *plan) []string {
	films := e.workingFilms(s, p)
	var out []string
	for _, f := range films {
		for _, c := range f.Credits {
			if c.Category == "director" {
				out = appendNew(out, c.PersonID)
			}
		}
	}
	return out
}

// trimStopTail drops the words that end a name from the end of a span
// ("isabelle huppert again", « zombies encore »).
func trimStopTail(t string) string {
	f := fold(t)
	end := len(f.s)
	for {
		ws := wordSpanRe.FindAllStringIndex(f.s[:end], -1)
		if len(ws) < 2 || !personStop[f.s[ws[len(ws)-1][0]:ws[len(ws)-1][1]]] {
			break
		}
		end = ws[len(ws)-1][0]
	}
	if end == len(f.s) {
		return t
	}
	return strings.TrimSpace(f.origSpan(0, end))
}

// bestKnownPerson returns, among the people whose names hold every word of
// name, the one with the most credits ("ventura" is Lino Ventura), or nil.
func (e *Engine) bestKnownPerson(ctx context.Context, name string) (*data.Person, error) {
	ms, err := e.res.SearchPeople(ctx, name, 10)
	if err != nil {
		if errors.Is(err, data.ErrInvalid) {
			return nil, nil
		}
		return nil, fmt.Errorf("chat: search people %q: %w", name, err)
	}
	var best *data.Person
	for _, m := range ms {
		if exactName(name, m.Person) && (best == nil || e.cat.RoleCount(m.Person.ID) > e.cat.RoleCount(best.ID)) {
			best = m.Person
		}
	}
	return best, nil
}
