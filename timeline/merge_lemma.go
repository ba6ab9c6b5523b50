package timeline

import "strings"

// irregular maps the past tense and past participle forms of common
// irregular English verbs to their base form.
var irregular = func() map[string]string {
	// base past participle, one verb a line
	const table = `arise arose arisen
be was been
be were been
bear bore borne
beat beat beaten
become became become
begin began begun
bend bent bent
bid bid bid
bind bound bound
bite bit bitten
blow blew blown
break broke broken
bring brought brought
build built built
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
come came come
cost cost cost
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
know knew known
lay laid laid
lead led led
leave left left
lend lent lent
let let let
lie lay lain
lose lost lost
make made made
mean meant meant
meet met met
overcome overcame overcome
oversee oversaw overseen
overtake overtook overtaken
pay paid paid
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shoot shot shot
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
sleep slept slept
speak spoke spoken
spend spent spent
split split split
spread spread spread
stand stood stood
steal stole stolen
stick stuck stuck
strike struck struck
swear swore sworn
sweep swept swept
swim swam swum
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
undergo underwent undergone
understand understood understood
undertake undertook undertaken
uphold upheld upheld
wake woke woken
wear wore worn
win won won
withdraw withdrew withdrawn
withhold withheld withheld
write wrote written`
	m := map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 {
			m[f[1]] = f[0]
			m[f[2]] = f[0]
		}
	}
	return m
}()

// IrregularBase returns the base form of an irregular past tense or past
// participle ("sent" gives "send") and whether w is one.
func IrregularBase(w string) (string, bool) {
	b, ok := irregular[strings.ToLower(w)]
	return b, ok
}

// Lemma returns a crude key for comparing verbs and content words:
// irregular forms map to their base, then -ing, -ed, -es, -s and a final
// -e are cut and a doubled final consonant is undone ("released",
// "releases" and "release" share a key).
func Lemma(w string) string {
	w = strings.ToLower(w)
	if b, ok := irregular[w]; ok {
		w = b
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "es") && len(w) > 4 && !strings.HasSuffix(w, "ses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	if len(w) > 3 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// StripPossessive removes the possessive ending of a word as written or
// lower-cased, with a straight or curly apostrophe: "California's" and
// "California’s" give "California", the plural "States'" and "States’"
// give "States". A word that is nothing but the ending is kept.
func StripPossessive(w string) string {
	n := len(w)
	isS := func(i int) bool { return i >= 0 && (w[i] == 's' || w[i] == 'S') }
	switch {
	case n > 2 && isS(n-1) && w[n-2] == '\'': // 's
		return w[:n-2]
	case n > 4 && isS(n-1) && w[n-4:n-1] == "’": // ’s
		return w[:n-4]
	case n > 2 && w[n-1] == '\'' && isS(n-2): // s'
		return w[:n-1]
	case n > 4 && w[n-3:] == "’" && isS(n-4): // s’
		return w[:n-3]
	}
	return w
}
