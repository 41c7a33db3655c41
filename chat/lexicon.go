package chat

import (
	"regexp"
	"sort"
	"strings"
)

// genreWords maps folded French and English genre words to the IMDb genre
// vocabulary used by data.Film.Genres. Multi-word entries win over their
// parts ("comedie musicale" is Musical, not Comedy).
var genreWords = withParaphrases(map[string][]string{
	// French
	"qui fait rire": {"Comedy"}, "qui font rire": {"Comedy"}, "pour rire": {"Comedy"}, "rigolo": {"Comedy"}, "rigolos": {"Comedy"},
	"histoire d'amour": {"Romance"}, "histoires d'amour": {"Romance"}, "love story": {"Romance"}, "love stories": {"Romance"},
	"thriller psychologique": {"Thriller"}, "psychological thriller": {"Thriller"}, "qui fait pleurer": {"Drama"},
	"something to laugh at": {"Comedy"}, "make me laugh": {"Comedy"}, "feel-good": {"Comedy"}, "feel good": {"Comedy"},
	"histoire vraie": {"Biography"}, "histoires vraies": {"Biography"}, "true story": {"Biography"}, "true stories": {"Biography"},
	"comedie": {"Comedy"}, "comedies": {"Comedy"}, "comique": {"Comedy"}, "comiques": {"Comedy"},
	"drole": {"Comedy"}, "droles": {"Comedy"}, "marrant": {"Comedy"}, "marrants": {"Comedy"},
	"comedie romantique": {"Comedy", "Romance"}, "comedies romantiques": {"Comedy", "Romance"},
	"comedie musicale": {"Musical"}, "comedies musicales": {"Musical"},
	"horreur": {"Horror"}, "epouvante": {"Horror"}, "qui fait peur": {"Horror"}, "qui font peur": {"Horror"},
	"policier": {"Crime"}, "policiers": {"Crime"}, "polar": {"Crime"}, "polars": {"Crime"},
	"science-fiction": {"Sci-Fi"}, "science fiction": {"Sci-Fi"}, "sf": {"Sci-Fi"}, "s-f": {"Sci-Fi"},
	"dessin anime": {"Animation"}, "dessins animes": {"Animation"}, "animation": {"Animation"}, "anime": {"Animation"}, "animes": {"Animation"},
	"en costumes": {"History"}, "en costume": {"History"}, "costume drama": {"History"}, "costume dramas": {"History"},
	"western": {"Western"}, "westerns": {"Western"},
	"triste": {"Drama"}, "tristes": {"Drama"},
	"drame": {"Drama"}, "drames": {"Drama"}, "dramatique": {"Drama"}, "dramatiques": {"Drama"},
	"guerre":  {"War"},
	"romance": {"Romance"}, "romances": {"Romance"}, "romantique": {"Romance"}, "romantiques": {"Romance"},
	"documentaire": {"Documentary"}, "documentaires": {"Documentary"}, "docu": {"Documentary"}, "doc": {"Documentary"}, "docs": {"Documentary"},
	"thriller": {"Thriller"}, "thrillers": {"Thriller"}, "suspense": {"Thriller"},
	"aventure": {"Adventure"}, "aventures": {"Adventure"},
	"fantastique": {"Fantasy"}, "fantastiques": {"Fantasy"}, "fantasy": {"Fantasy"},
	"action":  {"Action"},
	"musical": {"Musical"}, "musicaux": {"Musical"},
	"biopic": {"Biography"}, "biopics": {"Biography"}, "biographique": {"Biography"}, "biographie": {"Biography"},
	"historique": {"History"}, "historiques": {"History"},
	"mystere": {"Mystery"}, "sport": {"Sport"}, "sportif": {"Sport"},
	"film noir": {"Film-Noir"}, "films noirs": {"Film-Noir"},
	"film a enigme": {"Mystery"}, "films a enigme": {"Mystery"},
	"docus": {"Documentary"}, "docos": {"Documentary"}, "epouvantes": {"Horror"},
	"comedie dramatique": {"Comedy", "Drama"}, "comedies dramatiques": {"Comedy", "Drama"},
	// English
	"police thriller": {"Crime", "Thriller"}, "police thrillers": {"Crime", "Thriller"}, "cop thriller": {"Crime", "Thriller"},
	"cop movie": {"Crime"}, "cop movies": {"Crime"}, "cop film": {"Crime"}, "cop films": {"Crime"}, "police drama": {"Crime", "Drama"},
	"comedy": {"Comedy"}, "funny": {"Comedy"}, "romantic comedy": {"Comedy", "Romance"},
	"romantic comedies": {"Comedy", "Romance"}, "romcom": {"Comedy", "Romance"}, "romcoms": {"Comedy", "Romance"},
	"rom-com": {"Comedy", "Romance"}, "rom-coms": {"Comedy", "Romance"}, "rom com": {"Comedy", "Romance"}, "rom coms": {"Comedy", "Romance"},
	"thrillers psychologiques": {"Thriller"}, "psychological thrillers": {"Thriller"},
	"period piece": {"History"}, "period pieces": {"History"}, "sad": {"Drama"}, "tearjerker": {"Drama"}, "tearjerkers": {"Drama"},
	"horror": {"Horror"}, "scary": {"Horror"},
	"crime": {"Crime"}, "sci-fi": {"Sci-Fi"}, "scifi": {"Sci-Fi"}, "sci fi": {"Sci-Fi"},
	"animated": {"Animation"}, "cartoon": {"Animation"}, "cartoons": {"Animation"},
	"drama": {"Drama"}, "dramas": {"Drama"}, "war": {"War"}, "romantic": {"Romance"},
	"documentary": {"Documentary"}, "documentaries": {"Documentary"},
	"adventure": {"Adventure"}, "adventures": {"Adventure"},
	"musicals": {"Musical"}, "biography": {"Biography"}, "historical": {"History"},
	"murder mystery": {"Mystery"}, "murder mysteries": {"Mystery"},
	"mystery": {"Mystery"}, "mysteries": {"Mystery"}, "suspenseful": {"Thriller"}, "funnier": {"Comedy"}, "scarier": {"Horror"}, "sports": {"Sport"}, "noir": {"Film-Noir"},
})

// genreAlt is a regexp alternation of genreWords keys, longest first.
var genreAlt = alternation(genreWords)

// alternation returns a regexp alternation of the keys of words, longest
// first (so that "comédie romantique" wins over "comédie"), each space
// standing for any run of white space.
func alternation[V any](words map[string]V) string {
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	for i, k := range keys {
		keys[i] = strings.ReplaceAll(regexp.QuoteMeta(k), " ", `\s+`)
	}
	return "(?:" + strings.Join(keys, "|") + ")"
}

// genresOf returns the IMDb genres named in a folded span of text.
func genresOf(s string) []string {
	s = strings.Join(strings.Fields(s), " ")
	var out []string
	for _, m := range genreWordRe.FindAllString(s, -1) {
		out = appendNew(out, genreWords[strings.Join(strings.Fields(m), " ")]...)
	}
	return out
}

var genreWordRe = regexp.MustCompile(`\b` + genreAlt + `\b`)

// langWords scores the language of a message: each folded word found adds
// its weight to French (positive) or English (negative). Words that are
// common in titles of both languages are left out or weigh little.
var langWords = map[string]int{
	// French
	"j": 3, "ai": 2, "aime": 3, "aimee": 3, "aimes": 3, "adore": 3, "adores": 3, "adoree": 3, "aimer": 3, "beaucoup": 2, "bien": 1, "vraiment": 2,
	"je": 2, "voudrais": 3, "veux": 3, "cherche": 2, "moi": 1, "mes": 1, "mon": 1,
	"un": 1, "une": 1, "des": 1, "les": 1, "le": 1, "la": 1, "du": 1, "et": 1, "de": 1,
	"pas": 2, "avec": 2, "comme": 2, "pourquoi": 3, "encore": 3, "autres": 2, "plus": 1, "mais": 2,
	"celui": 3, "celle": 3, "annees": 3, "pour": 2, "enfants": 2, "francais": 1, "bonjour": 3,
	"salut": 3, "merci": 3, "aide": 3, "recommencer": 3, "non": 1, "oui": 2, "quel": 2, "voir": 2,
	"deja": 2, "vu": 2, "sans": 2, "apres": 2, "avant": 2, "depuis": 2, "comedie": 2, "horreur": 2,
	"recent": 1, "recents": 2, "moins": 2, "court": 2, "deuxieme": 3, "troisieme": 3,
	"premier": 3, "dernier": 3, "quatrieme": 3, "cinquieme": 3, "film": 0, "films": 0, "svp": 3,
	"plait": 3, "bonsoir": 3, "coucou": 3, "ca": 1, "est": 1, "c": 1, "qu": 1, "que": 1, "d": 1, "l": 1,
	// A request that counts its films (« donnez-moi cinq westerns italiens »):
	// the verbs, the numbers and the plural adjectives of nationality.
	"donnez": 3, "proposez": 3, "trouvez": 3, "conseillez": 3, "montrez": 3, "envoyez": 3, "recommandez": 3,
	"deux": 2, "trois": 2, "quatre": 2, "cinq": 2, "hein": 3, "alors": 2,
	"italiens": 2, "italienne": 2, "italiennes": 2, "anglaise": 2, "anglaises": 2, "espagnols": 2, "espagnole": 2, "espagnoles": 2,
	"allemands": 2, "allemande": 2, "allemandes": 2, "coreens": 2, "coreenne": 2, "coreennes": 2, "japonaise": 2, "japonaises": 2,
	"aucun": 2, "ni": 2, "entre": 2, "policier": 2, "dessin": 2, "anime": 1, "animes": 1, "dessins": 2, "polar": 2, "retire": 2, "enleve": 2, "suite": 2, "drole": 2, "famille": 2,
	// English
	"drama": -2, "dramas": -2, "good": -2, "where": -2, "set": -1, "in": -1, "space": -1,
	"true": -2, "courtroom": -2, "spy": -2, "war": -1, "than": -2, "less": -2, "under": -2, "anything": -3, "nothing": -2, "about": -2, "any": -2, "else": -2,
	"would": -2, "could": -2, "there": -2, "year": -2, "old": -1, "hours": -2, "hour": -2, "longer": -2,
	"made": -2, "suitable": -3, "kid": -2, "friendly": -2, "scary": -3, "story": -2, "british": -2,
	"american": -2, "japanese": -2, "korean": -2, "italian": -2, "spanish": -2, "german": -2, "mins": -1,
	"qui": 2, "parle": 2, "histoire": 2, "adapte": 2, "aux": 2, "rire": 2, "fait": 2, "peur": 2, "soit": 2,
	"hors": 2, "quelque": 2, "chose": 2, "truc": 2, "regarder": 2, "ans": 2, "anglais": 1, "japonais": 2,
	"americain": 2, "americains": 2, "italien": 2, "espagnol": 2, "allemand": 2, "coreen": 2, "ce": 1, "soir": 2,
	"i": -3, "liked": -3, "loved": -3, "like": -2, "love": -2, "enjoyed": -3, "really": -2,
	"the": -1, "and": -1, "with": -3, "an": -1, "no": -1, "not": -2, "more": -2, "why": -3,
	"another": -3, "one": -1, "by": -1, "for": -1, "kids": -2, "movie": -2, "movies": -2, "please": -3,
	"hello": -3, "hi": -3, "help": -3, "reset": -2, "start": -2, "over": -1, "some": -2, "something": -2,
	"from": -1, "after": -2, "before": -2, "want": -3, "watch": -2, "seen": -2, "that": -1, "this": -1,
	"show": -2, "me": -1, "my": -2, "recommend": -2, "similar": -2, "second": -1, "third": -3,
	"first": -2, "fourth": -3, "fifth": -3, "last": -2, "thanks": -3, "thank": -3, "you": -2,
	"shorter": -3, "newer": -3, "older": -3, "french": -1, "english": -2, "which": -2,
	"those": -2, "others": -2, "other": -2, "horror": -2, "comedy": -2, "s": -1, "m": -1, "ve": -2,
	"already": -3, "remove": -2, "directed": -3, "starring": -3, "featuring": -2, "only": -2, "just": -1, "ones": -2,
	// Both: « a » is « à » typed without its accent; French customers
	// say these English words too. Listed so that the catalogue's
	// synopses (langmodel.go) do not weigh them.
	"a": 0, "long": 0, "thriller": 0, "thrillers": 0, "blockbuster": 0, "blockbusters": 0, "remake": 0, "remakes": 0,
	"cool": 0, "fun": 0, "top": 0, "super": 0, "ok": 0, "okay": 0, "weekend": 0, "week": 0, "star": 0, "stars": 0, "gore": 0, "slasher": 0,
	"vous": 2, "avez": 2, "auriez": 3, "quoi": 2, "environ": 2, "pareil": 2, "ancien": 2, "vieux": 2, "dimanche": 2, "fils": 2, "fille": 2, "adultes": 2, "autre": 2, "peu": 2, "genre": 1, "realise": 3, "realises": 3, "par": 2, "children": -2, "family": -1, "funny": -2, "of": -1, "what": -2,
}

// detectLang returns "fr" or "en" when the message leans clearly to one
// language, "" when it is unclear (a bare title, a number).
func detectLang(text string) string {
	score := langScore(text)
	switch {
	case score >= 2:
		return "fr"
	case score <= -2:
		return "en"
	}
	return ""
}

// leanLang returns "fr" or "en" when the message leans at all to one
// language ("Solaris by Tarkovsky"), "" when it does not.
func leanLang(text string) string {
	switch score := langScore(text); {
	case score > 0:
		return "fr"
	case score < 0:
		return "en"
	}
	return ""
}

// langScore sums the language weights of a message's words: positive is
// French, negative English. It knows only the hand lexicon: the engine's
// langScore adds the words of the catalogue's synopses.
func langScore(text string) int {
	score := 0
	if possessiveRe.MatchString(text) {
		score -= 2 // "Hitchcock's Psycho"
	}
	for _, w := range words(withoutLoanwords(fold(text).s)) {
		score += langWords[w]
		if len(w) >= 3 && strings.HasSuffix(w, "0s") && w[0] >= '0' && w[0] <= '9' {
			// "1990s" is English; "80s" only leans to it, French customers type
			// « les 80s » too.
			score -= decadeLean(w)
		}
	}
	return score
}

// decadeLean is how far a decade typed with an "s" ("1990s", "80s")
// leans to English: 2 with its century, 1 without.
func decadeLean(w string) int {
	if len(w) >= 5 {
		return 2
	}
	return 1
}

// possessiveRe is an English possessive: "Hitchcock's", "Nolan’s".
var possessiveRe = regexp.MustCompile(`(?i)\p{L}['’]s\b`)

// appendNew appends the values of add that out does not hold yet.
func appendNew(out []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, o := range out {
			if o == a {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

func remove(list []string, drop ...string) []string {
	out := list[:0:0]
	for _, l := range list {
		keep := true
		for _, d := range drop {
			if l == d {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, l)
		}
	}
	return out
}
