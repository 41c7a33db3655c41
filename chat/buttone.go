package chat

import "regexp"

// butToneRe is a tone said after « mais » / "but" at the end of a clause,
// after a subject typed bare: « des zombis mais drôle », "zombies but
// funny", « des vampires mais plutôt comique ». Group 1 is the genre word.
// Only the end of a clause is read, so that a title going on after it
// keeps its words.
var butToneRe = regexp.MustCompile(`(?:^|\s|,)(?:mais|but)\s+(?:(?:plutot|assez|tres|bien|vraiment|quand\s+meme|pretty|really|quite|very|still)\s+)?(` + genreAlt + `)\s*(?:[.!?;,]|svp|stp|please|$)`)

// butTones reads the tones of butToneRe as genres wanted, before the rest
// of the clause is read as a title.
func (p *parser) butTones() {
	p.each(butToneRe, func(sub []string, idx []int) bool {
		p.addGenres(sub[1])
		return true
	})
}
