package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A person asked for by the role the message gives them, wherever the cue
// stands and however it is typed: « victor hugo adapté au cinéma », « je
// relis dumas, il y a des films tirés de ses livres ? », « des films dapres
// agata christie », « la bande originale signée georges delerue », « des
// films dont la musique est de morricone », « un film où on voit lino
// ventura », "films based on Dickens novels", "my book group just read
// Patricia Highsmith", "something Clint Eastwood directed". The cue says a
// role (writer, composer, director, cast); a name in the message that the
// index knows as a person credited in that role is that person, whatever
// reading the pattern rules gave its words (a title « Ma », a theme «
// bande originale signée georges delerue »). The role is what makes the
// reading safe: words that name no writer are no writer, so « un film
// adapté d'un roman » with no author named changes nothing.

// cueRole is the role a cue word gives the person named beside it.
type cueRole int

const (
	cueNone cueRole = iota
	cueWriter
	cueComposer
	cueDirector
	cueCast
)

// roleCueWords are the cue words, folded; the longer ones are matched
// within the typing budget of the word typed (« musiqe », « rélisé »).
var roleCueWords = map[string]cueRole{
	"roman": cueWriter, "romans": cueWriter, "livre": cueWriter, "livres": cueWriter,
	"bouquin": cueWriter, "bouquins": cueWriter, "novel": cueWriter, "novels": cueWriter,
	"book": cueWriter, "books": cueWriter, "adaptation": cueWriter, "adaptations": cueWriter,
	"adapte": cueWriter, "adaptes": cueWriter, "adaptee": cueWriter, "adaptees": cueWriter,
	"adapted": cueWriter, "d'apres": cueWriter, "dapres": cueWriter, "auteur": cueWriter,
	"auteure": cueWriter, "ecrivain": cueWriter, "ecrivaine": cueWriter, "author": cueWriter,
	"novelist": cueWriter, "ecrits": cueWriter, "written": cueWriter, "based": cueWriter,
	"lis": cueWriter, "lit": cueWriter, "lisons": cueWriter, "relis": cueWriter, "relit": cueWriter,
	"read": cueWriter, "reading": cueWriter,
	"musique": cueComposer, "musiques": cueComposer, "music": cueComposer, "bo": cueComposer,
	"compositeur": cueComposer, "compositrice": cueComposer, "composer": cueComposer,
	"score": cueComposer, "scored": cueComposer, "soundtrack": cueComposer, "soundtracks": cueComposer,
	"realise": cueDirector, "realisee": cueDirector, "realises": cueDirector, "realisees": cueDirector,
	"realisateur": cueDirector, "realisatrice": cueDirector, "cineaste": cueDirector,
	"directed": cueDirector, "director": cueDirector, "filmmaker": cueDirector,
	"joue": cueCast, "jouent": cueCast, "starring": cueCast,
}

// roleCuePairs are cues of two words: « bande originale », « mise en scène
// » (the middle word dropped), « on voit », « tiré de », "based on".
var roleCuePairs = map[[2]string]cueRole{
	{"bande", "originale"}: cueComposer, {"bandes", "originales"}: cueComposer,
	{"mise", "scene"}: cueDirector, {"on", "voit"}: cueCast,
	{"tire", "de"}: cueWriter, {"tires", "de"}: cueWriter, {"tiree", "de"}: cueWriter, {"tirees", "de"}: cueWriter,
	{"tire", "des"}: cueWriter, {"tires", "des"}: cueWriter, {"tiree", "des"}: cueWriter, {"tirees", "des"}: cueWriter,
	{"tire", "du"}: cueWriter, {"tires", "du"}: cueWriter, {"tiree", "du"}: cueWriter, {"tirees", "du"}: cueWriter,
	{"base", "sur"}: cueWriter, {"bases", "sur"}: cueWriter, {"basee", "sur"}: cueWriter, {"basees", "sur"}: cueWriter,
}

// cuePairWords are the words of the cues of two words.
var cuePairWords = func() map[string]bool {
	out := map[string]bool{"en": true}
	for k := range roleCuePairs {
		out[k[0]], out[k[1]] = true, true
	}
	return out
}()

// roleTokenRe is a word as typed, apostrophes and hyphens inside.
var roleTokenRe = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’-]*`)

// roleStopWords end a name in this reading besides personStop and the
// junk words: articles, possessives, chatter, the words of the request.
var roleStopWords = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "de": true, "du": true, "d'": true,
	"l'": true, "au": true, "aux": true, "a": true, "the": true, "an": true, "to": true, "by": true,
	"ses": true, "son": true, "sa": true, "leurs": true, "his": true, "her": true, "their": true,
	"film": true, "films": true, "movie": true, "movies": true, "cinema": true, "ecran": true,
	"quoi": true, "what": true, "which": true, "any": true, "some": true, "avez": true, "have": true,
	"il": true, "y": true, "ya": true, "there": true, "are": true, "were": true, "came": true,
	"bonjour": true, "hello": true, "hi": true, "salut": true, "bcp": true, "beaucoup": true,
	"moment": true, "ce": true, "cette": true, "mois": true, "semaine": true, "month": true, "week": true,
	"club": true, "group": true, "groupe": true, "lecture": true, "signee": true, "signe": true,
	"dont": true, "est": true, "par": true, "on": true, "ou": true, "where": true, "voit": true,
	"veux": true, "voudrais": true, "cherche": true, "want": true, "like": true, "looking": true,
	"recommend": true, "recommander": true, "conseiller": true, "something": true, "anything": true,
	"mon": true, "ma": true, "mes": true, "my": true, "our": true, "notre": true, "nos": true,
	"fils": true, "fille": true, "son's": true, "daughter": true, "mari": true, "femme": true,
	"wife": true, "husband": true, "just": true, "ne": true, "que": true, "only": true,
	"tous": true, "all": true, "every": true, "tout": true, "quel": true, "quelle": true, "quels": true,
	"quelles": true, "j'adore": true, "j'aime": true, "adore": true, "love": true, "aime": true, "svp": true,
	"please": true, "qu'est-ce": true, "qu'est": true, "vs": true, "vous": true, "tu": true, "t'as": true,
	"recommandez": true, "conseillez": true, "proposez": true, "suggest": true, "you'd": true,
}

// roleLeast is how many credits in the cue's role a person needs to be
// read from it.
const roleLeast = 3

// roleCueNames reads the person a role cue speaks of: the name in the
// cue's clause (not after a negation) that the index credits in that role
// at least roleLeast times, its words taken out of the titles, themes and
// other names they were read as. A name the rules read already keeps its
// reading; either way it goes to RolePeople, which no later reading of the
// message drops.
func (e *Engine) roleCueNames(ctx context.Context, text string, m message) (message, error) {
	if len(m.SpanNames) > 0 || m.Act != actNone && m.Act != actGreet {
		return m, nil
	}
	locs := roleTokenRe.FindAllStringIndex(text, 60)
	toks, keys, clause := make([]string, len(locs)), make([]string, len(locs)), make([]int, len(locs))
	for i, l := range locs {
		toks[i] = text[l[0]:l[1]]
		keys[i] = strings.ReplaceAll(fold(toks[i]).s, "’", "'")
		if i > 0 {
			clause[i] = clause[i-1]
			if strings.ContainsAny(text[locs[i-1][1]:l[0]], ",;.!?()\n") {
				clause[i]++
			}
		}
	}
	role, cueAt, cueClause := cueNone, make([]bool, len(keys)), 0
	for i, k := range keys {
		r := cueWordRole(k)
		if r != cueNone && titleCased(toks[i]) && (i > 0 || i+1 < len(toks) && titleCased(toks[i+1])) {
			// "Green Book", "Roman Holiday": a cue word typed with a
			// capital inside a sentence, or before another capitalised
			// word, is a title's word.
			r = cueNone
		}
		if i+1 < len(keys) {
			if pr := cuePairRole(k, keys[i+1]); pr != cueNone {
				r, cueAt[i+1] = pr, true
			}
			if i+2 < len(keys) && k == "mise" && keys[i+1] == "en" && keys[i+2] == "scene" {
				r, cueAt[i+1], cueAt[i+2] = cueDirector, true, true
			}
		}
		if r != cueNone {
			cueAt[i] = true
			if role == cueNone {
				role, cueClause = r, clause[i]
			}
		}
	}
	if role == cueNone {
		return m, nil
	}
	stop := func(i int) bool {
		k := keys[i]
		return cueAt[i] || roleStopWords[k] || personStop[k] || junkWords[k] || genreWords[k] != nil || len(k) < 2 ||
			strings.HasPrefix(k, "d'") && cueWordRole(k) != cueNone
	}
	type cand struct {
		per   *data.Person
		a, b  int
		exact bool
		n     int
	}
	var best *cand
	for n := 3; n >= 1 && best == nil; n-- {
		for a := 0; a+n <= len(keys); a++ {
			// The name stands in the cue's clause: « louis malle, quel
			// cinéaste ! … d'autres adaptations » names nobody after the cue.
			ok := clause[a] == cueClause && clause[a+n-1] == cueClause
			for i := a; ok && i < a+n; i++ {
				if stop(i) {
					ok = false
					break
				}
			}
			last := keys[a+n-1]
			avoided := slices.ContainsFunc(m.AvoidPeople, func(v string) bool {
				return slices.Contains(words(fold(v).s), last)
			})
			if !ok || len(keys[a+n-1]) < 4 || negatedAt(keys, a) || avoided || inLongerName(keys[a:a+n], m.People, m.ClauseNames) {
				continue
			}
			name := strings.Join(toks[a:a+n], " ")
			name = strings.TrimPrefix(strings.TrimPrefix(name, "d'"), "d’")
			per, exact, err := e.roleCuePerson(ctx, name, role)
			if err == nil && per == nil && n > 1 && len(keys[a+n-2]) <= 3 {
				// « leonardo di caprio »: a particle typed apart.
				joined := strings.Join(toks[a:a+n-2], " ") + " " + toks[a+n-2] + toks[a+n-1]
				per, exact, err = e.roleCuePerson(ctx, strings.TrimSpace(joined), role)
			}
			if err != nil {
				return m, err
			}
			if per == nil {
				continue
			}
			if n == 1 && !exact {
				// « alien » is no Allen, "bands" no Baños: a surname alone
				// is read through a typo only when long.
				if w := keys[a]; len(w) < 7 && !slices.Contains(search.NameWords(per.Name), w) {
					continue
				}
				// « un mariage » is a subject before Benoît Mariage.
				if th, err := e.themeOf(ctx, toks[a], themeBare); err != nil {
					return m, err
				} else if th != nil && !titleCased(toks[a]) {
					continue
				}
			}
			c := roleCredits(e.cat.Roles(per.ID), role)
			if c < roleLeast {
				continue
			}
			if best == nil || exact && !best.exact || exact == best.exact && c > best.n {
				best = &cand{per: per, a: a, b: a + n, exact: exact, n: c}
			}
		}
	}
	if best == nil {
		return m, nil
	}
	name := best.per.Name
	nameKeys := keys[best.a:best.b]
	// The rules may have read that name already: it keeps its reading.
	read := false
	for _, names := range [][]string{m.People, m.ClauseNames, m.MorePeople} {
		if k := slices.IndexFunc(names, func(n string) bool { return slices.Equal(words(fold(n).s), nameKeys) }); k >= 0 && !read {
			name, read = names[k], true
		}
	}
	overlaps := func(s string) bool {
		if s == name {
			return false
		}
		ws := words(fold(s).s)
		for _, w := range ws {
			if slices.Contains(nameKeys, w) || slices.Contains(nameKeys, strings.TrimPrefix(w, "d'")) {
				return true
			}
		}
		// « ses livres », "from books", « basés sur », « quelles »: the cue
		// and chatter alone.
		for _, w := range ws {
			if len(w) > 1 && cueWordRole(w) == cueNone && !cuePairWords[w] && !roleStopWords[w] && !personStop[w] && !junkWords[w] {
				return false
			}
		}
		return len(ws) > 0
	}
	m.Titles = slices.DeleteFunc(slices.Clone(m.Titles), overlaps)
	m.Themes = slices.DeleteFunc(slices.Clone(m.Themes), overlaps)
	m.SoftThemes = slices.DeleteFunc(slices.Clone(m.SoftThemes), overlaps)
	m.CueThemes = slices.DeleteFunc(slices.Clone(m.CueThemes), overlaps)
	m.ClauseNames = slices.DeleteFunc(slices.Clone(m.ClauseNames), overlaps)
	// « a Stephen King book », « ses romans »: the names read around the
	// cue give way to the person.
	for _, names := range []*[]string{&m.People, &m.MorePeople, &m.WrittenBy, &m.DirectedBy, &m.Starring, &m.FilmsOf, &m.TitleBy} {
		*names = slices.DeleteFunc(slices.Clone(*names), overlaps)
	}
	m.RolePeople = append(m.RolePeople, name)
	if read {
		return m, nil
	}
	m.People = append(m.People, name)
	switch role {
	case cueWriter, cueComposer:
		m.WrittenBy = append(m.WrittenBy, name)
	case cueDirector:
		m.DirectedBy = append(m.DirectedBy, name)
	case cueCast:
		m.Starring = append(m.Starring, name)
	}
	return m, nil
}

// cueWordRole is the role a folded word gives, exactly or, for a word long
// enough, within its typing budget (no genre word: « romance » is no «
// roman »).
func cueWordRole(k string) cueRole {
	if r, ok := roleCueWords[k]; ok {
		return r
	}
	if search.TypoBudget(k) == 0 || len(k) < 6 || genreWords[k] != nil || strings.ContainsAny(k, "'-") || commonNotCue[k] {
		return cueNone // « d'autres » is no « d'après »
	}
	b := 1
	for w, r := range roleCueWords {
		if len(w) >= 6 && search.EditDistance(k, w, b) <= b {
			return r
		}
	}
	return cueNone
}

// titleCased reports whether a word typed starts with a capital and goes
// on in lower case.
func titleCased(t string) bool {
	r := []rune(t)
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}

// inLongerName reports whether the words are part of a longer name the
// rules read (« Denis » of « Denis Podalydès »).
func inLongerName(ks []string, lists ...[]string) bool {
	for _, l := range lists {
		for _, n := range l {
			ws := words(fold(n).s)
			if len(ws) > len(ks) && slices.Contains(ws, ks[0]) {
				return true
			}
		}
	}
	return false
}

// negatedAt reports whether a negation comes shortly before the word at
// a: "nothing with Tom Hanks", « mais pas avec Clavier » names someone not
// wanted.
func negatedAt(keys []string, a int) bool {
	for i := max(0, a-3); i < a; i++ {
		switch keys[i] {
		case "pas", "sans", "sauf", "ni", "jamais", "not", "no", "nothing", "without", "except", "never", "none", "aucun", "rien":
			return true
		}
	}
	return false
}

// commonNotCue are words one letter away from a cue word: « autour » is
// no « auteur », « realisme » no « realise ».
var commonNotCue = map[string]bool{"autour": true, "autours": true, "realisme": true, "realiste": true, "scores": true, "novela": true, "booking": true, "booker": true, "bookstore": true}

// cuePairRole is the role a cue of two words gives, the longer words
// within their typing budget (« bande originaale »).
func cuePairRole(k1, k2 string) cueRole {
	if r, ok := roleCuePairs[[2]string{k1, k2}]; ok {
		return r
	}
	near := func(w, h string) bool {
		return len(h) >= 6 && !strings.ContainsAny(w, "'-") && search.EditDistance(w, h, 1) <= 1
	}
	for pair, r := range roleCuePairs {
		if (k1 == pair[0] || near(k1, pair[0])) && (k2 == pair[1] || near(k2, pair[1])) {
			return r
		}
	}
	return cueNone
}

// roleCredits counts the credits of roles in the cue's role.
func roleCredits(roles []data.Role, r cueRole) int {
	n := 0
	for _, x := range roles {
		switch c := x.Category; {
		case r == cueWriter && c == "writer",
			r == cueComposer && c == "composer",
			r == cueDirector && c == "director",
			r == cueCast && (c == "actor" || c == "actress"):
			n++
		}
	}
	return n
}

// roleCuePerson is the person a name beside a role cue stands for: among
// the people found for it whose every name word typed is within its typing
// budget of a word of their name, the last one of the surname (« agata
// christie », « john wiliams », « dumas » the writer, not the actor), the
// one with the most credits in the cue's role. exact says the name was
// typed whole and right.
func (e *Engine) roleCuePerson(ctx context.Context, name string, role cueRole) (*data.Person, bool, error) {
	if lexiconName(name) {
		return nil, false, nil
	}
	typed := search.NameWords(name)
	if len(typed) == 0 {
		return nil, false, nil
	}
	near := func(w, h string) bool {
		b := search.TypoBudget(w)
		return w == h || b > 0 && search.EditDistance(w, h, b) <= b
	}
	same := func(w, h string) bool { return w == h }
	keep := func(match func(w, h string) bool) func(per *data.Person) bool {
		return func(per *data.Person) bool {
			have := search.NameWords(per.Name)
			if len(have) == 0 || !match(typed[len(typed)-1], have[len(have)-1]) {
				return false
			}
			for _, w := range typed {
				if !slices.ContainsFunc(have, func(h string) bool { return match(w, h) }) {
					return false
				}
			}
			return true
		}
	}
	count := func(per *data.Person) int { return roleCredits(e.cat.Roles(per.ID), role) }
	// A name typed right beats a namesake within a typo (« tolkien » is
	// J.R.R. Tolkien, not Michael Tolkin).
	per, err := e.namesakeWithMost(ctx, name, "person", roleLeast, keep(same), count)
	if err == nil && per == nil {
		per, err = e.namesakeWithMost(ctx, name, "person", roleLeast, keep(near), count)
	}
	if err != nil || per == nil {
		return nil, false, err
	}
	have := search.NameWords(per.Name)
	exact := len(typed) > 1 && slices.Equal(typed, have[max(0, len(have)-len(typed)):])
	return per, exact, nil
}
