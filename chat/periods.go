package chat

import (
	"regexp"
	"strings"
)

// The period a story is set in, as opposed to the years a film came out:
// « des années 80 », "from the 90s" and « récent » are eras (eras.go,
// understand.go), « qui se passe dans les années 80 », « au XVIIe siècle »,
// "set in the 60s", "a seventies setting", « un film d'époque » are
// themes: the theme search reads the period into TMDB's keywords ("1980s",
// "17th century", "period drama"). settingPeriods runs before the era
// rules, which would otherwise take the decade of « un film qui se passe
// dans les années 80 » for the films' years. Both may come in one message
// (« un film récent qui se passe au Moyen Âge »). All patterns run on
// folded text.

const (
	// periodDecadeAlt is a decade typed any way, and the decades with a
	// name (« les années folles », "the swinging sixties").
	periodDecadeAlt = `annees\s+(?:(?:18|19|20)?\d0|` + frDecadeWordAlt + `|folles|yeye|disco)|'?(?:18|19|20)?\d0'?s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)|roaring\s+(?:twenties|20s)|swinging\s+(?:sixties|60s)`
	// periodCenturyAlt is a century: « XVIIe siècle », « 19eme siecle », «
	// au Ier siècle avant J.-C. », "the 17th century", "the 1600s".
	periodCenturyAlt = `(?:[ivx]{1,6}|\d{1,2})\s?(?:e|eme|ieme|er|ere|emes|st|nd|rd|th)\s+(?:siecles?|century|centuries)(?:\s+(?:avant\s+j\.?\s?-?\s?c\.?|avant\s+jesus[\s-]christ|bc|b\.c\.))?|(?:premier|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme|treizieme|quatorzieme|quinzieme|seizieme|dix-septieme|dix-huitieme|dix-neuvieme|vingtieme|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(?:siecle|century)|1[0-8]00'?s`
	// periodEraAlt are eras with a name.
	periodEraAlt = `moyen[\s-]age|epoque\s+medievale|medieval\s+times|middle\s+ages|antiquite|antiquity|ancient\s+(?:rome|greece|egypt|times|world)|(?:rome|grece|egypte)\s+antique|monde\s+antique|epoque\s+(?:victorienne|edouardienne|coloniale|romaine|napoleonienne|elisabethaine)|victorian\s+(?:era|times|england|london)|belle\s+epoque|entre[\s-]deux[\s-]guerres|apres[\s-]guerre|prehistoire|prehistoric\s+times|occupation(?:\s+allemande)?|(?:nazi|german)\s+occupation(?:\s+of\s+france)?|renaissance|revolution(?:\s+francaise)?|french\s+revolution|far[\s-]west|wild\s+west|old\s+west|(?:ere|periode|age)\s+glaciaire|ice\s+age|colonial\s+(?:era|times)|empire\s+ottoman|ottoman\s+empire|prohibition|great\s+depression|grande\s+depression|guerre\s+froide|cold\s+war`
	periodAlt    = periodDecadeAlt + `|` + periodCenturyAlt + `|` + periodEraAlt + `|(?:1[0-9]|20)\d\d`
)

var (
	// setInRe: a period after the words that make it the story's: « qui
	// se passe dans les années 80 », « située au XVIIe siècle », « se
	// déroulant pendant la Belle Époque », "set in the 60s", "a story that
	// takes place in ancient Rome" (the story with it: "Story" is no
	// director there).
	setInRe = regexp.MustCompile(`\b(?:(?:(?:a|an|the|some|une?|des|l')\s*)?(?:stor(?:y|ies)|tales?|histoires?)\s+)?(?:(?:qui|that|which)\s+)?(?:(?:se\s+(?:passe|pase|deroule|situe)(?:nt)?|se\s+deroulant|se\s+passant|(?:est\s+)?situee?s?|ayant\s+lieu|(?:is\s+|are\s+)?set|taking\s+place|takes?\s+place)\s+(?:(?:dans|pendant|durant|a|au|aux|en|sous|vers|in|during|at|around|back\s+in)\s+)?(?:(?:les|la|le|l'|the)\s*)?)(` + periodAlt + `)\b`)
	// periodMoodRe: « l'époque des années 40 », « l'ambiance des seventies »,
	// "the vibe of the 70s": the decade's look, not the films' years.
	periodMoodRe = regexp.MustCompile(`\b(?:(?:a|dans)\s+)?(?:l'|the\s+)?(?:epoque|ambiance|atmosphere|vibe|feel|look)\s+(?:des|de\s+la|du|of\s+the|of)\s+(` + periodDecadeAlt + `)\b`)
	// periodSettingRe: "a seventies setting", "a thirties period piece",
	// "fifties nostalgia".
	periodSettingRe = regexp.MustCompile(`\b(` + periodDecadeAlt + `)\s+(?:setting|period\s+pieces?|period\s+dramas?|period\s+films?|nostalgia)\b`)
	// centuryRe: a century is never a film's years: « au XVIIe siècle »,
	// "the 1600s".
	centuryRe = regexp.MustCompile(`\b(?:(?:au|du|le|en|aux|des|in\s+the|the|from\s+the|of\s+the)\s+)?(` + periodCenturyAlt + `)`)
	// periodPieceRe: « un film d'époque », « en costumes d'époque », "a
	// period piece", "a costume drama": the kind of film, read as the theme
	// (a subject after it, « sur la cour de Versailles », is read too). « un
	// film historique » is left to the genre History.
	periodPieceRe = regexp.MustCompile(`\b(?:(?:un|une|des|a|an|some|any)\s+)?(?:(?:bons?|good|great|beaux?|beautiful)\s+)?(films?\s+d'epoque|drames?\s+d'epoque|films?\s+(?:en\s+)?costumes?(?:\s+d'epoque)?|(?:en\s+)?costumes\s+d'epoque|period\s+(?:pieces?|dramas?|films?|movies?)|costume\s+(?:dramas?|pieces?))\b`)
	// inEraRe: a named era after « dans », « pendant », "in": « dans
	// l'Antiquité », « au Moyen Âge », "during the Middle Ages" (no film
	// came out then).
	inEraRe = regexp.MustCompile(`\b(?:dans|pendant|durant|a|au|aux|en|sous|in|during|at)\s+(?:(?:l'|la|le|les|the)\s*)?(moyen[\s-]age|epoque\s+medievale|medieval\s+times|middle\s+ages|antiquite|antiquity|ancient\s+times|monde\s+antique|epoque\s+(?:victorienne|edouardienne|coloniale|romaine|napoleonienne|elisabethaine)|victorian\s+(?:era|times)|belle\s+epoque|entre[\s-]deux[\s-]guerres|prehistoire|prehistoric\s+times|(?:ere|periode|age)\s+glaciaire|ice\s+age)\b`)
	// periodSubjectRe is the subject right after « un film d'époque »: «
	// sur la cour de Versailles », "about Marie Antoinette".
	periodSubjectRe = regexp.MustCompile(`^\s+(?:sur|about|on|autour\s+de)\s+((?:(?:la|le|les|l'|un|une|des|du|the|a|an)\s*)?[a-z][a-z'-]*(?:\s+[a-z'-]+){0,4}?)` + themeEnd)
	// decadeOrYearRe is a period setInRe found that the theme search reads
	// as a setting only beside the words before it.
	decadeOrYearRe = regexp.MustCompile(`^(?:` + periodDecadeAlt + `|(?:1[0-9]|20)\d\d)$`)
	// swingingRe: "the swinging sixties", « les années yéyé »: a decade's
	// setting even with no word before it.
	swingingRe = regexp.MustCompile(`\b(?:(?:the|les)\s+)?(swinging\s+(?:sixties|60s)|annees\s+(?:yeye|disco))\b`)
)

// settingPeriods reads the periods the stories are set in as themes and
// leaves the rest of the message to the era rules.
func (p *parser) settingPeriods() {
	take := func(sub []string, idx []int) bool {
		if strings.TrimSpace(sub[1]) == "" {
			return false
		}
		p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		return true
	}
	// The words that make a decade or a year the story's go with it: the
	// theme search reads « se passe en 1942 » as a setting, « 1942 » alone
	// as no theme.
	whole := func(sub []string, idx []int) bool {
		p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[0], idx[1])))
		return true
	}
	p.each(setInRe, func(sub []string, idx []int) bool {
		if decadeOrYearRe.MatchString(sub[1]) {
			return whole(sub, idx)
		}
		return take(sub, idx)
	})
	p.each(periodMoodRe, whole)
	p.each(periodSettingRe, whole)
	p.each(inEraRe, take)
	p.each(swingingRe, take)
	p.each(centuryRe, take)
	p.each(periodPieceRe, func(sub []string, idx []int) bool {
		// « un film d'époque sur la cour de Versailles »: one request, which
		// the theme search reads with the court leading.
		end := idx[3]
		if m := periodSubjectRe.FindStringSubmatchIndex(string(p.work[idx[1]:])); m != nil {
			if subj := articlesRe.ReplaceAllString(strings.TrimSpace(string(p.work[idx[1]+m[2]:idx[1]+m[3]])), ""); subj != "" && !junk(subj) && !genreOnlyRe.MatchString(subj) {
				end = idx[1] + m[3]
			}
		}
		p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[2], end)))
		p.consume(idx[0], end)
		return true
	})
}
