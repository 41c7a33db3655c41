package search

import (
	"slices"
	"strings"
)

// A story about two relatives is named by the two of them, in every
// register: « une mamie et sa petite-fille », « un papa et sa fille », "a
// grandma and her grandson", "a dad and his daughter". TMDB names it with
// one keyword, "<role> <role> relationship" ("grandparent grandchild
// relationship", "father daughter relationship"), whose words no
// association learnt from the synopses reaches when the customer says
// « mamie » or "dad": each word alone leads elsewhere ("daughter",
// "grand"). relationTheme reads the two roles and finds the keyword the
// catalogue has for them, the most specific first, then the broader
// pairs (grandmother -> grandparent, son -> child), as the catalogue
// writes them. The roles are a closed class of words, like articles; the
// keywords come from the catalogue.

// relationRoles maps the folded words naming a relative, French and
// English, formal or familiar, singular or plural, to the English role
// TMDB's relationship keywords use. Two-word names are joined by a space.
var relationRoles = map[string]string{
	"pere": "father", "peres": "father", "papa": "father", "papas": "father", "father": "father", "fathers": "father",
	"dad": "father", "dads": "father", "daddy": "father",
	"mere": "mother", "meres": "mother", "maman": "mother", "mamans": "mother", "mother": "mother", "mothers": "mother",
	"mom": "mother", "moms": "mother", "mum": "mother", "mums": "mother", "mommy": "mother", "mummy": "mother",
	"fils": "son", "son": "son", "sons": "son",
	"fille": "daughter", "filles": "daughter", "daughter": "daughter", "daughters": "daughter",
	"frere": "brother", "freres": "brother", "brother": "brother", "brothers": "brother",
	"soeur": "sister", "soeurs": "sister", "sister": "sister", "sisters": "sister",
	"grand pere": "grandfather", "grands peres": "grandfather", "papy": "grandfather", "papi": "grandfather", "pepe": "grandfather",
	"grandfather": "grandfather", "grandpa": "grandfather", "granddad": "grandfather", "grandad": "grandfather",
	"grand mere": "grandmother", "grands meres": "grandmother", "mamie": "grandmother", "mamy": "grandmother", "mami": "grandmother",
	"grandmother": "grandmother", "grandma": "grandmother", "granny": "grandmother", "gran": "grandmother", "nan": "grandmother",
	"petit fils": "grandson", "petits fils": "grandson", "grandson": "grandson", "grandsons": "grandson",
	"petite fille": "granddaughter", "petites filles": "granddaughter", "granddaughter": "granddaughter", "granddaughters": "granddaughter",
	"petits enfants": "grandchild", "petit enfant": "grandchild", "grandchild": "grandchild", "grandchildren": "grandchild", "grandkids": "grandchild", "grandkid": "grandchild",
	"grands parents": "grandparent", "grand parents": "grandparent", "grandparent": "grandparent", "grandparents": "grandparent",
	"oncle": "uncle", "oncles": "uncle", "uncle": "uncle", "uncles": "uncle", "tonton": "uncle",
	"tante": "aunt", "tantes": "aunt", "tata": "aunt", "aunt": "aunt", "aunts": "aunt", "auntie": "aunt",
	"neveu": "nephew", "neveux": "nephew", "nephew": "nephew", "nephews": "nephew",
	"niece": "niece", "nieces": "niece",
	"cousin": "cousin", "cousins": "cousin", "cousine": "cousin", "cousines": "cousin",
	"mari": "husband", "maris": "husband", "husband": "husband", "husbands": "husband",
	"epouse": "wife", "wife": "wife", "wives": "wife",
	"parents": "parent", "parent": "parent",
	"enfant": "child", "enfants": "child", "child": "child", "children": "child", "gosse": "child", "gosses": "child",
	"kid": "child", "kids": "child",
}

// relationBroader is the broader role TMDB also pairs: a grandmother is a
// grandparent, a son a child.
var relationBroader = map[string]string{
	"father": "parent", "mother": "parent", "son": "child", "daughter": "child",
	"grandfather": "grandparent", "grandmother": "grandparent", "grandson": "grandchild", "granddaughter": "grandchild",
	"grandparent": "grandparent", "grandchild": "grandchild",
	"brother": "sibling", "sister": "sibling",
}

// relationGrand is the grandchild a child is beside a grandparent.
var relationGrand = map[string]string{"child": "grandchild", "son": "grandson", "daughter": "granddaughter"}

// relationLinks are the words tying two relatives together (« une mère
// et sa fille », "between a father and his son", « deux sœurs »): no
// more content than the relatives.
var relationLinks = setOf("sa", "son", "ses", "leur", "leurs", "her", "his", "their", "its", "entre", "between", "deux", "two", "to")

// relationOther are the words before a relative's name that make it
// someone else: « une bonne sœur » is a nun, "ex wife" no wife any more,
// « belle-mère », « demi-frère » other relatives.
var relationOther = setOf("bonne", "bonnes", "ex", "belle", "belles", "beau", "beaux", "demi", "step", "half")

// Limits of relationTheme.
const (
	relationMaxGap   = 5   // words between the two relatives, at most
	relationMinDF    = 3   // films carrying a relationship keyword, at least
	relationLeadDF   = 10  // films carrying the keyword that leads, at least when one has them
	relationScore    = 0.9 // Score of a theme read so: the words name it outright
	relationMaxWords = 14  // a longer message is more than a theme request
	relationMaxExtra = 1   // content words besides the two relatives, at most
)

// relationTheme returns th led by the relationship keyword of the two
// relatives q names, if the catalogue has one and th does not lead with it
// already; otherwise th and ok unchanged.
func (x *Index) relationTheme(q string, th Theme, ok bool) Theme {
	m := x.themes
	if m == nil {
		return th
	}
	words := splitWords(fold(q))
	if len(words) > relationMaxWords {
		return th
	}
	type role struct {
		name     string
		at, end  int // words [at, end)
		plural   bool
		pairWord bool // « deux », "two" before it
	}
	var roles []role
	for i := 0; i < len(words); i++ {
		n := 1
		r, found := "", false
		if i+1 < len(words) {
			r, found = relationRoles[words[i]+" "+words[i+1]]
			n = 2
		}
		if !found {
			r, found = relationRoles[words[i]]
			n = 1
		}
		// The customer's own (« avec ma fille », "with my kids") are an
		// audience, no story.
		if !found || i > 0 && (themePossessive[words[i-1]] || relationOther[words[i-1]]) {
			i += n - 1
			continue
		}
		w := words[i+n-1]
		roles = append(roles, role{name: r, at: i, end: i + n,
			plural:   strings.HasSuffix(w, "s") && w != "fils" || strings.HasSuffix(w, "x") || w == "children",
			pairWord: i > 0 && (words[i-1] == "deux" || words[i-1] == "two")})
		i += n - 1
	}
	// The two relatives must be what the request is about: other words
	// say more (« un père qui bat ses enfants » is about an abusive
	// father, "a kid whose mom just died" about a loss).
	inRole := make([]bool, len(words))
	for _, r := range roles {
		for i := r.at; i < r.end; i++ {
			inRole[i] = true
		}
	}
	extra := 0
	for i, w := range words {
		if !inRole[i] && !themeFiller[w] && !themePossessive[w] && !relationLinks[w] {
			extra++
		}
	}
	if extra > relationMaxExtra {
		return th
	}
	var a, b role
	switch {
	case len(roles) >= 2 && roles[1].at-roles[0].end <= relationMaxGap:
		a, b = roles[0], roles[1]
	case len(roles) == 1 && roles[0].name != "child" && roles[0].name != "parent" &&
		(roles[0].pairWord || roles[0].plural && !m.roleKeyword(roles[0].name)):
		// « deux sœurs », "two brothers"; "cousins" when the catalogue has
		// no keyword for the role alone ("brothers" may be "brother").
		a, b = roles[0], roles[0]
	default:
		return th
	}
	// A reading about one of the two already, in more detail ("abusive
	// father", "single parent", "death of mother") stays.
	if ok && len(th.Keywords) > 0 && m.aboutRole(th.Keywords[0], a.name, b.name) {
		return th
	}
	k, found := m.relationKeyword(a.name, b.name)
	if !found {
		return th
	}
	out := Theme{Keywords: []string{m.Keywords[k].Name}, Score: max(relationScore, th.Score)}
	// A reading led by the same keyword keeps its labels, not the other
	// keywords its words went with (« un grand-père et son petit-fils »
	// is no murder story).
	same := ok && len(th.Keywords) > 0 && th.Keywords[0] == out.Keywords[0]
	// The other pairs the catalogue has: the more specific, then the
	// broader.
	for _, p := range m.relationPairs(a.name, b.name) {
		if o, found := m.byName[p]; found && o != k && m.Keywords[o].DF >= relationMinDF && len(out.Keywords) < themeMaxKeys/2 {
			out.Keywords = append(out.Keywords, p)
		}
	}
	if same {
		out.LabelFR, out.LabelEN = th.LabelFR, th.LabelEN
		return out
	}
	span := origWords(q, a.at, b.end)
	if span == "" {
		span = strings.Join(words[a.at:b.end], " ")
	}
	if french := relationFrench(words[a.at:a.end]) || relationFrench(words[b.at:b.end]); french {
		out.LabelFR, out.LabelEN = span, m.Keywords[k].Name
	} else {
		out.LabelEN = span
		if out.LabelFR = m.frenchLabel(k); out.LabelFR == "" {
			out.LabelFR = span
		}
	}
	return out
}

// relationFrench reports whether the words naming a relative are French.
func relationFrench(ws []string) bool {
	fr := map[string]bool{"pere": true, "peres": true, "papa": true, "papas": true, "mere": true, "meres": true, "maman": true,
		"mamans": true, "fils": true, "fille": true, "filles": true, "frere": true, "freres": true, "soeur": true, "soeurs": true,
		"grand": true, "grands": true, "petit": true, "petite": true, "petits": true, "petites": true, "papy": true, "papi": true,
		"pepe": true, "mamie": true, "mamy": true, "mami": true, "oncle": true, "oncles": true, "tonton": true, "tante": true,
		"tantes": true, "tata": true, "neveu": true, "neveux": true, "cousine": true, "cousines": true, "mari": true, "maris": true,
		"epouse": true, "enfant": true, "enfants": true, "gosse": true, "gosses": true}
	return slices.ContainsFunc(ws, func(w string) bool { return fr[w] })
}

// relationPairs lists the relationship keywords two roles may go by, the
// most specific first: both roles, then each broader, in either order.
func (m *themeModel) relationPairs(a, b string) []string {
	// A child beside a grandparent is their grandchild (« papy et ses
	// gosses », "kids and their grandparents").
	if relationGrand[a] != "" && relationBroader[b] == "grandparent" {
		a = relationGrand[a]
	}
	if relationGrand[b] != "" && relationBroader[a] == "grandparent" {
		b = relationGrand[b]
	}
	as, bs := []string{a}, []string{b}
	if g, ok := relationBroader[a]; ok {
		as = append(as, g)
	}
	if g, ok := relationBroader[b]; ok {
		bs = append(bs, g)
	}
	var out []string
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, x := range as {
		for _, y := range bs {
			if x == y && x != a && x != "sibling" {
				continue // two brothers are no "sibling sibling" pair, nor a son and a daughter "child child"
			}
			add(x + " " + y + " relationship")
			add(y + " " + x + " relationship")
			if x == y {
				add(x + " relationship") // "cousin relationship", "sibling relationship"
			}
		}
	}
	return out
}

// relationKeyword returns the first keyword of relationPairs(a, b) the
// catalogue carries on relationLeadDF films or more (enough to answer
// with), else the first on relationMinDF or more.
func (m *themeModel) relationKeyword(a, b string) (int32, bool) {
	for _, least := range []int{relationLeadDF, relationMinDF} {
		for _, p := range m.relationPairs(a, b) {
			if k, ok := m.byName[p]; ok && m.Keywords[k].DF >= least {
				return k, true
			}
		}
	}
	return 0, false
}

// roleKeyword reports whether the catalogue has a keyword for the role
// alone on relationLeadDF films or more ("brother", "sister").
func (m *themeModel) roleKeyword(r string) bool {
	k, ok := m.byName[r]
	return ok && m.Keywords[k].DF >= relationLeadDF
}

// aboutRole reports whether keyword name is about one of the roles a and
// b or what they are more broadly, in more words than the role alone and
// without being a relationship of two ("single father", "death of
// mother"; not "daughter" nor "parenting").
func (m *themeModel) aboutRole(name, a, b string) bool {
	if strings.HasSuffix(name, " relationship") || !strings.Contains(name, " ") {
		return false // a relationship of two, or a role alone ("daughter")
	}
	for _, w := range strings.Fields(name) {
		for _, r := range []string{a, b, relationBroader[a], relationBroader[b]} {
			if r != "" && w == r {
				return true
			}
		}
	}
	return false
}
