package chat

import (
	"regexp"
	"strconv"
)

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

// numberAlt matches the ages typed in letters ("my daughter is only
// five", « ma fille a cinq ans »), keys of numberWords (eras.go).
const numberAlt = `dix-sept|seventeen|thirteen|fourteen|fifteen|sixteen|eleven|twelve|quatorze|quatre|quinze|treize|douze|three|seven|eight|seize|trois|five|four|nine|onze|deux|cinq|sept|huit|neuf|one|two|six|ten|dix|un`

var (
	// wordAgeENRe: "my daughter is only five", "the kids are six and
	// nine", "she just turned seven".
	wordAgeENRe = regexp.MustCompile(`\b(?:daughters?|sons?|kids?|boys?|girls?|nephews?|nieces?|grandsons?|granddaughters?|child|children|twins|they|he|she)\s+(?:is|are|'s|'re|turns|turned|just\s+turned)[\s\x00]+(?:(?:only|just|almost|nearly)[\s\x00]+)?(` + numberAlt + `)(?:\s*(?:and|&|,|or)\s*(` + numberAlt + `))?(?:\s+(?:years?\s+old|yo))?\b`)
	// wordAgeFRRe: « ma fille a cinq ans », « mes enfants de six et
	// neuf ans »: the age in letters, then « ans ».
	wordAgeFRRe = regexp.MustCompile(`\b(?:filles?|fils|enfants?|gamins?|gamines?|petits?|petites?|neveux?|nieces?|petit-fils|petite-fille|petits-enfants|jumeaux|jumelles|ils|elles|il|elle)\s+(?:de|d'|a|ont|qui\s+(?:a|ont)|vient\s+d'avoir|va\s+avoir)\s*(?:seulement\s+|que\s+|bientot\s+|presque\s+)?(` + numberAlt + `)(?:\s*(?:et|ou|,)\s*(` + numberAlt + `))?\s+ans\b`)
	// tweensRe: « des préados », "tweens", "preteens": children of ten
	// to twelve, a family film.
	tweensRe = regexp.MustCompile(`\b(?:pre-?ados?|pre-?adolescents?|pre-?adolescentes?|tweens?|pre-?teens?)\b`)
	// kidsWantRe: "the little ones want a cartoon", « les petits veulent
	// un dessin animé »: children who want something (« les enfants
	// peuvent… » is kidsRe's).
	kidsWantRe = regexp.MustCompile(`\b(?:the|my|our|les|mes|nos)\s+(?:kids|children|little\s+ones|young\s+ones|enfants|petits|gamins|gosses|loulous)\s+(?:want|wants|need|love|loves|like|likes|adore|adorent|veulent|voudraient|aiment|demandent|reclament)\b`)
	// kidsOccasionRe: a child's birthday named beside a child's age or
	// audience, at the start of a clause or after « pour » (« anniversaire
	// de ma fille, 7 ans », "birthday party for a bunch of 8 year olds"):
	// the occasion, no title. « un film avec une fête d'anniversaire »
	// asks for the subject, and "Sleepover" is a film.
	kidsOccasionRe = regexp.MustCompile(`(?:^|[,.;!?]\s*|\bpour\s+(?:l'|un\s+|le\s+|son\s+|leur\s+)?|\b(?:l'|un\s+|le\s+|son\s+|leur\s+))anniversaire|(?:^|[,.;!?]\s*|\bfor\s+(?:a|the|my|our|her|his)\s+)birthday(?:\s+party)?(?:\s+for\s+a\s+bunch\s+of)?\b`)
)

// moreAgePhrases reads the ages and the film for every age above.
func (p *parser) moreAgePhrases() {
	for _, re := range []*regexp.Regexp{kinBracketAgeRe, agesListRe, agesRangeRe} {
		p.each(re, func(sub []string, _ []int) bool { return p.childAges(sub[1:]) })
	}
	for _, re := range []*regexp.Regexp{wordAgeENRe, wordAgeFRRe} {
		p.each(re, func(sub []string, _ []int) bool {
			ages := make([]string, 0, 2)
			for _, w := range sub[1:] {
				if n := numberWords[w]; n > 0 {
					ages = append(ages, strconv.Itoa(n))
				}
			}
			return p.childAges(ages)
		})
	}
	p.each(everyoneWatchRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(tweensRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(kidsWantRe, func([]string, []int) bool { p.m.Family = true; return true })
}

// kidsOccasion reads a child's party as the occasion of a family film. It
// runs once the ages and the children are read.
func (p *parser) kidsOccasion() {
	if !p.m.Family && !p.m.Teen {
		return
	}
	p.each(kidsOccasionRe, func([]string, []int) bool { return true })
}
