package chat

import (
	"regexp"
	"slices"
)

// A card named in words: "number one", « le numéro un ». "one" and « un »
// alone are no rank ("that one", « un autre »), but after "number" or
// « numéro » they are the first card, as "number 1" is.

// numberOne is "number one", « numéro un », folded.
const numberOne = `(?:number|numero|no\.?|#)\s*(?:one|un|une)`

// numberOneRe finds numberOne in a reference.
var numberOneRe = regexp.MustCompile(`\b` + numberOne + `\b`)

// refRank is the rank a folded reference (a match of ref) names: 1 for
// "number one", the rank of its number or ordinal, or ok=false for
// « celui-là ».
func refRank(r string) (rank int, ok bool) {
	if numberOneRe.MatchString(r) {
		return 1, true
	}
	w := refWordRe.FindString(r)
	if w == "" {
		return 0, false
	}
	return rankOf(w), true
}

// rankedRefs returns refs without its « celui-là » (0) when a rank is
// named too: in « le 3 on l'a déjà vu, pas celui-là » and "why number 2?
// not that one then", "that one" is the card the message names.
func rankedRefs(refs []int) []int {
	if !slices.ContainsFunc(refs, func(k int) bool { return k != 0 }) {
		return refs
	}
	return slices.DeleteFunc(refs, func(k int) bool { return k == 0 })
}
