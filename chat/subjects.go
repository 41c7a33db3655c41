package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
)

// Subjects typed where a title could be: a noun phrase with an article
// (« des robots », « un volcan qui se réveille », "a man who loses his
// memory") whose words are also a film's title or a person's name. The
// article, a relative clause, or another subject or a liked film beside it
// say the customer names what the film is about, not the film: « des
// robots » is not Robots, « une enquête » not L'Enquête, and in « kill
// bill, la vengeance » the second part is why the film was liked. A title
// typed exactly with its own article, or a well-known one typed alone,
// stays a title.

// subjectArticleRe is the article a subject starts with: indefinite or
// partitive (never how a title is shortened), or definite.
var subjectArticleRe = regexp.MustCompile(`^(?:((?:un|une|des|du|de\s+la|a|an|some)\s+|(?:de\s+l'|d')\s*)|((?:le|la|les|the)\s+|l'\s*))`)

// subjectClauseRe is a noun phrase and a relative clause that tells what
// happens to it: « un homme qui perd la mémoire », « des robots qui se
// révoltent », "robots that take over the world", "pirates looking for
// treasure".
var subjectClauseRe = regexp.MustCompile(`^(?:(?:un|une|des|du|le|la|les|a|an|some|the)\s+|l'\s*)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)\s+(?:(?:qui|who|that|which)\s+([a-z].*)|([a-z]{3,}ing\s+(?:for|to|in|on|at|with|from|into|over|after|around|through|across|the|a|an|their|his|her|its)\s+[a-z].*))$`)

// subjectTitleVotes is the IMDb votes from which a title typed exactly with
// a definite article stays a title beside other parts: « la haine, les
// misérables » are two films; « kill bill, la vengeance » is one film and
// its subject.
const subjectTitleVotes = 100000

// speltVotes is the IMDb votes from which a title typed exactly, with its
// own definite article, stays a title beside other parts (« le samouraï,
// le cercle rouge »); below, a subject that many films carry wins (« les
// tranchées » is no 2022 documentary).
const speltVotes = 5000

// subjectFilms is the least number of films a theme must gather for a
// definite noun beside other parts to be read as that theme rather than a
// little-known film of that title.
const subjectFilms = 10

// subjectMentions reads one title mention of the parser as the films and
// subjects it names: a whole plot told with a relative clause is a theme;
// subjects typed after a comma at its end are peeled off (« heat de
// michael mann, les braquages de banque »); what is left is cut into films
// (splitMentions), and each part typed as a subject becomes one.
func (e *Engine) subjectMentions(ctx context.Context, t string) ([]mention, error) {
	if f := fold(t); cueLeftRe.MatchString(f.s) {
		// « un film francais sur les poilus de 14-18 »: the cue stayed
		// with its subject once the adjective between was read.
		n := len(cueLeftRe.FindString(f.s))
		if th, err := e.themeOf(ctx, strings.TrimSpace(f.origSpan(n, len(f.s))), themeMin); th != nil || err != nil {
			return []mention{{Text: t, Theme: th}}, err
		}
	}
	if th, err := e.clauseSubject(ctx, t); th != nil || err != nil {
		return []mention{{Text: t, Theme: th}}, err
	}
	ms, err := e.splitMentions(ctx, t)
	if err != nil {
		return nil, err
	}
	var tails []mention
	head := t
	if swallowed(t, ms) {
		// « heat de michael mann, les braquages de banque »: the name that
		// picks the film swallowed the subject typed after it, or the
		// reading dropped it.
		if head, tails, err = e.subjectTails(ctx, t); err != nil {
			return nil, err
		}
		if len(tails) > 0 {
			if ms, err = e.splitMentions(ctx, head); err != nil {
				return nil, err
			}
		}
	}
	beside := len(ms)+len(tails) > 1 || separatorRe.MatchString(fold(head).s)
	for i, m := range ms {
		if m.Theme != nil || m.Person != nil || m.Not || m.Decided || !hasWord(m.Text) || castMates(m, ms) {
			continue
		}
		th, err := e.subjectOf(ctx, m, beside)
		if err != nil {
			return nil, err
		}
		if th != nil {
			ms[i] = mention{Text: m.Text, Theme: th, Subject: true}
		}
	}
	return e.oneSubjectList(ctx, t, append(ms, tails...)) // themes11.go: « la Shoah, les camps »
}

// swallowed reports whether the part typed after the last comma of t is
// no part of its own in ms (taken into the film before it, as a name that
// picks it, or dropped), or a part holding a comma names no film or is
// picked by a name: subjects may be typed after it.
func swallowed(t string, ms []mention) bool {
	f := fold(t).s
	cuts := tailCutRe.FindAllStringIndex(f, -1)
	if len(cuts) == 0 {
		return false
	}
	if slices.ContainsFunc(ms, func(m mention) bool {
		return m.Theme == nil && m.Person == nil && (m.Decided || unresolvedPart(m)) && tailCutRe.MatchString(fold(m.Text).s)
	}) {
		return true
	}
	tail := strings.TrimSpace(f[cuts[len(cuts)-1][1]:])
	return !slices.ContainsFunc(ms, func(m mention) bool { return strings.HasSuffix(fold(m.Text).s, tail) && !m.Decided })
}

// subjectTails peels the subjects typed after a comma at the end of t (« ,
// la plongée, la mer »): it returns what is left and their mentions.
func (e *Engine) subjectTails(ctx context.Context, t string) (string, []mention, error) {
	var tails []mention
	head := t
	for len(tails) < 3 {
		f := fold(head)
		cuts := tailCutRe.FindAllStringIndex(f.s, -1)
		if len(cuts) == 0 {
			break
		}
		c := cuts[len(cuts)-1]
		tail := strings.TrimSpace(f.origSpan(c[1], len(f.s)))
		if !subjectArticleRe.MatchString(fold(tail).s) || strings.ToLower(tail) != tail || separatorRe.MatchString(fold(tail).s) || !hasWord(strings.TrimSpace(f.origSpan(0, c[0]))) {
			break
		}
		m, err := e.resolveSpan(ctx, tail)
		if err != nil {
			return "", nil, err
		}
		th := m.Theme
		if th == nil && m.Person == nil {
			if th, err = e.subjectOf(ctx, m, true); err != nil {
				return "", nil, err
			}
		}
		if th == nil {
			break
		}
		tails = append(tails, mention{Text: tail, Theme: th, Subject: true})
		head = strings.TrimSpace(f.origSpan(0, c[0]))
	}
	return head, tails, nil
}

// cueLeftRe is a theme cue left at the start of a mention.
var cueLeftRe = regexp.MustCompile(`^(?:sur|about)\s+`)

// tailCutRe is where a subject typed after the films may start.
var tailCutRe = regexp.MustCompile(`\s*[,;]\s*|\.\s+`)

// headlessClauseRe is a relative clause without its noun.
var headlessClauseRe = regexp.MustCompile(`^(?:qui|who)\s+([a-z].*)$`)

// clauseSubject returns the theme of a mention that tells a plot with a
// relative clause (« une femme qui se venge », "robots that take over the
// world") and is not exactly a title, or nil: the whole plot, else the
// clause, else the noun it is about.
func (e *Engine) clauseSubject(ctx context.Context, t string) (*theme, error) {
	f := fold(t)
	a, b := trimFillers(f.s)
	if a >= b {
		return nil, nil
	}
	s := f.s[a:b]
	loc := subjectClauseRe.FindStringSubmatchIndex(s)
	if loc == nil {
		if pl := participleRe.FindStringSubmatchIndex(s); pl != nil {
			return e.participleSubject(ctx, f, a, b, pl) // themes8.go: "aliens invading earth"
		}
		if h := headlessClauseRe.FindStringSubmatchIndex(s); h != nil {
			// « …une grand-mère qui perd la mémoire, alzheimer »: the cue
			// took the noun, the clause is left.
			return e.themeOf(ctx, strings.TrimSpace(f.origSpan(a+h[2], b)), themeMin)
		}
		return nil, nil
	}
	if len(words(s)) > 10 {
		return nil, nil
	}
	plot := strings.TrimSpace(f.origSpan(a, b))
	ms, err := e.res.ResolveFilm(ctx, plot, 1)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return nil, fmt.Errorf("chat: resolve %q: %w", plot, err)
	}
	if len(ms) > 0 && exactTitle(plot, ms[0].Film) {
		return nil, nil // « L'homme qui en savait trop »
	}
	if th, err := e.themeOf(ctx, plot, themeMin); th != nil || err != nil {
		return th, err
	}
	c := loc[4]
	if c < 0 {
		c = loc[6]
	}
	if th, err := e.themeOf(ctx, strings.TrimSpace(f.origSpan(a+c, b)), themeMin); th != nil || err != nil {
		return th, err
	}
	return e.themeOf(ctx, strings.TrimSpace(f.origSpan(a+loc[2], a+loc[3])), themeBare)
}

// subjectOf returns the theme a mention names as a subject, or nil when it
// is a title (or nothing) after all. beside says other parts of the
// message name films or subjects.
func (e *Engine) subjectOf(ctx context.Context, m mention, beside bool) (*theme, error) {
	f := fold(m.Text).s
	title := len(m.Matches) > 0 && exactTitle(m.Text, m.Matches[0].Film)
	if len(m.Matches) > 0 && !title && typedWithArticle(f, m) && titleBegins(m.Text, m.Matches[0].Film) {
		return nil, nil // « le père noël » for Le père Noël est une ordure
	}
	spelt := title && typedWithArticle(f, m)
	if spelt && (subjectArticleRe.FindStringSubmatch(f) == nil || subjectArticleRe.FindStringSubmatch(f)[1] != "" || m.Matches[0].Film.Votes >= speltVotes) {
		return nil, nil // « Un prophète », « le samouraï »: the title as spelt
	}
	if subjectClauseRe.MatchString(f) && !title {
		// A relative clause tells a plot, not a title.
		return e.themeOf(ctx, m.Text, themeMin)
	}
	art := subjectArticleRe.FindStringSubmatch(f)
	if art == nil && len(m.Matches) > 0 && !title && !titleBegins(m.Text, m.Matches[0].Film) && !capitalised(m.Text) {
		// "time travel" is no « Frequently Asked Questions About Time
		// Travel »: words that name a theme outright beat a title that
		// only holds them further on.
		return e.themeOf(ctx, m.Text, themeExact)
	}
	if art == nil || len(words(f)) > 8 {
		return nil, nil
	}
	o, _ := classify(m)
	found := o == resolved || o == ambiguous
	switch {
	case art[1] != "":
		// « des robots », « un volcan », « une enquête »: a title is never
		// shortened to an indefinite article and its noun.
		if title {
			return e.themeOf(ctx, m.Text, themeBare)
		}
		return e.themeOf(ctx, m.Text, themeMin)
	case capitalised(m.Text):
		return nil, nil // « La Vengeance » spelt as a title
	case o == unknown && len(words(f)) > 2:
		// « les ouvriers d'une usine en grève »: no title holds those
		// words; an article and several words tell a subject.
		return e.themeOf(ctx, m.Text, themeMin)
	case !beside && !(spelt && m.Matches[0].Film.Votes < speltVotes):
		// « la haine » typed alone is the film; « la révolution française »
		// typed alone is the subject many films carry, not a film few
		// have heard of (below).
		return nil, nil
	case !found:
		return e.themeOf(ctx, m.Text, themeMin)
	case title && !spelt && m.Matches[0].Film.Votes >= subjectTitleVotes:
		return nil, nil
	}
	least := themeExact
	if !spelt {
		least = themeBare // "the trenches" is no 2022 « Tranchées »
	}
	th, err := e.themeOf(ctx, m.Text, least)
	if th == nil || err != nil || len(th.films) < subjectFilms {
		return nil, err
	}
	return th, nil
}

// typedWithArticle reports whether the article a folded mention starts
// with is the one of its film's title: « un prophète » is Un prophète, «
// des robots » is not Robots.
func typedWithArticle(f string, m mention) bool {
	art := subjectArticleRe.FindString(f)
	if art == "" || len(m.Matches) == 0 {
		return true
	}
	a := strings.TrimSpace(art)
	for _, t := range filmTitles(m.Matches[0].Film) {
		if k := fold(t).s; strings.HasPrefix(k, a) && (strings.HasSuffix(a, "'") || strings.HasPrefix(k, a+" ")) {
			return true
		}
	}
	return false
}
