package chat

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// maxMessage bounds the characters of a message that are read.
const maxMessage = 500

// plan is a request being carried out: what the message asked and what has
// been resolved so far. It survives a question ("Quel Dune ?") in pending.
type plan struct {
	m message
	// subjectTheme: the plan's theme was read from subjects typed where
	// a title could be, not asked for with a cue.
	subjectTheme bool
	people       []*data.Person
	roles        map[string]string // person id -> roleCast, roleDirector or "" (any credit)
	typed        map[string]string // person id -> the name as typed
	// addsPeople: the message adds its people to the earlier ones ("et
	// de Jacques Demy").
	addsPeople bool
	films      []*data.Film // films of the message resolved so far
	like       *data.Film   // "plus comme le 3"
	theme      *theme       // the theme the message asks for
	avoidTheme *theme       // the theme the message does not want ("pas de super-héros")
	avoid      []*data.Film // films the message does not want ("mais pas Casino")
	// avoidPeople are the people the message does not want (« sans Clavier »).
	avoidPeople []*data.Person
	todo        []mention // mentions still to classify
	notFound    []string  // mentions that named nothing
}

// pending is a question waiting for the customer's choice.
type pending struct {
	kind    outcome // ambiguous or suggested
	mention string
	choices []Choice
	plan    *plan
}

// turn answers one message; s is locked.
func (e *Engine) turn(ctx context.Context, s *session, text string) (Reply, error) {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) > maxMessage {
		text = string([]rune(text)[:maxMessage])
	}
	fresh := len(s.shown) == 0 && len(s.liked) == 0 && s.pending == nil
	// "can you answer in English? …": the language asked, then the rest
	// of the message as typed (replylang.go).
	asked, rest, langAsked := replyLangTurn(text, s.lang) // replyreason.go
	if langAsked {
		s.lang, text = asked, rest
		if !hasWord(text) {
			return e.inLang(s), nil
		}
	}
	m := parse(text, parseOptions{})
	if s.pending == nil {
		var err error
		if m, err = e.keepTypedTitle(ctx, text, m); err != nil {
			return Reply{}, err
		}
		if m, err = e.cueTitle(ctx, text, m, len(s.last) > 0); err != nil { // cuetitle.go
			return Reply{}, err
		}
		if m, err = e.roleCueNames(ctx, text, m); err != nil { // rolecues.go
			return Reply{}, err
		}
	}
	// The words of the titles typed say nothing of the customer's
	// language ("West Side Story" in a French message).
	strong, whole := "", false
	if fresh && len(m.Titles) > 0 {
		// « in the mood for love », "the shining": a first message that is
		// one title says what its form says, its words nothing more
		// ("hello" is a greeting, although a film has that title).
		l, ok, same, err := e.wholeTitleLang(ctx, text, s.page)
		if err != nil {
			return Reply{}, err
		}
		strong, whole = l, ok
		if same && len(m.Titles) > 0 && (len(m.Titles) > 1 || search.TitleKey(m.Titles[0]) != search.TitleKey(text)) {
			// Read in pieces (« fenêtre » and a theme « cour », "the
			// lives" and "others"), the message is one film's title.
			m = message{Raw: text, Lang: m.Lang, Titles: []string{text}}
		}
	}
	switch {
	case whole:
	case fresh:
		strong = e.detectLang(withoutTitles(text, m))
	default:
		// Once the dialogue has a language, only the hand lexicon's
		// words switch it: a French customer's « un thriller genre home
		// invasion, avec Brad Pitt » stays French.
		strong = detectLang(withoutTitles(text, m))
	}
	if langAsked {
		strong = asked
	}
	if strong != "" {
		s.lang = strong
	}
	if !hasWord(text) && !strings.Contains(text, "?") {
		return e.text(s, msgAskFilm), nil
	}
	if p := s.pending; p != nil {
		s.pending = nil
		if i, ok := e.answerChoice(text, p.choices); ok {
			if i > 0 {
				p.plan.films = append(p.plan.films, p.choices[i-1].Film)
			}
			return e.continuePlan(ctx, s, p.plan)
		}
		if numberRe.MatchString(fold(text).s) {
			// "2005" or "7" fit no choice: ask again.
			s.pending = p
			return e.ask(s), nil
		}
		if (m.Act == actLikeShown || m.Act == actWhy) && len(m.Refs) == 1 && m.Refs[0] != 0 && !m.hasRequest() && len(s.last) == 0 {
			// « un autre comme le deuxième » right after « Quel Dune ? »:
			// the films named are the choices, and the customer picks one.
			k := m.Refs[0]
			if k == -1 {
				k = len(p.choices)
			}
			if k >= 1 && k <= len(p.choices) {
				p.plan.films = append(p.plan.films, p.choices[k-1].Film)
				return e.continuePlan(ctx, s, p.plan)
			}
		}
		if r, ok := e.rankWhileAsking(s, p, m); ok {
			return r, nil // "more like the fourth one" while « Quel Zulu ? » waits (followturn.go)
		}
		keepAudience(&m, p.plan.m)
	}
	if strong == "" && fresh && !whole {
		// A first message that leans at all sets the dialogue's language
		// ("Solaris by Tarkovsky"); later, only a clear switch changes it.
		l, err := e.firstLang(ctx, text, m, s.page)
		if err != nil {
			return Reply{}, err
		}
		if l != "" {
			s.lang = l
		}
	}
	if r, ok := e.superlative(s, text); ok {
		return r, nil // « lequel est le plus court ? » (cardtalk.go)
	}
	if len(s.last) > 0 {
		// « le 4 a l'air sympa, pourquoi tu le proposes ? », « le 2 on l'a
		// déjà, un autre comme le 5 »: the rank with commentary (cardtalk.go).
		if c, ok := cardTalk(text, len(s.last)); ok {
			m = c
		}
	}
	if len(s.last) > 0 && !refsOnScreen(m, len(s.last)) {
		// « pourquoi rabbi jacob ? », « celui de 1962 je l'ai vu »: a
		// card named by its title or its year stands for its rank.
		t, ok := cardRefs(text, s.last)
		if u, done := e.cardPeople(t, s.last); done {
			t, ok = u, true
		}
		if ok {
			if c := parse(t, parseOptions{}); c.Act == actWhy || c.Act == actReject || c.Act == actLikeShown && likeCueRe.MatchString(t) {
				c.Raw = text
				m = c
			}
		}
	}
	if len(s.last) > 0 {
		// « pourqoi le 2 », « le 3 c'est quoi le lien ? », « enlevz le 3 »,
		// « on part du 3 », "somthing else": intent words and a rank,
		// read word by word (intentwords.go).
		m = e.intentTurn(s, text, m)
	}
	if len(s.last) > 0 {
		// « le 4 aussi », "and number 5", « on les a tous vus »
		// (followturn.go).
		if c, ok := alsoRanks(text, s.lastAct, len(s.last)); ok {
			m = c
		} else if c, ok := allSeen(text, len(s.last)); ok {
			m = c
		}
		dropInterjections(&m)
		dropRefineTitles(&m) // refinewords.go: « ceux », "make it" alone are no title
	}
	if m.Praise && len(s.last) > 0 && m.Act == actNone {
		return e.text(s, msgThanks), nil
	}
	if len(s.last) > 0 && (m.Act == actNone || m.Act == actThanks) && m.chatterOnly() {
		// « merci, mon frère va être content », "thanks, end of my shift"
		if rank, ok := closingChatter(fold(text).s); ok { // closing.go
			s.lastAct = followAct(actThanks)
			return e.closingReply(s, rank), nil
		}
	}
	if len(s.last) > 0 || len(s.liked) > 0 {
		if t := dropTitle(text); t != "" && m.Act == actNone && !m.Reset {
			// « enlève la haine », « j'ai déjà vu le parrain 2 »: a film
			// named by its title to leave out, read as « pas … ».
			m = parse("pas "+t, parseOptions{})
		}
	}
	deicticTitle(&m, len(s.last) > 0) // chatter.go
	s.setAside(m)
	if m.Reset {
		s.reset()
		if m.Act == actNone && !m.hasRequest() {
			return e.text(s, msgReset), nil
		}
	}
	s.lastAct = followAct(m.Act)
	switch m.Act {
	case actHelp:
		return e.text(s, msgHelp), nil
	case actGreet:
		return e.text(s, msgGreet), nil
	case actThanks:
		return e.closingReply(s, m.Closing), nil
	case actWhy:
		return e.why(s, m)
	case actReject:
		return e.reject(ctx, s, m, text)
	case actLikeShown:
		k, r, ok := e.rank(s, m.Refs)
		if !ok {
			return r, nil
		}
		return e.startPlan(ctx, s, &plan{m: m, like: s.last[k-1].Film}, text)
	}
	if !m.hasRequest() && !m.More {
		return e.text(s, msgAskFilm), nil
	}
	return e.startPlan(ctx, s, &plan{m: m}, text)
}

// firstLang is the language a first message without a clear one leans
// to: its words besides the titles ("Solaris by Tarkovsky"), else the
// titles themselves, when typed as a film's English title and not its
// French one ("shawshank redemption") or the other way round. A title the
// same in both ("West Side Story", "Parasite") says nothing: "" then; an
// English title that is the film's own ("shawshank redemption") says
// something only when the page's language is unknown (titleLang's weak).
func (e *Engine) firstLang(ctx context.Context, text string, m message, page string) (string, error) {
	lean := e.leanLang
	if page != "" {
		// A slight lean ("danny boyle films", « Fernandel ! ») does not
		// outweigh the language of the page typed on; a clear one does.
		lean = e.detectLang
	}
	if l := lean(withoutTitles(text, m)); l != "" {
		return l, nil
	}
	if m.LangHint != "" {
		return m.LangHint, nil
	}
	vote, exact := 0, false
	rest := text // the words of the message that name no film
	for _, t := range m.Titles {
		ms, err := e.res.ResolveFilm(ctx, t, 1)
		if err != nil && !errors.Is(err, data.ErrInvalid) {
			return "", fmt.Errorf("chat: resolve %q: %w", t, err)
		}
		if len(ms) == 0 {
			continue
		}
		rest = strings.Replace(rest, t, withoutFilmTitle(t, ms[0].Film), 1)
		l, ok, weak := titleLang(t, ms[0].Film)
		exact = exact || ok
		if weak && page != "" {
			continue // the page's language outweighs it
		}
		switch l {
		case "en":
			vote--
		case "fr":
			vote++
		}
	}
	switch {
	case vote > 0:
		return "fr", nil
	case vote < 0:
		return "en", nil
	case exact:
		return "", nil
	}
	// The titles that named no film: the hand lexicon only, as a name
	// the synopses lack ("lautner") says nothing. The words of a film's
	// own title say nothing either (« lost in translation, bill murray »
	// typed on the French page), those of a title the customer translated
	// do (« les sept samourais »).
	return leanLang(rest), nil
}

// withoutTitles is text without the titles the message names.
func withoutTitles(text string, m message) string {
	for _, t := range slices.Concat(m.Titles, m.ClauseNames, m.People) { // names say no more than titles do
		text = strings.Replace(text, t, " ", 1)
	}
	return text
}

// yearTailRe is a year or a parenthesis typed after a title.
var yearTailRe = regexp.MustCompile(`\([^)]*\)?|\b(?:19|20)\d\d\b`)

// startPlan looks up the people and films a message names, then carries
// the plan out.
func (e *Engine) startPlan(ctx context.Context, s *session, p *plan, text string) (Reply, error) {
	p.addsPeople = peopleAdded(s, text) // people14.go
	if _, err := e.titleOverTheme(ctx, p); err != nil {
		return Reply{}, err
	}
	if err := e.clauseNames(ctx, p); err != nil {
		return Reply{}, err
	}
	people := p.m.People
	if len(p.m.MorePeople) > 0 && len(p.m.Titles) > 0 {
		// « la chèvre avec Pierre Richard et Depardieu, encore du Pierre
		// Richard »: the names beside the title describe it; the request
		// is the name after "encore".
		people = nil
	}
	people, err := e.listedThemes(ctx, p, text, people) // themes10.go: « un film d'alpinisme, de montagne »
	if err != nil {
		return Reply{}, err
	}
	for _, name := range people {
		per, err := e.resolvePerson(ctx, name)
		if err != nil && !errors.Is(err, data.ErrNotFound) {
			return Reply{}, err
		}
		if per == nil {
			// « avec pierre richard le distrait »: the name, then a comment.
			if per, err = e.leadingName(ctx, name); err != nil {
				return Reply{}, err
			}
		}
		if len(p.m.RolePeople) > 0 && !slices.Contains(p.m.RolePeople, name) && per == nil {
			// « la bande originale signée georges delerue, j'adore »: beside
			// the person a role cue names, words that name nobody are the
			// titles they hold (« g vu shining »), else chatter.
			alt := parse(name, parseOptions{noPeople: true})
			ms, err := e.mentions(ctx, alt.Titles)
			if err != nil {
				return Reply{}, err
			}
			if len(ms) > 0 && allFound(ms) {
				p.m.Titles = append(slices.Clone(p.m.Titles), alt.Titles...)
			} else {
				p.notFound = append(p.notFound, name)
			}
			continue
		}
		if per == nil && filmOf(text, name) {
			// "un film de requin", "un film de tueur à gages": after "un
			// film de", words that name nobody are a theme first, though a
			// film may bear them as its title.
			th, err := e.themeOf(ctx, name, themeMin)
			if err != nil {
				return Reply{}, err
			}
			if th != nil {
				p.addTheme(th)
				continue
			}
		}
		if per == nil || !exactName(name, per) {
			// "Danse avec les loups": the "person" may be the end of a
			// title; « de battre mon cœur s'est arrêté » is no one called
			// « battre », though a name is one letter away.
			alt := reparse(text, p.m, parseOptions{noPeople: true}) // cuetitle.go
			ms, err := e.mentions(ctx, alt.Titles)
			if err != nil {
				return Reply{}, err
			}
			if len(ms) > 0 && allFound(ms) {
				p.m, p.people, p.todo = alt, nil, ms
				return e.continuePlan(ctx, s, p)
			}
		}
		if per == nil {
			// "un film de braquage": a theme, not a person.
			th, err := e.themeOf(ctx, name, themeMin)
			if err != nil {
				return Reply{}, err
			}
			if th == nil && len(p.m.Titles) > 0 {
				// « le père noël, avec le splendid »: beside a title, a
				// name found nowhere is the customer's comment; the reply
				// says it was skipped and goes on with the film.
				p.notFound = append(p.notFound, name)
				continue
			}
			if th == nil {
				return e.text(s, msgUnknownPerson, name), nil
			}
			p.addTheme(th)
			continue
		}
		if filmOf(text, name) && capitalised(name) {
			// « un film de Noël »: themes8.go
			th, err := e.surnameTheme(ctx, name)
			if err != nil {
				return Reply{}, err
			}
			if th != nil {
				p.addTheme(th)
				continue
			}
		}
		if !exactName(name, per) || (filmOf(text, name) && e.cat.RoleCount(per.ID) < e.knownAfterFilm(name)) {
			// "something with zombies" is not Rob Zombie: a name found only
			// with a typo gives way to a theme that is a known keyword;
			// after "un film de", to any theme the words read as (« un
			// film de singes » is no Bryan Singer film).
			least := themeBare
			if filmOf(text, name) && !exactName(name, per) {
				least = themeMin
			}
			th, err := e.themeOf(ctx, name, least)
			if err != nil {
				return Reply{}, err
			}
			if th != nil {
				p.addTheme(th)
				continue
			}
		}
		p.addPerson(e, per, name)
	}
	for _, t := range p.m.MorePeople {
		// "more kurosawa please": a well-known name after "more" is that
		// person; anything else is read as a subject or a title.
		per, err := e.bestKnownPerson(ctx, t)
		if err != nil {
			return Reply{}, err
		}
		if per != nil && exactName(t, per) && e.cat.RoleCount(per.ID) >= knownPerson {
			p.addPerson(e, per, t)
			continue
		}
		p.m.Themes = append(p.m.Themes, t)
	}
	for _, t := range p.m.SoftThemes {
		th, err := e.themeOf(ctx, t, themeBare)
		if err != nil {
			return Reply{}, err
		}
		if th != nil {
			p.addTheme(th)
		}
	}
	if err := e.cueThemes(ctx, p); err != nil {
		return Reply{}, err
	}
	for _, name := range p.m.AvoidPeople {
		per, err := e.avoidPersonOf(ctx, name, false)
		if err != nil {
			return Reply{}, err
		}
		if per == nil {
			// « pas avec des zombies »: a subject not wanted, if it is one.
			th, err := e.themeOf(ctx, name, themeMin)
			if err != nil {
				return Reply{}, err
			}
			if th == nil {
				return e.text(s, msgUnknownPerson, name), nil
			}
			p.avoidTheme = th
			continue
		}
		p.avoidPeople = append(p.avoidPeople, per)
	}
	for _, t := range p.m.AvoidThemes {
		t = trimStopTail(t) // « pas de super héros finalement »
		// « sans Clavier »: a well-known name is that person, not a subject.
		per, err := e.avoidPersonOf(ctx, t, true)
		if err != nil {
			return Reply{}, err
		}
		if per != nil {
			p.avoidPeople = append(p.avoidPeople, per)
			continue
		}
		th, err := e.themeOf(ctx, t, themeMin)
		if err != nil {
			return Reply{}, err
		}
		if th != nil {
			p.avoidTheme = th
		}
	}
	titles := slices.Clone(p.m.Titles)
	for _, t := range p.m.Themes {
		// "a heist movie" is a theme, "a Spielberg movie" a director; what
		// is neither may be a title.
		t = trimStopTail(t) // "something with isabelle huppert again"
		if u := trimEitherLead(t); u != t {
			// people13.go: "with either Alain Delon or Lino Ventura" is
			// two alternatives, read as the mentions of a list.
			titles = append(titles, u)
			continue
		}
		var th *theme
		if k, ok := kindThemes[t]; ok {
			// « un film de cape et d'épée »: searched by its English name,
			// labelled as the customer said it.
			var err error
			if th, err = e.themeOf(ctx, k.query, themeMin); err != nil {
				return Reply{}, err
			}
			if th != nil {
				th.labelFR, th.labelEN = k.fr, k.en
			}
		}
		if th == nil && (!capitalised(t) || nationWord[fold(t).s] != "") {
			// « qui se passe au Japon »: a country named after a theme cue
			// is where the film is set, not a person.
			var err error
			if th, err = e.themeOf(ctx, t, themeBare); err != nil {
				return Reply{}, err
			}
		}
		if th == nil && capitalised(t) {
			// « un film de Noël »: themes8.go
			var err error
			if th, err = e.surnameTheme(ctx, t); err != nil {
				return Reply{}, err
			}
		}
		if th == nil {
			per, err := e.resolvePerson(ctx, t)
			if err != nil && !errors.Is(err, data.ErrNotFound) {
				return Reply{}, err
			}
			if per != nil && exactName(t, per) && e.cat.RoleCount(per.ID) < knownPerson && (!capitalised(t) || e.keywordNamed(ctx, t)) {
				// « un film sur napoléon » is no Maltby Napoleon: after a
				// cue, a little-known name gives way to a theme.
				if th, err = e.themeOf(ctx, t, themeMin); err != nil {
					return Reply{}, err
				}
				if th != nil {
					p.addTheme(th)
					continue
				}
			}
			if per != nil && exactName(t, per) && (!capitalised(t) || e.cat.RoleCount(per.ID) >= knownPerson) {
				p.addPerson(e, per, t)
				continue
			}
			if per != nil && !exactName(t, per) && e.cat.RoleCount(per.ID) >= knownPerson {
				// "kubrik films": a well-known name, a typo aside.
				p.addPerson(e, per, t)
				continue
			}
			if per != nil && exactName(t, per) {
				// "a Christmas movie": Eric Christmas is little known; a
				// theme of that name wins, else he does.
				if th, err = e.themeOf(ctx, t, themeBare); err != nil {
					return Reply{}, err
				}
				if th == nil {
					p.addPerson(e, per, t)
					continue
				}
			}
			if th, err = e.themeOf(ctx, t, themeMin); err != nil {
				return Reply{}, err
			}
		}
		if th == nil {
			titles = append(titles, t) // not a theme after all: maybe a title
			continue
		}
		p.addTheme(th)
	}
	ms, err := e.planMentions(ctx, p, titles) // barethemes.go
	if err != nil {
		return Reply{}, err
	}
	if err := e.dropNotWhose(ctx, p.m.NotWhose, ms); err != nil {
		return Reply{}, err
	}
	p.todo = ms
	return e.continuePlan(ctx, s, p)
}

// Roles of a person a message asks for.
const (
	roleCast     = "cast"
	roleDirector = "director"
)

// addPerson adds a person the message names as typed, with the role the
// message gives: "avec" is the cast, "réalisé par" the director, and "de"
// or "by" the director for someone known mainly as one (« les films de
// Luc Besson » are not those he wrote) or, after « un film de », for an
// actor who directs too (« un film de Guillaume Canet »), any credit for
// the others.
func (p *plan) addPerson(e *Engine, per *data.Person, typed string) {
	role := ""
	switch {
	case slices.Contains(p.m.WrittenBy, typed):
		// « les dialogues d'Audiard », « la musique de Sarde »: any credit.
	case slices.Contains(p.m.Starring, typed) && !e.hardlyActs(per.ID):
		role = roleCast
	case slices.Contains(p.m.Starring, typed):
		// people13.go: « avec Chabrol de préférence » after an actress
		// asked for: his films, with her.
		role, p.addsPeople = roleDirector, true
	case slices.Contains(p.m.DirectedBy, typed) || e.mainlyDirector(per.ID) || slices.Contains(p.m.FilmsOf, typed) && e.author(per.ID):
		role = roleDirector
	}
	if p.roles == nil {
		p.roles, p.typed = map[string]string{}, map[string]string{}
	}
	p.roles[per.ID] = role
	p.typed[per.ID] = typed
	p.people = append(p.people, per)
}

func (e *Engine) mentions(ctx context.Context, titles []string) ([]mention, error) {
	var out []mention
	for _, t := range titles {
		ms, err := e.subjectMentions(ctx, t)
		if err != nil {
			return nil, err
		}
		out = append(out, ms...)
	}
	return out, nil
}

func allFound(ms []mention) bool {
	for _, m := range ms {
		if o, _ := classify(m); m.Theme == nil && m.Person == nil && o != resolved && o != ambiguous {
			return false
		}
	}
	return true
}

// pickByOrigin returns the one film of films in the language or from the
// country the message asks for, or nil.
func pickByOrigin(films []*data.Film, m message) *data.Film {
	lang, countries := m.Language, m.Countries
	if m.FrenchOnly {
		lang = "fr"
	}
	if lang == "" && len(countries) == 0 {
		return nil
	}
	var pick *data.Film
	for _, f := range films {
		if (lang == "" || f.OriginalLanguage == lang) && (len(countries) == 0 || slices.ContainsFunc(countries, func(c string) bool { return slices.Contains(f.Countries, c) })) {
			if pick != nil {
				return nil
			}
			pick = f
		}
	}
	return pick
}

// frenchHomonym returns the one French production among homonyms, or nil,
// when each other homonym is less known or is a foreign film that only
// bears its title in France (a remake released under the French film's
// name), and the French film is not obscure beside them: « Taxi » (1998)
// rather than its American remake, « le dîner de cons » of Veber rather
// than Dinner for Schmucks, but « Les Misérables » still asks.
func frenchHomonym(films []*data.Film) *data.Film {
	var pick *data.Film
	for _, f := range films {
		if f.MadeIn("FR") {
			if pick != nil {
				return nil
			}
			pick = f
		}
	}
	if pick == nil {
		return nil
	}
	for _, f := range films {
		if f.Votes <= pick.Votes {
			continue
		}
		renamed := f.OriginalTitle != "" && pick.OriginalTitle != "" && search.TitleKey(f.OriginalTitle) != search.TitleKey(pick.OriginalTitle)
		if !renamed || float64(pick.Votes) < frenchHomonymVotes*float64(f.Votes) {
			return nil
		}
	}
	return pick
}

// frenchHomonymVotes: the French film must have at least this share of the
// IMDb votes of a better-known foreign film released under its title.
const frenchHomonymVotes = 0.25

// onlyWhose reports whether a person named right after a title ("Solaris
// by Tarkovsky", « la piscine avec Romy Schneider ») directed one of the
// films of the message or acts in it: the name said which film it is, it
// asks for no filter, unless the message also asks for the person's films
// (personwish.go).
func (e *Engine) onlyWhose(p *plan, per *data.Person) bool {
	if !describesTitle(p.m, per) {
		return false
	}
	return slices.ContainsFunc(p.films, func(f *data.Film) bool { return credited(f, per) })
}

// continuePlan classifies the mentions left, asking the customer when one
// is ambiguous or unknown, then applies the plan.
func (e *Engine) continuePlan(ctx context.Context, s *session, p *plan) (Reply, error) {
	all := p.todo
	for len(p.todo) > 0 {
		mt := p.todo[0]
		p.todo = p.todo[1:]
		if mt.Theme != nil {
			if mt.Subject && p.theme != nil && !p.subjectTheme {
				// « Au revoir les enfants, l'école pendant la guerre… des
				// films sur la Résistance ? »: the subject beside the film
				// says why it was liked; the request names its own.
				continue
			}
			p.subjectTheme = mt.Subject && (p.theme == nil || p.subjectTheme)
			p.addTheme(mt.Theme)
			continue
		}
		if mt.Person != nil && !mt.Not {
			// "un Truffaut": a person known mainly as a director is asked
			// for the films they directed.
			p.addPerson(e, mt.Person, mt.Text)
			continue
		}
		out, films := classify(mt)
		if out == ambiguous || out == suggested && len(p.people) > 0 {
			// "Dune by David Lynch": a name the message gives as a person
			// may only be there to pick the film, even among the titles a
			// partial mention suggests (« nid de coucou avec Jack
			// Nicholson »).
			for i, per := range p.people {
				if f := e.decide(films, per.Name); f != nil {
					out, films = resolved, []*data.Film{f}
					if !p.example(per) {
						p.people = slices.Delete(slices.Clone(p.people), i, i+1)
					}
					break
				}
			}
		}
		if out != unknown && mt.Theme == nil && mt.Person == nil && !mt.Not && commentBeside(p, mt) {
			continue // « le dîner de cons, on a ri comme des baleines »: a comment
		}
		hinted := false // a name or the message's other words picked the film
		if out == resolved && !mt.Decided && !mt.Not {
			if f := e.pickByNames(p, mt); f != nil {
				// « cyrano avec depardieu »: the name picks among the
				// films bearing or resembling the title.
				films, mt.Decided, hinted = []*data.Film{f}, true, true
			}
		}
		if out == ambiguous {
			// "I liked Breathless, something in French": the language or
			// the country the message asks for may pick the film.
			if f := pickByOrigin(films, p.m); f != nil {
				out, films = resolved, []*data.Film{f}
			}
		}
		if out == ambiguous && s.lang != "en" {
			// « taxi » in French: the French film of that title, the best
			// known of its homonyms, rather than its foreign remake.
			if f := frenchHomonym(films); f != nil {
				out, films = resolved, []*data.Film{f}
			}
		}
		if (out == ambiguous || out == resolved && !mt.Decided) && mt.Theme == nil && mt.Person == nil {
			// « la piscine avec romy schneider », "King Kong, the Peter
			// Jackson one", « manon des sources » beside « jean de
			// florette »: the rest of the message picks among homonyms,
			// even one the top film would have hidden.
			if f := e.pickByHints(p, mt, out == ambiguous); f != nil {
				out, films, hinted = resolved, []*data.Film{f}, true
			}
		}
		if out == ambiguous && !mt.Not {
			// « Aladdin et La Reine des neiges, un autre dessin animé »:
			// the rest of a long message decides (homonymcontext.go).
			if f := pickByMessage(p.m, films, otherFilms(p)); f != nil {
				out, films = resolved, []*data.Film{f}
			}
		}
		if !hinted && out != unknown && e.chatterTitle(p, mt, all) {
			// « un dessin animé pour elle »: chatter (plaintitles.go); a
			// genre among its words is still asked for ("a good prison
			// drama").
			p.m.Genres = appendNew(p.m.Genres, genresOf(fold(mt.Text).s)...)
			continue
		}
		if mt.Not {
			switch {
			case out == resolved:
				p.avoid = append(p.avoid, films[0])
			case series(mt.Text, films) || oneSaga(films):
				// « mais pas les gendarmes »: none of the saga.
				p.avoid = append(p.avoid, films...)
			default:
				// "not harry potter": every film titled with the words.
				p.avoid = append(p.avoid, franchise(mt)...)
			}
			continue
		}
		if out != resolved && skipComment(p, mt) {
			// « les tontons flingueurs, ventura et blier ensemble c'est
			// culte », « avant 1965, donc », "that won't make the kids
			// cry too much": beside what the message understood, words
			// that are no title are a comment, even when homonyms bear
			// them.
			continue
		}
		if out == suggested && !mt.Not {
			// « retour vers futur », « le diné de con »: a title typed with
			// a word missing or misspelt. When the words typed are, in
			// order, in the title of one suggestion only, or of parts of
			// one saga only, that film (the saga's first) is meant.
			var in []*data.Film
			for _, f := range films {
				if titleHasWords(f, mt.Text) {
					in = append(in, f)
				}
			}
			if len(in) == 1 || len(in) > 1 && oneSaga(in) {
				out, films = resolved, []*data.Film{slices.MinFunc(in, func(a, b *data.Film) int { return a.Year - b.Year })}
			}
		}
		if (out == ambiguous || (out == suggested && series(mt.Text, films))) && (oneSaga(films) || series(mt.Text, films) && e.oneCast(films)) {
			// « seigneur des anneaux », "harry potter": the customer names
			// the saga; its first film stands for it rather than a question.
			out, films = resolved, []*data.Film{slices.MinFunc(films, func(a, b *data.Film) int { return a.Year - b.Year })}
		}
		switch out {
		case resolved:
			if !slices.ContainsFunc(p.films, func(f *data.Film) bool { return f.ID == films[0].ID }) {
				// « Bienvenue chez les Ch'tis (Welcome to the Sticks) »: a
				// film named twice, by its title and its translation, is
				// one film.
				p.films = append(p.films, films[0])
			}
		case ambiguous, suggested:
			if out == suggested && e.themeComment(p, mt.Text) {
				continue // « Intouchables, drôle et touchant sur le handicap »: a comment
			}
			if out == suggested && series(mt.Text, films) {
				out = ambiguous // several parts of different sagas: which one of them
			}
			s.pending = &pending{kind: out, mention: mt.Text, choices: e.choices(films, s.lang), plan: p}
			return e.ask(s), nil
		default:
			p.notFound = append(p.notFound, mt.Text)
		}
	}
	if p.m.Pronoun == "" {
		// « le sens de la fête de Toledano et Nakache, leurs autres films »:
		// with a pronoun, the names say whose films are asked for.
		s.described = nil
		p.people = slices.DeleteFunc(p.people, func(per *data.Person) bool {
			if e.onlyWhose(p, per) {
				s.described = append(s.described, per.ID)
				return true
			}
			return e.themeDescribes(p, per)
		})
		s.described = appendNew(s.described, e.typedCredits(p)...) // people13.go: « le samouraï de melville »
	}
	return e.apply(ctx, s, p)
}

// apply changes the dialogue state as the plan says and recommends. A
// turn whose constraints leave no film at all is rolled back.
func (e *Engine) apply(ctx context.Context, s *session, p *plan) (Reply, error) {
	m := p.m
	if len(p.notFound) > 0 && len(p.films) == 0 && p.like == nil && len(p.people) == 0 && p.theme == nil && !m.hasConstraint() && !m.More {
		return e.text(s, msgUnknownTitle, p.notFound[0]), nil
	}
	if m.PronounBy {
		p.people = e.dropFilmCast(p) // personwish.go
	}
	if m.Pronoun != "" {
		// « d'autres films avec elle »: the actress of the film liked.
		carried := e.pronounPeople(s, p)
		if carried == nil {
			carried = e.castCarried(s, p) // personwish.go
		}
		for _, per := range carried {
			if p.roles == nil {
				p.roles = map[string]string{}
			}
			p.people = append(p.people, per)
			switch {
			case m.PronounCast:
				p.roles[per.ID] = roleCast
			case m.PronounBy && slices.ContainsFunc(e.workingFilms(s, p), func(f *data.Film) bool { return slices.Contains(f.Directors, per.ID) }):
				p.roles[per.ID] = roleDirector
			case e.namedDirector(s, p, per): // people13.go: « Au revoir là-haut de Dupontel », « ses autres films »
				p.roles[per.ID] = roleDirector
			case e.mainlyDirector(per.ID):
				p.roles[per.ID] = roleDirector
			}
		}
	}
	if err := e.namesakesInContext(ctx, s, p); err != nil {
		return Reply{}, err
	}
	if err := e.directorsNamed(ctx, s, p); err != nil { // personwish.go
		return Reply{}, err
	}
	before := snapshot(s)
	// A new list of liked films after an answer starts a new request,
	// unless it says "aussi": the filters its films would fail are dropped,
	// and the reply says which were dropped and which kept.
	var kept, dropped []string
	if len(p.films) > 0 && len(s.last) > 0 && !m.Also && p.like == nil && !m.More && !m.Reset {
		s.liked = nil
		labels := map[string]string{}
		for _, c := range e.filterChips(s) {
			labels[c.Key] = c.Label
		}
		drop := map[string]bool{}
		for _, f := range p.films {
			for _, k := range e.conflicts(s, f) {
				drop[k] = true
			}
		}
		for _, c := range e.filterChips(s) {
			if drop[c.Key] {
				dropped = append(dropped, e.quoteText(s, bareLabel(c.Label)))
				kind, arg, _ := strings.Cut(c.Key, ":")
				dropChip(s, kind, arg)
			} else {
				kept = append(kept, e.quoteText(s, bareLabel(c.Label)))
			}
		}
	}
	if p.theme != nil {
		s.theme = p.theme
		if s.avoidTheme != nil && slices.Equal(s.avoidTheme.keywords, p.theme.keywords) {
			s.avoidTheme = nil // asked for again
		}
	}
	if p.avoidTheme != nil {
		s.avoidTheme = p.avoidTheme
		if s.theme != nil && slices.Equal(s.theme.keywords, p.avoidTheme.keywords) {
			s.theme = nil
		}
	}
	for _, f := range p.avoid {
		s.excluded = appendNew(s.excluded, f.ID)
		s.liked = remove(s.liked, f.ID)
	}
	for _, f := range p.films {
		s.liked = appendNew(s.liked, f.ID)
		s.excluded = remove(s.excluded, f.ID)
	}
	if p.like != nil {
		s.liked = appendNew(s.liked, p.like.ID)
	}
	e.merge(s, p)
	if len(s.liked) == 0 && constraintsEmpty(s.cons) && s.theme == nil && s.avoidTheme == nil && s.audience == "" && len(s.avoidPeople) == 0 {
		r := e.text(s, msgAskFilm)
		if len(p.notFound) > 0 {
			r = e.text(s, msgUnknownTitle, p.notFound[0])
		}
		return r, nil
	}
	if m.NoSequels {
		s.excluded = appendNew(s.excluded, e.sequels(s.liked)...)
	}
	exclude := slices.Clone(s.excluded)
	if m.More || p.like != nil {
		exclude = append(exclude, s.shown...)
	}
	recs, err := e.recommend(ctx, s, exclude, e.o.Count)
	if err != nil {
		return Reply{}, err
	}
	apart := ""
	if len(recs) == 0 && s.theme != nil && p.theme == nil && (len(p.people) > 0 || m.SameDirector && len(s.cons.Directors) > 0) {
		// « d'autres de Melville » after a theme: the person asked now
		// wins over the theme asked before; so does « du même
		// réalisateur ».
		var names []string
		for _, per := range p.people {
			names = append(names, per.Name)
		}
		if len(p.people) == 0 {
			for _, id := range s.cons.Directors {
				if per, err := e.cat.Person(id); err == nil {
					names = append(names, per.Name)
				}
			}
		}
		apart = e.say(s, msgThemeApart, e.join(s, names), e.quoteText(s, s.theme.label(s.lang)))
		s.theme = nil
		if recs, err = e.recommend(ctx, s, exclude, e.o.Count); err != nil {
			return Reply{}, err
		}
	}
	var loosened []string
	for i := 0; len(recs) == 0 && i < maxLoosen; i++ {
		// "avec Bourvil et Belmondo", "une comédie d'horreur western": when
		// no film has them all, say so and take any of them; else set the
		// weakest filter aside (loosen.go), said once for all.
		if more := e.relax(s); more != "" {
			apart = strings.TrimSpace(apart + " " + more)
		} else if label := e.loosen(s, before, p.m); label != "" {
			loosened = append(loosened, label)
		} else {
			break
		}
		if recs, err = e.recommend(ctx, s, exclude, e.o.Count); err != nil {
			return Reply{}, err
		}
	}
	if len(loosened) > 0 {
		apart = strings.TrimSpace(apart + " " + e.say(s, msgLoosened, e.join(s, loosened)))
	}
	if len(recs) == 0 {
		restore(s, before)
		return e.text(s, msgNothing), nil
	}
	if len(m.VaryGenres) > 0 {
		recs = e.varyGenres(ctx, s, exclude, recs, m.VaryGenres)
	}
	s.last = e.cards(recs, s.lang)
	e.remember(s)
	s.focus = 0

	var intro string
	switch {
	case p.like != nil:
		intro = e.say(s, msgMoreLike, e.quote(s, p.like))
	case len(p.films) > 0:
		// « le grand bleu, d'autres films sur la mer ? » names the film it
		// starts from: say so, even with « d'autres ».
		var ts []string
		for _, f := range p.films {
			ts = append(ts, e.quote(s, f))
		}
		intro = e.say(s, msgBecause, e.join(s, ts), e.films(s, len(recs), false))
	case m.More:
		intro = e.say(s, msgMoreFilms, e.films(s, len(recs), true))
	default:
		intro = e.say(s, msgHereAre, e.films(s, len(recs), false))
	}
	if len(kept) > 0 {
		intro = e.say(s, msgKept, e.join(s, kept)) + " " + intro
	}
	if len(dropped) > 0 {
		intro = e.say(s, msgDropped, e.join(s, dropped)) + " " + intro
	}
	if apart != "" {
		intro = apart + " " + intro
	}
	if len(p.notFound) > 0 {
		intro = e.say(s, msgSkipped, e.quoteText(s, p.notFound[0])) + " " + intro
	}
	return Reply{Lang: s.lang, Kind: KindFilms, Text: e.withCriteria(s, intro), Films: s.last}, nil
}

// bareLabel is a chip's label without the "et" that joins genres asked
// together, for a list of its own.
func bareLabel(l string) string {
	for _, p := range []string{"et ", "and "} {
		if rest, ok := strings.CutPrefix(l, p); ok {
			return rest
		}
	}
	return l
}

// relax turns the session's all-of constraints into any-of ones, people
// first, and returns the sentence that says so, or "" when there is none.
func (e *Engine) relax(s *session) string {
	c := &s.cons
	if people := append(slices.Clone(c.Directors), c.Cast...); len(people) > 1 {
		var names []string
		for _, id := range people {
			if per, err := e.cat.Person(id); err == nil {
				names = append(names, per.Name)
			}
		}
		c.People, c.Cast, c.Directors = appendNew(c.People, people...), nil, nil
		return e.say(s, msgApart, e.join(s, names))
	}
	if len(c.AllGenres) > 1 {
		var names []string
		for _, g := range c.AllGenres {
			names = append(names, data.GenreName(g, s.lang))
		}
		c.Genres, c.AllGenres = appendNew(c.Genres, c.AllGenres...), nil
		return e.say(s, msgGenresApart, e.join(s, names))
	}
	if g := familyUnfit(c); len(g) > 0 {
		// « un thriller » then « c'est pour ma fille de 8 ans »: the
		// children come first; the genre goes, and the reply says so.
		var names []string
		for _, x := range g {
			names = append(names, data.GenreName(x, s.lang))
		}
		c.Genres, c.AllGenres = remove(c.Genres, g...), remove(c.AllGenres, g...)
		return e.say(s, msgFamilyGenre, e.join(s, names))
	}
	if s.vagueEra && c.MinYear > 0 && c.MaxYear == 0 {
		// « un polar coréen récent »: « récent » reaches further back
		// rather than answer nothing.
		s.vagueEra = false
		c.MinYear -= vagueEraWiden
		return e.say(s, msgEraWidened, c.MinYear)
	}
	return ""
}

// vagueEraWiden is how many more years a vague era (« récent ») reaches
// when no film meets it.
const vagueEraWiden = 10

// merge adds the message's constraints to the session's. Genres asked for
// replace the earlier ones, genres to avoid add up, an era replaces the
// previous one, people replace the previous people.
func (e *Engine) merge(s *session, p *plan) {
	m, c := p.m, &s.cons
	e.ownFilms(s, p) // people11.go
	if len(p.people) > 0 {
		// People replace the earlier ones, unless the message adds them
		// ("et de Jacques Demy"), or they wrote the films and the new ones
		// play in or direct them (people11.go). Several people are all in
		// one film; one asked without a role may have any credit.
		if kept := e.keptWriters(s, p); len(kept) > 0 {
			c.People, c.Cast, c.Directors = kept, nil, nil
		} else if !p.addsPeople {
			c.People, c.Cast, c.Directors = nil, nil, nil
		} else if len(c.People) > 0 {
			for _, id := range c.People {
				c.Cast = appendNew(c.Cast, id)
			}
			c.People = nil
		}
		several := len(p.people)+len(c.Cast)+len(c.Directors) > 1
		for _, per := range p.people {
			switch role := p.roles[per.ID]; {
			case role == roleDirector:
				c.Directors = appendNew(c.Directors, per.ID)
			case role == roleCast || several && !slices.Contains(p.m.WrittenBy, p.typed[per.ID]):
				// A writer or composer keeps any credit beside the others
				// (« du Lautner, avec des dialogues d'Audiard »).
				c.Cast = appendNew(c.Cast, per.ID)
			default:
				c.People = appendNew(c.People, per.ID)
			}
		}
	}
	if m.SameDirector {
		// « du même réalisateur »: the people asked before give way.
		if ds := e.sameDirectors(s, p); len(ds) > 0 {
			c.People, c.Cast, c.Directors = nil, nil, ds
		}
	}
	if m.SameGenre && len(m.Genres) == 0 && len(m.AllGenres) == 0 {
		m.Genres = e.sameGenres(s, p) // « des trucs du même genre »
	}
	keepAskedBlends(&m, c.Genres, c.AllGenres) // blends13.go: « une comédie, mais pas romantique »
	if len(m.Genres) > 0 || len(m.AllGenres) > 0 {
		c.Genres, c.AllGenres = slices.Clone(m.Genres), slices.Clone(m.AllGenres)
		c.AvoidGenres = remove(c.AvoidGenres, m.Genres...)
		c.AvoidGenres = remove(c.AvoidGenres, m.AllGenres...)
	}
	if len(m.AvoidGenres) > 0 {
		c.AvoidGenres = appendNew(c.AvoidGenres, m.AvoidGenres...)
		c.Genres = remove(c.Genres, m.AvoidGenres...)
		c.AllGenres = remove(c.AllGenres, m.AvoidGenres...)
	}
	if len(m.VaryGenres) > 0 {
		// « pas que des polars »: the genre is no longer asked for, and
		// the list mixes in films of other genres (varyGenres).
		c.Genres = remove(c.Genres, m.VaryGenres...)
		c.AllGenres = remove(c.AllGenres, m.VaryGenres...)
	}
	if m.Ago != nil && m.MinYear == 0 && m.MaxYear == 0 {
		m.MinYear, m.MaxYear = m.Ago.years(e.o.Now().Year())
	}
	if m.MinYear != 0 || m.MaxYear != 0 {
		c.MinYear, c.MaxYear = m.MinYear, m.MaxYear
		s.vagueEra = false
	}
	// An explicit year wins over "plus récent" in the same message ("plus
	// récent, après 2000").
	// « plus ancien, un classique »: the bound of a vague word
	// (classicYear, oldFilmYear) does not stop « plus ancien » being
	// relative too; the earlier of the two holds.
	vagueMax := m.Older && m.MinYear == 0 && (m.MaxYear == classicYear || m.MaxYear == oldFilmYear)
	// « plus récents que ceux-là, en couleur »: colour (after 1959) is a
	// floor under « plus récent », which still holds (shownera13.go).
	colourMin := m.Newer && m.MinYear == blackWhiteYear+1 && m.MaxYear == 0
	if (m.Newer || m.Older) && (m.MinYear == 0 || colourMin) && (m.MaxYear == 0 || vagueMax) {
		years := e.anchorYears(s, p)
		// After a list, "un peu plus ancien" is also relative to the films
		// just shown: older than most of them, not only than the liked one.
		shownMean := 0.0
		if len(p.films) == 0 && p.like == nil && len(s.last) > 0 {
			n := 0
			for _, c := range s.last {
				if c.Film.Year > 0 {
					shownMean += float64(c.Film.Year)
					n++
				}
			}
			if n > 0 {
				shownMean /= float64(n)
			}
		}
		// With no film named or liked, the years are those of the list
		// itself: « les plus anciens » after « un truffaut » are older than
		// most of the films shown, not than every one of them (which would
		// leave none of his).
		onlyShown := shownMean > 0 && len(s.liked) == 0
		if onlyShown {
			years = nil
			if m.Newer {
				c.MinYear = max(int(math.Floor(shownMean))+1, m.MinYear)
				if c.MaxYear != 0 && c.MaxYear < c.MinYear {
					c.MaxYear = 0
				}
			}
			if m.Older {
				c.MaxYear = int(math.Ceil(shownMean)) - 1
				if vagueMax {
					c.MaxYear = min(c.MaxYear, m.MaxYear)
				}
				if c.MinYear > c.MaxYear {
					c.MinYear = 0
				}
			}
		}
		if len(years) > 0 && m.Newer {
			c.MinYear = max(slices.Max(years)+1, m.MinYear)
			if shownMean > 0 {
				c.MinYear = max(c.MinYear, int(math.Floor(shownMean))+1)
			}
			if c.MaxYear != 0 && c.MaxYear < c.MinYear {
				c.MaxYear = 0
			}
		}
		if len(years) > 0 && m.Older {
			c.MaxYear = slices.Min(years) - 1
			if shownMean > 0 {
				c.MaxYear = min(c.MaxYear, int(math.Ceil(shownMean))-1)
			}
			if vagueMax {
				c.MaxYear = min(c.MaxYear, m.MaxYear)
			}
			if c.MinYear > c.MaxYear {
				c.MinYear = 0
			}
		}
		if len(years) == 0 && m.Newer && !onlyShown {
			m.Recent = true
		}
	}
	// « une autre de ces années-là » after « des années 80 », no film named:
	// the years asked before are the era meant.
	keptEra := len(p.films) == 0 && p.like == nil && (c.MinYear != 0 || c.MaxYear != 0)
	if m.SameEra && m.MinYear == 0 && m.MaxYear == 0 && !keptEra {
		if years := e.anchorYears(s, p); len(years) > 0 {
			c.MinYear, c.MaxYear = slices.Min(years)-sameEraSpan, slices.Max(years)+sameEraSpan
		}
	}
	if m.Recent {
		if y := e.o.Now().Year() - 10; c.MinYear < y {
			c.MinYear = y
			s.vagueEra = c.MaxYear == 0
		}
	}
	if m.Shorter {
		shortest := 0
		for _, card := range s.last {
			if r := card.Film.Runtime; r > 0 && (shortest == 0 || r < shortest) {
				shortest = r
			}
		}
		switch {
		case shortest > 0:
			c.MaxRuntime = shortest - 1
		case c.MaxRuntime > 0:
			c.MaxRuntime -= 15
		default:
			c.MaxRuntime = 100
		}
		if c.MinRuntime >= c.MaxRuntime {
			c.MinRuntime = 0
		}
	}
	if m.Longer {
		longerThanShown(c, s.last)
	}
	if m.LessKnown {
		c.MaxVotes = e.lessKnownCap(s) // lessknown13.go
	}
	if m.MaxRuntime > 0 || m.MinRuntime > 0 {
		shorter := c.MaxRuntime
		c.MinRuntime, c.MaxRuntime = m.MinRuntime, m.MaxRuntime
		if m.Shorter && shorter > 0 && shorter < c.MaxRuntime {
			// « plus court, 3h c'est trop » after films of 2h30: shorter
			// than those, not merely under 3h.
			c.MaxRuntime = shorter
		}
	}
	if len(m.Countries) > 0 {
		c.Countries = nil
		for _, cc := range m.Countries {
			if members, ok := regions[cc]; ok {
				c.Countries = appendNew(c.Countries, members...)
				if !slices.Contains(members, "US") {
					// "des films européens", « asiatiques »: a Hollywood co-production is not what is asked.
					c.AvoidCountries = appendNew(c.AvoidCountries, "US")
				}
			} else {
				c.Countries = appendNew(c.Countries, cc)
			}
		}
		c.AvoidCountries = remove(c.AvoidCountries, m.Countries...)
	}
	if len(m.AvoidCountries) > 0 {
		c.AvoidCountries = appendNew(c.AvoidCountries, m.AvoidCountries...)
		c.Countries = remove(c.Countries, m.AvoidCountries...)
		if slices.Contains(m.AvoidCountries, "FR") {
			c.FrenchOnly = false
		}
	}
	if m.AnyLength && m.MinRuntime == 0 && m.MaxRuntime == 0 {
		// « au moins 2h, j'ai toute la soirée »: the length said stays.
		c.MinRuntime, c.MaxRuntime = 0, 0
	}
	if m.Family {
		c.Family = true
	}
	if m.Teen || m.Adult {
		c.Family = false
	}
	mergeAvoidPeople(s, p)
	mergeAudience(s, m) // « pour mes ados »: the genres are applied when films are asked for
	if m.Adult {
		// « pour adultes »: no family film, and no cartoon unless the
		// customer asks for animation (« un dessin animé pour adultes »).
		c.AvoidGenres = appendNew(c.AvoidGenres, "Family")
		if !slices.Contains(c.Genres, "Animation") && !slices.Contains(c.AllGenres, "Animation") {
			c.AvoidGenres = appendNew(c.AvoidGenres, "Animation")
		} else {
			// Cartoons for grown-ups are dramas, war films, science
			// fiction; IMDb files those for children as adventures.
			c.AvoidGenres = appendNew(c.AvoidGenres, "Adventure")
		}
	}
	if m.Language != "" {
		c.Language = m.Language
	}
	if m.FrenchOnly {
		c.FrenchOnly = true
	}
}

// sameEraSpan is how many years around the liked films "de la même
// époque" reaches.
const sameEraSpan = 5

// anchorYears are the years "plus récent" is relative to: the films of the
// message, else the liked films, else the films shown.
func (e *Engine) anchorYears(s *session, p *plan) []int {
	var ys []int
	add := func(f *data.Film) {
		if f != nil && f.Year > 0 {
			ys = append(ys, f.Year)
		}
	}
	for _, f := range p.films {
		add(f)
	}
	add(p.like)
	if len(ys) == 0 {
		for _, id := range s.liked {
			if f, err := e.cat.Film(id); err == nil {
				add(f)
			}
		}
	}
	if len(ys) == 0 {
		for _, c := range s.last {
			add(c.Film)
		}
	}
	return ys
}

// andPeopleRe is a message adding people to those asked before ("et de
// Jacques Demy", "and with Deneuve").
var andPeopleRe = regexp.MustCompile(`^[\s\pP]*(?:et|and|aussi|also|mais)\s+(?:aussi\s+|also\s+)?(?:de|d'|by|avec|with|starring)\b`)

func constraintsEmpty(c recommend.Constraints) bool {
	return len(c.Genres) == 0 && len(c.AllGenres) == 0 && len(c.AvoidGenres) == 0 && c.MinYear == 0 && c.MaxYear == 0 &&
		c.MinRuntime == 0 && c.MaxRuntime == 0 && c.Language == "" && !c.Family && len(c.People) == 0 &&
		len(c.Cast) == 0 && len(c.Directors) == 0 && !c.FrenchOnly &&
		len(c.Countries) == 0 && len(c.AvoidCountries) == 0 && c.MaxVotes == 0
}

type state struct {
	liked, excluded []string
	cons            recommend.Constraints
	theme           *theme
	avoidTheme      *theme
	audience        string
	avoidPeople     []string
}

func snapshot(s *session) state {
	c := s.cons
	c.Genres, c.AvoidGenres, c.People = slices.Clone(c.Genres), slices.Clone(c.AvoidGenres), slices.Clone(c.People)
	c.AllGenres, c.Cast, c.Directors = slices.Clone(c.AllGenres), slices.Clone(c.Cast), slices.Clone(c.Directors)
	c.Countries, c.AvoidCountries = slices.Clone(c.Countries), slices.Clone(c.AvoidCountries)
	return state{liked: slices.Clone(s.liked), excluded: slices.Clone(s.excluded), cons: c, theme: s.theme, avoidTheme: s.avoidTheme,
		audience: s.audience, avoidPeople: slices.Clone(s.avoidPeople)}
}

func restore(s *session, st state) {
	s.liked, s.excluded, s.cons, s.theme, s.avoidTheme = st.liked, st.excluded, st.cons, st.theme, st.avoidTheme
	s.audience, s.avoidPeople = st.audience, st.avoidPeople
}

// remember adds the current list to the films shown.
func (e *Engine) remember(s *session) {
	for _, c := range s.last {
		s.shown = appendNew(s.shown, c.Film.ID)
	}
	if len(s.shown) > maxShown {
		s.shown = s.shown[len(s.shown)-maxShown:]
	}
}

func (e *Engine) cards(recs []recommend.Recommendation, lang string) []Card {
	out := make([]Card, len(recs))
	for i, r := range recs {
		out[i] = Card{Rank: i + 1, Film: r.Film, Reasons: r.Reasons, Reason: reasonText(r.Reasons, lang)}
	}
	return out
}

// reasonText is the first reason in the language, or in the other one.
func reasonText(rs []recommend.Reason, lang string) string {
	for _, r := range rs {
		t := r.FR
		if lang == "en" || t == "" {
			t = r.EN
		}
		if lang == "en" && t == "" {
			t = r.FR
		}
		if t != "" {
			return t
		}
	}
	return ""
}

// rank turns the references of a message into a rank of the current list,
// or a reply saying why it cannot.
func (e *Engine) rank(s *session, refs []int) (int, Reply, bool) {
	if len(s.last) == 0 {
		return 0, e.text(s, msgNoList), false
	}
	k := 0
	if len(refs) > 0 {
		k = refs[0]
	}
	switch {
	case k == -1:
		k = len(s.last)
	case k == 0 && s.focus > 0:
		k = s.focus
	case k == 0 && len(s.last) == 1:
		k = 1
	case k == 0:
		return 0, e.text(s, msgWhichOne), false
	}
	if k < 1 || k > len(s.last) {
		return 0, e.text(s, msgBadRank, k, len(s.last)), false
	}
	return k, Reply{}, true
}

func (e *Engine) why(s *session, m message) (Reply, error) {
	k, r, ok := e.rank(s, m.Refs)
	if !ok {
		return r, nil
	}
	s.focus = k
	card := s.last[k-1]
	var rs []string
	for _, r := range card.Reasons {
		t := r.FR
		if s.lang == "en" || t == "" {
			t = r.EN
		}
		if t != "" {
			rs = append(rs, t)
		}
	}
	title := e.quote(s, card.Film)
	if card.Film.Year > 0 {
		title += fmt.Sprintf(" (%d)", card.Film.Year)
	}
	var text string
	if len(rs) == 0 {
		text = e.say(s, msgWhyNone, title)
	} else {
		sep := " ; "
		if s.lang == "en" {
			sep = "; "
		}
		text = e.say(s, msgWhy, title, strings.Join(rs, sep))
	}
	if f := e.cardFacts(s, card.Film, m.About); f != "" {
		text += " " + f // « le 2, il est de qui ? » (cardabout.go)
	}
	return Reply{Lang: s.lang, Kind: KindText, Text: text, Films: []Card{card}}, nil
}

// reject drops films from the list, remembers never to show them again,
// and fills the list back up.
func (e *Engine) reject(ctx context.Context, s *session, m message, text string) (Reply, error) {
	refs := m.Refs
	if len(refs) == 0 {
		refs = []int{0}
	}
	var drop []*data.Film
	for _, ref := range refs {
		k, r, ok := e.rank(s, []int{ref})
		if !ok {
			return r, nil
		}
		drop = append(drop, s.last[k-1].Film)
	}
	var ids, titles []string
	for _, f := range drop {
		ids = append(ids, f.ID)
		titles = append(titles, e.quote(s, f))
		s.excluded = appendNew(s.excluded, f.ID)
		s.liked = remove(s.liked, f.ID)
	}
	s.focus = 0
	if m.hasRequest() {
		m.Act, m.Refs = actNone, nil
		return e.startPlan(ctx, s, &plan{m: m}, text)
	}
	var keep []Card
	for _, c := range s.last {
		if !slices.Contains(ids, c.Film.ID) {
			keep = append(keep, c)
		}
	}
	if need := e.o.Count - len(keep); need > 0 {
		exclude := append(slices.Clone(s.excluded), s.shown...)
		recs, err := e.recommend(ctx, s, exclude, need)
		if err != nil {
			return Reply{}, err
		}
		keep = append(keep, e.cards(recs, s.lang)...)
	}
	for i := range keep {
		keep[i].Rank = i + 1
	}
	s.last = keep
	e.remember(s)
	if len(keep) == 0 {
		return e.text(s, msgRemovedEmpty, e.join(s, titles)), nil
	}
	return Reply{Lang: s.lang, Kind: KindFilms, Text: e.say(s, msgRemoved, e.join(s, titles)), Films: keep}, nil
}

// choices labels the films offered in a question.
func (e *Engine) choices(films []*data.Film, lang string) []Choice {
	out := make([]Choice, len(films))
	for i, f := range films {
		label := f.DisplayTitle(lang)
		if f.Year > 0 {
			label += fmt.Sprintf(" (%d)", f.Year)
		}
		if d := e.directors(f); d != "" {
			label += " — " + d
		}
		out[i] = Choice{Index: i + 1, Film: f, Label: label}
	}
	return out
}

// directors names a film's directors ("Joel Coen et Ethan Coen" is too
// long for a label: the first two are enough).
func (e *Engine) directors(f *data.Film) string {
	var names []string
	for _, id := range f.Directors {
		if p, err := e.cat.Person(id); err == nil && len(names) < 2 {
			names = append(names, p.Name)
		}
	}
	return strings.Join(names, ", ")
}

var (
	cancelRe = regexp.MustCompile(`^[\s\pP]*(?:non[\s,]+)?(?:aucun(?:e)?(?:\s+(?:des\s+deux|des\s+trois|d'entre\s+eux|de\s+ceux-la))?|ni\s+l'un\s+ni\s+l'autre|none(?:\s+of\s+(?:them|those))?|neither(?:\s+of\s+them)?|laisse[rz]?\s+tomber|never\s*mind|annule[rz]?|cancel|aucune\s+idee|autre\s+chose)[\s\pP]*$`)
	pickRe   = regexp.MustCompile(`^[\s\pP]*(?:(?:c'est|it's|it\s+is|plutot|je\s+dirais|say|the|le|la|l'|celui|number|numero|no\.?|#|choix|choice|option)\s*)*(` + refWord + `)(?:\s+(?:film|one|choix|choice|option|svp|please|stp|merci|thanks))*[\s\pP]*$`)
	numberRe = regexp.MustCompile(`^[\s\pP]*(?:(?:le|la|the|number|numero|no\.?|#)\s*)?\d+[\s\pP]*$`)
	yearRe   = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	oldRe    = regexp.MustCompile(`\b(?:ancien|l'ancien|ancienne|l'ancienne|vieux|vieille|original|l'original|originale|l'originale|old|older|oldest|classique|classic|premier\s+sorti)\b`)
	newRe    = regexp.MustCompile(`\b(?:recent|nouveau|new|newer|newest|remake|latest|moderne|modern)\b`)
	pickStop = map[string]bool{"celui": true, "celle": true, "the": true, "one": true, "version": true, "avec": true,
		"with": true, "film": true, "movie": true, "par": true, "qui": true, "est": true, "that": true, "directed": true,
		"realise": true, "plutot": true, "des": true, "les": true, "and": true, "par.": true, "from": true, "est-ce": true}
)

// answerChoice reads the customer's answer to a question: a number ("2",
// "le 2"), a year ("2021"), a name ("celui de Villeneuve", "the Lynch
// one"), old/new, or "aucun" (index 0). ok is false when the message is
// not an answer: it is then handled as a new request.
func (e *Engine) answerChoice(text string, cs []Choice) (int, bool) {
	f := fold(text).s
	if cancelRe.MatchString(f) {
		return 0, true
	}
	if sub := pickRe.FindStringSubmatch(f); sub != nil {
		k := rankOf(sub[1])
		if k == -1 {
			k = len(cs)
		}
		if k >= 1 && k <= len(cs) {
			return k, true
		}
		return 0, false
	}
	if ys := yearRe.FindAllString(f, -1); len(ys) > 0 {
		pick := 0
		for i, c := range cs {
			for _, y := range ys {
				if strconv.Itoa(c.Film.Year) == y {
					if pick != 0 && pick != i+1 {
						return 0, false
					}
					pick = i + 1
				}
			}
		}
		return pick, pick != 0
	}
	if i, ok := versionPick(f, cs); ok { // versionwords.go
		return i, true
	}
	if oldRe.MatchString(f) != newRe.MatchString(f) && len(cs) > 1 && len(words(f)) <= 5 {
		pick := 0
		for i, c := range cs {
			if pick == 0 || (oldRe.MatchString(f) && c.Film.Year < cs[pick-1].Film.Year) ||
				(newRe.MatchString(f) && c.Film.Year > cs[pick-1].Film.Year) {
				pick = i + 1
			}
		}
		return pick, true
	}
	// Names: the words that tell the choices apart.
	score := make([]int, len(cs))
	for _, w := range words(f) {
		if len(w) < 3 || pickStop[w] {
			continue
		}
		in := 0
		hit := make([]bool, len(cs))
		for i, c := range cs {
			if slices.Contains(e.choiceWords(c.Film), w) {
				hit[i] = true
				in++
			}
		}
		if in == len(cs) {
			continue
		}
		for i := range cs {
			if hit[i] {
				score[i]++
			}
		}
	}
	best := 0
	for i, sc := range score {
		if sc > score[best] {
			best = i
		}
	}
	if score[best] == 0 {
		return 0, false
	}
	for i, sc := range score {
		if i != best && sc == score[best] {
			return 0, false
		}
	}
	return best + 1, true
}

// pickByHints returns the one homonym of a mention that the rest of the
// message picks, or nil: the film sharing a saga or a director with
// another film of the message, else a year, a name of its director or
// main actors, or its country. Asked (an ambiguous mention), "the old one"
// or « le remake » also picks; a mention already resolved is only changed
// by a year or a name ("true grit with john wayne").
func (e *Engine) pickByHints(p *plan, mt mention, asked bool) *data.Film {
	if len(mt.Matches) == 0 {
		return nil
	}
	top := mt.Matches[0].Film
	var films []*data.Film
	for _, c := range mt.Matches {
		if c.Film == top || homonyms(top, c.Film) {
			films = append(films, c.Film)
		}
	}
	if len(films) < 2 {
		return nil
	}
	if f := companion(p.films, films); f != nil {
		return f
	}
	// The words every homonym's title shares say nothing (answerChoice
	// skips them): the rest of the message, the mention included, may
	// ("the fly w/ jeff goldblum").
	rest := fold(p.m.Raw).s
	cs := make([]Choice, len(films))
	for i, f := range films {
		cs[i] = Choice{Index: i + 1, Film: f}
	}
	if i, ok := versionPick(rest, cs); ok { // versionwords.go: « le dessin animé », « pas le nouveau »
		return films[i-1]
	}
	if !asked {
		rest = oldRe.ReplaceAllString(newRe.ReplaceAllString(rest, " "), " ")
	}
	if pickRe.MatchString(rest) || cancelRe.MatchString(rest) {
		return nil
	}
	// "The Dinner Game (Le Dîner de cons)": the words of the homonyms'
	// own titles (the film named again in another language) name no
	// version, though the remake's title holds them (Dinner for Schmucks).
	rest = withoutTitleWords(rest, films)
	if i, ok := e.answerChoice(rest, cs); ok && i > 0 {
		return films[i-1]
	}
	if f := e.surnamePick(rest, films); f != nil {
		return f // "zulu, michael caine's first big role" (chatter.go)
	}
	var pick *data.Film
	for _, w := range words(rest) {
		code := nationWord[w]
		if code == "" {
			continue
		}
		for _, f := range films {
			if slices.Contains(f.Countries, code) {
				if pick != nil && pick != f {
					return nil
				}
				pick = f
			}
		}
	}
	return pick
}

// companion returns the one film of films that shares a saga or a
// director with one of others, or nil.
func companion(others, films []*data.Film) *data.Film {
	var pick *data.Film
	for _, f := range films {
		for _, o := range others {
			if o == f {
				continue
			}
			if f.CollectionID != 0 && f.CollectionID == o.CollectionID || slices.ContainsFunc(f.Directors, func(d string) bool { return slices.Contains(o.Directors, d) }) {
				if pick != nil && pick != f {
					return nil
				}
				pick = f
			}
		}
	}
	return pick
}

// choiceWords are the folded words a customer may use to name a choice:
// title words, directors' and main actors' names.
func (e *Engine) choiceWords(f *data.Film) []string {
	var ws []string
	for _, t := range filmTitles(f) {
		ws = append(ws, words(fold(t).s)...)
	}
	for _, id := range f.Directors {
		if p, err := e.cat.Person(id); err == nil {
			ws = append(ws, words(fold(p.Name).s)...)
		}
	}
	n := 0
	for _, c := range f.Credits {
		if c.IsCast() && n < 4 {
			n++
			if p, err := e.cat.Person(c.PersonID); err == nil {
				ws = append(ws, words(fold(p.Name).s)...)
			}
		}
	}
	return ws
}

// filmOfRe is "film de" and its variants, before a name.
var filmOfRe = regexp.MustCompile(`(?:films?|movies?|histoires?|comedies?|drames?|polars?|thrillers?|documentaires?|docs?|biopics?)\s+(?:de|d'|du|des|of|about)\s*$`)

// filmOf reports whether name follows "un film de" in the message, where
// it is typed (« pendant les vacances de noël, un film de noël »: the
// second).
func filmOf(text, name string) bool {
	f, n := fold(text).s, fold(name).s
	if n == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(f[from:], n)
		if i < 0 {
			return false
		}
		if i += from; i > 0 && filmOfRe.MatchString(f[:i]) {
			return true
		}
		from = i + len(n)
	}
}

// series reports whether every film's title starts with the mention: the
// customer named a series, not a misspelt title.
func series(mention string, films []*data.Film) bool {
	k := search.TitleKey(mention)
	if len(k) < 4 || len(films) < 2 {
		return false
	}
	for _, f := range films {
		if !slices.ContainsFunc(filmTitles(f), func(t string) bool { return t != "" && typoPrefix(k, search.TitleKey(t)) }) {
			return false
		}
	}
	return true
}

// typoPrefix reports whether title key t starts with key k, one typo
// aside when k is long enough to carry one (« seigneur des aneaux »).
func typoPrefix(k, t string) bool {
	if strings.HasPrefix(t, k) {
		return true
	}
	if len(k) < 8 {
		return false
	}
	for n := len(k) - 1; n <= len(k)+1; n++ {
		if n <= len(t) && search.EditDistance(k, t[:n], 1) <= 1 {
			return true
		}
	}
	return false
}

// sequels returns the ids of the other films of the liked films' sagas:
// their TMDB collection, or the films whose title starts with theirs
// ("Taxi 2", "Taxi 3").
func (e *Engine) sequels(liked []string) []string {
	var sagas []*data.Film
	for _, id := range liked {
		if f, err := e.cat.Film(id); err == nil {
			sagas = append(sagas, f)
		}
	}
	if len(sagas) == 0 {
		return nil
	}
	var out []string
	films := e.cat.Films()
	for i := range films {
		f := &films[i]
		for _, l := range sagas {
			if f.ID == l.ID {
				continue
			}
			if l.CollectionID != 0 && f.CollectionID == l.CollectionID || sameSeries(l, f) {
				out = append(out, f.ID)
				break
			}
		}
	}
	return out
}

// sameSeries reports whether f's title is l's followed by a number
// ("Taxi" and "Taxi 2", "Mesrine : L'instinct de mort" aside).
func sameSeries(l, f *data.Film) bool {
	for _, lt := range []string{l.Title, l.FrenchTitle, l.OriginalTitle} {
		k := search.TitleKey(lt)
		if len(k) < 3 {
			continue
		}
		for _, ft := range []string{f.Title, f.FrenchTitle, f.OriginalTitle} {
			if fk := search.TitleKey(ft); len(fk) > len(k) && strings.HasPrefix(fk, k) && strings.Trim(fk[len(k):], "0123456789ivx") == "" {
				return true
			}
		}
	}
	return false
}

// oneCast reports whether films, none in a TMDB collection, still make
// one saga: each shares a director or one of its first actors with the
// earliest ("harry potter", whose films the data puts in no collection).
func (e *Engine) oneCast(films []*data.Film) bool {
	first := slices.MinFunc(films, func(a, b *data.Film) int { return a.Year - b.Year })
	crew := func(f *data.Film) []string {
		ids := slices.Clone(f.Directors)
		n := 0
		for _, c := range f.Credits {
			if c.IsCast() && n < 4 {
				n++
				ids = append(ids, c.PersonID)
			}
		}
		return ids
	}
	have := crew(first)
	for _, f := range films {
		if f != first && !slices.ContainsFunc(crew(f), func(id string) bool { return slices.Contains(have, id) }) {
			return false
		}
	}
	return true
}

// knownPerson is how many credits in the catalogue make a name typed in a
// theme's place ("a Spielberg movie") a person rather than a theme.
const knownPerson = 10

// capitalised reports whether a phrase is typed with a capital, as names
// are: "a Spielberg movie".
func capitalised(t string) bool {
	for _, r := range t {
		return unicode.IsUpper(r)
	}
	return false
}
