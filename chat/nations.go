package chat

import (
	"regexp"
	"slices"
	"strings"
)

// nation is a country as customers name it: the folded French adjective
// forms, the English adjective, and the labels of its filter chip.
type nation struct {
	code     string   // ISO 3166-1 alpha-2, as in data.Film.Countries
	fr       []string // folded French adjectives, every gender and number
	en       []string // folded English adjectives and nouns
	frPlural string   // "italiens": "films italiens"
	enAdj    string
	lang     string // ISO 639-1 of its main language, for "en italien"
	frLang   string // folded name of the language: "italien"
}

var nations = []nation{
	{code: "FR", fr: []string{"france", "francais", "francaise", "francaises"}, en: []string{"french", "france"}, frPlural: "français", enAdj: "French", lang: "fr", frLang: "francais"},
	{code: "US", fr: []string{"italo-americain", "italo-americains", "italo-americaine", "italo-americaines", "amerique", "etats-unis", "etats unis", "americain", "americaine", "americains", "americaines", "hollywoodien", "hollywoodiens", "hollywoodienne", "hollywoodiennes", "ricain", "ricains"}, en: []string{"american", "us", "usa", "hollywood"}, frPlural: "américains", enAdj: "American"},
	{code: "GB", fr: []string{"angleterre", "royaume-uni", "grande-bretagne", "england", "britain", "anglais", "anglaise", "anglaises", "britannique", "britanniques", "ecosse", "ecossais", "ecossaise", "ecossaises", "pays de galles", "gallois", "galloise", "galloises"}, en: []string{"british", "english", "uk", "scottish", "scotland", "welsh", "wales"}, frPlural: "britanniques", enAdj: "British", lang: "en", frLang: "anglais"},
	{code: "IT", fr: []string{"italie", "italien", "italienne", "italiens", "italiennes"}, en: []string{"italian", "italy"}, frPlural: "italiens", enAdj: "Italian", lang: "it", frLang: "italien"},
	{code: "ES", fr: []string{"espagne", "espagnol", "espagnole", "espagnols", "espagnoles"}, en: []string{"spanish", "spain"}, frPlural: "espagnols", enAdj: "Spanish", lang: "es", frLang: "espagnol"},
	{code: "DE", fr: []string{"allemagne", "allemand", "allemande", "allemands", "allemandes"}, en: []string{"german", "germany"}, frPlural: "allemands", enAdj: "German", lang: "de", frLang: "allemand"},
	{code: "JP", fr: []string{"japon", "japonais", "japonaise", "japonaises", "nippon", "nippons"}, en: []string{"japanese", "japan"}, frPlural: "japonais", enAdj: "Japanese", lang: "ja", frLang: "japonais"},
	{code: "KR", fr: []string{"coree", "coree du sud", "coreen", "coreenne", "coreens", "coreennes", "sud-coreen", "sud-coreens", "sud-coreenne", "sud-coreennes"}, en: []string{"korean", "south korean", "korea"}, frPlural: "coréens", enAdj: "Korean", lang: "ko", frLang: "coreen"},
	{code: "CN", fr: []string{"chine", "chinois", "chinoise", "chinoises"}, en: []string{"chinese", "china"}, frPlural: "chinois", enAdj: "Chinese", lang: "zh", frLang: "chinois"},
	{code: "HK", fr: []string{"hongkongais", "hongkongaise", "hongkongaises"}, en: []string{"hong kong"}, frPlural: "hongkongais", enAdj: "Hong Kong"},
	{code: "IN", fr: []string{"indien", "indienne", "indiens", "indiennes", "bollywood"}, en: []string{"indian", "bollywood", "india"}, frPlural: "indiens", enAdj: "Indian", lang: "hi"},
	{code: "SE", fr: []string{"suede", "suedois", "suedoise", "suedoises"}, en: []string{"swedish", "sweden"}, frPlural: "suédois", enAdj: "Swedish", lang: "sv", frLang: "suedois"},
	{code: "DK", fr: []string{"danemark", "danois", "danoise", "danoises"}, en: []string{"danish", "denmark"}, frPlural: "danois", enAdj: "Danish", lang: "da", frLang: "danois"},
	{code: "RU", fr: []string{"russie", "russe", "russes", "sovietique", "sovietiques"}, en: []string{"russian", "soviet", "russia"}, frPlural: "russes", enAdj: "Russian", lang: "ru", frLang: "russe"},
	{code: "BE", fr: []string{"belgique", "belge", "belges", "flamand", "flamande", "flamands", "flamandes", "flandre", "flandres", "wallon", "wallonne", "wallons", "wallonnes", "wallonie"}, en: []string{"belgian", "belgium", "flemish", "flanders", "walloon"}, frPlural: "belges", enAdj: "Belgian"},
	{code: "CA", fr: []string{"canadien", "canadienne", "canadiens", "canadiennes", "quebecois", "quebecoise", "quebecoises", "quebec"}, en: []string{"canadian", "canada", "quebec"}, frPlural: "canadiens", enAdj: "Canadian"},
	{code: "MX", fr: []string{"mexique", "mexicain", "mexicaine", "mexicains", "mexicaines"}, en: []string{"mexican", "mexico"}, frPlural: "mexicains", enAdj: "Mexican"},
	{code: "BR", fr: []string{"bresil", "bresilien", "bresilienne", "bresiliens", "bresiliennes"}, en: []string{"brazilian", "brazil"}, frPlural: "brésiliens", enAdj: "Brazilian", lang: "pt", frLang: "portugais"},
	{code: "CH", fr: []string{"suisse", "suisses"}, en: []string{"swiss", "switzerland"}, frPlural: "suisses", enAdj: "Swiss"},
	{code: "IE", fr: []string{"irlande", "irlandais", "irlandaise", "irlandaises"}, en: []string{"irish", "ireland"}, frPlural: "irlandais", enAdj: "Irish"},
	{code: "AU", fr: []string{"australie", "australien", "australienne", "australiens", "australiennes"}, en: []string{"australian", "australia"}, frPlural: "australiens", enAdj: "Australian"},
	{code: "IR", fr: []string{"iranien", "iranienne", "iraniens", "iraniennes"}, en: []string{"iranian", "iran"}, frPlural: "iraniens", enAdj: "Iranian", lang: "fa", frLang: "persan"},
	{code: "EU", fr: []string{"europeen", "europeenne", "europeens", "europeennes"}, en: []string{"european", "europe"}, frPlural: "européens", enAdj: "European"},
	{code: "PL", fr: []string{"pologne", "polonais", "polonaise", "polonaises"}, en: []string{"polish", "poland"}, frPlural: "polonais", enAdj: "Polish", lang: "pl", frLang: "polonais"},
	{code: "NO", fr: []string{"norvege", "norvegien", "norvegienne", "norvegiens", "norvegiennes"}, en: []string{"norwegian", "norway"}, frPlural: "norvégiens", enAdj: "Norwegian", lang: "no", frLang: "norvegien"},
	{code: "FI", fr: []string{"finlande", "finlandais", "finlandaise", "finlandaises"}, en: []string{"finnish", "finland"}, frPlural: "finlandais", enAdj: "Finnish", lang: "fi", frLang: "finnois"},
	{code: "NL", fr: []string{"pays-bas", "neerlandais", "neerlandaise", "neerlandaises", "hollandais", "hollandaise", "hollandaises"}, en: []string{"dutch", "netherlands", "holland"}, frPlural: "néerlandais", enAdj: "Dutch", lang: "nl", frLang: "neerlandais"},
	{code: "AT", fr: []string{"autriche", "autrichien", "autrichienne", "autrichiens", "autrichiennes"}, en: []string{"austrian", "austria"}, frPlural: "autrichiens", enAdj: "Austrian"},
	{code: "PT", fr: []string{"portugal", "portugaise", "portugaises"}, en: []string{"portugal"}, frPlural: "portugais", enAdj: "Portuguese"},
	{code: "GR", fr: []string{"grece", "grec", "grecque", "grecs", "grecques"}, en: []string{"greek", "greece"}, frPlural: "grecs", enAdj: "Greek", lang: "el", frLang: "grec"},
	{code: "TR", fr: []string{"turquie", "turc", "turque", "turcs", "turques"}, en: []string{"turkish", "turkey"}, frPlural: "turcs", enAdj: "Turkish", lang: "tr", frLang: "turc"},
	{code: "AR", fr: []string{"argentine", "argentin", "argentins", "argentines"}, en: []string{"argentinian", "argentine", "argentina"}, frPlural: "argentins", enAdj: "Argentinian"},
	{code: "TW", fr: []string{"taiwan", "taiwanais", "taiwanaise", "taiwanaises"}, en: []string{"taiwanese", "taiwan"}, frPlural: "taïwanais", enAdj: "Taiwanese"},
	{code: "TH", fr: []string{"thailande", "thailandais", "thailandaise", "thailandaises"}, en: []string{"thai", "thailand"}, frPlural: "thaïlandais", enAdj: "Thai", lang: "th", frLang: "thai"},
	{code: "HU", fr: []string{"hongrie", "hongrois", "hongroise", "hongroises"}, en: []string{"hungarian", "hungary"}, frPlural: "hongrois", enAdj: "Hungarian", lang: "hu", frLang: "hongrois"},
	{code: "CZ", fr: []string{"tcheque", "tcheques", "tchecoslovaque", "tchecoslovaques"}, en: []string{"czech", "czechoslovak"}, frPlural: "tchèques", enAdj: "Czech", lang: "cs", frLang: "tcheque"},
	{code: "RO", fr: []string{"roumanie", "roumain", "roumaine", "roumains", "roumaines"}, en: []string{"romanian", "romania"}, frPlural: "roumains", enAdj: "Romanian", lang: "ro", frLang: "roumain"},
	{code: "IL", fr: []string{"israel", "israelien", "israelienne", "israeliens", "israeliennes"}, en: []string{"israeli", "israel"}, frPlural: "israéliens", enAdj: "Israeli", lang: "he", frLang: "hebreu"},
	// Countries the development catalogue files 13 to 30 films under, that
	// customers name: South African residents, "something Icelandic", a
	// Chilean colleague. New Zealand and Morocco are settings the theme
	// seeds hold (« un film qui se passe au Maroc »: TestThemeSeedRareNotChatWords).
	{code: "ZA", fr: []string{"afrique du sud", "sud-africain", "sud-africaine", "sud-africains", "sud-africaines"}, en: []string{"south african", "south africa"}, frPlural: "sud-africains", enAdj: "South African"},
	{code: "IS", fr: []string{"islande", "islandais", "islandaise", "islandaises"}, en: []string{"icelandic", "iceland"}, frPlural: "islandais", enAdj: "Icelandic", lang: "is", frLang: "islandais"},
	{code: "CL", fr: []string{"chili", "chilien", "chilienne", "chiliens", "chiliennes"}, en: []string{"chilean", "chile"}, frPlural: "chiliens", enAdj: "Chilean"},
	{code: "XF", fr: []string{"africain", "africaine", "africains", "africaines", "afrique"}, en: []string{"african", "africa"}, frPlural: "africains", enAdj: "African"},
	{code: "XN", fr: []string{"anglo-saxon", "anglo-saxons", "anglo-saxonne", "anglo-saxonnes"}, en: []string{"anglo-saxon"}, frPlural: "anglo-saxons", enAdj: "Anglo-Saxon"},
	{code: "XS", fr: []string{"scandinave", "scandinaves", "scandinavie", "nordique", "nordiques"}, en: []string{"scandinavian", "scandinavia", "nordic"}, frPlural: "scandinaves", enAdj: "Scandinavian"},
	{code: "XA", fr: []string{"asiatique", "asiatiques", "asie"}, en: []string{"asian", "asia"}, frPlural: "asiatiques", enAdj: "Asian"},
	{code: "XE", fr: []string{"europe de l'est", "pays de l'est", "est-europeen", "est-europeens", "est-europeenne", "est-europeennes"}, en: []string{"eastern european", "east european", "eastern europe"}, frPlural: "d'Europe de l'Est", enAdj: "Eastern European"},
	{code: "XL", fr: []string{"latino", "latinos", "latina", "latinas", "latino-americain", "latino-americains", "latino-americaine", "latino-americaines", "sud-americain", "sud-americains", "sud-americaine", "sud-americaines", "amerique latine", "amerique du sud"}, en: []string{"latino", "latina", "latin american", "south american", "latin america", "south america"}, frPlural: "latino-américains", enAdj: "Latin American"},
}

// regions are what a customer names as one place but the catalogue files
// under several countries: « un film européen », « du cinéma scandinave »,
// "an Asian film". A region's code stands for its countries in a filter.
var regions = map[string][]string{
	"EU": europe,
	"XS": {"SE", "DK", "NO", "FI", "IS"},
	// « asiatique » is East and South-East Asia: Indian films are « indiens »
	// (a romance « asiatique » is no Bollywood musical).
	"XA": {"JP", "KR", "CN", "HK", "TW", "TH", "PH", "ID", "VN", "SG", "MY"},
	"XL": {"MX", "BR", "AR", "CL", "CO", "PE", "CU", "UY", "VE", "BO"},
	"XN": {"US", "GB", "IE", "AU", "NZ", "CA"},
	"XE": {"PL", "CZ", "SK", "HU", "RO", "BG", "RU", "UA", "BY", "RS", "HR", "BA", "SI", "MK", "LT", "LV", "EE", "GE", "AM", "SU", "YU", "XC", "CS", "DD"},
	"XF": {"ZA", "NG", "SN", "ML", "BF", "CI", "CM", "MA", "DZ", "TN", "EG", "ET", "KE", "MR", "TD", "GH", "CD"},
}

// regionOrder is the order in which region chips are collapsed.
var regionOrder = []string{"EU", "XN", "XS", "XA", "XL", "XE", "XF"}

// europe are the countries "un film européen" means.
var europe = []string{"FR", "IT", "ES", "DE", "GB", "SE", "DK", "BE", "IE", "PL", "NL", "AT", "CH", "PT", "NO", "FI", "GR", "CZ", "HU", "RO", "RU"}

// countryByCode finds a nation by its code, for labels.
var countryByCode = func() map[string]struct{ frPlural, en string } {
	m := map[string]struct{ frPlural, en string }{}
	for _, n := range nations {
		m[n.code] = struct{ frPlural, en string }{n.frPlural, n.enAdj}
	}
	return m
}()

// nationWord maps every folded adjective to its country code.
var nationWord = func() map[string]string {
	m := map[string]string{}
	for _, n := range nations {
		for _, w := range append(append([]string{}, n.fr...), n.en...) {
			m[w] = n.code
			// « sud americain », "latin-american": typed with a space
			// for the hyphen, or the other way round.
			if strings.HasSuffix(w, "an") && slices.Contains(n.en, w) {
				m[w+"s"] = n.code // "the Germans", "Italians"
			}
			if strings.Contains(w, "-") {
				m[strings.ReplaceAll(w, "-", " ")] = n.code
			} else if strings.Contains(w, " ") && !strings.Contains(w, "'") {
				m[strings.ReplaceAll(w, " ", "-")] = n.code
			}
		}
	}
	return m
}()

// nationAlt is a regexp alternation of the adjectives, longest first.
var nationAlt = alternation(nationWord)

// languageWord maps a folded language name ("italien", "italian") to its
// ISO 639-1 code, for "en italien", "in Italian".
var languageWord = func() map[string]string {
	m := map[string]string{"vf": "fr", "vo": "", "english": "en", "french": "fr",
		"italienne": "it", "espagnole": "es", "allemande": "de", "japonaise": "ja", "coreenne": "ko",
		"anglaise": "en", "francaise": "fr", "chinoise": "zh", "suedoise": "sv", "danoise": "da",
		"polonaise": "pl", "portugaise": "pt"}
	for _, n := range nations {
		if n.lang == "" {
			continue
		}
		if n.frLang != "" {
			m[n.frLang] = n.lang
		}
		if len(n.en) > 0 {
			m[n.en[0]] = n.lang
		}
	}
	return m
}()

// Patterns of nationality, on folded text. The film word before or after
// the adjective says it is about films, not a liked title: "un film
// italien", "animation japonaise", "Italian movies", "pas de film américain".
// wearyCue is what a customer says of films they have seen too many of
// (« j'en ai marre des films américains », "sick of Hollywood"): those are
// not wanted.
const wearyCue = `(?:(?:j'en\s+ai|on\s+en\s+a|il\s+en\s+a|elle\s+en\s+a|en\s+a|en\s+ai)\s+)?(?:marre|ras\s+le\s+bol|assez|soupe|ma\s+claque)|(?:sick|tired|bored|fed\s+up)\s+(?:of|with)|lasse?s?\s+(?:des|du|de)|(?:j'en\s+)?peux\s+plus|(?:(?:he's|she's|i've|we've|they've|you've|he\s+has|she\s+has|we\s+have|i\s+have|they\s+have|il\s+a|elle\s+a|on\s+a|j'ai|nous\s+avons|ils\s+ont|elles\s+ont)\s+)?(?:(?:already|deja)\s+)?(?:seen|watched|vu)\s+(?:(?:all|every\s+one\s+of|most\s+of|tous|toutes|la\s+plupart\s+des))`

// comesFrom is « qui vient », « venu », « qui nous arrive » before the
// country a film comes from (« un film qui vient du Japon », « venu d'Italie »).
const comesFrom = `(?:qui\s+(?:nous\s+)?)?(?:vien(?:nen)?t|venu(?:e|s|es)?|arrive(?:nt)?|sort(?:ent)?|provien(?:nen)?t)`

var (
	filmNoun       = `(?:films?|movies?|ones|cinema|blockbusters?|flicks?|productions?|trucs?|comedies?|comedy|drames?|dramas?|polars?|policiers?|thrillers?|westerns?|animation|anime|animes|dessins?\s+animes?|horreur|horror|romances?|documentaires?|documentar(?:y|ies)|classiques?|classics?|science-fiction|sf|series?|` + genreAlt + `)`
	avoidNationRe  = regexp.MustCompile(`\b(?:pas|sans|aucun|aucune|rien|evite[rz]?|no|not|without|nothing|never|except|sauf|avoid|plus|hors|excepte|non|ni|neither|nor|qui\s+(?:ne\s+)?soi(?:en)?t\s+pas|(?:(?:that|which)(?:'s)?\s+)?(?:isn't|aren't|is\s+not|are\s+not|wasn't|not)(?:\s+(?:from|made\s+in))?|other\s+than|anything\s+but|rather\s+than|instead\s+of|plutot\s+que?|au\s+lieu\s+(?:des?|du|d)|` + wearyCue + `)(?:[\s-]+|')(?:(?:de|d'|du|des|les|un|une|le|la|ses|leurs|his|her|their|its|any|a|an|more|from|made\s+in|in|en|the|tourne[sz]?\s+(?:en|aux|au))\s*)*(?:` + filmNoun + `\s+(?:(?:from|made\s+in|the|de|d'|du|des|en|venant\s+(?:de|d'|du|des))\s*)*)?(` + nationAlt + `)\b(?:\s+` + filmNoun + `\b)?`)
	nationAfterRe  = regexp.MustCompile(`\b` + filmNoun + `\s+(?:(?:tres|vraiment|bien)\s+)?(` + nationAlt + `)\b`)
	nationBeforeRe = regexp.MustCompile(`\b(?:(?:big|huge|gros|grosses?|grands?|bons?|bonnes?|good|great|classic|vieux|old)\s+)?(` + nationAlt + `)\s+` + filmNoun + `\b`)
	nationThemeRe  = regexp.MustCompile(`\b(` + nationAlt + `)\s+((?:[a-z'-]+\s+){1,2})` + filmNoun + `\b`)
	nationDuRe     = regexp.MustCompile(`\b(?:du\s+cinema|de\s+la\s+production|from|made\s+in|(?:tourne|produit|realise)(?:e|s|es|z)?\s+(?:en|au|aux)|venant\s+(?:de|du|des)|` + comesFrom + `\s+(?:de|du|des)|(?:quelque\s+chose|un\s+truc|something|anything)\s+(?:de|d'))\s+(?:the\s+)?(` + nationAlt + `)\b`)
	// nationElidedRe: « venant d'Italie », « du cinéma d'Asie », « un film
	// d'Espagne »: the country after an elided « de ».
	nationElidedRe = regexp.MustCompile(`\b(?:du\s+cinema|venant|originaires?|` + comesFrom + `|(?:un|des|les)\s+films?|quelque\s+chose|un\s+truc)\s+(?:d'|de\s+l')\s*(` + nationAlt + `)\b`)
	// nationSideRe: a story told from one country's side (« la guerre vue
	// côté japonais », « vue par les Allemands », "from the German side"):
	// that country's films.
	nationSideRe = regexp.MustCompile(`\b(?:(?:vue?s?|racontee?s?|filmee?s?|seen|told)\s+)?(?:(?:du\s+)?cote|par\s+les|du\s+point\s+de\s+vue|(?:by|through)\s+the|from\s+the\s+(?:side|point\s+of\s+view|perspective|viewpoint)\s+of(?:\s+the)?)\s+(?:des\s+|du\s+)?(` + nationAlt + `)\b|\bfrom\s+(?:the|a)\s+(` + nationAlt + `)\s+(?:side|point\s+of\s+view|perspective|viewpoint)\b`)
	// notBeforeLanguageRe ends the text before a language that is refused
	// (« pas en italien », "not in English", « plutôt qu'en anglais »).
	notBeforeLanguageRe = regexp.MustCompile(`\b(?:pas|non|not|no|sans|jamais|never|plutot\s+qu'|rather\s+than|instead\s+of|au\s+lieu\s+d')\s*$`)
	languageAnyRe       = regexp.MustCompile(`\b(?:en|in|parle\s+en|spoken\s+in)\s+(?:version\s+)?(?:(?:vo|version\s+originale|v\.o\.)\s+(?:en\s+)?)?(italienne|espagnole|allemande|japonaise|coreenne|anglaise|francaise|chinoise|suedoise|danoise|polonaise|portugaise|vf|vo|francais|french|anglais|english|italien|italian|espagnol|spanish|allemand|german|japonais|japanese|coreen|korean|chinois|chinese|suedois|swedish|danois|danish|russe|russian|portugais|polonais|polish|persan)\b`)
)

// theme is the theme a session is narrowed to: its labels and its films.
type theme struct {
	labelFR, labelEN string
	keywords         []string // what the index found it by: restoring a saved dialogue asks for its films again
	films            []string // IMDb ids, best known first
	and              *theme   // a second theme asked in the same message (« des pirates et des fantômes »), joined in films
}

func (t *theme) label(lang string) string {
	if lang == "en" || t.labelFR == "" {
		if t.labelEN != "" {
			return t.labelEN
		}
	}
	if t.labelFR != "" {
		return t.labelFR
	}
	return t.labelEN
}

// Durations: "moins de 2h", "1h30 max", "under two hours", "pas plus de
// 100 minutes", "moins d'une heure et demie".
var (
	durAlt     = `(?:(\d{1,3})(?:\s+and\s+a\s+half)?[\s-]*(?:heures?|heurs?|hours?|hrs?|h)(?:\s*(?:(?:et|and)\s+)?(\d{1,2})(?:\s*(?:min|mn|minutes?))?)?\b|(une?|deux|trois|one|two|three|an)(?:\s+and\s+a\s+half)?\s+(?:heures?|heurs?|hours?|hrs?)` + durWordMinutes + `|(\d{2,3})\s*(?:minutes?|mins?|mn)\b)(?:\s*(?:(?:et|and)\s+)?(demie?|quart|trois\s+quarts|and\s+a\s+half|a\s+half|a\s+quarter|three\s+quarters))?`
	durationRe = regexp.MustCompile(`\b(?:(?:de\s+|d')?(?:(?:ne\s+)?depassant\s+pas|(?:qui\s+)?(?:ne\s+)?(?:dure|durent|fait|font)\s+pas\s+plus\s+(?:de|d')|(?:qui\s+)?(?:dure|durent|fait|font)\s+(?:moins|au\s+plus|au\s+maximum)\s*(?:de|d')?|(?:that|which)\s+(?:runs?|lasts?|is)\s+(?:under|less\s+than|at\s+most|no\s+more\s+than)|(?:running\s+time|runtime|duree)\s+(?:under|below|of\s+less\s+than|de\s+moins\s+(?:de|d')|inferieure?\s+a)|qui\s+ne\s+depasse(?:nt)?\s+pas|(?:qui\s+)?ne\s+dure(?:nt)?\s+pas\s+plus\s+(?:de|d')|pas\s+plus\s+longs?\s+(?:que|qu')|not\s+exceeding|(?:that|which)\s+(?:doesn't|does\s+not)\s+exceed|moins\s+(?:de|d')|pas\s+plus\s+(?:de|d')|en\s+dessous\s+(?:de|d')|moin\s+(?:de|d')|au\s+maximum|maximum|max|au\s+plus|under|less\s+than|no\s+(?:more|longer)\s+than|nothing\s+(?:more|longer)\s+than|rien\s+de\s+plus\s+(?:de|long\s+que)|not\s+(?:more|longer)\s+than|at\s+most|shorter\s+than|within|sous|qui\s+dure(?:nt)?\s+moins\s+(?:de|d')|lasting\s+less\s+than)\s*` + durAlt +
		`|` + durAlt + `\s*(?:max(?:imum)?|maxi|au\s+(?:plus|maximum)|at\s+(?:the\s+)?most|or\s+less|ou\s+moins|tops|,?\s*(?:et\s+)?pas\s+plus|,?\s*no\s+more|,?\s*not\s+more|(?:au\s+)?grande?\s+max(?:imum)?|maximum))`)
	durPartRe = regexp.MustCompile(durAlt)
	// approxDurRe is a length given roughly ("d'1h30 environ", "around 90
	// minutes", "un film de 2h"): up to a quarter of an hour more.
	approxDurRe = regexp.MustCompile(`(?:\b(?:d'|de\s+|of\s+|(?:qui\s+)?(?:dure|durent|fait|font)\s+|lasting\s+|that\s+runs\s+)?(?:environ|autour\s+(?:de|d')|a\s+peu\s+pres|around|about|roughly|approximately|approx\.?)\s*|\bd'|\bde\s+|\bof\s+|\b)` + durAlt + `(?:\s*(?:environ|a\s+peu\s+pres|or\s+so|roughly|approximately|ish|long|longs?))?`)
	alsoRe      = regexp.MustCompile(`\b(?:aussi|egalement|en\s+plus|also|too|as\s+well|de\s+plus)\b|^[\s\pP]*(?:(?:tu\s+peux\s+|vous\s+pouvez\s+)?(?:r?ajoute[rz]?|add)(?:-moi|-nous)?)\s|^[\s\pP]*(?:et|and|ainsi\s+que)\s`)
)

// minutesOf reads the duration in a folded span matched by durationRe.
func minutesOf(s string) int {
	m := durPartRe.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	n := 0
	atoi := func(t string) int {
		v := 0
		for _, r := range t {
			v = 10*v + int(r-'0')
		}
		return v
	}
	switch {
	case m[1] != "":
		n = 60 * atoi(m[1])
		if m[2] != "" {
			n += atoi(m[2])
		}
	case m[3] != "":
		n = 60 * map[string]int{"un": 1, "une": 1, "one": 1, "an": 1, "deux": 2, "two": 2, "trois": 3, "three": 3}[m[3]]
		n += wordHourMinutes(m[0])
	case m[4] != "":
		n = atoi(m[4])
	}
	if strings.Contains(m[0], " and a half") && !strings.Contains(m[5], "half") {
		n += 30 // "two and a half hours"
	}
	switch {
	case strings.HasPrefix(m[5], "demi") || strings.Contains(m[5], "half"):
		n += 30
	case strings.Contains(m[5], "trois") || strings.Contains(m[5], "three"):
		n += 45
	case m[5] == "quart" || strings.Contains(m[5], "quarter"):
		n += 15
	}
	if n < 30 || n > 400 {
		return 0
	}
	return n
}

// Theme cues: the words after them are a plot or a subject, not a title
// or a person ("something about time travel", "un film sur la seconde
// guerre mondiale", "avec des zombies", "a heist movie").
var (
	themeEnd     = `(?:\s+(?:only|seulement|uniquement|merci|thanks|mais|but|et|and|ou|or|from|after|before|avant|apres|pour|for|sans|without|avec|with|moins|under|pas|not|no|des\s+annees|dans\s+les|of\s+the\s+(?:\d+s?|'\d+s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|svp|please|stp|qui|that|comme|like|s'il)\b|\s*[,.;!?\x00]|\s*$)`
	themeCueRe   = regexp.MustCompile(`\b(?:(?:un|une|des|a|an|some|any)\s+)?(?:(?:films?|movies?|histoires?|stor(?:y|ies)|something|anything|quelque\s+chose|un\s+truc|truc)\s+)?(?:about|(?:histoires?|stor(?:y|ies))\s+(?:de|d'|du|des|of)|qui\s+se\s+(?:passe|deroule)(?:nt)?\s+(?:(?:le|la)\s+(?:soir|nuit|jour|veille)\s+(?:de\s+la|de\s+l'|du|de|d')|dans\s+(?:l'|le|la|les)?|en|a|au|aux|sur|pendant)|(?:set|taking\s+place|that\s+takes\s+place)\s+(?:in|on|during)(?:\s+the)?|where\s+there\s+(?:are|is)(?:\s+(?:a|an|some))?|(?:films?|movies?|something|one|anything)\s+where\s+(?:a|an|the|some)\s+|(?:ou|dans\s+lequel)\s+il\s+y\s+a(?:\s+(?:des|du|de\s+la|une|un))?|(?:(?:films?|movies?|histoires?|stor(?:y|ies))\s+)(?:ou|dans\s+lequel|dans\s+laquelle|in\s+which|where)\s+(?:ils|elles|il|elle|on|des\s+gens|they|he|she|people|someone|somebody)\s+|(?:mais|but)\s+(?:with\s+more|with(?:\s+(?:a|an|some))?|more|avec\s+(?:plus\s+de|des|du|de\s+la|un|une)|plus\s+de)\s+|featuring|(?:films?|movies?|something|anything)\s+with|(?:sur\s+le|au|le|on\s+the|with\s+the)\s+(?:theme|sujet|subject|topic)\s+(?:de\s+la|de\s+l'|du|des|de|d'|of(?:\s+the)?)|sur\s+(?:le|la|les|l'|un|une|des)|sur|avec\s+(?:des|du|de\s+la|plein\s+de|beaucoup\s+de|une|un)|(?:films?|movies?|histoires?)\s+dans\s+(?:l'|le|la|les|un|une)|(?:tires?|tirees?|inspires?|inspirees?|bases?|basees?)\s+(?:d'une|d'un|de|du|des|sur\s+(?:une|un|des|de))|d'apres\s+(?:une|des)|based\s+on(?:\s+a)?|inspired\s+by(?:\s+a)?|with\s+(?:lots\s+of|a\s+lot\s+of|some)|qui\s+parle(?:nt)?\s+(?:de|d'|du|des)|involving|autour\s+(?:de|d'|du|des))(?:\s+|\b)((?:[a-z0-9'-]+)(?:\s+(?:[a-z'-]+|\d{1,2}\b)){0,4}?)` + themeEnd)
	themeMovieRe = regexp.MustCompile(`\b(?:a|an|some|any|good|great|nice|un|une)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s+(?:movies?|films?|flicks?)\b`)
	// themeGenreRe: "a courtroom drama", "un thriller d'espionnage" — the
	// words beside a genre may be a theme; if not, they are dropped.
	themeGenreRe = regexp.MustCompile(`\b(?:a|an|some|un|une|des)\s+(?:(?:good|great|nice|real|classic|bon|bonne|bons|bonnes|vrai|vraie|petit|petite)\s+)?([a-z-]{3,})\s+(?:dramas?|comed(?:y|ies)|thrillers?)\b`)
	// themeStartRe: "zombie films, no comedy".
	// "tennis or golf films": two wordings of the subject.
	themeStartRe = regexp.MustCompile(`^[\s\pP\x00]*(?:(?:i\s+want|i'd\s+like|i\s+would\s+like|show\s+me|give\s+me|any|some|more|je\s+veux|je\s+voudrais|des|les)\s+)?([a-z'-]+(?:\s+(?:or|and|ou|et)\s+[a-z'-]+|\s+[a-z'-]+)?)\s+(?:movies?|films?|flicks?|stories)\b`)
	// avoidThemeRe: "pas de super-héros", "sans zombies", "no sharks".
	avoidThemeRe = regexp.MustCompile(`\b(?:pas\s+de|pas\s+d'|sans|no|without|nothing\s+with|rien\s+avec|plus\s+de\s+films?\s+(?:de|d'|avec))\s+(?:(?:les|des|la|le|l'|any|more)\s+)?((?:[a-z'-]+)(?:\s+[a-z'-]+){0,2}?)` + themeEnd)
	// themeOrRe: "sur la cuisine ou un chef cuisinier" — a second wording
	// of the subject after "ou"/"or", read with the first.
	themeOrRe = regexp.MustCompile(`^\s+(?:ou|or|et\s+(?:son|sa|ses|leur|leurs)|and\s+(?:his|her|their))\s+((?:(?:un|une|des|du|de\s+la|d'|a|an|some)\s+)?[a-z'-]+(?:\s+[a-z'-]+){0,2}?)` + themeEnd)
	// likeRefRe: "j'aime bien le 3", "I liked the second one" after a list.
	// « j'ai beaucoup aimé aussi le 2 de votre liste », "we loved number 2
	// too": the subject may be « on », « nous », "we", an adverb may come
	// before the card, and the list it belongs to after it.
	likeRefRe = regexp.MustCompile(`\b(?:j'aime|j'adore|(?:on|nous)\s+(?:aime|adore|aimons|adorons)|(?:j'ai|on\s+a|nous\s+avons)\s+(?:(?:bien|beaucoup|vraiment|aussi|egalement)\s+)*(?:aime|adore|apprecie|kiffe)|(?:i|we)\s+(?:(?:really|also)\s+)*(?:like|liked|love|loved|enjoyed)|` + likerSubject + `\s+(?:(?:really|also|absolutely)\s+)*(?:liked|loved|enjoyed|adored)|` + likerSubject + `\s+(?:a|ont)\s+(?:(?:bien|beaucoup|vraiment|aussi|trop|tellement)\s+)*(?:aime|adore|apprecie|kiffe))\s+(?:(?:bien|beaucoup|vraiment|aussi|egalement|also)\s+)*(` + ref + `(?:\s+(?:de|dans|of|on|from)\s+(?:la|votre|ta|cette|the|your|this)\s+(?:liste|list|selection))?)(?:\s*$|\s*[,.;!?]|\s+(?:et|and|d'autres|more|please|svp|aussi|too|also|as\s+well|egalement))`)
	// sameEraRe: "de la même époque", « de ces années-là », "from the same era",
	// "from that time". « période » may reach it as "period", the
	// mistyped-word corrector's reading.
	sameEraRe = regexp.MustCompile(`\b(?:(?:des\s+)?films?\s+|movies?\s+|something\s+|quelque\s+chose\s+)?(?:de\s+la\s+meme\s+(?:epoque|periode?|decennie|annee)|du\s+meme\s+(?:temps|age)|de\s+(?:cette\s+(?:epoque|periode?)|ces\s+annees)(?:[\s-]+la)?|(?:from|of)\s+that\s+(?:era|period|decade|time)|from\s+the\s+same\s+(?:era|period|decade|time)|of\s+the\s+same\s+(?:era|period|decade)|(?:la\s+)?meme\s+(?:epoque|periode|decennie)|(?:the\s+)?same\s+(?:era|period|decade|years))\b`)
)

// Old films: "un vieux film", "en noir et blanc", "an old movie".
var (
	oldFilmRe    = regexp.MustCompile(`\b(?:(?:un|des|une|de|a|an|some)\s+)?(?:(?:vieux|vieil|vieilles?|old)\s+(?:films?|movies?|trucs?)|(?:films?|movies?)\s+(?:anciens?|d'epoque|old-school))\b`)
	blackWhiteRe = regexp.MustCompile(`\b(?:en\s+)?(?:noir\s+(?:et|&)\s+blanc|black\s+(?:and|&)\s+white|b&w)\b`)
)

// Years those mean at most.
const (
	oldFilmYear    = 1979
	blackWhiteYear = 1959 // most films after it are in colour: « en noir et blanc » means before 1960
)

// Nationalities said beside a liked film: « Old Boy, pareil mais européen »,
// "Seven Samurai, but something European", "Goodfellas but a French one",
// « le Parrain, mais un film de mafia français ».
var (
	// butNationRe is a nationality after « mais », "but". Group 1.
	butNationRe = regexp.MustCompile(`\b(?:mais|but|sauf\s+que|except)\s+(?:(?:plutot|rather|preferably|de\s+preference|version|cette\s+fois|this\s+time|pareil|same|something|anything|quelque\s+chose|un\s+truc|qqch|one|a|an|un|une|films?|movies?|de|d'|du|des|from|the|la|le|je\s+voudrais|i'd\s+like|i\s+want|je\s+veux|plus)\s*)*(` + nationAlt + `)(?:\s+(?:one|ones|films?|movies?|version|instead))?\b`)
	// themeNationRe is a nationality after « un film de X »: « un film de
	// mafia français », « des films de guerre italiens ». Group 1.
	themeNationRe = regexp.MustCompile(`\b(?:films?|movies?|histoires?)\s+(?:de|d'|du|des)\s*[a-z'-]{3,}\s+(` + nationAlt + `)\b`)
)

// accentRe is the accent the films are wanted with (« un film du Québec
// avec l'accent », « avec l'accent marseillais »): the country or region
// named says it, the words are neither a person nor a title.
var accentRe = regexp.MustCompile(`\b(?:avec|with)\s+(?:l'|leur\s+|son\s+|un\s+|cet\s+|the\s+|an\s+|their\s+)?accents?(?:\s+(?:d'ici|de\s+la-bas|du\s+(?:coin|pays|sud|nord|midi)|` + nationAlt + `|marseillais|provencal|quebecois|quebecoise|ch'ti))?\b`)

// castNationRe is the cast's nationality (« avec des actrices
// françaises », "with a British cast", "Italian actors"): that country's
// films; the words are no person. Group 1 or 2.
var castNationRe = regexp.MustCompile(`\b(?:(?:avec|with)\s+(?:des|les|un|une|a|an|some)?\s*)?(?:(?:acteurs?|actrices?|comediens?|comediennes?|interpretes?|casting|cast|actors?|actresses|stars?)\s+(` + nationAlt + `)|(` + nationAlt + `)\s+(?:cast|actors?|actresses|stars?|acteurs?|actrices?))\b`)

// castNations reads castNationRe. It runs before the nationality rules,
// which need a word for films beside the adjective.
func (p *parser) castNations() {
	p.each(castNationRe, func(sub []string, _ []int) bool {
		p.setNation(nationWord[strings.Join(strings.Fields(sub[1]+sub[2]), " ")])
		return true
	})
}

// quebecRe names Quebec or its people.
var quebecRe = regexp.MustCompile(`\bquebec(?:ois|oise|oises)?\b`)

// quebec reads « un film québécois », "a film from Quebec" as a Canadian
// film in French: the nation's table makes Quebec Canada, and Canada's
// films are mostly in English.
func (p *parser) quebec() {
	if p.m.Language == "" && slices.Contains(p.m.Countries, "CA") && quebecRe.MatchString(p.f.s) {
		p.m.Language = "fr"
	}
}
