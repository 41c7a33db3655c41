package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A title typed alone says the customer's language when it is the film's
// title in one language and not in the other: "the shining" is the English
// title (« Shining » in French), "seven samurai" too (the French
// programme shows « Shichinin no samurai »), « le labyrinthe de Pan » the
// French one. A title the same in both ("Parasite", "Toy Story") says
// nothing; the page's language decides then.

// titleLang returns the language in which typed is f's title: "fr", "en",
// or "" when it is its title in both or in neither. exact reports that
// typed is one of its titles at all.
// weak reports that only the article typed decides ("the shining" and
// « Shining »), or that the English title is the film's original one
// ("back to the future"): a page's language outweighs it.
func titleLang(typed string, f *data.Film) (lang string, exact, weak bool) {
	typed = yearTailRe.ReplaceAllString(typed, " ")
	k := search.TitleKey(typed)
	if len(k) < 4 {
		return "", false, false
	}
	enTitle := f.Title
	frTitle := f.FrenchTitle
	if frTitle == "" {
		// Never released under a French title: shown by its original
		// title, or known in France by its English one when that is all
		// there is.
		frTitle = f.OriginalTitle
		if frTitle == "" {
			frTitle = f.Title
		}
	}
	// "the dark knight" is how a French customer names « The Dark Knight :
	// Le Chevalier noir » too, and "alien" « Alien, le huitième passager »:
	// the start of a title counts, and for "amelie" (« Le Fabuleux Destin
	// d'Amélie Poulain ») any part of the French title, when the English
	// title is what was typed ("thriller" is no part of « Michael
	// Jackson's Thriller »).
	enKey, frKey := search.TitleKey(enTitle), search.TitleKey(frTitle)
	en := strings.HasPrefix(enKey, k)
	fr := strings.HasPrefix(frKey, k) || en && strings.Contains(frKey, k)
	if en && fr {
		// "the shining" and « Shining »: the article typed decides.
		full := articleKey(typed)
		en, fr = strings.HasPrefix(articleKey(enTitle), full), strings.Contains(articleKey(frTitle), full)
		if en == fr {
			return "", true, false
		}
		weak = true
	}
	if !en && !fr {
		// A typo ("pans labyrinth", "run lola runn"): the title one edit
		// away, when the other is not.
		de := search.EditDistance(k, enKey, 1)
		df := search.EditDistance(k, frKey, 1)
		en, fr = de <= 1 && df > 1, df <= 1 && de > 1
	}
	// « les 7 samourais »: a French article typed is no English title,
	// "the" no French one.
	switch ws := words(fold(typed).s); {
	case len(ws) > 1 && frenchArticles[ws[0]]:
		en = false
	case len(ws) > 1 && ws[0] == "the":
		fr = false
	}
	if ownTitle(k, f) {
		// « Les Choristes », "Festen" typed on the English page: the
		// film's own title, in its own language, is how customers of
		// every language name it; the page's language outweighs it
		// (followups11). A title translated (« les sept samourais »,
		// "the lives of others") still says the customer's language.
		weak = true
	}
	if en && !fr && f.OriginalTitle != "" && search.TitleKey(f.OriginalTitle) == search.TitleKey(enTitle) {
		// "back to the future", "the lion king": an American film's own
		// title, which French customers type too; a translated one
		// ("seven samurai", "the lives of others") only English ones.
		weak = true
	}
	switch {
	case en && !fr:
		return "en", true, weak
	case fr && !en:
		return "fr", true, weak
	}
	return "", en || fr, false
}

// wholeTitleLang reads a short first message as one title ("in the mood
// for love", "the shining"): ok reports that it is a film's title as a
// whole, and lang the language of that form of it ("" when the film has it
// in both). Its words then say nothing more of the customer's language.
// A page's language outweighs the article alone. same reports that the
// message is word for word one of the film's titles (« fenêtre sur cour »,
// "the lives of others").
func (e *Engine) wholeTitleLang(ctx context.Context, text, page string) (lang string, ok, same bool, err error) {
	if n := len(words(fold(text).s)); n == 0 || n > maxWholeTitleWords {
		return "", false, false, nil
	}
	ms, err := e.res.ResolveFilm(ctx, text, 1)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return "", false, false, fmt.Errorf("chat: resolve %q: %w", text, err)
	}
	if len(ms) == 0 {
		return "", false, false, nil
	}
	f := ms[0].Film
	lang, ok, weak := titleLang(text, f)
	if weak && page != "" {
		lang = ""
	}
	k := search.TitleKey(yearTailRe.ReplaceAllString(text, " "))
	for _, t := range []string{f.Title, f.FrenchTitle, f.OriginalTitle} {
		same = same || t != "" && search.TitleKey(t) == k
	}
	if !same && page != "" && len(words(fold(text).s)) == 1 {
		// « Fernandel ! » starts "Fernandel the Dressmaker": one word
		// that is only the start of a title (a name, often) says nothing
		// the page's language does not.
		lang = ""
	}
	return lang, ok, same, nil
}

// ownTitle reports whether the title key k is f's original title, when
// that is neither English nor the only title the film has.
func ownTitle(k string, f *data.Film) bool {
	if f.OriginalTitle == "" || f.OriginalLanguage == "en" {
		return false
	}
	return search.TitleKey(yearTailRe.ReplaceAllString(f.OriginalTitle, " ")) == k
}

// maxWholeTitleWords bounds the words of a message read as one title.
const maxWholeTitleWords = 7

// frenchArticles are the articles a French title starts with.
var frenchArticles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "des": true}

// articleKey is a title's words joined, its leading article kept.
func articleKey(s string) string {
	return strings.Join(words(fold(strings.ReplaceAll(s, "&", " and ")).s), "")
}

// possessiveSRe is the "s" of a possessive, folded: "breakfast at tiffany"
// is how "Breakfast at Tiffany's" is typed.
var possessiveSRe = regexp.MustCompile(`'s\b`)

// withoutFilmTitle returns the mention t without the words of one of f's
// own titles in it (« lost in translation, bill murray » leaves « bill
// murray »): those say nothing of the customer's language, while a title
// the customer translated (« les sept samourais ») does. t comes back
// folded when a title was found in it, unchanged otherwise.
func withoutFilmTitle(t string, f *data.Film) string {
	key := func(s string) string {
		return " " + strings.Join(words(possessiveSRe.ReplaceAllString(fold(s).s, "")), " ") + " "
	}
	m := key(t)
	for _, title := range []string{f.Title, f.FrenchTitle, f.OriginalTitle} {
		if k := key(title); strings.TrimSpace(k) != "" && strings.Contains(m, k) {
			return strings.Replace(m, k, " ", 1)
		}
	}
	return t
}
