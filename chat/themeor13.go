package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// Two subjects joined by « ou » / "or" in one theme phrase (« des pirates
// ou des samouraïs », "chess or poker", "sailing or the sea"): the
// customer takes either, so the films of both are offered in turn, each
// list best known first, under both names. The index reads a phrase as one
// theme and would keep only the stronger side.

// orSplitRe cuts a theme phrase at its « ou » / "or": group 1 is the first
// subject, group 2 the second, up to the end of its clause.
var orSplitRe = regexp.MustCompile(`(?i)^\s*(.+?)\s+(?:ou\s+bien|ou|or\s+else|or)\s+([^,;.!?]+)`)

// orTheme returns the union of the two subjects of t when t joins two
// subjects that are each surely a theme (score least, and themeBare, or
// more), and ok; else ok
// is false and the caller reads t as one phrase.
func (e *Engine) orTheme(ctx context.Context, t string, least float64) (th *theme, ok bool, err error) {
	m := orSplitRe.FindStringSubmatch(t)
	if m == nil {
		return nil, false, nil
	}
	a, b := strings.TrimSpace(m[1]), strings.TrimSpace(articlesRe.ReplaceAllString(fold(m[2]).s, ""))
	if !hasWord(a) || !hasWord(b) || junk(b) || genreOnlyRe.MatchString(b) {
		return nil, false, nil
	}
	// Each side must name its theme surely: « un instituteur ou une école
	// de village » is one subject said twice, read as one phrase.
	least = max(least, themeBare)
	ta, err := e.themeOf(ctx, a, least)
	if err != nil || ta == nil {
		return nil, false, err
	}
	tb, err := e.themeOf(ctx, strings.TrimSpace(m[2]), least)
	if err != nil || tb == nil || sameKeywords(ta.keywords, tb.keywords) {
		return nil, false, err
	}
	return unionThemes(ta, tb), true, nil
}

// unionThemes is either theme: the films of each in turn, and the keywords
// of both, so that a saved dialogue asks the index for films on either.
func unionThemes(a, b *theme) *theme {
	out := &theme{labelFR: a.labelFR + " ou " + b.labelFR, labelEN: a.labelEN + " or " + b.labelEN}
	if a.labelFR == "" || b.labelFR == "" {
		out.labelFR = ""
	}
	out.keywords = append(out.keywords, a.keywords...)
	for _, k := range b.keywords {
		if !strings.Contains("\x00"+strings.Join(out.keywords, "\x00")+"\x00", "\x00"+k+"\x00") {
			out.keywords = append(out.keywords, k)
		}
	}
	out.films = interleave(out.films, a.films, b.films)
	return out
}

// sameKeywords reports whether two themes were found by the same first
// keyword: one subject said twice (« les pirates ou les flibustiers »).
func sameKeywords(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && a[0] == b[0]
}

// fuzzyPersonTheme reads as a theme a span typed in lower case that the
// person reading found only by a near spelling (« des zombis » is no Rob
// Zombie, « des vampires » no one named Vampira) when the whole span
// names a theme outright: nil when the person stays.
func (e *Engine) fuzzyPersonTheme(ctx context.Context, m mention, span string) (*theme, error) {
	if m.Person == nil || m.Decided || strings.ToLower(span) != span || exactName(span, m.Person) {
		return nil, nil
	}
	for _, w := range words(fold(span).s) {
		if exactName(w, m.Person) {
			return nil, nil // « des films de kubrick »: the name is typed
		}
	}
	return e.themeOf(ctx, articlesRe.ReplaceAllString(fold(span).s, ""), themeExact)
}

// keywordNamed reports whether the words of t, typed as a name, are all
// words of a keyword of the theme they read as: a character or a historical
// figure the data names (« Napoléon »: napoleon bonaparte, "Dracula",
// "Sherlock Holmes"), which a little-known namesake does not outweigh.
func (e *Engine) keywordNamed(ctx context.Context, t string) bool {
	th, err := e.themeOf(ctx, t, themeMin)
	if err != nil || th == nil {
		return false
	}
	ws := words(fold(t).s)
	for _, k := range th.keywords {
		kw := words(fold(k).s)
		if len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(kw, w) }) {
			return true
		}
	}
	return false
}
