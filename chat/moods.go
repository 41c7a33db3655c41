package chat

import (
	"regexp"
	"strings"
)

// Moods are what a customer wants to feel rather than a genre: « un truc
// léger », « qui fait sourire », « pour pleurer un bon coup », "a comfort
// movie", "something light and sweet", "a good cry". Each stands for the
// genre whose films give it (a comedy for a light or comforting evening, a
// drama for tears) and rules out what would spoil it; none is ever a
// person's name or a title (« léger » was read as Steve Saint Leger).
// Every pattern runs on folded text.

// mood is what a mood word asks for.
type mood struct {
	genres []string // any of these
	avoid  []string // none of these, unless the customer names them
}

var (
	moodLight = mood{genres: []string{"Comedy"}, avoid: []string{"Horror", "War"}}
	// Tears come from dramas of people's lives, not from gangster or
	// action dramas (« pour pleurer » gave The Godfather).
	moodTears = mood{genres: []string{"Drama"}, avoid: []string{"Horror", "Action", "Crime", "Thriller"}}
)

// moodWords are the mood phrases no title or name uses: they are read
// wherever they stand.
var moodWords = map[string]mood{
	// French: light, cheering, comforting.
	"qui fait du bien": moodLight, "qui font du bien": moodLight, "qui fait du bien au moral": moodLight,
	"qui remonte le moral": moodLight, "qui remontent le moral": moodLight, "pour se remonter le moral": moodLight,
	"qui donne la peche": moodLight, "qui donnent la peche": moodLight, "qui met de bonne humeur": moodLight,
	"qui mettent de bonne humeur": moodLight, "qui fait sourire": moodLight, "qui font sourire": moodLight,
	"qui donne le sourire": moodLight, "qui donnent le sourire": moodLight, "pour sourire": moodLight,
	"reconfortant": moodLight, "reconfortante": moodLight, "reconfortants": moodLight, "reconfortantes": moodLight,
	"pas prise de tete": moodLight, "feel-good": moodLight, "feel good": moodLight, "feelgood": moodLight,
	"un feel-good": moodLight, "un feel good": moodLight, "tout doux": moodLight, "toute douce": moodLight,
	"doudou": moodLight, "film doudou": moodLight, "films doudous": moodLight, "film cocooning": moodLight, "cocooning": moodLight,
	// English.
	"light-hearted": moodLight, "lighthearted": moodLight, "light hearted": moodLight, "uplifting": moodLight,
	"heartwarming": moodLight, "heart-warming": moodLight, "heart warming": moodLight, "feel better": moodLight,
	"comfort film": moodLight, "comfort films": moodLight, "comfort movie": moodLight, "comfort movies": moodLight,
	"comfort watch": moodLight, "comfort viewing": moodLight, "cosy": moodLight, "cozy": moodLight,
	"cheer me up": moodLight, "cheer us up": moodLight, "cheer her up": moodLight, "cheer him up": moodLight,
	"cheer them up": moodLight, "pick-me-up": moodLight, "put a smile on": moodLight, "make me smile": moodLight,
	"make us smile": moodLight, "makes you smile": moodLight, "feel-good film": moodLight, "feel-good movie": moodLight,
	// Tears.
	"pour pleurer": moodTears, "a pleurer": moodTears, "pleurer un bon coup": moodTears, "pour pleurer un bon coup": moodTears,
	"verser une larme": moodTears, "verser des larmes": moodTears, "verser quelques larmes": moodTears,
	"sortir les mouchoirs": moodTears, "avec des mouchoirs": moodTears, "emouvant": moodTears, "emouvante": moodTears,
	"emouvants": moodTears, "emouvantes": moodTears, "bouleversant": moodTears, "bouleversante": moodTears,
	"a good cry": moodTears, "make me cry": moodTears, "makes me cry": moodTears, "made me cry": moodTears,
	"have a good cry": moodTears, "make me have a good cry": moodTears, "makes me have a good cry": moodTears,
	"makes you cry": moodTears, "make you cry": moodTears, "cry my eyes out": moodTears, "a weepie": moodTears, "weepy": moodTears, "tear-jerker": moodTears,
}

// moodAdjectives are mood words that also stand in titles and names
// (« Léger », "The Light Between Oceans", "Sweet Home Alabama"): read as a
// mood only after a word that opens a description (« un truc léger »,
// « quelque chose de doux », "something light and sweet", « léger, court »).
var moodAdjectives = map[string]mood{
	"leger": moodLight, "legere": moodLight, "legers": moodLight, "legeres": moodLight,
	"doux": moodLight, "douce": moodLight, "douces": moodLight, "joyeux": moodLight, "joyeuse": moodLight,
	"light": moodLight, "sweet": moodLight, "cheerful": moodLight,
	"touchant": moodTears, "touchante": moodTears, "touchants": moodTears, "touchantes": moodTears,
	"moving": moodTears,
}

// moodOpener is what comes right before a mood adjective in a description.
const moodOpener = `(?:films?|movies?|trucs?|choses?|comedies?|comedy|drames?|dramas?|histoires?|stor(?:y|ies)|something|anything|one|quelque\s+chose(?:\s+de)?|qqch(?:\s+de)?|rien\s+de|de|d'|un\s+peu|plutot|assez|tres|vraiment|bien|super|tout|toute|petite?s?|un|une|des|a|some|bit|little|really|quite|fairly|nice|pretty|very|more|plus|et|and|or|ou|,|&|\+)`

var (
	moodWordRe = regexp.MustCompile(`\b` + alternation(moodWords) + `\b`)
	moodAdjRe  = regexp.MustCompile(`(?:^|\b` + moodOpener + `)\s*(` + alternation(moodAdjectives) + `)\b|\b(light)\s*$`)
	// moodFillerRe: what the customer does not want of the mood (« pas
	// trop niaise », "not too cheesy", "nothing heavy"): the genre is
	// already said; the words are no title.
	// The day that calls for the mood (« après une longue semaine », "after
	// a rough day") goes with it.
	moodFillerRe = regexp.MustCompile(`\b(?:(?:apres|after)\s+(?:une|un|a|such\s+a|this|cette|ce)\s+(?:(?:longue|dure|grosse|sale|rude|long|hard|rough|tough|busy|awful|horrible|terrible|exhausting|epuisante?)\s+)+(?:semaine|journee|nuit|garde|week|day|night|shift)|(?:mais\s+|but\s+)?(?:pas|not|jamais|never|sans\s+etre)\s+(?:trop\s+|too\s+|so\s+|tres\s+|overly\s+)?(?:niais|niaise|niaises|niaiseux|cucul|gnangnan|mievre|mievres|mielleux|mielleuse|sirupeux|sirupeuse|guimauve|neuneu|cheesy|soppy|sappy|sugary|saccharine|corny|cringey|cringy|mushy|lourd|lourde|lourds|heavy|depressing|deprimant|deprimante|plombant|plombante)|(?:nothing|rien\s+de)\s+(?:too\s+|trop\s+)?(?:heavy|lourd|depressing|deprimant|plombant|cheesy|niais)` +
		// « facile à suivre », "that's easy to follow": a simple film, any genre.
		`|(?:(?:that's|that\s+is|which\s+is|qui\s+(?:est|soit|sont|soient)|pas\s+trop\s+complique(?:e|s|es)?\s+et)\s+)?(?:(?:easy|simple)\s+to\s+(?:follow|understand)|(?:facile|faciles|simple|simples)\s+a\s+(?:suivre|comprendre)))\b`)
)

// moodPhrases reads the moods of a message as genres, and drops what
// qualifies them. It runs with the audience phrases, before the genre,
// theme and person rules.
func (p *parser) moodPhrases() {
	add := func(md mood) {
		p.m.Genres = appendNew(p.m.Genres, md.genres...)
		p.m.AvoidGenres = appendNew(p.m.AvoidGenres, md.avoid...)
	}
	p.each(moodWordRe, func(sub []string, _ []int) bool {
		add(moodWords[strings.Join(strings.Fields(sub[0]), " ")])
		return true
	})
	p.each(moodAdjRe, func(sub []string, idx []int) bool {
		if sub[1] == "" {
			sub, idx = sub[1:], idx[2:] // "make it light": group 2
		}
		add(moodAdjectives[sub[1]])
		p.consume(idx[2], idx[3]) // the opener is read by other rules
		return false
	})
	p.each(moodFillerRe, func([]string, []int) bool { return true })
}
