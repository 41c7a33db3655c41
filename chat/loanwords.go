package chat

import "regexp"

// French customers name some kinds of film in English: « un road movie »,
// « un feel good movie », « un buddy movie », « un true crime », « de la science-fiction made in
// France ». Those words
// say nothing of the customer's language, so the language of a message is
// read without them (« road movie, français si possible » is French).

// loanwordRe is a kind of film French speakers name in English, folded.
var loanwordRe = regexp.MustCompile(`\b(?:road[\s-]+(?:movies?|trip)|buddy[\s-]+movies?|teen[\s-]+movies?|feel[\s-]*good(?:[\s-]+movies?)?|true[\s-]+crime|film[\s-]+noir|happy[\s-]+end(?:ing)?|(?:space|western)[\s-]+opera|found[\s-]+footage|home[\s-]+invasion|serial[\s-]+killers?|coming[\s-]+of[\s-]+age|made[\s-]+in[\s-]+(?:france|usa|us|america|hollywood|italy|italie|japan|japon|china|chine|korea|coree|germany|allemagne|england|angleterre|uk|quebec|belgique|belgium|spain|espagne|india|inde))\b`)

// withoutLoanwords is folded text without its loanwords: a message of
// loanwords alone ("road movie") leans to no language.
func withoutLoanwords(folded string) string {
	return loanwordRe.ReplaceAllString(folded, " ")
}
