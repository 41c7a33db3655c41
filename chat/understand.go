package chat

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// act is what a message asks for besides films and constraints.
type act int

const (
	actNone      act = iota
	actGreet         // "bonjour", "hello"
	actHelp          // "aide", "help"
	actThanks        // "merci", "thanks"
	actWhy           // "pourquoi le 2 ?"
	actLikeShown     // "plus comme le 3"
	actReject        // "pas le 4", "non, pas celui-là"
)

var actNames = [...]string{"none", "greet", "help", "thanks", "why", "like-shown", "reject"}

func (a act) String() string { return actNames[a] }

// message is what the understanding layer makes of one customer message,
// before any film or person is looked up.
type message struct {
	Raw   string // the message as typed: its other words may pick among homonyms
	Lang  string // "fr", "en", or "" when the message does not say
	Act   act
	Refs  []int  // for why, like-shown and reject: 1-based ranks in the last list; 0 means "that one"
	About string // for why: the aspect asked about besides the reasons (« il est de qui ? », cardabout.go)
	Reset bool   // "recommencer": forget everything, then apply the rest
	More  bool   // "encore", "more": new films only

	Titles []string // film mentions as typed; each may still name several films ("Heat, Alien and Amélie")
	People []string // names as typed ("Jean Gabin", "Kubrick")
	// Starring are the names of People after a cast cue ("avec", "with",
	// "starring"): they act in the film. DirectedBy are those after
	// "réalisé par", "directed by": they directed it. The others ("de",
	// "by") are read from what the person is known for.
	Starring, DirectedBy []string
	// TitleBy are the People named right after a title with "by", "de",
	// "avec" or "with" ("Vertigo by Hitchcock", « la piscine avec Romy
	// Schneider »): they may only say whose film it is (titlenames.go).
	TitleBy []string
	// FilmsOf are the People named after « un film de », « les films de
	// », "a film by": the films they authored (personroles.go).
	FilmsOf []string

	Genres, AvoidGenres []string // IMDb vocabulary
	// AvoidBlends are genre words refused that name several genres («
	// comédie romantique »): a genre of them asked for stays (blends13.go).
	AvoidBlends [][]string
	// VaryGenres are genres not wanted on every film (« pas que des
	// polars », "not only action films"): no longer asked for (loose11.go).
	VaryGenres       []string
	AllGenres        []string // every one of these ("une comédie romantique", "a horror comedy")
	MinYear, MaxYear int
	Newer, Older     bool      // "mais plus récent": relative to the films of the message or the liked ones
	Recent           bool      // "des films récents"
	Ago              *yearsAgo // « l'an dernier », « des 20 dernières années »: years before today
	Shorter          bool      // "moins long": shorter than the films shown
	Longer           bool      // « plus long »: longer than the films shown
	LessKnown        bool      // « moins connus », "not the big hits": fewer votes than the films shown (lessknown13.go)
	Family           bool
	Language         string // "fr" for "en français"
	FrenchOnly       bool   // "un film français"
	MaxRuntime       int    // "moins de 2h": minutes
	MinRuntime       int    // "plus de 2h"; "d'1h30 environ" sets both bounds
	Countries        []string
	AvoidCountries   []string // "pas de film américain"
	Also             bool     // "j'ai aussi aimé": add to the liked films, keep the filters
	NoSequels        bool     // « pas les suites », "not the sequels": leave out the other films of the liked films' sagas
	Themes           []string // theme phrases after a cue ("un film de braquage" -> "braquage"), as typed
	SoftThemes       []string // words beside a genre ("a courtroom drama"): a theme or nothing
	CueThemes        []string // places, periods, themes named back (« à New York », « pendant la prohibition »): a theme or nothing
	AvoidThemes      []string // themes not wanted ("pas de super-héros", "no zombies"), as typed
	SameEra          bool     // "de la même époque": around the years of the liked films

	// Pronoun is who « avec lui », « avec elle », « ses films », « leurs
	// films » stand for: "actor", "actress", "any" or "plural";
	// PronounCast says the cue was « avec ».
	Pronoun      string
	PronounCast  bool
	PronounBy    bool     // « de lui », "by her": the person made the film, its director
	MorePeople   []string // "more kurosawa": a name after "more", if it is one
	SameDirector bool     // « du même réalisateur »
	SameGenre    bool     // « du même genre »: the genres of the films liked
	AnyLength    bool     // « la durée on s'en fiche »: no runtime bounds
	Adult        bool     // « pour adultes », « pas pour les enfants »
	Teen         bool     // « pour ados »: not a children's film
	// Audience is who watches or the occasion, beyond « en famille »: a
	// key of audiences ("date", "friends", "gentle", "elders").
	Audience string
	// AvoidPeople are names not wanted (« pas avec Clavier »), as typed.
	AvoidPeople []string
	// NotWhose are names after « pas celui avec »: the film meant is not
	// theirs (titlepeople.go).
	NotWhose []string
	// ClauseNames are names read from the clause around them (« cassel
	// j'adore », « que du pagnol »): people when well known, else titles.
	ClauseNames []string
	// WrittenBy are the People after a writer cue (« dialogué par
	// Audiard », « d'après Simenon »): among namesakes, the writer.
	WrittenBy []string
	// ExampleNames are names given with one of their films as an example
	// (« yves robert, comme la guerre des boutons »): the film picked
	// among homonyms by them still leaves them asked for (personwish.go).
	ExampleNames []string
	// SpanNames are names read with the words around them (« un
	// truffaut », « tous les rohmer », "David Lean epics"), each with its
	// span as typed and "strong" when the words leave no doubt: the person
	// when well known, else the words are left to the other readings
	// (people11.go).
	SpanNames [][3]string
	// RolePeople are the names read beside a role cue wherever it stands
	// (« je relis dumas… tirés de ses livres », "Patricia Highsmith… her
	// books"): people credited in that role, whom no other reading of the
	// message replaces (rolecues.go).
	RolePeople []string
	// AvoidSpans are names left out with their films (« pas les Blier »):
	// the person when well known, else the words stay a title.
	AvoidSpans []string
	// OwnFilms: « seulement ceux qu'il a réalisés », "only the ones he
	// directed": the people asked for, as directors.
	OwnFilms bool
	// LangHint is the language a phrasing only one language has says
	// ("tom hanks dramas"), for a first message with no clearer sign.
	LangHint string
	// Praise is a message of praise alone (« parfait », "great"): thanks
	// once a list is on screen, else read as typed ("Super" is a film).
	Praise bool
	// Closing is the rank of the film picked in a closing message (« merci,
	// on prend le 2 »: 2; -1 the last one; 0 none).
	Closing int
	// CueTitles are titles read after a similarity cue or inside chatter
	// (cuetitle.go), CueRest the message without them and their cues:
	// what a second reading of the message reads.
	CueTitles []string
	CueRest   string
	// Seen are cards said seen or owned in passing (« le 2 on l'a déjà, un
	// autre comme le 5 »): 1-based ranks in the last list, left out.
	Seen []int
}

// empty reports whether the message carries neither an act nor anything to
// recommend from.
func (m *message) empty() bool {
	return m.Act == actNone && !m.Reset && !m.More && !m.hasRequest()
}

// hasRequest reports whether the message names films, people or constraints.
func (m *message) hasRequest() bool {
	return len(m.Titles) > 0 || len(m.People) > 0 || len(m.ClauseNames) > 0 || m.hasConstraint()
}

func (m *message) hasConstraint() bool {
	if m.hasConstraintPhrase() {
		return true
	}

	return len(m.Genres) > 0 || len(m.AllGenres) > 0 || len(m.AvoidGenres) > 0 || len(m.VaryGenres) > 0 || m.MinYear != 0 || m.MaxYear != 0 ||
		m.Newer || m.Older || m.Recent || m.Ago != nil || m.Shorter || m.Longer || m.LessKnown || m.Family || m.Language != "" || m.FrenchOnly ||
		m.MaxRuntime != 0 || m.MinRuntime != 0 || len(m.Countries) > 0 || len(m.AvoidCountries) > 0 || len(m.Themes) > 0 || m.SameEra || m.NoSequels ||
		len(m.SoftThemes) > 0 || len(m.AvoidThemes) > 0 || len(m.CueThemes) > 0
}

// Patterns run on folded text (lower case, no accents, straight apostrophes).
const (
	// aBit is a degree before "plus ancien", "older": it changes nothing.
	aBit    = `(?:(?:un\s+(?:peu|poil|chouia)|un\s+petit\s+peu|encore|bien|beaucoup|nettement|a\s+(?:bit|little|little\s+bit)|slightly|much|somewhat|even|something|quelque\s+chose\s+de)\s+)?`
	refWord = `(?:\b[1-9]|deux|trois|quatre|cinq|two|three|four|five|1er|1ere|premier|premiere|\b[2-9]e|\b[2-9]eme|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dernier|derniere|first|1st|2nd|3rd|[4-9]th|third|fourth|fifth|sixth|seventh|eighth|ninth|last)`
	refArt  = `(?:(?:le|la|l'|du|the|film|movie|number|numero|no\.?|#|celui\s+en|celle\s+en)\s*)*`
	deictic = `(?:celui-la|celui-ci|celle-la|celle-ci|celui\s+la|celle\s+la|ce\s+film(?:-la)?|ce\s+dernier|cette\s+proposition|that\s+one|this\s+one|that\s+film|this\s+film|that\s+movie|this\s+movie)`
	ref     = `(?:` + refArt + `(?:` + numberOne + `|` + refWord + `)(?:\s+(?:film|one|movie))?\b|` + deictic + `)`
	refList = ref + `(?:(?:\s*,?\s*(?:et|ni|and|nor|or|ou|&)\s*|\s*,\s*|\s+)(?:pas\s+|not\s+)?` + ref + `)*`
)

var (
	refRe     = regexp.MustCompile(ref)
	refWordRe = regexp.MustCompile(`\b` + refWord + `\b`)

	resetRe = regexp.MustCompile(`\b(?:(?:let's\s+)?start\s+from\s+scratch|clear(?:\s+(?:all|everything))?$|on\s+repart\s+a\s+zero|oublie[rz]?\s+tout(?:\s+(?:ca|cela))?|(?:on\s+)?recommence[rz]?|reset|start\s+(?:over|again|afresh)|begin\s+again|scrap\s+(?:everything|it\s+all)|restart|repartir\s+de\s+zero|on\s+repart\s+de\s+zero|tout\s+effacer|efface[rz]?\s+tout|oublie[rz]?\s+tout|forget\s+everything|nouvelle\s+recherche|new\s+search|clear\s+all|(?:on\s+)?oublie[rz]?\s+tout\s+(?:ca|cela)|(?:(?:on\s+)?laisse[rz]?\s+tomber|forget\s+(?:it|that|this|all\s+(?:that|this|of\s+that))|scrap\s+(?:that|this|all\s+that|it)|never\s+mind\s+(?:that|all\s+that))(?:\s*[,.;!?]|\s*$|\s+(?:et|and)\b))`)
	// helpRe is a call for help, with the words around it that ask
	// nothing else (« pouvez-vous m'aider à trouver », « au secours »,
	// "can you help us pick", "send help"): the help text only when
	// nothing else in the message is read (parse).
	helpRe  = regexp.MustCompile(`\b(?:(?:(?:pouvez|pourriez|peux|pourrais)[\s-]*(?:vous|tu)\s+(?:m'|nous\s+|me\s+)aider|aide[rz]?[\s-]*(?:moi|nous)|(?:(?:j'ai|on\s+a|nous\s+avons|j'aurais|on\s+aurait)\s+)?besoin\s+(?:d'aide|de\s+(?:votre|ton|vos|tes)\s+(?:aide|lumieres)|d'un\s+coup\s+de\s+main|d'un\s+conseil)|a\s+l'aide|au\s+secours|de\s+l'aide|un\s+peu\s+d'aide|aide)(?:\s+(?:a|pour))?(?:\s+(?:trouver|choisir|me\s+decider|nous\s+decider|decider))?|(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|(?:please|pls|plz|send|i\s+need|we\s+need|need|some|a\s+little)\s+)*help(?:\s+(?:me|us))?(?:\s+(?:please|pls|plz))?(?:\s+(?:with\s+)?(?:to\s+)?(?:find|finding|pick|picking|choose|choosing|decide|deciding|out))?|comment\s+(?:ca|cela)\s+(?:marche|fonctionne)|que\s+sais-tu\s+faire|qu'est-ce\s+que\s+tu\s+sais\s+faire|what\s+can\s+you\s+do|how\s+does\s+(?:it|this)\s+work)\b`)
	greetRe = regexp.MustCompile(`^[\s\pP]*(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|good\s+(?:morning|evening|afternoon))(?:\s+(?:there|all|everyone|a\s+tous|tout\s+le\s+monde))?\b`)
	// theBeforeRe ends a text on an article, a film noun or a liking
	// verb: a help word after them starts a title (« j'ai aimé Au
	// secours, j'ai 30 ans », "The Help").
	theBeforeRe = regexp.MustCompile(`\b(?:the|le\s+film|the\s+film|the\s+movie|aime|adore|kiffe|comme|vu|like|liked|loved|enjoyed|seen)\s*$`)
	thankRe     = regexp.MustCompile(`\b(?:merci(?:\s+beaucoup)?|thanks|thank\s+you(?:\s+very\s+much)?)\b`)

	whyRe        = regexp.MustCompile(`\b(?:pourquoi|` + smsWhy + `|why|expliquer|expliquez|explique|explain|c'est\s+quoi|qu'est-ce\s+que\s+c'est(?:\s+que)?|what(?:'s|\s+is)|tell\s+me\s+(?:more\s+)?about|parle[sz]?(?:-moi)?\s+(?:moi\s+)?(?:du|de))\b(?:\s+[a-z'-]+){0,5}?\s*(` + ref + `)`)
	whyPostRe    = regexp.MustCompile(`(` + ref + `)\s*[,:]?\s*(?:pourquoi|` + smsWhy + `|why)\b(?:\s+(?:ca|cela|this|that|one|celui-la))?[\s\pP]*$`)
	byeRe        = regexp.MustCompile(`^[\s\pP]*(?:(?:ok|okay|d'accord|merci|thanks|thank\s+you|parfait|super|great|top)[\s,!.]*)*(?:au\s+revoir|bye|goodbye|bonne\s+(?:soiree|journee|nuit|seance)|c'est\s+tout|that's\s+all|ciao|a\s+bientot|a\s+plus|see\s+you(?:\s+soon)?|have\s+a\s+(?:good|nice)\s+(?:night|evening|day))(?:[\s,!.]*(?:merci|thanks|thank\s+you)(?:\s+beaucoup|\s+a\s+lot)?)?[\s\pP]*$`)
	whyAloneRe   = regexp.MustCompile(`^[\s\pP]*(?:pourquoi|` + smsWhy + `|why)(?:\s+(?:ca|cela|this|that|celui-la|that\s+one))?[\s\pP]*$`)
	likeShownRe  = regexp.MustCompile(`\b(?:(?:encore\s+)?plus(?:\s+de\s+films)?|d'autres(?:\s+films)?|un\s+autre|une\s+autre|des\s+films|un\s+film|quelque\s+chose|another(?:\s+one)?|more(?:\s+films|\s+movies)?|other\s+(?:films|movies)|something|films|movies|one)?\s*(?:comme|like|similar\s+to|similaires?\s+(?:au|a\s+la|a)|dans\s+la\s+veine\s+(?:du|de)|in\s+the\s+vein\s+of|along\s+the\s+lines\s+of|dans\s+le\s+genre\s+(?:du|de)|du\s+genre\s+(?:du|de)|du\s+style\s+(?:du|de)|proches?\s+(?:du|de)|(?:du|dans\s+le|de\s+la|dans\s+la)\s+meme\s+(?:genre|style|esprit|veine|registre|type)\s+que|(?:in\s+)?the\s+same\s+(?:vein|style|spirit|kind|sort)\s+as)\s+(?:celui\s+)?(` + ref + `)`)
	rejectRe     = regexp.MustCompile(`\b(?:non[\s,!.]*|nope[\s,!.]*|no[\s,!.]+)?(?:je\s+l'ai\s+(?:deja\s+)?vu[\s,]*|i(?:'ve|\s+have)\s+(?:already\s+)?seen|i\s+(?:already\s+)?saw|j'ai\s+(?:deja\s+)?vu|pas|not|sans|enleve[rz]?|retire[rz]?|supprime[rz]?|vire[rz]?|oublie[rz]?|remove|drop|forget|skip|exclude|j'ai\s+deja\s+vu|deja\s+vu|i(?:'ve|\s+have)?\s+already\s+seen|i\s+already\s+saw|already\s+seen|seen|ni|neither)\s+(` + refList + `)`)
	rejectPostRe = regexp.MustCompile(`(` + refList + `)[\s,]*(?:(?:je|on|il|elle|ils|elles|nous|vous|mes\s+enfants|les\s+enfants|ma\s+femme|mon\s+mari)\s+(?:l'ai|l'a|l'ont|l'avons|l'avez)\s+(?:deja\s+)?vu|(?:i|we|they|he|she|the\s+kids)(?:'ve|\s+have|\s+has|'s)?\s+(?:already\s+)?seen(?:\s+it)?|je\s+l'ai\s+(?:deja\s+)?vu|je\s+l'ai\s+deja|on\s+l'a\s+(?:deja\s+)?vu|deja\s+vu|je\s+connais|i(?:'ve|\s+have)\s+(?:already\s+)?seen\s+it|already\s+seen|seen\s+(?:it|that\s+one)(?:\s+already)?)`)

	moreRe = regexp.MustCompile(`\b(?:une\s+autre\s+(?:proposition|idee|suggestion|liste)|d'autres\s+propositions|plus\s+de\s+choix|rien\s+d'autre|autres?\s+idees?|(?:any\s+)?other\s+(?:suggestions|ideas|options|picks)|different\s+ones|something\s+different|(?:encore|more|give\s+me)\s+(?:\d|cinq|five)(?:\s+(?:more|autres|de\s+plus))?|encore(?:\s+(?:des\s+films|d'autres|un\s+peu|quelques-uns))?|d'autres(?:\s+(?:films|idees|propositions|suggestions))?|autre\s+chose|la\s+suite|les\s+suivants|suivants?|more(?:\s+(?:films|movies|please|ideas|suggestions))?|others|other\s+ones|something\s+else|next(?:\s+(?:five|5|ones|page))?|(?:cinq|five|5)\s+(?:autres|more|others))\b`)

	betweenRe   = regexp.MustCompile(`\b(?:entre|between)\s+(\d{4})\s*(?:et|and|&|-)\s*(\d{4})\b`)
	decadeFRRe  = regexp.MustCompile(`\b(?:(?:des|les|dans\s+les|du\s+debut\s+des|de\s+la\s+fin\s+des|from\s+the)\s+)?annees\s+(?:(19|20)?(\d)0|(` + frDecadeWordAlt + `))\b`)
	decadeENRe  = regexp.MustCompile(`\b(?:(?:from|in|of)\s+)?(?:the\s+)?(?:(?:early|late|mid)\s+)?'?(19|20)?(\d)0'?s\b`)
	afterRe     = regexp.MustCompile(`\b(?:(?:sortis?|sorties?|released|made|from|only|que|des\s+films|films?|movies?)\s+)?(apres|after|since|depuis|a\s+partir\s+de|from)\s+(?:l'an\s+|l'annee\s+)?(\d{4})\b`)
	beforeRe    = regexp.MustCompile(`\b(?:(?:sortis?|sorties?|released|made|from|only|que|des\s+films|films?|movies?)\s+)?(avant|before|until|jusqu'a|jusqu'en|up\s+to)\s+(?:l'an\s+|l'annee\s+)?(\d{4})\b`)
	releasedRe  = regexp.MustCompile(`\b(?:sortis?|sorties?|released|made)\s+(?:en|in)\s+(\d{4})\b`)
	newerRe     = regexp.MustCompile(`\b(?:(?:mais|but)\s+)?(?:en\s+)?` + aBit + `(?:plus\s+(?:recents?|recentes?|jeunes?|modernes?|nouveaux|nouveau|nouvelles?)|newer|more\s+recent|more\s+modern)\b` + thanShown)
	olderRe     = regexp.MustCompile(`\b(?:(?:mais|but)\s+)?(?:en\s+)?` + aBit + `(?:plus\s+(?:anciens?|anciennes?|vieux|vieilles?)|moins\s+(?:recents?|recentes?|modernes?)|older|less\s+(?:recent|modern))\b` + thanShown)
	recentRe    = regexp.MustCompile(`\b(?:recents?|recentes?|recent|nouveautes|latest)\b`)
	shorterRe   = regexp.MustCompile(`\b(?:(?:mais|but)\s+)?(?:(?:with\s+(?:a\s+)?|of\s+(?:a\s+)?|de\s+)?(?:short|courte)\s+(?:duration|runtime|length|running\s+time|duree)|(?:films?|movies?|trucs?)\s+courts?|(?:quelque\s+chose|qqch|un\s+truc)\s+de\s+court|(?:a\s+)?short\s+(?:films?|movies?|one)|something\s+short|plutot\s+courts?|moins\s+longs?|moins\s+longues?|plus\s+courts?|plus\s+courtes?|shorter|less\s+long|not\s+(?:so|too)\s+long|pas\s+trop\s+longs?|pas\s+trop\s+longues?|(?:c'est\s+|c'etait\s+|(?:it's|it\s+is|it\s+was|that's)\s+)?(?:un\s+peu\s+|beaucoup\s+|a\s+bit\s+|way\s+|much\s+)?(?:trop\s+longs?|trop\s+longues?|too\s+long))\b`)
	frenchRe    = regexp.MustCompile(`\b(?:films?|cinema|movies?|comedies?|drames?|policiers?|polars?|thrillers?|westerns?|documentaires?)\s+(francais|francaises?|french)\b`)
	frenchPreRe = regexp.MustCompile(`\b(?:(?:big|good|great|classic|old|bons?|gros|grands?|vieux)\s+)?(?:french)\s+(?:films?|movies?|cinema|comedy|comedies|drama|dramas)\b`)
	familyRe    = regexp.MustCompile(`\b(?:(?:ils|elles)\s+ont\s+\d+(?:\s*(?:et|,|-|a)\s*\d+)?\s+ans|\d+\s*(?:et|,|-)\s*\d+\s+ans|(?:they're|they\s+are|aged)\s+\d+(?:\s*(?:and|,|-)\s*\d+)?|family[-\s]friendly|with\s+(?:the|my|our)\s+(?:kids|children|family|little\s+ones)|(?:(?:mes|mon|ma|nos|des|les|un|une)\s+)?(?:enfants?|gamins?|gamines?|fils|filles?|petits?|neveux?|nieces?)\s+(?:de|d')\s*\d+\s+ans|(?:pour|avec)\s+(?:un|une|mon|ma|mes)\s+(?:enfants?\s+)?(?:de\s+)?\d+\s+ans|adapte[es]*\s+(?:aux|pour\s+les)\s+enfants|tous\s+publics?|pour\s+tout\s+public|suitable\s+for\s+(?:kids|children|the\s+(?:whole\s+)?family|a\s+family)|child-friendly|children's\s+(?:films?|movies?)|for\s+(?:a|my|our)\s+\d+\s*(?:-\s*)?years?(?:-|\s+)olds?(?:\s+(?:son|daughter|kid|boy|girl|nephew|niece|grandson|granddaughter|child)s?)?|(?:pour|avec)\s+(?:mes|nos|les)\s+petits[\s-]enfants(?:\s+(?:de|d')\s*\d+(?:\s*(?:et|,|-|a|ou)\s*\d+)?\s+ans)?|(?:my|our)\s+(?:kids|children)|(?:pour|avec)\s+(?:les\s+|des\s+|mes\s+|nos\s+|de\s+|mon\s+|ma\s+)?(?:enfants?|petits|gamins|gosses|kids|fils|fille)(?:\s+(?:de|d')\s*\d+(?:\s*(?:et|,|-|a|ou)\s*\d+)?\s+ans)?|en\s+famille|pour\s+(?:toute\s+)?la\s+famille|familial|familiaux|jeune\s+public|for\s+(?:the\s+|my\s+|our\s+)?(?:kids|children|family|whole\s+family)|family(?:-friendly|\s+friendly)?\s+(?:films?|movies?)|kid-friendly|kids\s+(?:films?|movies?))\b`)

	avoidRe = regexp.MustCompile(`\b(?:deteste[rz]?|hate|hates|dislike|n'aime\s+pas|aime\s+pas|n'aimons\s+pas|(?:don't|do\s+not|doesn't)\s+like|ne\s+supporte\s+pas|supporte\s+pas|can't\s+stand|pas\s+fan\s+(?:de|des|du)|not\s+a\s+fan\s+of|pas|ni|nor|sans|aucune?|evite[rz]?|no|not|without|nothing|never|except|sauf|avoid|rien|pas\s+trop)\s+(?:(?:de|d'|du|des|un|une|les|a|an|any|de\s+la|too)\s*)*(?:(?:films?|movies?|trucs?)\s+(?:de\s+|d'|du\s+)?)?` +
		genreAlt + `(?:\s+(?:films?|movies?|stuff))?(?:\s*(?:,|ni|et|ou|or|nor|and)\s*(?:de\s+|d'|du\s+)?` + genreAlt + `)*\b`)
	genreCueRe = regexp.MustCompile(`\b(?:fan\s+(?:de|d'|of)|d'autres|autres|other|more|un|une|des|les|du|de\s+la|a|an|some|only|just|uniquement|seulement|genre|plutot|rather|style|type|quelques|` + countCue + `|quelque\s+chose(?:\s+de)?|qqch|something|anything|un\s+truc|bons?|bonnes?|good|great)\s+(?:(?:bon|bonne|bons|bonnes|petit|petite|petits|petites|vrai|vraie|vrais|vraies|good|great|nice|real|classic|classique|classiques|vieux|vieille|vieilles|old|grand|grande|grands|grandes|autre|autres|another|other|nouvelle|nouveau|nouvelles|nouveaux)\s+)*(?:(?:films?|movies?|truc|trucs)\s+(?:de\s+|d'|du\s+)?)?` +
		genreAlt + `(?:\s+(?:films?|movies?))?(?:\s*(?:,|et|ou|or|and)\s*(?:de\s+|d'|du\s+)?` + genreAlt + `)*\b`)
	genreFilmRe = regexp.MustCompile(`\b(?:films?|movies?)\s+(?:de\s+|d'|du\s+)?` + genreAlt + `\b|\b` + genreAlt + `\s+(?:films?|movies?)\b`)
	genreOnlyRe = regexp.MustCompile(`^` + genreAlt + `(?:\s*(?:,|et|ou|or|and|&)\s*` + genreAlt + `)*$`)

	personCueRe = regexp.MustCompile(`(?:^[\s\pP]*(?:et\s+|and\s+)?(?:de|by)\s|\x00\s+(?:de|by)\s+|\b(?:` + writerCue + `|avec|with|starring|featuring|` + fanCue + `|` + castVerbCue + `|` + directorNounCue + `|(?:(?:un|une|des|les|a|an|some)\s+)?(?:(?:bons?|bonnes?|good|great|nice|petits?|petites?|vrais?|vraies?|beaux?|belles?|vieux|old|classic|derniers?|dernieres?|nouveaux?|nouvel|premiers?|latest|last|newest|new|first|early|recent)\s+)?(?:films?|movies?|quelque\s+chose|something|un\s+truc|oeuvres?|works?|adaptations?|autres|roles?)\s+(?:de|d'|by|directed\s+by|realises?\s+par)(?:\s*(?:la|le|du|the)?\s*(?:realisateur|realisatrice|cineaste|director|filmmaker))?|(?:realises?|realisees?|tournes?|signes?|directed|made)\s+(?:par|by)|signee?s?|by)(?:\s+|\b))`)
)

var (
	nameSepRe      = regexp.MustCompile(`^\s*(?:,|et|and|&|soit|ou\s+soit)\s+`)
	nameCueAgainRe = regexp.MustCompile(`^\s*(?:,|ou|or|et|and)\s+(?:de|d'|du|des|by)(?:\s+|\b)`)
	// moreOfRe ends a text on words asking for more before « de », "by":
	// « quoi de Besson », "what else by Jeunet" name no title.
	moreOfRe = regexp.MustCompile(`\b(?:else|more|other|others|quoi|autre|autres|encore|plus)$`)
	// castAndSomeRe: « avec delon et des gangsters »: after a cast cue,
	// « et des », « et du » start what else is wanted, not another name.
	castAndSomeRe = regexp.MustCompile(`\b(?:avec|with|starring|featuring)\s.*\s(?:et|and|,)\s+(?:des|du|de\s+la|de\s+l')\s*$`)
)

// personStop ends a person's name: "avec Jean Gabin en noir et blanc".
var personStop = map[string]bool{
	"et": true, "and": true, "mais": true, "but": true, "pas": true, "not": true, "des": true,
	"from": true, "pour": true, "for": true, "sans": true, "without": true, "avec": true, "with": true,
	"en": true, "in": true, "qui": true, "that": true, "plus": true, "more": true, "moins": true,
	"less": true, "ou": true, "or": true, "comme": true, "like": true, "apres": true, "after": true,
	"avant": true, "before": true, "since": true, "depuis": true, "entre": true, "between": true,
	"svp": true, "stp": true, "please": true, "seulement": true, "uniquement": true, "only": true, "just": true, "genre": true, "style": true, "merci": true, "thanks": true, "aussi": true, "s'il": true, "ni": true, "nor": true, "dans": true,
	"annees": true, "of": true, "ce": true, "tonight": true, "also": true, "too": true,
	"i": true, "je": true, "j'ai": true, "mon": true, "ma": true, "my": true,
	// A clause of its own after a name: « les films de varda, on aime ».
	"on": true, "nous": true, "vous": true, "il": true, "elle": true, "ils": true, "elles": true, "we": true,
	"donc": true, "alors": true, "so": true, "qu'il": true, "qu'elle": true, "qu'ils": true, "qu'on": true, "que": true,
	// Words that end a name before a filler: « avec de funes plutot », "omar sy maybe".
	"encore": true, "plutot": true, "si": true, "maybe": true, "perhaps": true, "peut-etre": true, "again": true,
	"instead": true, "rather": true, "pls": true, "trop": true, "est": true, "c'est": true, "is": true, "sont": true,
	"though": true, "quand": true, "lol": true, "finalement": true, "enfin": true, "anyway": true, "actually": true,
	// Words about the person, not of the name: « Deneuve jeune », "Bourvil
	// et de Funès ensemble".
	"jeune": true, "young": true, "ensemble": true, "together": true, "reunis": true,
	"soit": true, "either": true,
	// A film left out after a name: « delon, sauf le samouraï ».
	"sauf": true, "except": true,
	// What is said of the person's work after the name: « les romans de
	// Dumas portés à l'écran ».
	"portes": true, "porte": true, "portees": true, "adaptes": true, "adaptees": true,
	"maintenant": true, "now": true, "cette": true, "this": true,
}

// Edge fillers are cut from both ends of what remains once acts and
// constraints are gone; what is left is a film mention.
var (
	fillerAlt = `(?:` + strings.Join([]string{
		followFillers,                        // followfillers.go: before « donnez-moi » alone
		`quoi\s+de\s+(?:bon|neuf|bien|beau)`, // before « quoi » alone
		`(?:en\s+fait\s*,?\s+)?(?:j(?:'|\s)?ai|g|j(?:'|\s)?avais|(?:on|il|elle)\s+avait|nous\s+avions)\s+(?:(?:bien|beaucoup|vraiment|trop|tellement|aussi|deja|vu\s+et)\s+)*(?:aime|aimee|aimer|adore|adoree|ador|kiffe|apprecie|prefere|vu|revu)`,
		// Words that sum up or shrug: "en gros", « bon, un peu quand même ».
		`(?:madame|monsieur|mademoiselle|messieurs(?:\s+dames)?|mesdames)\s*[,!]|(?:avez|auriez)\s+vous|(?:as|aurais)\s+tu|en\s+gros|grosso\s+modo|en\s+bref|quand\s+meme|tout\s+de\s+meme|basically|anyway|(?:aucune|pas\s+d'|pas\s+trop\s+d')\s*idee|no\s+idea|no\s+clue`,
		`(?:my\s+(?:wife|husband|partner|girlfriend|boyfriend)|ma\s+femme|mon\s+mari|ma\s+copine|mon\s+copain|mon\s+epouse|mon\s+epoux|ma\s+compagne|mon\s+compagnon)\s+(?:and|et)\s+(?:i|me|moi)(?:\s+(?:(?:really\s+)?(?:loved|liked|enjoyed|adored)|(?:avons|on\s+a)\s+(?:(?:bien|beaucoup|vraiment|tellement)\s+)*(?:aime|adore)))?|nope|already|deja|ca|cela|voila|alors\s+voila|merci\s+d'avance|d'avance|thanks\s+in\s+advance|euh|hum|bon\s+ben|cette\s+fois(?:-ci)?|this\s+time|si\s+possible|if\s+possible|de\s+preference|preferably|` + `j'hesite|je\s+ne\s+sais\s+pas|je\s+sais\s+pas|i\s+don't\s+know|not\s+sure|peut-etre|maybe|perhaps|je\s+n'aime|j'aime\s+pas|je\s+deteste|i\s+hate|i\s+don't\s+like|i\s+dislike|je\s+ne\s+supporte|je\s+supporte`,
		`(?:ma\s+femme|mon\s+mari|mon\s+copain|ma\s+copine|mon\s+fils|ma\s+fille|my\s+(?:wife|husband|girlfriend|boyfriend|partner|son|daughter))\s+(?:prefere|aime|adore|likes|loves|prefers|wants|veut)|(?:on|nous)\s+(?:prefere|preferons)|we\s+prefer`,
		`(?:ca|cela)\s+(?:vous|te)\s+dit(?:\s+quelque\s+chose)?|et\s+vous|et\s+toi|and\s+you|(?:what|how)\s+about|what\s+do\s+you\s+think|revoir|rewatch|re-watch|voir\s+ou\s+revoir`,
		`(?:en\s+fait\s*,?\s+)?(?:nous|on)\s+(?:avons|a)\s+(?:(?:bien|beaucoup|vraiment|deja|enfin)\s+)*(?:aime|adore|apprecie|vu|revu|regarde)`,
		// A film just seen again: « on vient de revoir », "we've just
		// watched … again", « hier soir ».
		`(?:nous|on|je|j')\s*(?:vient|venons|viens)\s+de\s+(?:revoir|voir|regarder|re-?regarder)|(?:we|i)(?:'ve|\s+have)?\s+(?:just\s+)?(?:re-?watched|watched|seen|saw)|hier(?:\s+soir)?|yesterday|last\s+(?:night|evening|weekend)|(?:all\s+over\s+)?again|une\s+fois\s+de\s+plus|encore\s+une\s+fois|once\s+more`,
		// A preference said before what is preferred: « je préférerais »,
		// "I'd rather have", "we would prefer".
		`(?:je|j'|on|nous|i|we)(?:'d|\s+would)?\s*(?:prefere(?:rais|rait|rions|s|z)?|preferons|prefers?|rather)(?:\s+(?:have|see|watch|get|voir|avoir|regarder))?`,
		// A liked cue typed without its subject: « grave kiffé », « trop aimé », « adoré ».
		`(?:(?:grave|trop|vraiment|tellement|carrement|super)\s+)+(?:kiffe|adore|aime|apprecie)|kiffe(?:\s+grave)?|adore|(?:tu\s+peux\s+|vous\s+pouvez\s+)?(?:r?ajoute[rz]?|add)(?:-moi|-nous)?`,
		// Asking whether the chat knows a film names it: « vous connaissez le dîner de cons ? ».
		`(?:est-ce\s+que\s+)?(?:vous\s+connaissez|tu\s+connais|connaissez-vous|connais-tu|vous\s+avez\s+vu|tu\s+as\s+vu|do\s+you\s+know|have\s+you\s+seen)|(?:que|qu'est-ce\s+que)\s+(?:vous\s+pensez|tu\s+penses)\s+(?:de|du|des|d')|(?:que|what)\s+(?:pensez-vous|penses-tu|do\s+you\s+think\s+of)\s*(?:de|du|des|d')?`,
		`mes\s+(?:films|preferes|favoris|classiques)(?:\s+(?:preferes|favoris|a\s+moi))?(?:\s+(?:sont|c'est|ce\s+sont))?`,
		`(?:il|elle|ils|elles|mon\s+fils|ma\s+fille|mes\s+enfants|les\s+enfants|mon\s+mari|ma\s+femme|les\s+petits)\s+(?:a|ont)\s+(?:(?:bien|beaucoup|vraiment|tellement|trop|deja)\s+)*(?:aime|adore|apprecie|kiffe|vu)|(?:he|she|they|my\s+(?:son|daughter|kids|children|wife|husband)|the\s+kids)\s+(?:(?:really|also|already)\s+)*(?:liked|loved|enjoyed|adored|likes|loves|enjoys|adores|like|love|saw|has\s+seen|have\s+seen)`,
		`(?:j(?:'|\s)?(?:aime|adore|apprecie)|je\s+kiffe|je\s+prefere|on\s+aime|on\s+adore)(?:\s+(?:bien|beaucoup|vraiment|trop))*`,
		`i(?:'ve|\s+have)?\s+(?:(?:really|truly|just|also|quite|absolutely)\s+)*(?:liked|loved|enjoyed|adored|like|love|enjoy|adore|watched|seen|saw)`,
		`we\s+(?:(?:really|also|just|finally|recently|already)\s+)*(?:liked|loved|enjoyed|like|love|watched|saw|have\s+seen|re-?watched)`,
		// Films already known, said beside a request for more (« les
		// enfants connaissent déjà Totoro », "we've already seen Heat"):
		// they are named as liked, so never shown again. « déjà » is
		// needed: « On connaît la chanson » is a title.
		`we(?:'ve|\s+have)\s+(?:(?:already|just|also|all)\s+)*(?:seen|watched)|(?:we|they|the\s+kids|my\s+kids)\s+(?:already\s+)?know|par\s+coeur|(?:(?:mes|les|nos)\s+(?:enfants|petits(?:-enfants)?|gamins|filles|fils)|ils|elles|on|nous|il|elle|je)\s+(?:connaissent|connait|connais|connaissons)(?:\s+(?:bien|tous|tout))*\s+deja`,
		`(?:anything|something|rien|quelque\s+chose|un\s+truc)\s+(?:similar|similaire|d'approchant|du\s+meme\s+genre|comparable|d'equivalent)|similar(?:\s+ones?)?`,
		`my\s+favou?rites?(?:\s+(?:films?|movies?))?\s+(?:is|are|was|were|include)`,
		`mes\s+films\s+preferes\s+sont`, `mon\s+film\s+prefere(?:\s+est|\s+c'est)?`,
		`je\s+voudrais|je\s+veux|j'aimerais|je\s+cherche|je\s+recherche|on\s+cherche|on\s+voudrait|i\s+want|i'd\s+like|i\s+would\s+like|i'm\s+looking\s+for|i\s+am\s+looking\s+for|looking\s+for|(?:i'm|i\s+am|we're|we\s+are)\s+after`,
		`(?:can|could)\s+you\s+(?:recommend|suggest|find|show)(?:\s+me)?`,
		`(?:but|and|i|we)\s+(?:(?:just|really)\s+)?(?:want|need)|(?:can|could)\s+(?:i|we)\s+(?:get|have)|(?:have\s+you\s+|you\s+)got(?:\s+anything)?|got\s+anything`,
		`(?:tu|vous)\s+(?:peux|pourrais|pouvez|pourriez)\s+(?:me|nous)\s+(?:conseiller|proposer|recommander|trouver|montrer|suggerer)`,
		`(?:avec|with)\s+(?:mon|ma|mes|my|our)\s+(?:mari|femme|copain|copine|compagnon|compagne|conjoint|conjointe|ami|amie|amis|amies|parents|potes|wife|husband|partner|girlfriend|boyfriend|friends?|parents)`,
		`(?:(?:bon|bref|alors|ok|okay|so|well)\s+)?(?:(?:j'ai|on\s+a|nous\s+avons)\s+)?envie\s+(?:de|d')(?:\s*(?:un|une|voir|regarder))?|i(?:'m|\s+am)\s+in\s+the\s+mood\s+for|in\s+the\s+mood\s+for|i\s+feel\s+like(?:\s+watching)?|i\s+fancy`,
		`(?:(?:vous\s+)?avez|(?:tu\s+)?as|t'as|vous\s+auriez|tu\s+aurais)\s+quoi|quoi`,
		`(?:(?:i|we)\s+)?(?:(?:just|recently|finally)\s+)+(?:watched|saw|seen|finished)|(?:and\s+|et\s+)?(?:(?:really|totally)\s+)?(?:loved|liked|enjoyed|adored)\s+it|(?:et\s+)?(?:j'ai|on\s+a)\s+(?:adore|aime|kiffe)|what\s+(?:should|could|can|would)\s+(?:i|we)\s+(?:watch|see)(?:\s+(?:next|now|after|tonight))?|quoi\s+(?:voir|regarder)(?:\s+(?:ensuite|apres|maintenant))?|(?:que|qu'est-ce\s+que)\s+(?:je|on)\s+(?:pourrais|pourrait|peux|peut|devrais|devrait)\s+(?:voir|regarder)(?:\s+(?:ensuite|apres|maintenant))?`,
		`(?:(?:it|that|this)\s+)?(?:was|were|is)\s+(?:(?:so|really|very|just|pretty)\s+)?(?:great|amazing|awesome|excellent|brilliant|fantastic|wonderful|good|superb|incredible)|(?:c'etait|etait|c'est)\s+(?:(?:vraiment|trop|tellement|super)\s+)?(?:genial|super|top|excellent|geniale|incroyable|magnifique|bien|formidable)`,
		`(?:conseille|propose|recommande|donne|montre|trouve|suggere)[sz]?-moi|(?:conseillez|proposez|recommandez|donnez|montrez|trouvez)-moi`,
		`show\s+me|give\s+me|find\s+me|recommend(?:\s+me)?|suggest(?:\s+me)?`,
		`voir|regarder|watch|to\s+watch|see|to\s+see`,
		`(?:(?:un|une|des|quelques|d'autres|a|an|some|other|le|the|another|one\s+more)\s+)?(?:(?:autres?|other|more|nouveaux?|nouvelles?|new)\s+)?(?:films?|movies?|quelque\s+chose|something|truc|trucs|blockbusters?|flicks?)`,
		`(?:des\s+films\s+|d'autres\s+films\s+|quelque\s+chose\s+|d'autres\s+)?(?:comme\s+(?:lui|elle|eux|elles)|like\s+(?:him|her|them|it)|dans\s+le\s+meme\s+(?:genre|style|esprit)(?:\s+que)?|du\s+meme\s+(?:genre|style|acabit)(?:\s+que)?|comme\s+(?:ca|cela)|de\s+ce\s+genre|dans\s+ce\s+genre(?:-la)?|like\s+(?:that|this|those|these|it)|in\s+the\s+same\s+(?:vein|style|spirit)|of\s+(?:that|the\s+same)\s+kind)`,
		`(?:un\s+peu\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|sort\s+of\s+)?(?:comme|like)|similar\s+to|(?:un\s+peu\s+)?(?:genre|style|facon|type|kind\s+of\s+like|a\s+bit\s+like|sort\s+of\s+like)|du\s+genre\s+(?:de|du)|dans\s+le\s+genre\s+(?:de|du)|du\s+style\s+(?:de|du)|a\s+la|in\s+the\s+style\s+of|semblables?\s+a|proches?\s+de|such\s+as|comparable\s+to|(?:qui\s+)?ressembl(?:e|ent|ant|erait)\s+(?:a|au|aux)|make\s+(?:it|that)`,
		`maintenant|now|que\s+des|que\s+du|rien\s+que|uniquement|seulement|only|juste|just|hier|yesterday|recemment|recently|dernierement|(?:en\s+)?ce\s+moment|est-ce\s+que|qu'est-ce\s+que|il\s+y\s+a|y\s+a-t-il`,
		`(?:vous|tu)\s+(?:en\s+)?(?:auriez|avez|aurais|as)|en\s+(?:avez|auriez)-vous|t'en\s+as|auriez-vous|avez-vous|aurais-tu|as-tu|do\s+you\s+have|have\s+you\s+got|got\s+any|any(?:\s+(?:ideas?|suggestions?|recommendations?))?`,
		`(?:c'est|c'etait|it\s+was|it's)\s+(?:genial|super|top|excellent|great|awesome|amazing)`,
		`(?:pour|for|to)\s+(?:voir|regarder|watch|see)(?:\s+(?:ce\s+soir|tonight|together|ensemble|en\s+famille))?|(?:really\s+)?(?:loved|liked|enjoyed|adored)|(?:hey|hi|hello)\s+there|anything|what\s+else(?:\s+(?:would|could|can|do)\s+you\s+(?:suggest|recommend|have|propose))?|(?:(?:t'as|tu\s+as|vous\s+avez|vous\s+auriez|tu\s+aurais|avez-vous|as-tu)\s+)?quoi\s+d'autre|(?:en|in)\s+couleurs?|in\s+colou?rs?|any\s+(?:films?|movies?|ideas?|suggestions?)|(?:any|some)\s+ideas?`,
		`(?:qu'est(?:-|\s+)ce\s+que|que)\s+(?:vous\s+|tu\s+)?(?:me\s+)?(?:conseillez|conseilleriez|proposez|proposeriez|recommandez|recommanderiez|conseilles|proposes|recommandes)(?:-vous|-tu)?|(?:vous|tu)\s+(?:me\s+)?(?:conseillez|conseilleriez|proposez|recommandez|conseilles|proposes|recommandes)\s+quoi|what\s+(?:do|would)\s+you\s+(?:recommend|suggest)`,
		`(?:pas|not|nothing|rien\s+de)\s+(?:trop\s+|too\s+|tres\s+|very\s+)?(?:gore|gory|violent|sanglant|bloody|sanglants?|violents?)`,
		`let's|lets|let\s+us|a\s+grande?\s+spectacle|spectaculaires?|big[\s-]budget|bonjour|bonsoir|salut|bon\s*,|bon\s+(?:alors|ben|bah|maintenant|ok|euh|sinon|bref|du\s+coup|et\s+bien|eh\s+bien)|bref|du\s+coup|coucou|hello|hi|hey|oui|ok|okay|d'accord|non|alors|euh|eh\s+bien|puis|sinon|otherwise|aussi|also|too|as\s+well|egalement|et|and|mais|but|ou|or|plutot|rather|vraiment|really`,
		`s'il\s+(?:te|vous)\s+plait|stp|svp|please|pls|merci|thanks|thank\s+you|bien\s+sur|bien\s+entendu|evidemment|forcement|obviously|of\s+course|naturally|what(?:'s|\s+is)\s+(?:good|new|worth\s+(?:seeing|watching))|beaucoup|(?:pour\s+)?ce\s+soir|(?:for\s+)?tonight|pour\s+moi|for\s+me|moi`,
		// Words that qualify a request, never a title of their own.
		`hier\s+soir|avant-hier|l'autre\s+(?:jour|soir)|la\s+semaine\s+derniere|ce\s+week-end|last\s+(?:night|week|weekend)|the\s+other\s+(?:day|night)|(?:what\s+)?(?:would|could|can)\s+you\s+(?:suggest|recommend)|(?:just\s+)?after\s+(?:watching|seeing)|apres\s+avoir\s+(?:vu|regarde)|i'd\s+love|i\s+would\s+love|we'd\s+(?:like|love)|j'adorerais|j'aimerais\s+bien|on\s+aimerait(?:\s+bien)?|(?:des|quelques|une|vos)\s+(?:idees?|suggestions?|propositions?)|un\s+chouia|un\s+poil|un\s+brin|legerement|slightly|a\s+tad|somewhat|what\s+(?:have\s+you\s+got|do\s+you\s+have|you\s+got)|(?:vous\s+avez|t'as|tu\s+as|vous\s+auriez)\s+(?:quoi|des\s+trucs|des\s+films|quelque\s+chose)(?:\s+(?:avec\s+(?:lui|elle)|de\s+(?:lui|elle)))?|slt|bjr|bsr|cc|yo|un\s+peu|a\s+(?:bit|little)|kind\s+of|sort\s+of|environ|approximately|roughly|(?:(?:la|une?)\s+)?meme\s+chose|(?:the\s+)?same\s+(?:thing|kind\s+of\s+thing)|pareils?|pareilles?|similaires?|(?:dans|de)\s+ce\s+(?:style|genre|type|registre|gout|esprit)(?:-la)?|dans\s+cet\s+esprit|dans\s+la\s+meme\s+veine|in\s+(?:this|that|the\s+same)\s+(?:style|vein|spirit|genre)|along\s+those\s+lines`,
		`(?:(?:pour|for|on)\s+)?(?:(?:ce|le|this|next)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:soir|apres-midi|aprem|prochain|night|evening|afternoon))?|(?:pour\s+|for\s+)?(?:demain|tomorrow)(?:\s+soir)?`,
		`(?:(?:je|on|il|elle|ils|elles|nous|vous|mon\s+mari|ma\s+femme|mes\s+enfants|les\s+enfants)\s+)?(?:l'ai|l'a|l'ont|l'avons|l'avez|les\s+ai|les\s+a|les\s+avons|les\s+ont)\s+(?:deja\s+)?(?:vus?|vues?)(?:\s+(?:aussi|deja|egalement))?|(?:(?:i|we|they|he|she|my\s+(?:wife|husband)|the\s+kids)(?:'ve|\s+have|\s+has)?\s+)?(?:already\s+)?seen\s+(?:it|them|that\s+one)(?:\s+(?:already|too|also))?`,
		// How often: "on l'a vu 10 fois", "seen it three times".
		`(?:\d+|deux|trois|quatre|cinq|dix|vingt|cent|mille|plusieurs|des\s+dizaines\s+de)\s+fois|(?:\d+|two|three|four|five|ten|several|many|a\s+hundred|a\s+million)\s+times`,
		// A polite or texted request around the title: « que pourriez-vous
		// nous proposer », "might you recommend something similar to", «
		// tu conseillerais koi apres », « vs auriez quoi ».
		`(?:que\s+)?(?:pourriez|pourrais|pouvez|peux)[\s-]*(?:vous|tu)\s+(?:me|nous)\s+(?:conseiller|proposer|recommander|suggerer|montrer)|(?:might|would|could|can)\s+you\s+(?:(?:kindly|please|perhaps)\s+)?(?:recommend|suggest|propose)(?:\s+(?:me|us))?(?:\s+(?:something|anything|a\s+film|a\s+movie))?(?:\s+(?:similar\s+to|like))?|(?:tu|vous|vs)\s+(?:me\s+|m'|nous\s+)?(?:conseillerais|conseilleriez|conseilles|conseille|conseillez|proposerais|proposeriez|proposes|recommandes|recommanderais)\s+(?:koi|quoi)(?:\s+(?:apres|si\s+(?:g|j'ai)\s+(?:kiffe|aime|adore)))?|(?:vs|vous)\s+auriez(?:\s+(?:quoi|koi))?|(?:mon|ma|mes|notre|nos)\s+(?:fils|fille|filles|enfants|petits?-?(?:fils|filles?|enfants)|petite-fille|gamins?|neveux?|nieces?)\s+(?:(?:en\s+)?(?:est|sont)\s+(?:(?:tres|super|grand|grande|grands|grandes)\s+)?(?:fans?|fou|folle|fous|folles|dingues?)|l'adore(?:nt)?|adore(?:nt)?)|(?:my|our)\s+(?:son|daughter|kids|children|grandson|granddaughter|grandchildren)\s+(?:is|are)\s+(?:(?:a\s+)?(?:huge|big)\s+)?(?:fans?|obsessed|mad\s+about\s+it)`,
		chatterFillers, // chatter.go
	}, "|") + `)`
	// suffixAlt is filler only at the end of a mention: "la belle et la
	// bête de Cocteau, le vieux" (but "Le Vieux Fusil" is a title), « les
	// tontons flingueurs, un autre ».
	suffixAlt      = `(?:(?:bien\s+)?cordialement|many(?:\s+thanks)?|cheers|thanks\s+(?:a\s+lot|so\s+much|ever\s+so\s+much)|merci\s+(?:beaucoup|bien|mille\s+fois)|bonne\s+(?:soiree|journee)|un\s+autre|une\s+autre|another\s+one|(?:le|la|l')\s*(?:vieux|vieille|ancien|ancienne|original|originale|premier|premiere)|the\s+(?:old|older|original|first)(?:\s+one)?|dans|in|avec|with|de|of|ones?|(?:mais\s+|but\s+)?en)`
	fillerPrefixRe = regexp.MustCompile(`^[\s\pP\pS]*(?:` + fillerAlt + `|` + followPrefixAlt + `)(?:[\s\pP\pS]+|$)`)
	fillerSuffixRe = regexp.MustCompile(`(?:^|[\s\pP\pS]+)(?:` + fillerAlt + `|` + suffixAlt + `|` + followSuffixAlt + `)[\s\pP\pS]*$`)
	edgePunctRe    = regexp.MustCompile(`^[\s\pP\pS]+|[\s,;:.\-]+$`)
)

// parser holds a message being understood: the folded text and which of
// its bytes have already been explained.
type parser struct {
	f    folded
	work []byte // f.s with explained bytes set to 0
	m    message
	// genreEnds are where genre spans end: "des westerns de Sergio
	// Leone" names a director after one.
	genreEnds []int
	halloween bool // « pour Halloween »: horror unless a genre is named
	roughMax  bool // MaxRuntime came from a length given roughly ("1h30")
	// blackWhite: « en noir et blanc », « pas en couleur »; settled into an
	// era once the message is read (blackwhite.go).
	blackWhite bool
	// studioRefused: a studio was refused (« pas de Pixar », asides.go).
	studioRefused bool
	// versionEnds are where version words beside a title end
	// (versionwords.go).
	versionEnds []int
}

// consume marks [a, b) of the folded text as explained.
func (p *parser) consume(a, b int) {
	for i := a; i < b; i++ {
		p.work[i] = 0
	}
}

// maxRuntime, shorter and longFilm are the length rules shared by many
// phrasings (p.each callbacks): a maximum read from the whole match
// (« 1h45 max », "up to 2 hours"), shorter than the films shown, and a long
// film (unless a least length is already set).
func (p *parser) maxRuntime(sub []string, _ []int) bool {
	if n := minutesOf(sub[0]); n > 0 {
		if strictBound(sub[0]) {
			n-- // « moins de 100 minutes »: not 100
		}
		p.m.MaxRuntime = n
		return true
	}
	return false
}

func (p *parser) shorter([]string, []int) bool { p.m.Shorter = true; return true }

func (p *parser) longFilm([]string, []int) bool {
	if p.m.MinRuntime == 0 {
		p.m.MinRuntime = longFilmMinutes
	}
	return true
}

// each runs re over the text not yet explained and calls fn for every
// match; fn returns false to leave the match unexplained.
func (p *parser) each(re *regexp.Regexp, fn func(sub []string, idx []int) bool) {
	s := string(p.work)
	for _, idx := range re.FindAllStringSubmatchIndex(s, -1) {
		sub := make([]string, len(idx)/2)
		for i := range sub {
			if idx[2*i] >= 0 {
				sub[i] = s[idx[2*i]:idx[2*i+1]]
			}
		}
		if fn(sub, idx) {
			p.consume(idx[0], idx[1])
		}
	}
}

// parseOptions switch off a rule when the first reading of a message
// proved wrong.
type parseOptions struct {
	noPeople bool // "Danse avec les loups" is a title, not a person named "les loups"
}

// parse understands a customer message. It never looks anything up: film
// and person mentions are returned as typed.
func parse(text string, o parseOptions) message {
	text = withSlashRe.ReplaceAllString(text, "${1}with ") // "the fly w/ jeff goldblum"
	f := correctLexicon(fold(text))
	p := &parser{f: f, work: []byte(f.s)}
	p.m.Raw = text
	p.m.Lang = detectLang(text)
	if byeRe.MatchString(f.s) {
		p.m.Act = actThanks
		return p.m
	}
	if rank, ok := closing(f.s); ok { // closing.go
		p.m.Act, p.m.Closing = actThanks, rank
		return p.m
	}
	if praiseOnlyRe.MatchString(f.s) {
		if thanksWordRe.MatchString(f.s) {
			p.m.Act = actThanks
			return p.m
		}
		p.m.Praise = strongPraiseRe.MatchString(f.s)
	}
	if seenItRe.MatchString(f.s) {
		p.m.Act, p.m.Refs = actReject, []int{0}
		return p.m
	}
	if unconvincedRe.MatchString(f.s) {
		p.m.More = true
		return p.m
	}
	if whyAloneRe.MatchString(f.s) {
		p.m.Act, p.m.Refs = actWhy, []int{0}
		return p.m
	}

	p.noSubtitles() // subtitles.go: « pas de sous-titres », before the eras and the refusals
	p.each(restartRe, p.restart)
	// followups14.go: what a message says before a reset is dropped.
	p.each(resetRe, func(_ []string, idx []int) bool { p.resetDrops(idx); return true })
	p.each(chooserRe, func([]string, []int) bool { return true })
	// followups14.go: « ce serait encore mieux », "ideally"; « moins violent que Heat ».
	p.each(wishRe, func([]string, []int) bool { return true })
	p.each(compareRe, p.compare)
	p.each(countRequestRe, p.countRequest) // followfillers.go: « donnez-moi cinq »
	p.each(helpRe, func(_ []string, idx []int) bool {
		if theBeforeRe.MatchString(string(p.work[:idx[0]])) {
			return false // "The Help", « j'ai aimé Au secours… »: a title
		}
		p.m.Act = actHelp
		return true
	})
	p.each(whyRe, func(sub []string, idx []int) bool {
		if lastYearsRe.MatchString(string(p.work[idx[1]:])) {
			return false // "what's good from the last few years?": an era, no card
		}
		p.m.Act, p.m.Refs = actWhy, refsOf(sub[1])
		return true
	})
	p.each(whyPostRe, func(sub []string, _ []int) bool {
		p.m.Act, p.m.Refs = actWhy, refsOf(sub[1])
		return true
	})
	p.each(dislikeRefRe, func(sub []string, _ []int) bool {
		p.m.Act, p.m.Refs = actReject, append(p.m.Refs, refsOf(sub[1])...)
		return true
	})
	p.each(likeRefRe, func(sub []string, idx []int) bool {
		refs := refsOf(sub[1])
		if slices.Equal(refs, []int{0}) && hasWord(string(p.work[:idx[0]])) {
			return false // "and Brassed Off, we liked that one too": the film named
		}
		p.m.Act, p.m.Refs = actLikeShown, refs
		p.consume(idx[0], idx[3])
		return false
	})
	p.each(refApprovalRe, func(sub []string, _ []int) bool {
		p.m.Act, p.m.Refs = actLikeShown, refsOf(sub[1])
		return true
	})
	p.each(refPleasedRe, p.refPleased)
	p.each(likeShownRe, func(sub []string, _ []int) bool {
		p.likeShown(refsOf(sub[1]))
		return true
	})
	reject := func(sub []string, _ []int) bool {
		p.m.Act, p.m.Refs = actReject, append(p.m.Refs, refsOf(sub[1])...)
		return true
	}
	p.each(rejectRe, reject)
	p.each(rejectPostRe, reject)
	p.m.Refs = rankedRefs(p.m.Refs) // cardwords.go: « le 3 on l'a vu, pas celui-là »
	p.each(moreAgainRe, func([]string, []int) bool { p.m.More = true; return true })

	p.each(noSequelRe, func([]string, []int) bool { p.m.NoSequels = true; return true })
	p.each(sameEraRe, func([]string, []int) bool { p.m.SameEra = true; return true })
	p.rankedAges()                                               // paraphrases.go: « la plus jeune a 9 ans », before the eras
	p.each(accentRe, func([]string, []int) bool { return true }) // « du Québec, avec l'accent » (nations.go)
	p.lifeTalk()                                                 // chatter14.go: « une collègue m'a dit que », "visiting friends in Limoges"
	p.lifePhrases()                                              // themes12.go: « la vie dans un pensionnat », "life on the road"
	p.versionPhrases()                                           // versionwords.go: « l'original en noir et blanc », before the eras
	p.sayingPhrases()                                            // constraints14.go: « je vis ici depuis 2016 », « de ce siècle », « une fresque, dans les 3h »
	p.settingPeriods()                                           // before the eras: « qui se passe dans les années 80 » (periods.go)
	p.shotPlaces()                                               // themecues.go: « tourné au Maroc », before the nations
	p.shownEras()                                                // shownera13.go: "newer than those, they're from the 90s"
	p.refusedOldFilms()                                          // constraints14.go: « les plus récents, les vieux ça les ennuie »
	p.roleTones()                                                // people13.go: « dans un rôle comique », « pas dans ses films d'action »
	p.butTones()                                                 // buttone.go: « des zombis mais drôle », "zombies but funny"
	p.looseConstraints()                                         // loose11.go: before the length, era, genre and nationality rules
	p.refinePhrases()                                            // refinewords.go: « seulement ceux des années 70 », "make it a comedy"
	p.durationPhrases()
	p.nameHedges()
	p.negatedEras() // « pas un vieux truc des années 80 » (negatederas.go)
	p.eraPhrases()
	p.each(blackWhiteRe, func([]string, []int) bool { p.blackWhite = true; return true })
	p.each(warEraRe, func(sub []string, _ []int) bool {
		if sub[1] != "" {
			p.m.MaxYear = 1939 // "d'avant-guerre", "pre-war"
		} else {
			p.m.MinYear, p.m.MaxYear = 1945, 1959 // "d'après-guerre", "post-war"
		}
		return true
	})
	p.each(oldFilmRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 || p.m.MaxYear > oldFilmYear {
			p.m.MaxYear = oldFilmYear
		}
		return true
	})
	p.each(decadesRe, func(sub []string, _ []int) bool {
		a, b := decadeYear(sub[1]+sub[3]), decadeYear(sub[2]+sub[4]) // French or English
		if a == 0 || b == 0 {
			return false
		}
		p.m.MinYear, p.m.MaxYear = min(a, b), max(a, b)+9
		return true
	})
	p.each(betweenRe, func(sub []string, _ []int) bool {
		a, _ := strconv.Atoi(sub[1])
		b, _ := strconv.Atoi(sub[2])
		if a > b {
			a, b = b, a
		}
		p.m.MinYear, p.m.MaxYear = a, b
		return true
	})
	decade := func(century, digit, word string) bool {
		y := 0
		if word != "" {
			y = map[string]int{"vingt": 1920, "trente": 1930, "quarante": 1940, "cinquante": 1950, "soixante": 1960,
				"soixante-dix": 1970, "quatre-vingt": 1980, "quatre-vingts": 1980, "quatre-vingt-dix": 1990}[word]
		} else {
			d, _ := strconv.Atoi(digit)
			switch {
			case century == "19" || century == "20":
				c, _ := strconv.Atoi(century)
				y = c*100 + d*10
			case d <= 1:
				y = 2000 + d*10
			default:
				y = 1900 + d*10
			}
		}
		if y == 0 {
			return false
		}
		p.m.MinYear, p.m.MaxYear = y, y+9
		return true
	}
	p.partDecades()
	p.each(decadeFRRe, func(sub []string, _ []int) bool { return decade(sub[1], sub[2], sub[3]) })
	p.each(decadeENRe, func(sub []string, _ []int) bool { return decade(sub[1], sub[2], "") })
	p.each(notBeforeRe, func(sub []string, _ []int) bool {
		// "pas avant 1970" is from 1970 on, "not after 2000" up to 2000.
		y, _ := strconv.Atoi(sub[2])
		if sub[1] == "avant" || sub[1] == "before" {
			p.m.MinYear = y
		} else {
			p.m.MaxYear = y
		}
		return true
	})
	p.each(yearOnwardsRe, func(sub []string, _ []int) bool {
		p.m.MinYear, _ = strconv.Atoi(sub[1] + sub[2])
		return true
	})
	p.each(afterRe, func(sub []string, _ []int) bool {
		y, _ := strconv.Atoi(sub[2])
		if sub[1] == "apres" || sub[1] == "after" {
			y++
		}
		p.m.MinYear = y
		return true
	})
	p.each(beforeRe, func(sub []string, _ []int) bool {
		y, _ := strconv.Atoi(sub[2])
		if sub[1] == "avant" || sub[1] == "before" {
			y--
		}
		p.m.MaxYear = y
		return true
	})
	p.each(releasedRe, func(sub []string, _ []int) bool {
		y, _ := strconv.Atoi(sub[1])
		p.m.MinYear, p.m.MaxYear = y, y
		return true
	})
	p.each(newerRe, func([]string, []int) bool { p.m.Newer = true; return true })
	p.each(olderRe, func([]string, []int) bool { p.m.Older = true; return true })
	// « rien au-dessus de 2h »: before the rough lengths read "de 2h".
	p.each(overRe, p.maxRuntime)
	p.each(durationRe, p.maxRuntime)
	p.each(aroundRe, func(sub []string, _ []int) bool {
		if n := minutesOf(sub[0]); n > 0 {
			p.m.MinRuntime, p.m.MaxRuntime = n-aroundMinutes, n+aroundMinutes
			return true
		}
		return false
	})
	p.each(longerRe, func(sub []string, _ []int) bool {
		if n := minutesOf(sub[0]); n > 0 {
			if strictBound(sub[0]) {
				n++ // "over 150 minutes": not 150
			}
			p.m.MinRuntime = n
			return true
		}
		return false
	})
	p.each(approxDurRe, func(sub []string, _ []int) bool {
		if n := minutesOf(sub[0]); n > 0 && p.m.MaxRuntime == 0 {
			p.m.MaxRuntime = n + aroundMinutes // a rough length the first rule missed: its upper side
			p.roughMax = true
			return true
		}
		return false
	})
	p.each(shorterRe, p.shorter)
	if p.m.Shorter && p.roughMax {
		p.m.MaxRuntime -= aroundMinutes // « encore plus court, 1h30 »: the length is the most
	}
	p.avoidSubjects()   // themes13.go: « mais pas sur le Vietnam », "nothing about the war"
	p.pointedSubjects() // themes13.go: « ma sœur a un cancer, un film qui en parle »
	p.namedWars()       // themes10.go: "a First World War film", "the Korean War": no genre, no nationality
	p.languagePhrases()
	p.each(notEnglishRe, func([]string, []int) bool {
		p.m.AvoidCountries = appendNew(p.m.AvoidCountries, "US", "GB")
		return true
	})
	p.each(languageAnyRe, func(sub []string, idx []int) bool {
		if notBeforeLanguageRe.MatchString(string(p.work[:idx[0]])) {
			return true // « en anglais, pas en français »: the language refused is read, not asked for
		}
		l, ok := languageWord[sub[1]]
		if !ok || l == "" {
			return sub[1] == "vo"
		}
		p.m.Language = l
		return true
	})
	p.each(avoidNationRe, func(sub []string, idx []int) bool {
		p.m.AvoidCountries = appendNew(p.m.AvoidCountries, nationWord[strings.Join(strings.Fields(sub[1]), " ")])
		if genreWordRe.MatchString(sub[0]) {
			p.consume(idx[2], idx[3])
			return false
		}
		return true
	})
	// "une comédie française": only the adjective is explained here, the
	// genre is left for the genre rules.
	p.each(frenchRe, func(sub []string, idx []int) bool {
		// Only the adjective is explained: the noun may carry a genre
		// ("une comédie française") or a theme ("un road movie français").
		p.m.FrenchOnly = true
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(frenchPreRe, func(sub []string, idx []int) bool {
		p.m.FrenchOnly = true
		if !genreWordRe.MatchString(sub[0]) {
			return true
		}
		p.consume(idx[0], idx[0]+strings.Index(sub[0], "french")+len("french"))
		return false
	})
	nation := func(sub []string, idx []int) bool {
		code := nationWord[strings.Join(strings.Fields(sub[1]), " ")]
		if code == "FR" {
			p.m.FrenchOnly = true
		} else {
			p.m.Countries = appendNew(p.m.Countries, code)
		}
		p.consume(idx[2], idx[3])
		return false
	}
	p.castNations() // nations.go: « avec des actrices françaises »
	p.each(nationSideRe, func(sub []string, idx []int) bool {
		if sub[1] == "" {
			sub, idx = sub[1:], idx[2:] // "from the German side": group 2
		}
		nation(sub, idx)
		return true
	})
	p.each(nationDuRe, func(sub []string, idx []int) bool { nation(sub, idx); return true })
	p.each(nationElidedRe, func(sub []string, idx []int) bool { nation(sub, idx); return true })
	p.each(nationDeRe, func(sub []string, idx []int) bool { nation(sub, idx); return true })
	p.each(nationAfterRe, nation)
	p.each(nationThemeRe, func(sub []string, idx []int) bool {
		if genreWordRe.MatchString(sub[2]) || sub[1] == "us" && !p.capitalisedSpan(idx[2], idx[3]) {
			return false // "give us a comedy": the pronoun, not the United States
		}
		p.setNation(nationWord[strings.Join(strings.Fields(sub[1]), " ")])
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(nationBeforeRe, func(sub []string, idx []int) bool {
		p.consume(idx[0], idx[2]) // "big American blockbusters": the adjective before goes too
		return nation(sub, idx)
	})
	p.each(butNationRe, func(sub []string, idx []int) bool { nation(sub, idx); return true })
	p.each(themeNationRe, nation)
	p.each(alsoRe, func([]string, []int) bool { p.m.Also = true; return false })
	p.paraphrases() // paraphrases.go: « avec de l'action », « les enfants (6 et 9 ans) »
	if !o.noPeople {
		p.otherThanPeople() // avoidpeople.go: « autre chose que Godard », « pas ceux de Melville »
		p.askedPeople()     // people11.go: « un truffaut », « tous les rohmer », "David Lean epics"
	}
	p.personWishes(o.noPeople) // personwish.go
	if !o.noPeople {
		p.personClauses()
	}
	p.constraintPhrases()
	p.agreeFillers()    // themes12.go: « qui plaise à tout le monde », "we'd both enjoy"
	p.chatThemes()      // themes11.go: « mon mari est agriculteur », « un cycle Kurosawa », "heist films like X"
	p.occasionPhrases() // themes10.go: « je garde mes petits-enfants », « pour eux », « qui ont 80 ans »
	p.visitFillers()    // paraphrases.go
	p.classicPhrases()
	p.each(familyRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(avoidRe, func(sub []string, _ []int) bool {
		p.avoidGenresOf(sub[0])
		return true
	})
	if !o.noPeople {
		p.notWhosePeople()
		p.notWithPeople()
	}
	p.each(avoidThemeRe, func(sub []string, idx []int) bool {
		// "pas de super-héros", "no zombies": a subject not wanted; the
		// dialogue keeps it only if it reads as a theme.
		t := strings.TrimSpace(sub[1])
		if t == "" || junk(t) || softAdjectives[t] || genreOnlyRe.MatchString(t) {
			return false
		}
		p.m.AvoidThemes = append(p.m.AvoidThemes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		p.consume(idx[0], idx[3])
		return false
	})
	p.nounKindThemes() // themes8.go: "pirate adventures", "a french heist film"
	if !o.noPeople {
		// « melville ses polars », once « spaghetti westerns » and « hates
		// horror » are read.
		p.personExamples() // personwish.go
		p.roleNames()
	}
	positive := func(sub []string, idx []int) bool {
		gs := genresOf(sub[0])
		// "une comédie dramatique", "a horror comedy": genre words side by
		// side, without "ou" or "et", are one film having them all.
		if next := genreNextRe.FindStringSubmatchIndex(string(p.work[idx[1]:])); next != nil {
			gs = appendNew(gs, genresOf(string(p.work[idx[1]+next[2]:idx[1]+next[3]]))...)
			p.consume(idx[1], idx[1]+next[1])
			idx[1] += next[1]
		}
		p.genreEnds = append(p.genreEnds, idx[1])
		if len(gs) > 1 && !genreJoinRe.MatchString(sub[0]) {
			p.m.AllGenres = appendNew(p.m.AllGenres, gs...)
		} else {
			p.m.Genres = appendNew(p.m.Genres, gs...)
		}
		return true
	}
	p.genreSubjects() // themes12.go: "heist comedies", "space horror"
	p.toneThemes()
	p.each(genreCueRe, positive)
	p.each(genreFilmRe, positive)
	p.each(recentRe, func([]string, []int) bool { p.m.Recent = true; return true })
	if !o.noPeople {
		p.castBefore()
	}
	theme := func(sub []string, idx []int) bool {
		t := strings.TrimSpace(sub[1])
		if bare := articlesRe.ReplaceAllString(t, ""); genreOnlyRe.MatchString(bare) && !junk(bare) {
			// "un film sur la guerre", "something about war": the subject
			// is a genre.
			p.m.Genres = appendNew(p.m.Genres, genresOf(bare)...)
			p.consume(idx[0], idx[3])
			return false
		}
		if t == "" || junk(t) || softAdjectives[t] || genreOnlyRe.MatchString(t) || strings.HasPrefix(t, "meme ") || p.work[idx[2]] == 0 ||
			creditLeadRe.MatchString(t) {
			// « avec des dialogues d'Audiard », "with music by Hans
			// Zimmer": a writer or composer cue, read by p.people.
			return false
		}
		end := idx[3]
		if or := themeOrRe.FindStringSubmatchIndex(string(p.work[end:])); or != nil {
			alt := strings.TrimSpace(articlesRe.ReplaceAllString(string(p.work[end+or[2]:end+or[3]]), ""))
			if alt != "" && !junk(alt) && !genreOnlyRe.MatchString(alt) && !softAdjectives[alt] {
				end += or[3]
			}
		}
		end = p.themeList(end) // « sur la cuisine, des chefs, un restaurant »: one theme
		th := strings.TrimSpace(p.f.origSpan(idx[2], end))
		if movieNouns[t] && idx[1] > idx[3] {
			// "un road movie": the noun is part of the subject.
			th += " movie"
		}
		p.m.Themes = append(p.m.Themes, th)
		p.consume(idx[0], max(idx[3], end))
		return false
	}
	p.each(whatAboutRe, func([]string, []int) bool { return true }) // not a theme cue
	p.each(styleOfRe, func([]string, []int) bool { return true })   // "dans le style de La Haine": a film follows
	p.each(themeGenreRe, func(sub []string, idx []int) bool {
		if genreWordRe.MatchString(sub[1]) || softAdjectives[sub[1]] {
			return false
		}
		p.m.SoftThemes = append(p.m.SoftThemes, sub[1])
		p.consume(idx[0], idx[3]) // "a good courtroom drama": the article and adjective too
		return false
	})
	p.lessPhrases() // themes8.go: « avec moins de fusillades » is no theme
	back, period := p.themeBack()
	p.each(descriptionCueRe, theme) // themes8.go: « la vie d'un peintre »
	p.each(themeCueRe, theme)
	p.each(themeMovieRe, theme)
	startTheme := func(sub []string, idx []int) bool {
		for _, w := range words(sub[1]) {
			// A word that says which language the message is in is a
			// grammar word, not a subject ("good movies"); "space" is.
			if listJoins[w] {
				continue // "tennis or golf films"
			}
			if junkWords[w] || personStop[w] || softAdjectives[w] || langWords[w] >= 2 || langWords[w] <= -2 {
				return false
			}
		}
		n := len(p.m.Themes)
		theme(sub, idx)
		if len(p.m.Themes) > n && (strings.HasSuffix(sub[0], "stories") || strings.HasSuffix(sub[0], "stuff")) {
			p.consume(idx[0], idx[1]) // "ghost stories", "other spy stuff": the noun goes too
		}
		return false
	}
	p.each(themeStartRe, startTheme)
	p.each(themeMidRe, startTheme)
	p.placeThemes()
	if !o.noPeople {
		p.togetherTail()
		p.moreNames()
		p.exampleHedges() // themelist14.go: « un documentaire par exemple »
		p.people()
		p.m.People = fullerNames(p.m.People)
	}
	p.kinPhrases() // themes8.go: « et pour son frère de 15 ans qui aime… »
	p.finishAudience()
	p.settleBlackWhite()
	p.each(moreRe, func([]string, []int) bool { p.m.More = true; return true })
	if anotherRe.MatchString(strings.ReplaceAll(string(p.work), "\x00", " ")) {
		// « une autre de ces années-là »: « une autre » is all that is left.
		p.m.More = true
		p.consume(0, len(p.work))
	}
	greeted := false
	p.each(greetRe, func([]string, []int) bool { greeted = true; return true })
	thanked := false
	p.each(thankRe, func([]string, []int) bool { thanked = true; return true })

	p.themeTail(back, period)
	p.selfTalk()       // themes12.go: « je tiens la boulangerie de la place »
	p.chatterClauses() // chatter.go
	p.leftoverTones()  // themes13.go: « pas trop déprimant », « on en a assez vu »
	p.mentions()
	p.dislikedTitles()
	p.notEachTitle()
	p.orNations()
	p.quebec()
	p.noirAbroad()     // paraphrases.go
	p.articledPeople() // chatter14.go: « avec de la valse », « avec de l'humour »
	if p.studioRefused && p.m.empty() {
		// « pas de pixar cette fois », "not Pixar this time" alone: the
		// catalogue files no studio; other films for the same request.
		p.m.More = true
	}

	if p.m.Act == actHelp && (p.m.More || p.m.hasRequest()) {
		// « aidez-moi à trouver une comédie », "HELP. kids aged 5":
		// the request is answered.
		p.m.Act = actNone
	}
	if p.m.Act == actNone && !p.m.More && !p.m.hasRequest() {
		switch {
		case greeted:
			p.m.Act = actGreet
		case thanked:
			p.m.Act = actThanks
		}
	}
	return p.m
}

// noSequelRe leaves out the rest of a saga: « pas les suites », « pas la
// partie 2 », « pas les autres taxi », « la suite, je l'ai vue aussi »,
// "not the sequels", "no sequels".
var noSequelRe = regexp.MustCompile(`\b(?:(?:pas|sans|sauf|ni|not|no|without|except|skip)\s+(?:(?:les|la|le|des|de|d'|the|any|its|their)\s*)?(?:autres\s+|other\s+)?(?:suites?|sequels?|prequels?|remakes?|episodes?\s+suivants?|volets?(?:\s+suivants?)?|parties\s+suivantes|(?:partie|part|chapitre|chapter|episode|volume|vol\.?)\s*(?:\d|deux|trois|quatre|ii|iii|iv|two|three|four)(?:\s*,?\s*(?:et|ni|ou|and|nor|or)\s+(?:(?:la|le|the)\s+)?(?:(?:partie|part)\s*)?(?:\d|deux|trois|quatre|ii|iii|iv|two|three|four))*)|(?:pas|not|sans|no)\s+(?:les|the)\s+(?:autres|other)\s+[a-z0-9'-]+(?:\s+[a-z0-9'-]+)?|(?:la|les|the)\s+(?:suites?|sequels?)(?:\s+[a-z0-9'-]+){0,3}?\s*,?\s*(?:je|on|i|we)\s*(?:l(?:'|\s)ai|l(?:'|\s)a|les\s+ai|les\s+a|'ve|have|already)?\s*(?:deja\s+)?(?:vus?|vues?|seen|watched)(?:\s+(?:it|them|aussi|too|also|deja|already))?)\b`)

// withSlashRe is "w/", the short "with" of a typed message.
var withSlashRe = regexp.MustCompile(`(^|\s)[wW]/\s*`)

// movieNouns are subjects named with the word "movie" itself, in French
// as in English ("un road movie", "a buddy movie").
var movieNouns = map[string]bool{"road": true, "buddy": true, "teen": true}

// themeMidRe is a subject named after a comma or "and" with a quantifier:
// "I loved Rocky and Raging Bull, more boxing films?".
var themeMidRe = regexp.MustCompile(`[,;.!?\x00]\s*(?:(?:and|et|but|mais|now|maintenant)\s+)?(?:more|some|any|other|d'autres|encore\s+des|des|quelques)\s+([a-z0-9'-]+(?:\s+[a-z'-]+)?)\s+(?:movies?|films?|flicks?|stuff)\b`)

// yearOnwardsRe is a year and what says it is the first one: "2020
// onwards", "from 2018 on", « 2015 et après ». Group 1 is the year.
var yearOnwardsRe = regexp.MustCompile(`\b(?:(?:from|since|a\s+partir\s+de|depuis|de|des)\s+)?((?:19|20)\d\d)\s+(?:onwards?|and\s+(?:later|after|up|newer|beyond)|or\s+(?:later|newer|after)|et\s+(?:apres|plus|au-dela)|ou\s+(?:apres|plus\s+recent))\b|\b(?:from|since)\s+((?:19|20)\d\d)\s+on\b`)

// lastYearsRe follows "the last" when it says years, not a card: "the last
// few years", « les 10 dernières années » aside.
var lastYearsRe = regexp.MustCompile(`^\s*(?:(?:few|couple\s+of|\d+|two|three|five|ten)\s+)?(?:years?|decades?|months?|annees|ans|decennies)\b`)

// notBeforeRe: "pas avant 1970", "not after 2000", "jamais avant 1980".
var notBeforeRe = regexp.MustCompile(`\b(?:pas|not|jamais|never|rien|nothing)\s+(?:sortis?\s+|released\s+|made\s+|d'|de\s+)?(avant|before|apres|after)\s+(\d{4})\b`)

// warEraRe: "d'avant-guerre", "pre-war", "de l'après-guerre", "post-war".
var warEraRe = regexp.MustCompile(`\b(?:(?:de\s+l'|d'|l'|de\s+|du\s+)?(?:(avant|pre)|apres|post)[\s-]?(?:guerre|war)|(?:(before)|after)\s+the\s+war)\b`)

// refsOf returns the ranks named by a folded reference list ("le 2 et le
// 4", "le deuxième", "celui-là" -> 0).
func refsOf(s string) []int {
	var out []int
	for _, m := range refRe.FindAllString(s, -1) {
		k, _ := refRank(m) // 0 for « celui-là »
		out = append(out, k)
	}
	if slices.ContainsFunc(out, func(n int) bool { return n != 0 }) {
		// "pas celui-là, le 3": the rank says which one "that one" is.
		out = slices.DeleteFunc(out, func(n int) bool { return n == 0 })
	}
	return out
}

// rankOf turns a folded number or ordinal word into a 1-based rank; -1
// means "the last one".
func rankOf(w string) int {
	switch w {
	case "premier", "premiere", "1er", "1ere", "first", "1st":
		return 1
	case "deuxieme", "second", "seconde", "2nd", "deux", "two":
		return 2
	case "troisieme", "third", "3rd", "trois", "three":
		return 3
	case "quatrieme", "fourth", "quatre", "four":
		return 4
	case "cinquieme", "fifth", "cinq", "five":
		return 5
	case "sixieme", "sixth":
		return 6
	case "septieme", "seventh":
		return 7
	case "huitieme", "eighth":
		return 8
	case "neuvieme", "ninth":
		return 9
	case "dernier", "derniere", "last":
		return -1
	}
	n, _ := strconv.Atoi(strings.TrimRight(w, "erth"))
	if n == 0 {
		n, _ = strconv.Atoi(w[:1])
	}
	return n
}

// people finds person mentions after a cue ("avec", "de", "with", "by").
// A name runs until punctuation, a stop word or the end; "et" followed by a
// capitalised word starts another name ("avec Jean Gabin et Louis de Funès").
func (p *parser) people() {
	s := string(p.work)
	cues := personCueRe.FindAllStringIndex(s, -1)
	for _, e := range p.genreEnds {
		if m := genreByRe.FindStringIndex(s[e:]); m != nil && !slices.ContainsFunc(cues, func(c []int) bool { return c[1] == e+m[1] }) {
			cues = append(cues, []int{e + m[0], e + m[1]})
		}
	}
	slices.SortFunc(cues, func(a, b []int) int { return a[0] - b[0] })
	titleNamesEnd := 0 // where the last names read as a title's end
	for _, idx := range cues {
		for idx[0] < idx[1] && s[idx[0]] == 0 {
			idx[0]++ // "des westerns de Sergio Leone": the cue follows a genre
		}
		pos, end := idx[1], idx[1]
		if creditLeadRe.MatchString(s[pos:]) {
			continue // "with music by Hans Zimmer": the next cue says the role
		}
		var names []string
		for {
			start, stop := p.name(pos, filmCueRe.MatchString(s[idx[0]:idx[1]]))
			if stop == start {
				break
			}
			names = append(names, strings.TrimSpace(p.f.origSpan(start, stop)))
			end = stop
			// another name after "et", "and", "&" or a comma?
			rest := s[stop:]
			if cue := nameCueAgainRe.FindString(rest); cue != "" && !castAndSomeRe.MatchString(s[idx[0]:idx[1]]+cue) && firstWord(rest[len(cue):]) != "autres" {
				// « et Sandrine Bonnaire, d'autres films de lui »: no name.
				// "des films de casse ou de braquage": the cue repeated
				// starts another name, whatever its case.
				pos = stop + len(cue)
				continue
			}
			sep := nameSepRe.FindString(rest)
			if sep == "" {
				break
			}
			next := stop + len(sep)
			r, _ := utf8.DecodeRuneInString(p.f.orig[p.f.off[next]:])
			if !unicode.IsUpper(r) && (p.capitalisedSpan(start, stop) || personStop[firstWord(s[next:])]) {
				// "avec gerard depardieu et catherine deneuve": a customer
				// typing names in lower case types them all so.
				break
			}
			pos = next
		}
		names = slices.DeleteFunc(names, lexiconName)
		if len(names) > 0 && p.work[idx[0]] != 0 {
			if sub := nationNextRe.FindStringSubmatchIndex(s[end:]); sub != nil {
				// "un film de prison français": the name stopped at a nationality.
				p.setNation(nationWord[strings.Join(strings.Fields(s[end+sub[2]:end+sub[3]]), " ")])
				end += sub[1]
			}
			p.m.People = append(p.m.People, names...)
			switch cue := s[idx[0]:idx[1]]; {
			case writerCueRe.MatchString(cue):
				// « avec les dialogues d'Audiard »: any credit, not the cast.
				p.m.WrittenBy = append(p.m.WrittenBy, names...)
			case castCueRe.MatchString(cue):
				p.m.Starring = append(p.m.Starring, names...)
			case directedCueRe.MatchString(cue):
				p.m.DirectedBy = append(p.m.DirectedBy, names...)
			case filmOfCueRe.MatchString(cue):
				p.m.FilmsOf = append(p.m.FilmsOf, names...)
			}
			chained := titleNamesEnd > 0 && strings.Trim(s[titleNamesEnd:idx[0]], " ,") == "" ||
				slices.Contains(p.versionEnds, len(strings.TrimRight(s[:idx[0]], " ,")))
			if titleNameCue(s, idx[0], idx[1], chained) { // titlenames.go
				p.m.TitleBy = append(p.m.TitleBy, names...)
				titleNamesEnd = end
			}
			p.consume(idx[0], end)
		}
	}
}

var (
	// castCueRe and directedCueRe tell what a person cue says of the role.
	castBeforeRe = regexp.MustCompile(`^[\s\pP]*(?:(?:je\s+cherche|je\s+voudrais|on\s+voudrait|i\s+want|i'd\s+like|looking\s+for)\s+)?((?:[a-z'-]+\s+){0,2}[a-z'-]+)\s+(dans|in)\s+(?:un|une|les|des|a|an|some)\s+(?:(?:films?|movies?)\s+(?:de|d'|by)\b|[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:films?|movies?)\b)`)
	castCueRe    = regexp.MustCompile(`\b(?:avec|with|starring|featuring|` + castVerbCue + `)\b`)
	// « des comédies signées Oury »: « signé » alone is the director.
	directedCueRe = regexp.MustCompile(`\b(?:(?:directed|realises?|realisees?|tournes?|signes?|made)\s+(?:par|by)|signee?s?|` + directorNounCue + `)\b`)
	// genreNextRe is a genre word right after a genre ("comédie
	// dramatique"); genreJoinRe the words that make genres "any of".
	genreByRe   = regexp.MustCompile(`^\s+(?:de|d'|by|par)(?:\s+|\b)`)
	genreNextRe = regexp.MustCompile(`^\s+(?:d'|de\s+)?(` + genreAlt + `)\b`)
	genreJoinRe = regexp.MustCompile(`(?:,|&|\b(?:et|ou|or|and|ni|nor)\b)`)
	// aroundRe is a runtime given about ("d'1h30 environ", "around 90
	// minutes", "un film de 2h"); longerRe a least runtime ("plus de 2h").
	aroundRe = regexp.MustCompile(`\b(?:(?:environ|about|around|approximately|roughly|autour\s+(?:de|d')|a\s+peu\s+pres|dans\s+les|genre|style|like)\s*` + durAlt +
		`|(?:(?:d'|de\s+|of\s+)\s*)?` + durAlt + `\s*(?:environ|or\s+so|ish|a\s+peu\s+pres|approx(?:imately)?|grosso\s+modo)` +
		`|(?:films?|movies?|truc)\s+(?:d'|de\s+)\s*` + durAlt + `|(?:\d+h\d*|\d+\s*-?minute)\s+(?:films?|movies?))`)
	longerRe = regexp.MustCompile(`\b(?:plus\s+(?:de|d')|more\s+than|over|at\s+least|au\s+moins|minimum)\s*` + durAlt)
)

// aroundMinutes is how far from a runtime given about ("1h30 environ") the
// films may be.
const aroundMinutes = 15

// firstWord is the first word of folded s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// castBefore reads a name before "dans un film de" ("isabelle huppert
// dans un film de chabrol", "Huppert in a Chabrol film"): it plays in it.
func (p *parser) castBefore() {
	sub := castBeforeRe.FindStringSubmatchIndex(string(p.work))
	if sub == nil {
		return
	}
	if name := strings.TrimSpace(p.f.origSpan(sub[2], sub[3])); !lexiconName(name) {
		p.m.People = append(p.m.People, name)
		p.m.Starring = append(p.m.Starring, name)
		p.consume(sub[2], sub[5])
	}
}

// fullerNames drops a name whose words are all in another name of the
// message: "le samouraï avec Delon, d'autres films avec Alain Delon" names
// one person.
func fullerNames(names []string) []string {
	if len(names) < 2 {
		return names
	}
	var out []string
	for i, n := range names {
		ws := words(fold(n).s)
		inner := false
		for j, o := range names {
			ow := words(fold(o).s)
			if i == j || len(ow) < len(ws) || (len(ow) == len(ws) && j > i) {
				continue
			}
			all := true
			for _, w := range ws {
				all = all && slices.Contains(ow, w)
			}
			inner = inner || all
		}
		if !inner {
			out = append(out, n)
		}
	}
	return out
}

// nationNextRe is a nationality right after a name or a theme.
var nationNextRe = regexp.MustCompile(`^\s+(` + nationAlt + `)\b`)

// setNation narrows the message to a country ("FR" is FrenchOnly).
func (p *parser) setNation(code string) {
	switch code {
	case "":
	case "FR":
		p.m.FrenchOnly = true
	default:
		p.m.Countries = appendNew(p.m.Countries, code)
	}
}

// name returns the span of a person's name starting at folded offset pos.
// capitalisedSpan reports whether the original text of folded [a, b) has
// an upper-case letter.
func (p *parser) capitalisedSpan(a, b int) bool {
	for _, r := range p.f.origSpan(a, b) {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// filmCueRe: a person cue that may as well introduce a subject ("un film
// de", not "avec").
var filmCueRe = regexp.MustCompile(`\b(?:films?|movies?|quelque\s+chose|un\s+truc)\b`)

// subjectLinks may join the words of a subject ("voyage dans le temps",
// "tueur en série") but never those of a name.
var subjectLinks = map[string]bool{"dans": true, "en": true, "sur": true}

// name returns the span of a person's name starting at folded offset pos;
// after a film cue, a name typed all in lower case may run through
// subjectLinks, being a subject more likely than a name.
func (p *parser) name(pos int, subject bool) (start, stop int) {
	s := string(p.work)
	i := pos
	for i < len(s) && s[i] == ' ' {
		i++
	}
	// « avec soit Gabin soit Fernandel », "with either Gabin or Fernandel".
	if w := firstWord(s[i:]); w == "soit" || w == "either" {
		i += len(w)
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	start, stop = i, i
	n := 0
	for i < len(s) && n < 5 {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != 0 && !strings.ContainsRune(",;:!?()\"", rune(s[j])) {
			j++
		}
		w := strings.TrimRight(s[i:j], ".")
		if subject && n > 0 && subjectLinks[w] && j < len(s) && s[j] == ' ' && j+1 < len(s) && s[j+1] >= 'a' && s[j+1] <= 'z' && !p.capitalisedSpan(start, j) {
			n++
			i = j + 1
			continue
		}
		if w == "" || personStop[w] || (n > 0 && nationWord[w] != "") || strings.Trim(w, "0123456789") == "" {
			// "un film de tueur à gages français": the adjective is a
			// nationality, not the end of a name.
			break
		}
		stop = i + len(w)
		n++
		i = j
		if len(w) > 2 && strings.HasSuffix(s[stop:j], ".") {
			break // "avec delon. d'autres films": a full stop ends the name, not an initial's
		}
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return start, stop
}

// mentions turns what remains unexplained into film mentions, cutting
// fillers ("j'ai adoré", "un film comme", "please") from both ends.
func (p *parser) mentions() {
	s := p.work
	for _, r := range p.runs() {
		i, j := r[0], r[1]
		a, b := trimFillers(string(s[i:j]))
		if a < b {
			seg := string(s[i+a : i+b])
			bare := articlesRe.ReplaceAllString(seg, "")
			content := contentWords(seg)
			switch {
			case p.genreTail(i+a, i+b, seg): // genretail.go: « un thriller judiciaire français »
			case yearOnlyRe.MatchString(seg) && !likedCueEndRe.MatchString(string(s[i:i+a])):
				// "un drame de 2019": a year alone beside a genre (but
				// « j'ai adoré 1917 » names a film).
				if p.m.MinYear == 0 && p.m.MaxYear == 0 {
					y, _ := strconv.Atoi(yearOnlyRe.FindStringSubmatch(seg)[1])
					p.m.MinYear, p.m.MaxYear = y, y
				}
			case len(content) == 1 && allGenreWords(content):
				// "funnier ones", "plus droles": only genre words beside junk.
				p.m.Genres = appendNew(p.m.Genres, genresOf(strings.Join(content, " "))...)
			case genreOnlyRe.MatchString(bare):
				p.addGenres(bare)
			case nationWord[bare] != "":
				if code := nationWord[bare]; code == "FR" {
					p.m.FrenchOnly = true
				} else {
					p.m.Countries = appendNew(p.m.Countries, code)
				}
			case genreOnlyRe.MatchString(seg):
				p.addGenres(seg)
			case oldWordRe.MatchString(bare):
				if p.m.MaxYear == 0 {
					p.m.MaxYear = oldFilmYear // "an old black and white horror movie"
				}
			case genreRunRe.MatchString(bare):
				p.addGenres(bare) // "a french crime thriller": the nationality is gone
			case recentRe.MatchString(seg) && strings.TrimSpace(recentRe.ReplaceAllString(seg, "")) == "":
				p.m.Recent = true
			case articleAdjectiveRe.MatchString(seg):
				// "a good movie for the family": « un bon », "a good" left
				// once the rest is read is no title.
			case hasWord(seg) && !junk(seg):
				p.m.Titles = append(p.m.Titles, p.f.origSpan(i+a, i+b))
			}
		}
	}
}

// runs returns the spans [i, j) of the message not read yet: the runs of
// p.work between the bytes that consume zeroed.
func (p *parser) runs() [][2]int {
	var out [][2]int
	s := p.work
	for i := 0; i < len(s); {
		if s[i] == 0 {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != 0 {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// addGenres adds the genres of a span that names only genres: all of them
// when nothing joins them ("comedie romantique"), any of them otherwise
// ("comédies ou drames").
func (p *parser) addGenres(span string) {
	gs := genresOf(span)
	if len(gs) > 1 && !genreJoinRe.MatchString(span) {
		p.m.AllGenres = appendNew(p.m.AllGenres, gs...)
		return
	}
	p.m.Genres = appendNew(p.m.Genres, gs...)
}

// complementRe ends a text with the word that introduces a noun's
// complement: what follows it belongs to the title.
var complementRe = regexp.MustCompile(`\S\s+(?:de|du|des|d')\s*$`)

// complementTail reports whether a one-word suffix filler of t completes a
// noun instead (« nid de coucou » is no greeting, « le dîner de cons » ends
// on its title): it follows « de », « du », « des » or « d' ».
func complementTail(t, suffix string) bool {
	w := strings.Trim(suffix, " \t,;:.!?")
	if w == "" || strings.ContainsAny(w, " '") {
		return false
	}
	head := t[:len(t)-len(suffix)]
	return complementRe.MatchString(head) && !genericComplementRe.MatchString(head)
}

// genericComplementRe ends a text on a noun that is no title's: « un film
// de maintenant » asks for a recent film.
var genericComplementRe = regexp.MustCompile(`(?:^|\s)(?:films?|movies?|trucs?|chose|genre|style|type|sorte|histoires?)\s+(?:de|du|des|d')\s*$`)

// trimFillers returns the bounds of s without its edge fillers.
func trimFillers(s string) (a, b int) {
	a, b = 0, len(s)
	for a < b {
		t := s[a:b]
		switch {
		case fillerPrefixRe.MatchString(t):
			a += len(fillerPrefixRe.FindString(t))
		case fillerSuffixRe.MatchString(t) && !complementTail(t, fillerSuffixRe.FindString(t)):
			b -= len(fillerSuffixRe.FindString(t))
		case edgePunctRe.MatchString(t):
			loc := edgePunctRe.FindStringIndex(t)
			if loc[0] == 0 {
				a += loc[1]
			} else {
				b = a + loc[0]
			}
		default:
			return a, b
		}
	}
	return a, b
}

// junkWords never make a film mention on their own ("un", "des films").
var junkWords = map[string]bool{
	"un": true, "une": true, "des": true, "le": true, "la": true, "les": true, "l": true, "a": true,
	"an": true, "the": true, "de": true, "du": true, "d": true, "et": true, "and": true, "ou": true,
	"or": true, "film": true, "films": true, "flim": true, "flims": true, "filme": true, "movei": true, "moive": true, "movie": true, "movies": true, "some": true,
	"quelques": true, "one": true, "ones": true, "s": true, "no": true, "yes": true, "so": true,
	"que": true, "qu": true, "rien": true, "juste": true, "only": true, "just": true, "aussi": true,
	"also": true, "too": true, "plus": true, "cinema": true, "je": true, "i": true, "moi": true,
	"me": true, "on": true, "autre": true, "grand": true, "grande": true, "grands": true, "grandes": true, "pas": true, "not": true, "ni": true, "nor": true, "another": true, "truc": true, "trucs": true, "sympa": true, "sympas": true, "chouette": true, "cool": true, "nice": true, "gros": true, "grosse": true, "grosses": true, "nous": true, "we": true, "you": true, "vous": true, "tu": true, "bien": true, "tres": true, "very": true,
}

// dislikeRefRe: "I don't like the third one", "je n'aime pas le 2".
var dislikeRefRe = regexp.MustCompile(`\b(?:(?:i\s+)?(?:don't|do\s+not|didn't|did\s+not)\s+(?:like|love|want)|(?:je\s+)?n'aime\s+pas|j'aime\s+pas|(?:je\s+)?n'ai\s+pas\s+aime|j'ai\s+pas\s+aime|pas\s+fan\s+(?:de|du))\s+(?:du\s+tout\s+|vraiment\s+|really\s+)?(` + ref + `)`)

// softAdjectives are words beside a genre that are no theme.
var softAdjectives = map[string]bool{"good": true, "great": true, "nice": true, "real": true, "classic": true,
	"bon": true, "bonne": true, "vrai": true, "vraie": true, "petit": true, "petite": true, "little": true,
	"light": true, "dark": true, "funny": true, "sad": true, "recent": true, "new": true, "old": true,
	"vieux": true, "vieille": true, "super": true, "excellent": true, "excellente": true, "french": true,
	"autre": true, "autres": true, "other": true, "another": true, "nouveau": true, "nouvel": true, "nouvelle": true,
	"meilleur": true, "meilleure": true, "best": true, "gros": true, "grosse": true, "grosses": true, "petits": true, "petites": true, "beau": true, "belle": true, "bons": true, "bonnes": true, "big": true,
	"grand": true, "grande": true, "grands": true, "grandes": true, "bad": true, "fun": true, "top": true, "cool": true,
	"serious": true, "serieux": true, "serieuse": true, "long": true, "longue": true, "short": true, "court": true, "courte": true} // tones and lengths (themes12)

// decadesRe: "des années 70 ou 80", "the 70s and 80s".
var decadesRe = regexp.MustCompile(`\b(?:annees\s+((?:19|20)?\d0)(?:\s*(?:ou|et|-|a|/|,)\s*|\s+)(?:les\s+|aux\s+)?(?:annees\s+)?((?:19|20)?\d0)|(?:(?:from|in|of)\s+)?(?:the\s+)?((?:19|20)?\d0)'?s\s*(?:or|and|-|to|/)\s*(?:the\s+)?((?:19|20)?\d0)'?s)\b`)

// decadeYear reads "70", "1970" or "2000" as the first year of a decade.
func decadeYear(s string) int {
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		return 0
	case n >= 1900:
		return n
	case n <= 10:
		return 2000 + n
	}
	return 1900 + n
}

// notEnglishRe: "pas en anglais" leaves out American and British films.
var notEnglishRe = regexp.MustCompile(`\b(?:pas|not|no|rien)\s+(?:en|in)\s+(?:anglais|english)\b|\bnon[\s-]anglophones?\b|\bnon[\s-]english\b`)

// whatAboutRe is a way of asking, not a subject: "what about Heat?".
var whatAboutRe = regexp.MustCompile(`\b(?:what|how)\s+about\b`)

// articlesRe strips leading articles: "de l'animation" is a genre.
var articlesRe = regexp.MustCompile(`^(?:(?:de|du|des|le|la|les|un|une|a|an|the|some)\s+|[ld]'\s*)+`)

// styleOfRe introduces a film the customer wants something like; what
// follows is a title, not a subject.
var styleOfRe = regexp.MustCompile(`\b(?:(?:un|des|a|some)\s+(?:films?|movies?)\s+)?(?:dans\s+(?:le\s+(?:style|genre|gout|esprit)|la\s+(?:veine|lignee))\s+(?:de|du|des|d')|du\s+(?:style|genre)\s+(?:de|du|des|d')|a\s+la\s+(?:maniere|facon)\s+(?:de|du|d')|in\s+the\s+(?:style|vein|spirit)\s+of)`)

// notOldRe: "rien de trop vieux", "pas trop ancien", "nothing too old",
// « pas un vieux machin des années 80 », « pas des vieux films tout
// moches », "not some old 70s thing": the decade inside is what is not
// wanted, not a bound (read before the eras, negatederas.go). « en carton »
// may reach it as « en cartoon », the mistyped-word corrector's reading.
var notOldRe = regexp.MustCompile(`\b(?:rien\s+(?:de\s+|d')|pas|nothing|not|no)\s*(?:(?:de|des|un|une|du|some|an|any)\s+)?(?:(?:trop|too|very|tres|si)\s+)?(?:vieux|vieu|vieil|vieille|vieilles|ancien|ancienne|anciens|old|dated)\b(?:\s+(?:trucs?|machins?|films?|movies?|navets?|stuff|things?|ones?)\b(?:\s+(?:tout\s+)?(?:moches?|poussiereux|ringards?|en\s+carto?on)\b)?)?(?:\s+(?:des\s+annees\s+|from\s+the\s+)?'?(?:19)?[2-9]0'?s?\b(?:\s+(?:trucs?|machins?|films?|movies?|stuff|things?)\b)?)?`)

// notOldYear is where "not too old" starts: this century.
const notOldYear = 2000

// adultRe asks for films for grown-ups: "pour adultes", "for adults".
var adultRe = regexp.MustCompile(`\b(?:pour|entre|for)\s+(?:les\s+|des\s+)?(?:adultes|grands|grown-?ups|adults)\b|\b(?:adult|grown-up)\s+(?:animation|cartoons?)\b`)

// likedCueEndRe ends a text with the verb of a film liked or seen: a
// number right after it is a title (« j'ai adoré 1917 »).
var likedCueEndRe = regexp.MustCompile(`\b(?:aime|aimee|adore|adoree|kiffe|apprecie|vu|revu|liked|loved|enjoyed|seen|watched|saw)[\s\pP]*$`)

// yearOnlyRe is a leftover that is only a year: "de 2019", "from 1995".
var yearOnlyRe = regexp.MustCompile(`^(?:(?:de|d'|du|en|from|of|in)\s*)?((?:19|20)\d\d)$`)

// contentWords returns the words of a folded segment that are not junk.
func contentWords(s string) []string {
	var out []string
	for _, w := range words(s) {
		if !junkWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// allGenreWords reports whether every word is a genre word on its own
// (one word only: "Drôle de drame" is a title).
func allGenreWords(ws []string) bool {
	for _, w := range ws {
		if genreWords[w] == nil {
			return false
		}
	}
	return true
}

// junk reports whether a folded segment holds only junk words.
// articleAdjectiveRe is an article and soft adjectives alone ("a good", «
// un bon petit »): what is left of "a good movie for the family".
var articleAdjectiveRe = regexp.MustCompile(`^(?:a|an|un|une|des|some|quelques)(?:\s+(?:good|great|nice|bon|bonne|bons|bonnes|petit|petite|petits|petites|vrai|vraie|super|excellent|excellente|beau|belle|chouette|sympa|really|vraiment|tres|very|little))+$`)

func junk(s string) bool {
	for _, w := range words(s) {
		if !junkWords[w] {
			return false
		}
	}
	return true
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// lexiconName reports whether a "name" is only lexicon words ("quelque
// chose de français", « quelque chose de vieux »): nobody is called that.
func lexiconName(name string) bool {
	ws := words(fold(name).s)
	for _, w := range ws {
		if _, ok := nationWord[w]; !ok && genreWords[w] == nil && !junkWords[w] && !oldWordRe.MatchString(w) {
			return false
		}
	}
	return len(ws) > 0
}
