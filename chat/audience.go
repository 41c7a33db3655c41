package chat

import (
	"regexp"
	"slices"
	"strconv"
	"sync"

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
	// avoidKeywords: never a film with one of these TMDB keywords (the
	// catalogue has no rating for sex scenes; its keywords say it).
	avoidKeywords []string
}

// audiences by the name a message and the session give them.
var audiences = map[string]audience{
	// Films made for teenagers are filed under these genres; a teenager
	// is no child (no Family constraint), but a parent who asks « pour mon
	// ado » does not mean Alien: no horror unless the customer names it.
	"teen": {fr: "pour ados", en: "for teenagers", genres: []string{"Adventure", "Sci-Fi", "Fantasy", "Comedy", "Action"}, avoid: []string{"Horror"}},
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
	// « avec ma mère », "for my parents": an adult audience of another
	// generation; nothing that horrifies.
	"parents": {fr: "avec les parents", en: "with parents", avoid: []string{"Horror"}},
	// « une soirée entre filles », "a girls' night": something light,
	// romantic or musical.
	"girls": {fr: "entre filles", en: "girls' night", genres: []string{"Comedy", "Romance", "Musical"}, avoid: []string{"Horror", "War", "Documentary"}},
	// « sans scènes de sexe », "no nudity": any genre, no film whose
	// keywords say it shows sex or nudity.
	"modest": {fr: "sans scènes de sexe", en: "no sex scenes", avoidKeywords: []string{"sex", "nudity", "female nudity", "male nudity", "eroticism", "erotic movie", "erotic thriller", "pornography", "orgy", "sex comedy", "sexual obsession", "sexual desire", "sexual fantasy", "sex addiction", "softcore", "explicit sex", "sex scene"}},
}

var (
	// dateRe: « pour un premier rendez-vous », « en amoureux », "date night".
	dateRe = regexp.MustCompile(`\b(?:(?:pour|for)\s+(?:un|une|notre|mon|a|our|my)\s+)?(?:premier\s+)?(?:rendez-vous|rendez\s+vous|rdv|rencard)(?:\s+(?:galant|amoureux))?|\b(?:(?:une|pour\s+une|a|for\s+a)\s+)?(?:soiree|diner|sortie)\s+(?:en\s+amoureux|romantique|a\s+deux)|\b(?:en\s+amoureux|entre\s+amoureux|(?:a|for|on)\s+(?:a\s+)?(?:first\s+)?date(?:\s+night)?|(?:for\s+)?date\s+night|(?:a\s+)?romantic\s+(?:evening|night))\b`)
	// coupleRe: « une soirée en couple », « pour mon mari et moi », "for
	// my wife and me".
	coupleRe = regexp.MustCompile(`\b(?:(?:pour\s+)?(?:une\s+)?(?:soiree|sortie|film|seance)\s+en\s+couple|en\s+couple|(?:pour|avec)\s+(?:mon|ma)\s+(?:mari|femme|epouse|epoux|copain|copine|cheri|cherie|compagnon|compagne|conjoint|conjointe)\s+et\s+moi|(?:for|with)\s+my\s+(?:wife|husband|girlfriend|boyfriend|partner|other\s+half)\s+and\s+(?:me|i)|(?:for\s+)?(?:a\s+)?couples?\s+(?:night|evening))\b`)
	// friendsRe: « entre potes », « une soirée entre copains », "with friends".
	friendsRe = regexp.MustCompile(`\b(?:(?:pour\s+)?(?:une\s+)?soiree\s+)?(?:entre\s+(?:potes|copains|copines|amis|amies|collegues|mecs|filles|copains\s+et\s+copines)|(?:avec|with)\s+(?:des|les|mes|nos|my|our|some|the)\s+(?:potes|copains|copines|amis|amies|friends|mates|buddies|pals|guys)|(?:a\s+)?(?:night|evening)\s+(?:in\s+)?with\s+(?:the\s+)?(?:friends|mates|guys|buddies)|(?:a\s+)?(?:guys'?|girls'?|lads'?)\s+night)\b`)
	// gentleRe: « pas trop violent », « rien de choquant », « pas de
	// violence », "nothing too violent", "not too scary", « moins violent
	// », "less violent", "not as violent" (after a list too). (It replaced a
	// rule that kept horror and war away as two genre chips.)
	gentleRe = regexp.MustCompile(`\b(?:(?:moins|less|not\s+as|not\s+so|pas\s+aussi|pas\s+si)\s+(?:trash|trashs|glauques?|sordides?|crades?|hardcore|grim|violents?|violentes?|sanglants?|sanglantes?|gores?|brutal|brutaux|brutale|brutales|choquants?|choquantes?|violent|gory|bloody|brutal|graphic|shocking|intense)|(?:pas|rien\s+de|jamais)\s+(?:trop\s+|tres\s+|du\s+tout\s+)?(?:violents?|violentes?|mechants?|mechantes?|choquants?|choquantes?|gores?|sanglants?|sanglantes?|durs?|dures?|traumatisants?|effrayants?|flippants?)|(?:sans|pas)\s+(?:trop\s+de\s+|de\s+)?(?:violence|sang|gore|scenes?\s+choquantes?)|non[\s-]violents?|(?:nothing|not(?:hing)?|no(?:thing)?)\s+(?:too\s+|very\s+|overly\s+)?(?:violent|gory|shocking|disturbing|graphic|bloody|upsetting|scary|frightening)|(?:no|without|nothing\s+with|rien\s+avec)\s+(?:(?:graphic|too\s+much|any|de\s+la|du)\s+)?(?:violence|gore|blood|swearing|bad\s+language|sang))(?:\s*(?:,|or|and|nor|ni|ou|et)\s*(?:de\s+)?(?:swearing|bad\s+language|sex|nudity|gore|blood|violence|gros\s+mots|sexe|nudite))*\b`)
	// eldersRe: « pour ma grand-mère », « avec mes grands-parents »,
	// "with my grandma".
	eldersRe = regexp.MustCompile(`\b(?:avec|pour|with|for)\s+(?:ma|mon|mes|nos|notre|my|our|la|le|les|the)\s+(?:grande?[\s-]?meres?|grands?[\s-]?peres?|grands?[\s-]?parents|mamie|mamies|mamy|papi|papy|grand-maman|grand-papa|grandma|grandpa|grandmother|grandfather|grandparents|granny|nan|nana)\b`)
	// toutPublicRe: « tout public » alone (familyRe reads « pour tout public »).
	toutPublicRe = regexp.MustCompile(`\b(?:tout|tous)[\s-]publics?\b`)
	// kidsRe: children said otherwise than after « pour », « avec »:
	// « c'est pour les enfants », "the kids can watch", "a cartoon for my
	// son", "a PG movie". A bare « les enfants » is not enough: « Les
	// Enfants du paradis » is a title.
	kidsRe = regexp.MustCompile(`\b(?:(?:it's|it\s+is|this\s+is|that's|c'est|ce\s+sera|c'est\s+surtout)\s+(?:for|pour)\s+(?:the|my|our|les|mes|nos|des)\s+(?:kids|children|little\s+ones|enfants|petits|gamins|gosses|loulous)|(?:the|my|our|les|mes|nos)\s+(?:kids|children|little\s+ones|enfants|gamins|gosses|petits|loulous)\s+(?:can|could|will|would|might|may|want\s+to|peuvent|pourront|pourraient|veulent|voudraient|vont)(?:\s+(?:watch|see|enjoy|love|like|adore|regarder|voir|aimer|adorer))?|(?:with|for)\s+(?:my|our|the)\s+(?:sons?|daughters?|nephews?|nieces?|grandsons?|granddaughters?|little\s+(?:one|boy|girl|brother|sister)s?|toddlers?|youngsters?)|(?:pg|g)[\s-]rated|rated\s+(?:pg|g)\b|\ba\s+(?:pg|g)\s+(?:film|movie)` +
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
		`|(?:the\s+)?whole\s+family\s+(?:will|would|can|could|might)\s+(?:(?:all|happily|actually)\s+)?(?:like|love|enjoy|watch|see|sit\s+through|watch\s+together)|toute\s+la\s+famille\s+(?:peut|pourra|pourrait)\s+(?:voir|regarder|aimer)|(?:everyone|everybody)\s+in\s+the\s+family` +
		// « pour les tout-petits », « un film jeunesse », « pour
		// l'anniversaire de mon fils », « il a 10 ans » (told after the
		// child: ageRe reads the age itself).
		`|(?:pour|avec)\s+(?:les\s+|des\s+|nos\s+|mes\s+)?(?:tout[\s-]petits|plus\s+petits|bambins|marmots|momes|minots|bouts\s+de\s+chou)` +
		`|(?:the|my|our)\s+(?:kids|children|little\s+ones)\s+(?:will|would|might|are\s+going\s+to)\s+(?:really\s+)?(?:love|like|enjoy|adore)` +
		`|kids?[\s-]friendly|family[\s-]safe|suitable\s+for\s+(?:young\s+)?(?:kids|children)` +
		`|\bpr\s+(?:les|des|mes|nos)\s+(?:enfants|petits|gamins|gosses)|(?:un\s+|des\s+)?films?\s+(?:de\s+)?famille\b|avec\s+(?:\d|deux|trois|quatre|cinq)\s+(?:enfants|gamins|gosses|petits)` +
		`|(?:c'est\s+|ce\s+sera\s+)?(?:pour|avec)\s+(?:mon|ma|mes|nos|notre)\s+(?:neveux?|nieces?|filleule?s?|petits?-neveux|petites?-nieces?)` +
		`|adapte[es]*\s+(?:a|a\s+des|pour\s+des|pour\s+les|aux)\s+(?:jeunes\s+)?(?:enfants|petits|gamins|tout-petits)|age[\s-]appropriate` +
		`|(?:films?|cinema|dessins?\s+animes?|animation)\s+(?:jeunesse|pour\s+la\s+jeunesse)|pour\s+la\s+jeunesse` +
		`|(?:pour\s+)?(?:l'|l\s+|un\s+|le\s+)?(?:anniversaire|goûter|gouter)\s+(?:de\s+|d')(?:mon|ma|mes|notre|nos)\s+(?:fils|filles?|enfants?|neveux?|nieces?|petit-fils|petite-fille|petits-enfants|petit|petite)` +
		`)\b`)
	// allAgesRe: films for every age: « pour tous les âges », « pour
	// petits et grands », « qui plaira aux petits comme aux grands », "for
	// all ages", "kids and grown-ups alike", « un film pour un enfant
	// sensible », « une fillette de 7 ans », a school screening, a
	// sleepover.
	allAgesRe = regexp.MustCompile(`\b(?:(?:pour|adapte[es]*\s+a)\s+tous\s+les\s+ages|de\s+tous\s+ages|(?:pour\s+)?(?:les\s+)?petits\s+(?:et|comme)\s+(?:les\s+)?grands|(?:qui\s+)?(?:plaira|plaise|plairait|conviendra|convienne|conviendrait|ira)\s+(?:aux|a)\s+(?:petits|enfants|gamins)\s+(?:comme|et|autant\s+qu)\s*(?:aux|a)\s+(?:grands|adultes|parents)` +
		`|(?:(?:for|suitable\s+for)\s+)?all[\s-]ages|(?:for\s+)?(?:kids|children)\s+and\s+(?:grown-?ups|adults|parents)(?:\s+alike)?|young\s+and\s+old\s+alike` +
		`|(?:pour|avec)\s+(?:un|une)\s+(?:enfants?|fillettes?|gamin|gamine|bambin|petite?\s+(?:fille|garcon)|garconnet)(?:\s+(?:sensible|jeune|timide))?` +
		`|(?:pour|avec)\s+(?:une|ma|la|des|mes|nos|les)\s+(?:classes?\s+(?:de\s+)?)?(?:maternelle|primaire|cp|ce1|ce2|cm1|cm2|eleves|ecoliers|ecolieres)(?:\s+(?:de\s+)?(?:maternelle|primaire|cp|ce1|ce2|cm1|cm2))?|(?:pour\s+)?(?:une\s+|la\s+|des\s+)?(?:seances?|sorties?|projections?)\s+scolaires?` +
		`|(?:(?:for|with)\s+(?:a|my|our|the)\s+)?(?:school\s+(?:screening|trip|outing)|primary\s+school\s+class)` +
		`|(?:pour|for)\s+(?:une|un|a|the|our|my)\s+(?:soiree\s+pyjama|pyjama\s+party|sleepover|slumber\s+party)` +
		`)\b`)
	// ratingRe: a certificate said as a limit: « pas interdit aux moins de
	// 12 ans » (fit for children), "PG-13", "nothing R-rated" (fit for
	// teenagers).
	ratingRe = regexp.MustCompile(`\b(?:(?:pas|non|not)\s+(?:interdits?|deconseilles?)\s+aux\s+moins\s+de\s+\d{1,2}\s+ans)|(?:(pg-?13|rated\s+pg-?13|(?:nothing|no|not|pas\s+de|rien\s+de)\s+r[\s-]rated))\b`)
	// teenClassRe: a class of teenagers: « pour des collégiens », « une
	// classe de 4e », "for my high school class".
	teenClassRe = regexp.MustCompile(`\b(?:(?:suitable\s+for|for|pour|avec)\s+(?:des\s+|les\s+)?(?:young|jeunes)\s+(?:teens?|teenagers?|adolescents?|ados)|(?:pour|avec)\s+(?:une|ma|la|des|mes|nos|les)\s+(?:classes?\s+(?:de\s+)?)?(?:college|collegiens|collegiennes|lyceens|lyceennes|lycee|6e|5e|4e|3e|6eme|5eme|4eme|3eme|seconde|premiere|terminale)|(?:for|with)\s+(?:a|my|our|the)\s+(?:high\s+school|middle\s+school)\s+(?:class|students|pupils))\b`)
	// elderAgeRe: a parent or grandparent and their age (« pour ma mère
	// qui a 80 ans », "for my dad who's 85", « mes parents (75 et 78
	// ans) »): from 65 on, the elders' audience. Group 1 and 2 are the ages.
	elderAgeRe = regexp.MustCompile(`\b(?:(?:avec|pour|with|for)\s+)?(?:ma|mon|mes|nos|notre|my|our)\s+(?:mere|maman|pere|papa|parents|belle-mere|beau-pere|beaux-parents|mum|mom|mother|dad|father|parents|folks|in-laws|mother-in-law|father-in-law|grande?[\s-]?meres?|grands?[\s-]?peres?|grands?[\s-]?parents|grandma|grandpa|grandmother|grandfather|grandparents|granny|nan)\s*(?:,\s*|\(\s*|qui\s+(?:a|ont|va\s+avoir|vont\s+avoir|fete\s+ses)\s+|de\s+|(?:who|that)\s*(?:'s|'re|\s+is|\s+are|\s+turns?|\s+just\s+turned)\s+|aged\s+)(?:presque\s+|bientot\s+|almost\s+|nearly\s+|over\s+)?(\d{2,3})(?:\s*(?:et|and|,|ou|or)\s*(\d{2,3}))?\s*(?:ans|years?(?:\s+old)?)?\s*\)?`)
	// parentsRe: « avec ma mère », "for my parents".
	parentsRe = regexp.MustCompile(`\b(?:avec|pour|with|for)\s+(?:ma|mon|mes|nos|my|our)\s+(?:mere|maman|pere|papa|parents|vieux|belle-mere|beaux-parents|mum|mom|mother|dad|father|parents|folks|in-laws|mother-in-law)\b`)
	// girlsRe: « une soirée entre filles », "a girls' night", "ladies' night".
	girlsRe = regexp.MustCompile(`\b(?:(?:pour\s+)?(?:une\s+)?soiree\s+)?entre\s+(?:filles|copines|nanas)|(?:(?:something|anything)\s+)?(?:(?:fun|light)\s+)?(?:(?:for|on)\s+)?(?:a\s+)?(?:girls'?|ladies'?)\s+night(?:\s+in)?\b`)
	// modestRe: « sans scènes de sexe », « pas de nudité », "no sex scenes",
	// "nothing explicit".
	modestRe = regexp.MustCompile(`\b(?:(?:sans|pas\s+de|aucune?s?|rien\s+de|pas\s+trop\s+de|sans\s+trop\s+de|evitez?\s+les)\s+(?:scenes?\s+(?:de\s+)?(?:sexe|cul|nu|nudite|erotiques?|osees?|chaudes?|explicites?|d'amour\s+explicites?)|sexe|nudite|erotisme|cul)|rien\s+d'(?:explicite|erotique|ose)|(?:no|without|not\s+too\s+much|nothing\s+with)\s+(?:sex(?:ual)?(?:\s+scenes?|\s+content)?|nudity|nude\s+scenes?|explicit\s+(?:scenes?|content)|steamy\s+scenes?)|nothing\s+(?:explicit|sexual|raunchy|steamy|racy))\b`)
	// fearRe: « un film qui fait pas peur », « qui ne fasse pas trop peur »,
	// « rien qui fait trop peur », « moins effrayant », "less scary",
	// "nothing that gives nightmares".
	fearRe = regexp.MustCompile(`\b(?:qui\s+)?(?:ne\s+)?(?:fait|fasse|fera|ferait|font)\s+pas\s+(?:trop\s+|tres\s+)?peur|rien\s+(?:de\s+)?qui\s+(?:ne\s+)?(?:fait|fasse|fera|ferait|font)\s+(?:trop\s+|tres\s+)?peur|(?:moins|pas\s+trop|pas\s+tres|pas\s+aussi|pas\s+si)\s+(?:effrayants?|effrayantes?|flippants?|flippantes?|terrifiants?|terrifiantes?|angoissants?|angoissantes?)|(?:less|not\s+too|not\s+very|not\s+that|not\s+as|not\s+so|not)\s+(?:scary|frightening|spooky|creepy|terrifying)|(?:moins|pas\s+aussi|pas\s+si)\s+(?:(?:de|d')\s*)?(?:peur|horreur|angoisse|frissons)|sans\s+(?:rien\s+de\s+)?(?:trop\s+)?(?:peur|frissons)|(?:nothing|not\s+anything)\s+(?:that\s+)?(?:gives?|giving)\s+(?:them\s+|her\s+|him\s+)?nightmares|(?:that\s+)?won't\s+give\s+(?:them|her|him|anyone)\s+nightmares\b`)
	// cleanRe: « sans gros mots », « pas de grossièretés »: nothing crude.
	cleanRe = regexp.MustCompile(`\b(?:sans|pas\s+de|aucun|pas\s+trop\s+de)\s+(?:gros\s+mots|grossieretes|jurons|vulgarite)|(?:rien\s+de|pas)\s+(?:trop\s+)?vulgaires?|(?:no|without)\s+(?:cursing|profanity|foul\s+language)\b`)
	// audienceFillerRe: what opens a correction of who watches: « oups, »,
	// « ah pardon, », "oh sorry,", "I forgot to say".
	audienceFillerRe = regexp.MustCompile(`^\s*(?:(?:oups|oops|whoops|pardon|desole|desolee|sorry|ah|oh|ah\s+oui|ah\s+pardon|oh\s+sorry|au\s+fait|by\s+the\s+way|btw|j'oubliais|j'ai\s+oublie\s+de\s+(?:dire|preciser)|i\s+forgot\s+to\s+(?:say|mention))\s*[,.!:]?\s*)+`)
	// adviceFillerRe: « un pixar à me conseiller », « quelque chose à nous
	// proposer »: the request itself, never part of a title (it was read as
	// « Le conseiller »).
	adviceFillerRe = regexp.MustCompile(`\b(?:a|pour)\s+(?:me|nous|lui|leur)\s+(?:conseiller|proposer|recommander|suggerer)\b`)
	// studioRe: a studio whose films are made for children: « un Disney »,
	// « un bon vieux Pixar », « les films de Walt Disney », "a Pixar
	// movie", « un Ghibli ». The catalogue files no studio, so the name
	// stands for the films it makes (studios, by the genres each is known
	// for). A determiner or a film noun must come with the name: « la
	// promesse de Walt Disney » is part of a title.
	studioRe = regexp.MustCompile(`\b(?:(?:(?:un|une|des|les|a|an|some|any|the)\s+(?:(?:bons?|vieux|vieil|grands?|classiques?|nouveaux?|nouvel|recents?|autres?|good|old|classic|new|recent|other)\s+)*)(?:films?\s+|movies?\s+|dessins?\s+animes?\s+|classiques?\s+)?(?:(?:de|du|d'|from|by)\s+)?(?:(?:chez|studio|studios)\s+)?|(?:films?|movies?|dessins?\s+animes?|classiques?|classics?|animation|productions?)\s+(?:(?:de|du|d'|from|by)\s+)?(?:(?:chez|studio|studios|les\s+studios|the\s+studio)\s+)?|(?:chez|studio|studios)\s+)(?:walt\s+)?(disney|pixar|dreamworks|ghibli|illumination)s?(?:\s+(?:films?|movies?|classics?|classiques?|studios?))?\b`)
	// teenWithRe: "my teenage son", « mon ado ».
	teenWithRe = regexp.MustCompile(`\b(?:(?:with|for|avec|pour)\s+)?(?:my|our|mon|ma|mes|nos)\s+(?:(?:fils|filles?|enfants|neveux?|nieces?|petit-fils|petite-fille|petits-enfants|cousins?|cousines?)\s+(?:ados?|adolescents?|adolescentes?)|(?:teenage|teen)\s+(?:sons?|daughters?|kids?|children|nephews?|nieces?|boys?|girls?)|teenagers?|ados?|adolescents?|adolescentes?)\b`)
	// ageRe: a child's age (« ma fille de 10 ans », « mes enfants ont 6 et
	// 9 ans », "my 8-year-old", "my son is 14"): up to 12 a family film, 13
	// to 17 a teenager's.
	ageRe = regexp.MustCompile(`\b(?:(?:(?:adapte[es]*\s+)?(?:pour|avec|a)\s+)?(?:(?:mon|ma|mes|nos|notre|un|une|des|les|leurs?|ses)\s+)?(?:fils|filles?|enfants?|gamins?|gamines?|gosses|petits?|petites?|neveux?|nieces?|petit-fils|petite-fille|petits-enfants|ados?|garcons?|fillettes?|garconnets?|bambins?|petite\s+fille|petit\s+garcon|eleves|ecoliers|petit\s+frere|petite\s+soeur|petits\s+freres|petites\s+soeurs|freres?|soeurs?|cousins?|cousines?|filleul|filleule)\s+(?:de\s+|d'|qui\s+(?:a|ont)\s+|(?:a|ont)\s+)|(?:ils|elles)\s+ont\s+)(\d{1,2})(?:\s*(?:et|,|-|a|ou)\s*(\d{1,2}))?\s+ans(?:\s+(?:veut|voudrait|aimerait|adore|aime|prefere|peut\s+(?:voir|regarder)))?\b|\b(?:(?:(?:suitable|good|ok|okay|fine|safe)\s+)?(?:for|with)\s+(?:my|our|a|an|the)\s+|(?:we|i)\s+(?:have|'ve\s+got|have\s+got)\s+(?:a|an|one)\s+)?(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?(?:\s+(?:sons?|daughters?|kids?|boys?|girls?|nephews?|nieces?|grandsons?|granddaughters?|child|children))?(?:\s+(?:would\s+(?:like|love|enjoy)|will\s+(?:like|love|enjoy)|wants|likes|loves|can\s+watch))?\b|\b(?:for|with)\s+(?:my|our|the)\s+(\d{1,2})\s*(?:and|&|,|-|or)\s*(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?\b|\b(?:il|elle)\s+(?:a|aura|va\s+avoir|vient\s+d'avoir)\s+(\d{1,2})\s+ans\b|\b(?:son|daughter|kid|boy|girl|nephew|niece|grandson|granddaughter|child|kids|children|they)\s+(?:is|are|'s|'re|turns|turned|just\s+turned)\s+(\d{1,2})(?:\s*(?:and|,|-|or)\s*(\d{1,2}))?\b`)
)

// elderAge is the age from which a parent or grandparent named with it is
// watched with as an elder (no horror, thriller, war, crime).
const elderAge = 65

// childAges sets the audience the ages say (the oldest counts): a family
// film up to 12, a teenager's film from 13 to 17. It reports false when the
// oldest is an adult, whose age says nothing of the audience.
func (p *parser) childAges(ages []string) bool {
	oldest := 0
	for _, a := range ages {
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
}

// agePhrases reads a child's age: a family film up to 12, a teenager's film
// from 13 to 17; an adult's age says nothing of the audience. It runs
// before the family phrases, which would take any age for a child's.
func (p *parser) agePhrases() {
	p.each(ageRe, func(sub []string, _ []int) bool { return p.childAges(sub[1:]) })
	p.moreAgePhrases() // ages14.go: "Ages 5 and 9", « de 3 à 12 ans », "twins (6)"
	p.each(kidsRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(allAgesRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(teenClassRe, func([]string, []int) bool { p.m.Teen = true; return true })
	p.each(ratingRe, func(sub []string, _ []int) bool {
		if sub[1] != "" {
			p.m.Teen = true
		} else {
			p.m.Family = true
		}
		return true
	})
	p.each(teenWithRe, func([]string, []int) bool { p.m.Teen = true; return true })
}

// studioGenres are the genres a studio's films are filed under (any of
// them): Disney also makes live-action family films, the others only
// animation.
var studioGenres = map[string][]string{
	"disney": {"Animation", "Family"}, "pixar": {"Animation"}, "dreamworks": {"Animation"},
	"ghibli": {"Animation"}, "illumination": {"Animation"},
}

// studioPhrases reads a children's studio as films for the family of the
// genres it makes. It runs before the person rules, which would read
// « un Disney » as a director or leave it as a title.
func (p *parser) studioPhrases() {
	p.each(studioRe, func(sub []string, _ []int) bool {
		p.m.Family = true
		for _, g := range studioGenres[sub[1]] {
			p.m.Genres = appendNew(p.m.Genres, g)
		}
		if sub[1] == "ghibli" {
			p.m.Countries = appendNew(p.m.Countries, "JP")
		}
		return true
	})
}

// audiencePhrases reads who watches, or the occasion, into the message. It
// runs before the companion phrases, which would take « avec ma grand-mère »
// for a mere companion.
func (p *parser) audiencePhrases() {
	set := func(a string) func([]string, []int) bool {
		return func([]string, []int) bool { p.m.Audience = a; return true }
	}
	p.each(modestRe, set("modest"))
	p.each(gentleRe, set("gentle"))
	p.each(cleanRe, set("gentle"))
	p.each(fearRe, set("gentle"))
	p.each(girlsRe, set("girls"))
	p.each(eldersRe, set("elders"))
	p.each(elderAgeRe, func(sub []string, _ []int) bool {
		n, _ := strconv.Atoi(sub[1])
		if n < elderAge {
			return false // « avec ma mère qui a 45 ans »: a parent, read below
		}
		p.m.Audience = "elders"
		return true
	})
	p.each(parentsRe, set("parents"))
	p.each(dateRe, set("date"))
	p.each(coupleRe, set("date"))
	p.each(friendsRe, set("friends"))
	p.each(toutPublicRe, func([]string, []int) bool { p.m.Family = true; return true })
	// « c'est pour les enfants en fait », « oups, c'est pour ma fille »:
	// once the audience is read, what is left at an edge is filler, not a
	// title.
	p.each(edgeFillerRe, func([]string, []int) bool { return true })
	p.each(adviceFillerRe, func([]string, []int) bool { return true })
	if p.m.Family || p.m.Teen || p.m.Audience != "" {
		p.each(audienceFillerRe, func([]string, []int) bool { return true })
	}
}

// mergeAudience records the message's audience in the session: a new one
// replaces the old; « en famille » and « pour adultes » end it.
func mergeAudience(s *session, m message) {
	switch {
	case m.Teen && m.Audience != "gentle" && m.Audience != "modest":
		// « rien de violent pour des ados »: what the customer rules out
		// matters more than the genres teenagers like.
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
	a := audiences[name]
	return slices.ContainsFunc(a.avoid, func(g string) bool { return slices.Contains(f.Genres, g) }) ||
		slices.ContainsFunc(a.avoidKeywords, func(k string) bool { return slices.Contains(f.Keywords, k) })
}

// audienceExcluded returns the films the session's audience never gets by
// their keywords (none for most audiences). The list is built once per
// audience and engine; it is safe for concurrent use.
func (e *Engine) audienceExcluded(name string) []string {
	a, ok := audiences[name]
	if !ok || len(a.avoidKeywords) == 0 {
		return nil
	}
	e.audienceOnce.Do(func() {
		e.audienceFilms = map[string][]string{}
		for n, a := range audiences {
			if len(a.avoidKeywords) == 0 {
				continue
			}
			var ids []string
			films := e.cat.Films()
			for i := range films {
				if slices.ContainsFunc(a.avoidKeywords, func(k string) bool { return slices.Contains(films[i].Keywords, k) }) {
					ids = append(ids, films[i].ID)
				}
			}
			e.audienceFilms[n] = ids
		}
	})
	return e.audienceFilms[name]
}

// audienceCache is the Engine's memo of audienceExcluded.
type audienceCache struct {
	audienceOnce  sync.Once
	audienceFilms map[string][]string
}

// familyUnfit returns the genres asked for in c that no film for children
// has (horror, thriller, war, crime alone), when c asks for a family film:
// together they match nothing.
func familyUnfit(c *recommend.Constraints) []string {
	if !c.Family {
		return nil
	}
	var out []string
	for _, g := range slices.Concat(c.Genres, c.AllGenres) {
		if f := (data.Film{Genres: []string{g}}); !f.FamilySafe() {
			out = appendNew(out, g)
		}
	}
	return out
}
