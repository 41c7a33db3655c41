package search

import "strings"

// The seed lexicon: the commonest themes customers name in French, with the
// TMDB keywords that carry them and the French label a reply uses. It only
// seeds and boosts what the index learns from the catalogue (themes.go);
// every other French phrase goes by the learnt associations. Keys are
// folded (fold, splitWords) French phrases without filler words; keywords
// absent from a catalogue are ignored.

type lexEntry struct {
	fr       string   // French label
	keywords []string // TMDB keywords, strongest first
	// frequent marks an entry of themeSeedFrequent: its phrases are often
	// common words (« vacances », « secret »), read as the theme only when
	// they are at least half of the request's words.
	frequent bool
}

// themeSeed lists each theme once: its French label, the other French
// phrasings (folded), and its keywords.
var themeSeed = []struct {
	fr       string
	also     []string
	keywords []string
}{
	{"braquage", []string{"braquages", "casse", "casses", "hold up", "holdup", "cambriolage", "cambriolages"}, []string{"heist", "bank robbery", "robbery"}},
	{"voyage dans le temps", []string{"voyages dans le temps", "voyager dans le temps", "remonter le temps", "machine a remonter le temps"}, []string{"time travel", "time machine", "time loop"}},
	{"requin", []string{"requins"}, []string{"shark", "shark attack"}},
	{"tueur à gages", []string{"tueurs a gages", "tueur a gage", "tueurs a gage"}, []string{"hitman", "assassin", "contract killer"}},
	{"évasion", []string{"evasions", "evasion de prison", "evasion prison", "s evader de prison", "evade", "evades"}, []string{"prison escape", "escape", "prison"}},
	{"prison", []string{"prisons", "en prison", "milieu carceral", "prisonnier", "prisonniers"}, []string{"prison", "prison escape", "prisoner"}},
	{"seconde guerre mondiale", []string{"deuxieme guerre mondiale", "2e guerre mondiale", "2eme guerre mondiale", "guerre 39 45", "guerre de 39 45", "ww2"}, []string{"world war ii", "nazi", "holocaust (shoah)"}},
	{"première guerre mondiale", []string{"premiere guerre mondiale", "1ere guerre mondiale", "grande guerre", "guerre 14 18", "guerre de 14 18", "poilus"}, []string{"world war i", "trench warfare"}},
	{"guerre du viêt nam", []string{"guerre du vietnam", "guerre du viet nam", "vietnam"}, []string{"vietnam war", "vietnam veteran"}},
	{"tueur en série", []string{"tueurs en serie", "tueur en serie", "serial killer"}, []string{"serial killer"}},
	{"zombies", []string{"zombie", "morts vivants", "mort vivant"}, []string{"zombie", "zombie apocalypse"}},
	{"vampires", []string{"vampire", "dracula"}, []string{"vampire", "dracula"}},
	{"extraterrestres", []string{"extraterrestre", "extra terrestre", "extra terrestres", "aliens", "alien", "martiens", "invasion extraterrestre"}, []string{"alien", "alien invasion", "extraterrestrial technology"}},
	{"dinosaures", []string{"dinosaure"}, []string{"dinosaur"}},
	{"boxe", []string{"boxeur", "boxeurs"}, []string{"boxing", "boxer"}},
	{"robots", []string{"robot", "androide", "androides"}, []string{"robot", "android"}},
	{"intelligence artificielle", []string{"ia"}, []string{"artificial intelligence (a.i.)", "artificial intelligence", "robot"}},
	{"dystopie", []string{"dystopies", "monde dystopique", "futur dystopique"}, []string{"dystopia"}},
	{"vengeance", []string{"vengeances", "se venger", "revanche"}, []string{"revenge"}},
	{"maison hantée", []string{"maisons hantees", "maison hantee"}, []string{"haunted house"}},
	// The label is French: a French reply has no English word, and « road movie » is one.
	{"voyage sur la route", []string{"road movie", "road trip", "voyage en voiture", "periple en voiture", "virée en voiture"}, []string{"road trip", "road movie"}},
	{"passage à l'âge adulte", []string{"passage a l age adulte", "adolescence", "ados", "adolescents", "adolescent"}, []string{"coming of age", "teenager"}},
	{"mafia", []string{"mafieux", "la mafia", "pegre", "gangsters", "gangster"}, []string{"mafia", "gangster", "organized crime"}},
	{"fantômes", []string{"fantome", "fantomes", "revenants"}, []string{"ghost"}},
	{"sorcières", []string{"sorciere", "sorcieres", "sorcellerie"}, []string{"witch", "witchcraft"}},
	{"loups-garous", []string{"loup garou", "loups garous"}, []string{"werewolf"}},
	{"enlèvement", []string{"enlevement", "enlevements", "kidnapping", "rapt"}, []string{"kidnapping"}},
	{"fin du monde", []string{"apocalypse", "post apocalyptique", "monde post apocalyptique"}, []string{"post-apocalyptic future", "apocalypse", "end of the world"}},
	{"super-héros", []string{"super heros", "superheros", "super heroines"}, []string{"superhero", "based on comic"}},
	{"arts martiaux", []string{"kung fu", "karate"}, []string{"martial arts", "kung fu"}},
	{"pirates", []string{"pirate"}, []string{"pirate"}},
	{"sous-marin", []string{"sous marin", "sous marins"}, []string{"submarine"}},
	{"chasse au trésor", []string{"chasse au tresor", "tresor", "tresors"}, []string{"treasure hunt", "treasure"}},
	{"boucle temporelle", []string{"boucles temporelles", "jour sans fin"}, []string{"time loop"}},
	{"amnésie", []string{"amnesie", "amnesique", "perte de memoire"}, []string{"amnesia", "memory loss"}},
	{"espionnage", []string{"espion", "espions", "espionne"}, []string{"spy", "espionage", "secret agent"}},
	{"nazis", []string{"nazi", "nazisme"}, []string{"nazi", "world war ii"}},
	{"résistance", []string{"resistance", "resistants", "la resistance", "resistance francaise"}, []string{"french resistance", "resistance", "world war ii"}},
	{"lycée", []string{"lycee", "lyceens", "lyceen"}, []string{"high school"}},
	{"mariage", []string{"mariages", "noces"}, []string{"wedding", "marriage"}},
	{"noël", []string{"noel"}, []string{"christmas"}},
	// « nouvel an » and « jour de l'an » fold to one word each (« an » is filler): only fuller phrasings.
	{"Saint-Sylvestre", []string{"saint sylvestre", "reveillon", "reveillon du nouvel an", "reveillon de la saint sylvestre", "31 decembre", "fete du nouvel an", "soiree du nouvel an", "soir du nouvel an"}, []string{"new year's eve", "new year"}},
	{"chiens", []string{"chien"}, []string{"dog"}},
	{"chats", []string{"chat"}, []string{"cat"}},
	{"chevaux", []string{"cheval", "equitation"}, []string{"horse"}},
	{"dragons", []string{"dragon"}, []string{"dragon"}},
	{"magie", []string{"sorcier", "sorciers"}, []string{"magic", "wizard"}},
	{"magicien", []string{"magiciens", "illusionniste", "illusionnistes", "prestidigitateur", "tours de magie"}, []string{"magician", "illusionist", "magic trick"}},
	{"survie", []string{"survivre", "survivalisme"}, []string{"survival"}},
	{"épidémie", []string{"epidemie", "epidemies", "pandemie", "virus"}, []string{"epidemic", "pandemic", "virus"}},
	{"catastrophe naturelle", []string{"catastrophes naturelles"}, []string{"natural disaster", "disaster", "earthquake"}},
	{"tremblement de terre", []string{"tremblements de terre", "seisme", "seismes"}, []string{"earthquake", "natural disaster"}},
	{"prise d'otages", []string{"prise d otages", "prises d otages", "otages", "otage"}, []string{"hostage"}},
	{"terrorisme", []string{"terroristes", "attentat", "attentats"}, []string{"terrorism", "terrorist"}},
	{"arnaque", []string{"arnaques", "escroc", "escrocs", "escroquerie", "arnaqueur", "arnaqueurs"}, []string{"con artist", "swindle", "con man"}},
	{"drogue", []string{"drogues", "trafic de drogue", "dealer", "dealers", "cartel"}, []string{"drug dealer", "drugs", "drug trafficking"}},
	{"corruption", []string{"corrompu", "corrompus"}, []string{"corruption"}},
	{"flics ripoux", []string{"ripoux", "flic ripou", "flic corrompu", "flics corrompus", "policier corrompu", "policiers corrompus", "corruption policiere", "corruption dans la police", "corruption de la police"}, []string{"police corruption", "corrupt cop", "dirty cop"}},
	{"vin", []string{"vins", "vigne", "vignes", "vignoble", "vignobles", "vendanges", "vigneron", "vignerons", "viticulteur", "oenologie", "oenologue"}, []string{"wine", "vineyard", "winemaking", "winery"}},
	{"journalisme", []string{"journaliste", "journalistes"}, []string{"journalism", "journalist"}},
	{"procès", []string{"proces", "tribunal", "avocat", "avocats"}, []string{"courtroom", "trial", "lawyer"}},
	{"esclavage", []string{"esclaves", "esclave"}, []string{"slavery"}},
	{"guerre froide", []string{}, []string{"cold war"}},
	{"monde parallèle", []string{"monde parallele", "mondes paralleles", "univers parallele", "univers paralleles"}, []string{"parallel world", "alternate reality"}},
	{"clones", []string{"clone", "clonage"}, []string{"clone", "cloning"}},
	{"monstres", []string{"monstre", "monstres geants"}, []string{"monster", "giant monster", "kaiju"}},
	{"possession", []string{"possede", "possedee", "exorcisme", "exorciste", "demons", "demon"}, []string{"possession", "exorcism", "demon"}},
	{"espace", []string{"l espace", "voyage spatial", "conquete spatiale", "astronautes", "astronaute"}, []string{"space", "space travel", "astronaut"}},
	{"amitié", []string{"amitie", "amis"}, []string{"friendship"}},
	{"triangle amoureux", []string{}, []string{"love triangle"}},
	{"adultère", []string{"adultere", "infidelite", "tromperie"}, []string{"adultery", "infidelity"}},
	{"divorce", []string{"divorces", "separation"}, []string{"divorce"}},
	{"racisme", []string{"raciste"}, []string{"racism"}},
	{"cannibales", []string{"cannibale", "cannibalisme"}, []string{"cannibal", "cannibalism"}},
	{"île déserte", []string{"ile deserte", "naufrage", "naufrages", "naufrage sur une ile"}, []string{"deserted island", "island", "shipwreck"}},
	{"sport", []string{"sports"}, []string{"sports"}},
	{"football", []string{"foot", "ballon rond", "coupe du monde de football", "footballeur", "footballeurs"}, []string{"football (soccer)", "soccer", "football"}},
	{"mai 68", []string{"mai 1968", "evenements de mai 68"}, []string{"may 68", "may 1968"}},
	{"Shoah", []string{"shoah", "holocauste", "camp de concentration", "camps de concentration", "camps de la mort", "deportation"}, []string{"holocaust (shoah)", "concentration camp"}},
	{"handicap", []string{"handicape", "handicapes", "handicapee", "fauteuil roulant", "en fauteuil roulant", "paraplegique", "tetraplegique"}, []string{"disability", "wheelchair", "handicap", "paraplegic"}},
	{"Révolution française", []string{"revolution francaise", "1789", "la terreur", "robespierre"}, []string{"french revolution"}},
	{"Louis XIV", []string{"louis xiv", "louis 14", "roi soleil", "le roi soleil"}, []string{"louis xiv", "versailles"}},
	{"mousquetaires", []string{"mousquetaire", "trois mousquetaires", "d artagnan"}, []string{"musketeer", "three musketeers", "d'artagnan"}},
	{"cuisine", []string{"cuisinier", "chef cuisinier", "gastronomie"}, []string{"cooking", "chef", "restaurant"}},
	{"danse", []string{"danseur", "danseuse", "danseurs"}, []string{"dancing", "dance"}},
	{"échecs", []string{"echecs", "joueur d echecs", "joueur d echec", "partie d echecs", "jeu d echecs"}, []string{"chess"}},
	{"huis clos", []string{}, []string{"single location"}},
	{"histoire vraie", []string{"histoires vraies", "vraie", "faits reels", "fait reel", "faits vecus", "inspire de faits reels", "d apres une histoire vraie", "tire d une histoire vraie", "inspire d une histoire vraie", "base sur une histoire vraie"}, []string{"based on true story", "biography"}},
}

// themeLexiconFR maps a folded French phrase to its entry; themeLexiconEN
// maps a keyword to the first entry naming it first; themeLexiconSingular
// maps the same phrases with every word in the singular (lexSingular), so
// that « des trahisons » or « tueurs a gage » find the entry written once.
var (
	themeLexiconFR       = map[string]lexEntry{}
	themeLexiconEN       = map[string]lexEntry{}
	themeLexiconSingular = map[string]lexEntry{}
)

func init() {
	seeds := append(append(themeSeed[:len(themeSeed):len(themeSeed)], themeSeedFrequent...), themeSeedChat...)
	seeds = append(seeds, themeSeedConcrete...)
	for i, s := range seeds {
		e := lexEntry{fr: s.fr, keywords: s.keywords, frequent: i >= len(themeSeed) && i < len(themeSeed)+len(themeSeedFrequent)}
		for _, p := range append([]string{s.fr}, s.also...) {
			folded, _ := themeWords(p)
			if len(folded) > 0 {
				k := joinWords(folded)
				if _, dup := themeLexiconFR[k]; !dup {
					themeLexiconFR[k] = e
				}
				if k := lexSingular(folded); k != "" {
					if _, dup := themeLexiconSingular[k]; !dup {
						themeLexiconSingular[k] = e
					}
				}
			}
		}
		if _, dup := themeLexiconEN[s.keywords[0]]; !dup {
			themeLexiconEN[s.keywords[0]] = e
		}
	}
	addLexSeeds(themeSeedRare)
}

// lexicon returns the entry of the seed lexicon for folded words: the
// phrase as written, else the phrase with every word in the singular.
func lexicon(words []string) (lexEntry, bool) {
	if e, ok := themeLexiconFR[joinWords(words)]; ok {
		return e, true
	}
	e, ok := themeLexiconSingular[lexSingular(words)]
	return e, ok
}

// lexSingular joins folded French words with the plural mark of each
// (a final s or x on a word of five letters or more) taken off, so that
// « braquages » and « braquage » meet (« chevaux » becomes « chevau »,
// which meets nothing: a plural whose stem changes is written out).
func lexSingular(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		if len(w) > 4 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out[i] = w
	}
	return strings.Join(out, " ")
}

func joinWords(ws []string) string {
	out := ""
	for i, w := range ws {
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out
}

// lexiconCovering returns the entry of the seed lexicon whose phrases
// (non-overlapping, longest first) cover at least half of the folded words
// and more than one of them, else nil: « moines » and « monastère » both
// name monks.
func lexiconCovering(words []string) *lexEntry {
	used := make([]bool, len(words))
	cover := map[string]int{}
	entries := map[string]lexEntry{}
	for _, span := range spans(len(words)) {
		if span[1]-span[0] == len(words) || anyUsed(used[span[0]:span[1]]) {
			continue
		}
		e, found := lexicon(words[span[0]:span[1]])
		if !found {
			continue
		}
		for i := span[0]; i < span[1]; i++ {
			used[i] = true
		}
		cover[e.fr] += span[1] - span[0]
		entries[e.fr] = e
	}
	best := ""
	for fr, n := range cover {
		if n > cover[best] || n == cover[best] && fr < best {
			best = fr
		}
	}
	if n := cover[best]; n < 2 || 2*n < len(words) {
		return nil
	}
	e := entries[best]
	return &e
}
