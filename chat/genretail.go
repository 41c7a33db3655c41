package chat

import (
	"regexp"
	"strings"
	"unicode"
)

// genreBeforeRe is a French genre noun ending the text before a span left
// unread: « un thriller | judiciaire », « une comédie | burlesque ».
var genreBeforeRe = regexp.MustCompile(`(?:^|\s)(?:drames?|comedies?|thrillers?|polars?|westerns?|documentaires?)\s+$`)

// genreTail reads a span left unread right after a French genre noun, where
// French puts what kind of comedy or thriller is wanted (« un thriller
// judiciaire français », « une comédie burlesque », « un drame social »): a
// nationality at its end narrows the films, and one or two lower-case words
// before it are a theme of that genre or nothing, never a title (« judiciaire »
// is not Identité judiciaire). It reports whether it read the span.
func (p *parser) genreTail(i, j int, seg string) bool {
	before := p.f.s[:i]
	if !genreBeforeRe.MatchString(before) {
		return false
	}
	words := strings.Fields(seg)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	code := ""
	if c := nationWord[words[len(words)-1]]; c != "" {
		code = c
		words = words[:len(words)-1]
	}
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if len(w) < 4 || nationWord[w] != "" || genreWordRe.MatchString(w) || softAdjectives[w] {
			return false
		}
	}
	if orig := p.f.origSpan(i, j); strings.IndexFunc(orig, unicode.IsUpper) >= 0 {
		return false // « un polar Le Cercle rouge »: a title typed after the genre
	}
	if code == "" && len(words) == 0 {
		return false
	}
	p.setNation(code)
	if len(words) > 0 {
		genre := strings.Fields(before)
		p.m.SoftThemes = append(p.m.SoftThemes, genre[len(genre)-1]+" "+strings.Join(words, " "))
	}
	return true
}
