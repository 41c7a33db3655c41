package kpi

import (
	"math"
	"strconv"
	"strings"
)

// nbsp is the narrow no-break space French typography puts between groups
// of thousands and before "%".
const nbsp = "\u202f"

// frInt formats n with French digit grouping: 12345 -> "12 345".
func frInt(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(nbsp)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// frDec formats x with the given number of decimals and a decimal comma.
func frDec(x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.Atoi(intPart)
	out := frInt(n)
	if intPart == "-0" {
		out = "-0"
	}
	if frac != "" {
		out += "," + frac
	}
	return out
}

// frPct formats a share (0-1) as a French percentage with one decimal.
func frPct(share float64) string { return frDec(share*100, 1) + nbsp + "%" }

// frMoney formats US dollars in millions ("12,5 M$") or thousands.
func frMoney(usd float64) string {
	if math.Abs(usd) >= 1e6 {
		return frDec(usd/1e6, 1) + nbsp + "M$"
	}
	return frInt(int(math.Round(usd/1e3))) + nbsp + "k$"
}

// round rounds x to the given number of decimals, so that the JSON stays
// short and tests can compare exact values.
func round(x float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(x*p) / p
}

// decadeLabel names a decade in French: 1960 -> "années 1960".
func decadeLabel(d int) string { return "années " + strconv.Itoa(d) }

var typeLabels = map[string]string{
	"movie":        "Film",
	"tvMovie":      "Téléfilm",
	"tvSeries":     "Série",
	"tvMiniSeries": "Mini-série",
	"tvEpisode":    "Épisode",
	"tvSpecial":    "Émission spéciale",
	"short":        "Court métrage",
	"tvShort":      "Court métrage TV",
	"video":        "Vidéo",
	"videoGame":    "Jeu vidéo",
}

// TypeLabel returns the French name of an IMDb title type.
func TypeLabel(t string) string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	return t
}
