package chat

import "regexp"

// Children's ages said without the noun ageRe expects just before them:
// "Ages 5 and 9" in its own sentence after "Grandkids are over", « les
// cousins, de 3 à 12 ans », "twins (6)", "twin girls age 4", « pour les
// 8-12 ans »; and « un film que tout le monde peut regarder », which asks
// for a film every age can watch. childAges decides the audience from the
// oldest age, as for ageRe; an adult's age says nothing.

var (
	// agesListRe: "ages 5 and 9", "aged 6-8", "age 4".
	agesListRe = regexp.MustCompile(`\b(?:ages?|aged)\s+(\d{1,2})(?:\s*(?:and|&|,|-|to|or|et|a)\s*(\d{1,2}))?\b`)
	// agesRangeRe: « de 3 à 12 ans », « entre 6 et 10 ans », « pour les
	// 8-12 ans ».
	agesRangeRe = regexp.MustCompile(`\b(?:de|entre|pour\s+les|les)\s+(\d{1,2})\s*(?:a|et|-)\s*(\d{1,2})\s+ans\b`)
	// kinBracketAgeRe: a child's noun with the age in brackets, after a
	// comma or after "age": "our twins (6)", "grandkids, 5 and 9", "twin
	// girls age 4", « les jumeaux (4 ans) ».
	kinBracketAgeRe = regexp.MustCompile(`\b(?:twins|twin\s+(?:boys|girls)|kids|children|grandkids|grandchildren|boys|girls|sons|daughters|son|daughter|jumeaux|jumelles|enfants|petits-enfants|gamins|petits)\s*(?:\(\s*|,\s*|\s+(?:age|aged|ages)\s+)(\d{1,2})(?:\s*(?:and|&|,|-|et)\s*(\d{1,2}))?(?:\s*(?:ans|years?(?:\s+old)?|yo))?\s*\)?`)
	// everyoneWatchRe: « que tout le monde peut regarder », « que toute
	// la famille puisse voir » (the verb may be read already: « à voir »).
	everyoneWatchRe = regexp.MustCompile(`\b(?:qu(?:e\s+|')\s*)?(?:tout\s+le\s+monde|toute\s+la\s+famille|petits\s+et\s+grands)\s+(?:peut|puisse|pourra|pourrait|peuvent|puissent)(?:\s+(?:le\s+|les\s+)?(?:regarder|voir))?\b`)
)

// moreAgePhrases reads the ages and the film for every age above.
func (p *parser) moreAgePhrases() {
	for _, re := range []*regexp.Regexp{kinBracketAgeRe, agesListRe, agesRangeRe} {
		p.each(re, func(sub []string, _ []int) bool { return p.childAges(sub[1:]) })
	}
	p.each(everyoneWatchRe, func([]string, []int) bool { p.m.Family = true; return true })
}
