package chat

import "strings"

// smsWords are the texting shorthands customers type, folded, each with the
// words it stands for: « jvoudrais 1 film dhorreur pa tro long » is « je
// voudrais un film d'horreur pas trop long », "gd horror 4 2nite thx" is
// "good horror for tonight thanks". correctLexicon rewrites them before any
// rule reads the message, so every rule reads the spelled-out words. Only
// shorthands that are no word of their own in French or English are here
// (« ki », « ke », « ta », « mm », "n", "4" alone stay as typed; "4" is
// read before "2nite" only, see smsPairs), and a shorthand joined to an
// apostrophe, a hyphen or a dot (« n'importe », "U-571") is left alone.
var smsWords = map[string]string{
	// French
	"pa": "pas", "ki": "qui", "tro": "trop", "tre": "tres", "bcp": "beaucoup", "bocou": "beaucoup", "koi": "quoi", "koa": "quoi",
	"kel": "quel", "kelle": "quelle", "kelke": "quelque", "qqch": "quelque chose", "qqc": "quelque chose",
	"kelkechose": "quelque chose", "qq": "quelques", "pr": "pour", "ds": "dans", "avc": "avec",
	"ossi": "aussi", "oci": "aussi", "mtn": "maintenant", "mnt": "maintenant", "tjr": "toujours", "tjrs": "toujours",
	"tjs": "toujours", "bi1": "bien", "bien1": "bien", "ptit": "petit", "ptits": "petits", "ptite": "petite",
	"ptites": "petites", "dotre": "d'autres", "dautres": "d'autres", "dla": "de la",
	"jveux": "je veux", "jveu": "je veux", "jvoudrais": "je voudrais", "jvoudrai": "je voudrais",
	"jcherche": "je cherche", "jsuis": "je suis", "chui": "je suis", "chuis": "je suis", "jpense": "je pense",
	"jaime": "j'aime", "jadore": "j'adore", "jai": "j'ai", "ya": "il y a",
	"dhorreur": "d'horreur", "daction": "d'action", "danimation": "d'animation", "daventure": "d'aventure",
	"davant": "d'avant", "despions": "d'espions", "sendorment": "s'endorment", "pk": "pourquoi", "pq": "pourquoi",
	"veu": "veux", "fai": "fait", "romantik": "romantique", "romantiks": "romantiques", "pti": "petit", "ptis": "petits",
	"slt": "salut", "bjr": "bonjour", "bsr": "bonsoir",
	"pkoi": "pourquoi", "pourkoi": "pourquoi", "ptet": "peut-etre", "ptetre": "peut-etre",
	// English
	"gd": "good", "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "thx": "thanks", "thanx": "thanks",
	"plz": "please", "pls": "please", "u": "you", "ur": "your", "smth": "something",
	"sth": "something", "smthg": "something", "rly": "really", "luv": "love", "b4": "before", "w": "with",
	"2day": "today", "gr8": "great",
}

// smsPairs are shorthands read only before a given next word: "4 2nite" is
// "for tonight", "4 the kids" "for the kids", « 1 film » is « un film », "not
// 2 long" is "not too long"; alone, "4", « 1 » and "2" are numbers (« le
// 4 », "the 2nd"), and so are they after a number word or a determiner
// (« le 4 me plaît », "the 4 of us": numberWordBefore).
var smsPairs = map[[2]string]string{
	{"4", "2nite"}: "for", {"4", "tonight"}: "for", {"4", "2night"}: "for", {"4", "tonite"}: "for", {"4", "me"}: "for",
	{"4", "us"}: "for", {"4", "the"}: "for", {"4", "my"}: "for", {"4", "our"}: "for", {"4", "kids"}: "for",
	{"4", "friday"}: "for", {"4", "saturday"}: "for", {"4", "sunday"}: "for", {"4", "halloween"}: "for",
	{"4", "christmas"}: "for", {"4", "xmas"}: "for",
	{"1", "dessin"}: "un", {"1", "dessins"}: "des", {"1", "film"}: "un", {"1", "truc"}: "un", {"1", "bon"}: "un", {"1", "petit"}: "un", {"1", "ptit"}: "un",
	{"2", "long"}: "too",
	// « g kiffé », « g adoré »: « g » is « j'ai » before a participle.
	{"g", "kiffe"}: "j'ai", {"g", "kiffer"}: "j'ai", {"g", "adore"}: "j'ai", {"g", "adorer"}: "j'ai", {"g", "aime"}: "j'ai",
	{"g", "aimer"}: "j'ai", {"g", "vu"}: "j'ai", {"g", "deja"}: "j'ai",
}

// smsParticiples are infinitives typed for the participle after « j'ai »
// or « avons », « ont » (« jai kiffer », « on a adorer » aside, since
// « à regarder » folds to « a regarder »).
var smsParticiples = map[[2]string]string{
	{"j'ai", "kiffer"}: "kiffe", {"j'ai", "adorer"}: "adore", {"j'ai", "aimer"}: "aime", {"j'ai", "apprecier"}: "apprecie",
	{"ai", "kiffer"}: "kiffe", {"ai", "adorer"}: "adore", {"ai", "aimer"}: "aime", {"ai", "apprecier"}: "apprecie",
	{"avons", "kiffer"}: "kiffe", {"avons", "adorer"}: "adore", {"ont", "kiffer"}: "kiffe", {"ont", "adorer"}: "adore",
}

// numberWordBefore reports whether prev, the word before a digit, makes the
// digit a number: another number, a determiner (« le 4 », "the 4"), "no",
// "number", « numéro ».
func numberWordBefore(prev string) bool {
	return prev != "" && prev[0] <= '9' || frenchDeterminers[prev] || prev == "the" || prev == "no" || prev == "number" || prev == "numero"
}

// shorthand is what the word s[i:j] of a folded message, after the word
// prev, stands for when it is a texting shorthand, or "". A shorthand
// before a number is a title's word ("THX 1138").
func shorthand(s string, i, j int, prev string) string {
	if i > 0 && strings.IndexByte("'-.", s[i-1]) >= 0 || j < len(s) && strings.IndexByte("'-.", s[j]) >= 0 || numberNext(s[j:]) {
		return ""
	}
	w := s[i:j]
	if rep := smsWords[w]; rep != "" {
		return rep
	}
	if rep := smsParticiples[[2]string{prev, w}]; rep != "" {
		return rep
	}
	if numberWordBefore(prev) {
		return ""
	}
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	e := k
	for e < len(s) && isWordByte(s[e]) {
		e++
	}
	if rep := smsPairs[[2]string{w, s[k:e]}]; rep != "" {
		return rep
	}
	// « 1 polar fr », « 1 comedie » : « 1 » before a genre is « un », « fr »
	// after one is « français ».
	switch {
	case w == "1" && genreWords[s[k:e]] != nil:
		return "un"
	case w == "fr" && genreWords[prev] != nil:
		return "francais"
	}
	return ""
}
