package chat

import (
	"regexp"
	"strings"
)

// A request for the replies' language often comes with its reason: "in
// English please, my husband is from Leeds", « vous pouvez répondre en
// anglais ? c'est pour mon copain irlandais », "she says in French please,
// her English is bad". The reason asks for no film: once the request is
// cut out, the clauses about who reads the replies and what languages they
// speak are dropped too, so that the list on screen comes back in the
// language asked (inLang) instead of their words being looked up. The
// language's name may carry a typo ("ENGLSH PLEASE", "reply in frnech"),
// read within search.TypoBudget when it makes the message a request for a
// language.

// replyLangWords are the names of the replies' languages, folded, and the
// courtesy that comes with them ("IN ENGLISH PLAESE"): their typos are
// read.
var replyLangWords = []string{"english", "anglais", "french", "francais", "please"}

// langNameRe is a language named in a message that may ask for the replies
// in it: "in French please", « en anglais svp », "English please", "could
// you do it in English?". It asks for the replies' language only when the
// rest of the message is courtesy (langRestWords) and reasons
// (replyLangTurn): "a comedy in French please" asks for French films.
var langNameRe = regexp.MustCompile(`\b(?:(?:in|en)\s+)?(english|anglais|french|francais)\b`)

// langSwitchWords are the words of langRestWords that say the replies
// change language: « on peut passer en anglais ? », "can we continue in
// English?".
var langSwitchWords = map[string]bool{"switch": true, "continue": true, "carry": true, "passer": true, "passez": true,
	"continuer": true, "continuez": true, "write": true, "ecrire": true, "answers": true, "answer": true, "reply": true,
	"replies": true, "chat": true, "change": true, "changer": true}

// langRestWords are the words a request for the replies' language comes
// with besides its reasons: courtesy, "could you do it", « pouvez-vous
// continuer ».
var langRestWords = map[string]bool{
	"please": true, "pls": true, "plz": true, "svp": true, "stp": true, "s": true, "il": true, "vous": true, "te": true,
	"plait": true, "merci": true, "thanks": true, "thank": true, "you": true, "could": true, "can": true, "would": true,
	"do": true, "it": true, "switch": true, "to": true, "continue": true, "carry": true, "on": true, "ok": true,
	"okay": true, "so": true, "now": true, "maintenant": true, "pouvez": true, "pourriez": true, "peux": true,
	"pourrais": true, "continuer": true, "continuez": true, "passer": true, "passez": true, "peut": true, "the": true,
	"answers": true, "answer": true, "reply": true, "replies": true, "rest": true, "la": true, "suite": true,
	"et": true, "and": true, "oh": true, "sorry": true, "desole": true, "desolee": true, "pardon": true,
	"yes": true, "oui": true, "write": true, "ecrire": true, "chat": true, "from": true, "here": true,
	"ici": true, "actually": true, "en": true, "fait": true, "in": true, "hi": true, "hello": true, "bonjour": true,
	"us": true, "me": true, "nous": true, "moi": true, "if": true, "possible": true, "si": true, "mind": true,
	"instead": true, "plutot": true, "de": true, "preference": true, "better": true, "mieux": true, "c": true,
	"est": true, "ce": true, "serait": true, "would've": true, "be": true, "all": true, "again": true, "we": true,
	"i": true, "let": true, "lets": true, "change": true, "changer": true, "she": true, "he": true, "says": true,
	"said": true, "dit": true, "elle": true, "lui": true, "them": true, "her": true, "him": true,
}

// reasonWords are the words of a clause about who reads the replies (a
// partner, a parent, a neighbour: not the children or the family, who are
// an audience) or which languages they speak: such a clause asks for no
// film.
var reasonWords = map[string]bool{
	"mari": true, "femme": true, "epouse": true, "copain": true, "copine": true, "ami": true, "amie": true,
	"compagnon": true, "compagne": true, "conjoint": true, "conjointe": true, "partner": true,
	"partenaire": true, "husband": true, "wife": true, "boyfriend": true, "girlfriend": true, "friend": true,
	"mother": true, "mum": true, "mom": true, "mere": true, "maman": true, "father": true,
	"dad": true, "papa": true, "pere": true, "grandpa": true, "grandma": true, "granny": true, "grandad": true,
	"grandmother": true, "grandfather": true, "voisin": true, "voisine": true, "voisins": true,
	"neighbour": true, "neighbor": true, "neighbours": true, "neighbors": true, "belle-mere": true,
	"beau-pere": true, "grand-mere": true, "grand-pere": true, "in-laws": true,
	"language": true, "langue": true, "speak": true, "speaks": true, "parle": true, "parlent": true, "read": true,
	"reads": true, "lit": true, "lisent": true, "comprend": true, "comprennent": true, "understand": true,
	"understands": true,
	// who teaches it: "my French teacher says I should practise"
	"teacher": true, "prof": true, "professeur": true, "professeure": true, "tutor": true,
}

// clauseSplitRe splits a message into its clauses.
var clauseSplitRe = regexp.MustCompile(`[,.;!?:()]+|\s+-\s+`)

// withoutReasons returns text without its clauses about who reads the
// replies and what languages they speak, and whether there were any.
func withoutReasons(text string) (string, bool) {
	var kept []string
	dropped := false
	for _, c := range clauseSplitRe.Split(text, -1) {
		reason := false
		for _, w := range strings.FieldsFunc(fold(c).s, func(r rune) bool { return r == ' ' || r == '\'' }) {
			reason = reason || reasonWords[w]
		}
		if reason {
			dropped = true
		} else if strings.TrimSpace(c) != "" {
			kept = append(kept, strings.TrimSpace(c))
		}
	}
	if !dropped {
		return text, false // « Heat (1995) » as typed
	}
	return strings.Join(kept, ", "), true
}

// letterWordRe is a word of letters.
var letterWordRe = regexp.MustCompile(`\p{L}+`)

// langTypos returns text with the words that are typos of a language's
// name spelled out ("englsh", "frnech"), and whether any was.
func langTypos(text string) (string, bool) {
	done := false
	out := letterWordRe.ReplaceAllStringFunc(text, func(w string) string {
		f := fold(w).s
		if len(f) < 5 {
			return w
		}
		for _, l := range replyLangWords {
			if f == l {
				return w
			}
		}
		if v := typoOf(f, replyLangWords); v != "" {
			done = true
			return v
		}
		return w
	})
	return out, done
}

// replyLangTurn is replyLangAsked with the reasons beside the request
// dropped, typos in the language's name read, and a language named beside
// a reason (langNameRe) read as the request when nothing but courtesy is
// left beside them.
func replyLangTurn(text, cur string) (lang, rest string, ok bool) {
	lang, rest, ok = replyLangAsked(text, cur)
	if !ok {
		if t, typo := langTypos(text); typo {
			if lang, rest, ok = replyLangAsked(t, cur); ok {
				text = t
			}
		}
	}
	if ok {
		if r, _ := withoutReasons(rest); !hasWord(r) || courtesyOnly(r) {
			// only reasons and courtesy beside the request ("actually …,
			// my mother in law is reading"); else read as typed
			rest = ""
		}
		return lang, rest, true
	}
	t := text
	if c, typo := langTypos(text); typo {
		t = c
	}
	f := fold(t)
	for _, idx := range langNameRe.FindAllStringSubmatchIndex(f.s, -1) {
		lang = "en"
		if name := f.s[idx[2]:idx[3]]; name == "french" || name == "francais" {
			lang = "fr"
		}
		if lang == cur {
			continue // « en français » in French: the films' language, maybe
		}
		others, reason := withoutReasons(f.orig[:f.off[idx[0]]] + " , " + f.orig[f.off[idx[1]]:])
		switched := false
		for _, w := range intentTokens(fold(others).s) {
			switched = switched || langSwitchWords[w]
		}
		if !courtesyOnly(others) || !reason && !switched {
			// "a comedy in French please": the films' language; « en
			// anglais » alone: the films' language, maybe
			continue
		}
		return lang, "", true
	}
	return "", "", false
}

// courtesyOnly reports whether every word of text is courtesy or a word
// that comes with a request for the replies' language (langRestWords).
func courtesyOnly(text string) bool {
	for _, w := range intentTokens(fold(text).s) {
		if !langRestWords[w] {
			return false
		}
	}
	return true
}
