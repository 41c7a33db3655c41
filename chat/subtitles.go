package chat

import "regexp"

// Subtitles refused: « pas de sous-titres », "no subtitles please, my wife
// hates reading them". The customer wants films in their own language: the
// original language is the language of the message (French for a French
// customer, English for an English one), not a dubbed foreign film. Every
// pattern runs on folded text.
var (
	// noSubtitlesRe: subtitles refused.
	noSubtitlesRe = regexp.MustCompile(`\b(?:(?:pas|plus|jamais|aucun|rien)\s+(?:de\s+|d'|avec\s+(?:des\s+)?)?|sans\s+(?:les\s+|de\s+)?|no\s+|without\s+(?:any\s+)?|nothing\s+(?:with|that\s+has)\s+(?:any\s+)?|not\s+(?:with\s+)?|never\s+|none\s+with\s+)(?:sous[\s-]?titres?|sous[\s-]?titrages?|subtitles?|subs|subtitled|vost(?:fr)?|vo)\b|\b(?:rien|nothing|pas)\s+(?:de\s+)?(?:sous[\s-]?titre(?:e|s|es)?|subtitled)\b`)
	// readRefusedRe: who will not read them, said beside it (« mon père
	// n'arrive pas à les lire », "my husband refuses to read them"): no
	// title, no theme.
	readRefusedRe = regexp.MustCompile(`\b(?:(?:(?:mon|ma|mes|my|our)\s+[a-z'-]+|(?:il|elle|ils|elles|he|she|they|i|we|je|on))\s+)?(?:n'arrive(?:nt)?\s+(?:pas|plus)\s+a|n'aime(?:nt)?\s+pas|ne\s+(?:peu[tx]|peuvent|sai[st]|savent|veu[tx]|veulent)\s+pas|refuse(?:nt)?\s+de|deteste(?:nt)?|deteste(?:nt)?\s+de|a\s+du\s+mal\s+a|hates?|hate\s+to|refuses?\s+to|can't|cannot|won't|doesn't\s+(?:like\s+to|want\s+to)|don't\s+(?:like\s+to|want\s+to)|struggles?\s+to)\s+(?:les\s+)?(?:lire|read(?:ing)?)(?:\s+(?:them|subtitles|subs|les\s+sous[\s-]?titres))?\b`)
)

// noSubtitles reads subtitles refused as the customer's language. It runs
// before the eras, whose rule drops « sous-titré » as how a film is shown.
func (p *parser) noSubtitles() {
	p.each(noSubtitlesRe, func([]string, []int) bool {
		if p.m.Language == "" {
			p.m.Language = "fr"
			if p.m.Lang == "en" {
				p.m.Language = "en"
			}
		}
		return true
	})
	if p.m.Language != "" {
		p.each(readRefusedRe, func([]string, []int) bool { return true })
	}
}
