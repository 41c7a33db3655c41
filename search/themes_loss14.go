package search

import (
	"slices"
	"strings"
)

// A story of grief is told by who was lost: « un homme qui a perdu sa
// femme », « une fille qui perd sa mère », "a man who lost his wife", "a
// kid grieving his dad". Read word by word, the clause goes elsewhere: the
// head (« homme », "man") and the relative ("wife") are common words whose
// learnt associations lead anywhere (superhero films for "man", concerts
// for "live again"). TMDB names the story with keywords built the same way
// as the relationship ones: "death of <role>", "loss of <role>", and the
// one left behind ("widower" when a wife died). lossTheme reads a word of
// loss followed closely by a relative (the roles of themes_relation.go,
// and a few more: a friend, a lover, « sa femme ») and leads with the
// keywords the catalogue carries for that loss. The loss words are a
// closed class, like the roles; the keywords come from the catalogue.

// lossWords are the folded words saying someone was lost, French and
// English.
var lossWords = setOf(
	"perdu", "perdue", "perdus", "perd", "perdre", "perdent", "perte", "deces", "mort", "morte", "meurt",
	"deuil", "endeuille", "endeuillee", "pleure", "pleurer",
	"lost", "loses", "lose", "losing", "loss", "death", "died", "dies", "grieving", "grieves", "grief",
	"mourning", "mourns", "mourn", "bereaved",
)

// lossRoles are the relatives a loss names besides relationRoles (folded;
// the role's English word as TMDB's "death of ..." keywords write it).
// « femme » is a wife only after a possessive (« sa femme »): alone it is
// a woman.
var lossRoles = map[string]string{
	"ami": "friend", "amie": "friend", "amis": "friend", "copain": "friend", "copine": "friend",
	"friend": "friend", "friends": "friend", "pal": "friend",
	"meilleur ami": "best friend", "meilleure amie": "best friend", "best friend": "best friend",
	"amoureux": "lover", "amoureuse": "lover", "fiance": "lover", "fiancee": "lover", "compagne": "lover",
	"compagnon": "lover", "lover": "lover", "girlfriend": "lover", "boyfriend": "lover",
	"chien": "pet", "chat": "pet", "dog": "pet", "cat": "pet",
	"proche": "loved one", "proches": "loved one", "etre cher": "loved one", "etre aime": "loved one",
	"loved one": "loved one", "loved ones": "loved one",
}

// lossLeftBehind is who a loss leaves behind, when TMDB names them.
var lossLeftBehind = map[string][]string{
	"wife":     {"widower", "grieving widower"},
	"husband":  {"widow"},
	"child":    {"grieving parents"},
	"son":      {"grieving parents", "grieving father"},
	"daughter": {"grieving parents", "grieving father"},
}

// lossAfter are the words of death that follow the relative ("whose dog
// dies", « dont le mari meurt »).
var lossAfter = setOf("dies", "died", "meurt", "decede")

// lossOwners are the words before a relative that make it someone's in
// the story; « dont » may have an article after it (« dont le mari
// meurt »).
var lossOwners = setOf("whose", "dont", "his", "her", "their", "sa", "son", "ses", "leur", "leurs")

// lossPossessives are the words that make the next « femme » a wife.
var lossPossessives = setOf("sa", "son", "leur", "his", "her", "their")

// Limits of lossTheme.
const (
	lossMaxGap   = 3  // words between the word of loss and the relative, at most
	lossMaxWords = 20 // a longer message is more than a theme request
)

// lossTheme returns the theme of the loss q tells, if it tells one the
// catalogue has keywords for and th does not lead with one of them
// already; otherwise th unchanged.
func (x *Index) lossTheme(q string, th Theme, ok bool) Theme {
	m := x.themes
	if m == nil {
		return th
	}
	words := splitWords(fold(q))
	if len(words) > lossMaxWords {
		return th
	}
	for i, w := range words {
		if !lossWords[w] {
			continue
		}
		if relativesBefore(words[:i]) >= 2 {
			// « un frère et sa sœur qui se retrouvent à la mort de leurs
			// parents »: a story about the two named first.
			return th
		}
		french := lossFrench(words[i : i+1])
		// "whose dog dies", « dont la mère meurt »: the relative before a
		// verb of death.
		if lossAfter[w] && i > 0 {
			for j := i - 1; j >= 1 && j >= i-2; j-- {
				// Only someone's relative: "a boy whose dog dies", not
				// "not one where the dog dies" (a refusal).
				owned := lossOwners[words[j-1]] ||
					j >= 2 && words[j-2] == "dont" && (words[j-1] == "le" || words[j-1] == "la" || words[j-1] == "les")
				if !owned {
					continue
				}
				if role, n := lossRole(words, j, french); role != "" && j+n == i {
					return m.lossOf(q, words, role, j, i+1, th, ok)
				}
			}
		}
		for j := i + 1; j < len(words) && j <= i+1+lossMaxGap; j++ {
			// The customer's own loss (« j'ai perdu mon mari ») asks for
			// comfort, not for a story of grief.
			if themePossessive[words[j-1]] {
				break
			}
			role, n := lossRole(words, j, french)
			if role == "" {
				continue
			}
			return m.lossOf(q, words, role, i, j+n, th, ok)
		}
	}
	return th
}

// lossOf returns the theme of the loss of role told by words [from, to)
// of q, or th when the catalogue has no keyword for it or th leads with
// one already.
func (m *themeModel) lossOf(q string, words []string, role string, from, to int, th Theme, ok bool) Theme {
	ks := m.lossKeywords(role)
	if len(ks) == 0 {
		return th
	}
	if ok && len(th.Keywords) > 0 && slices.Contains(ks, th.Keywords[0]) {
		return th
	}
	span := origWords(q, from, to)
	if span == "" {
		span = strings.Join(words[from:to], " ")
	}
	// English words carry no accent: the folded words are the label.
	out := Theme{Keywords: ks, Score: max(relationScore, th.Score), LabelFR: span, LabelEN: strings.Join(words[from:to], " ")}
	// The French label the catalogue's bridge gives the keyword (« mort de
	// sa femme ») reads better than the customer's words after « thème : ».
	if k, found := m.byName[ks[0]]; found {
		if fr := m.frenchLabel(k); fr != "" {
			out.LabelFR = fr
		}
		if lossFrench(words[from:to]) {
			out.LabelEN = ks[0]
		}
	}
	return out
}

// lossRole returns the role the words from j name, and how many words
// name it.
func lossRole(words []string, j int, french bool) (string, int) {
	// « son », « sa » after a French word of loss are possessives (« perdu
	// son meilleur ami »), not a son.
	if french && words[j] == "son" {
		return "", 0
	}
	if j+1 < len(words) {
		two := words[j] + " " + words[j+1]
		if r, ok := lossRoles[two]; ok {
			return r, 2
		}
		if r, ok := relationRoles[two]; ok {
			return r, 2
		}
	}
	w := words[j]
	if (w == "femme" || w == "femmes") && j > 0 && lossPossessives[words[j-1]] {
		return "wife", 1
	}
	if r, ok := lossRoles[w]; ok {
		return r, 1
	}
	if r, ok := relationRoles[w]; ok && r != "parent" || ok && (w == "parents") {
		return r, 1
	}
	return "", 0
}

// lossFrench reports whether the words telling the loss are French.
func lossFrench(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		switch w {
		case "perdu", "perdue", "perdus", "perd", "perdre", "perdent", "perte", "deces", "mort", "morte", "meurt",
			"deuil", "pleure", "pleurer", "sa", "son", "ses", "femme":
			return true
		}
		return relationFrench([]string{w})
	})
}

// lossKeywords lists the keywords the catalogue carries (relationMinDF
// films or more) for the loss of role: its death, its loss, who it leaves
// behind, then grief itself.
func (m *themeModel) lossKeywords(role string) []string {
	cands := []string{"death of " + role, "loss of " + role}
	switch role {
	case "child":
		cands = append(cands, "death of a child")
	case "parent":
		cands = append(cands, "loss of parents")
	case "friend":
		cands = append(cands, "death of a friend")
	case "loved one":
		// Anyone lost: grief itself leads, the broad "loss of loved one"
		// (on many films where a death is only an episode) after it.
		cands = []string{"grief", "mourning", "loss of loved one", "death of a loved one"}
	}
	cands = append(cands, lossLeftBehind[role]...)
	var out []string
	lead := false
	for _, c := range cands {
		if k, found := m.byName[c]; found && m.Keywords[k].DF >= relationMinDF && !slices.Contains(out, c) {
			out = append(out, c)
			lead = true
		}
	}
	if !lead {
		return nil
	}
	for _, c := range []string{"grief", "loss of loved one"} {
		if k, found := m.byName[c]; found && m.Keywords[k].DF >= relationMinDF && len(out) < themeMaxKeys/2 && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// relativesBefore counts the relatives named in words.
func relativesBefore(words []string) int {
	n := 0
	for _, w := range words {
		if _, ok := relationRoles[w]; ok && w != "son" {
			n++
		}
	}
	return n
}
