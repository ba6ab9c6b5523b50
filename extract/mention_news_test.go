package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestMentionsNews checks the reading of clauses of ordinary news and of
// pre-tokenised text (SemEval-style "Apple 's"): whom pronouns stand for,
// names said once, possessives written apart, participle phrases.
func TestMentionsNews(t *testing.T) {
	tests := []struct {
		name, text, expr string
		verb             string
		actors           []string
		title            string
	}{
		{"a title after 'as' is a role, not its holder",
			"On August 24, Jobs resigned from his post as CEO. Former Microsoft CEO Bill Gates praised him.",
			"August 24", "resigned", []string{"Jobs"}, "Jobs resigned from his post as CEO"},
		{"he continues the subject, not a person named in an object",
			"Steve Jobs returned to Apple. He hired Senior Vice President Jony Ive. In 1998 he introduced the iMac.",
			"1998", "introduced", []string{"Steve Jobs"}, "Steve Jobs introduced iMac"},
		{"he continues the subject before a participle phrase",
			"The founder of NeXT, Steve Jobs, was there. Later, Jobs, born in San Francisco, built Apple. He was fired in 1985 by the board.",
			"1985", "fired", []string{"Jobs"}, "Jobs was fired by board"},
		{"a name told twice in the subject is one actor",
			"Apple Computer CEO Steve Jobs spoke, and Jobs smiled. Apple Computer CEO and co-founder Steve Jobs gave his keynote on Monday.",
			"Monday", "gave", []string{"Jobs"}, "Jobs gave his keynote"},
		{"a possessive written apart is the owner's",
			"Apple 's iTunes store passed Best Buy in 2007.",
			"2007", "passed", []string{"Apple", "Best Buy"}, "Apple's iTunes store passed Best Buy"},
		{"a hyphen written apart inside a name",
			"Apple Computer 's iTunes service in February passed Wal - Mart to become the No. 1 music seller .",
			"February", "passed", []string{"Apple Computer", "Wal-Mart"}, "Apple Computer's iTunes service passed Wal-Mart to become No. 1 music seller"},
		{"a preposition's phrase after the subject's noun modifies it",
			"Kibaki's last visit to China was in 2005.",
			"2005", "was", []string{"Kibaki", "China"}, "Kibaki's last visit to China was"},
		{"a preposition's phrase and a name in apposition after the subject",
			"Annan's representative in Cyprus, Gustave Feissel, has been mediating proximity talks since March between the leaders.",
			"March", "mediating", []string{"Annan"}, "Annan's representative in Cyprus has been mediating proximity talks between leaders"},
		{"a long preposition's phrase after the subject's noun is dropped",
			"Share prices in Taiwan closed 1.2 percent lower on Wednesday.",
			"Wednesday", "closed", nil, "Share prices in Taiwan closed 1.2 percent lower"},
		{"a name in the subject's preposition's phrase is not its head",
			"Earlier this month, a primary school principal in southwest China was sacked over a food poisoning incident.",
			"Earlier this month", "sacked", []string{"China"}, "Primary school principal was sacked over food poisoning incident"},
		{"a date in a reported clause before its sentence-final speaker dates what was reported",
			"Iran wanted further trials, including his waging war against Iran in 1980-1988, Elham added.",
			"1980-1988", "waging", []string{"Iran"}, "His waging war against Iran"},
		{"a date in a reported clause with an -ing adjunct after it dates the clause's verb, not the speaker's",
			"An earthquake measuring 6.6 hit the region on Friday, killing three people, the bureau said.",
			"Friday", "hit", nil, "Earthquake measuring 6.6 hit region"},
		{"'till' before a date is a preposition the title drops with it",
			"The trial was adjourned till Tuesday after the court heard two witnesses on Monday.",
			"Tuesday", "adjourned", nil, "Trial was adjourned after court heard two witnesses on Monday"},
		{"a date after 'till' ends no infinitive's object",
			"Seniora, who had asked Annan to prolong Mehlis' mission till Dec. 15, met diplomats.",
			"Dec. 15", "asked", []string{"Annan", "Mehlis"}, "Seniora had asked Annan to prolong Mehlis' mission"},
		{"an ambiguous past form before its object's determiner is a finite verb",
			"A second contingent of French troops left the southern port of Toulon on Wednesday to support the mission, officials said.",
			"Wednesday", "left", []string{"French", "Toulon"}, "Second contingent left southern port of Toulon to support mission"},
		{"an ambiguous past form after a name and before its object",
			"Lyford quit the sect in 1993 after being a member for 18 years.",
			"1993", "quit", nil, "Lyford quit sect after being member for 18 years"},
		{"an ambiguous past form after a date and before its object's determiner",
			"The incident late Wednesday left the man with fractured legs, an ambulance spokesman said.",
			"late Wednesday", "left", nil, "Incident left man with fractured legs"},
		{"an ambiguous past form before the particle 'forth' is a finite verb",
			"North Korea put forth the formula on Tuesday, Han said.",
			"Tuesday", "put", []string{"North Korea"}, "North Korea put forth formula"},
		{"a title's cut does not fall between a past-form verb and its object's determiner",
			"The Reserve Bank of Australia last lifted its key official cash rate 25 basis points to 5.25 percent in November 2005 to curb inflation.",
			"November 2005", "lifted", []string{"Reserve Bank of Australia"}, "Reserve Bank of Australia last lifted its key official cash rate 25"},
		{"a date after the subject's noun",
			"A mainland spokesman on Wednesday also called for talks.",
			"Wednesday", "called", nil, "Mainland spokesman called for talks"},
		{"a short 'of' phrase with a name after the subject's noun stays",
			"The population of Henan reached 97.68 million in 2005.",
			"2005", "reached", []string{"Henan"}, "Population of Henan reached 97.68 million"},
		{"a clause with a pronoun before the preposition is no noun phrase",
			"She died on Nov. 22 and test results showed the woman was positive.",
			"Nov. 22", "died", nil, "She died and test results showed woman was positive"},
		{"a possessive's noun before a verb adverb and a present form is the subject",
			"Despite recent gains, Thailand's own bourse still remains far below its all-time high of 1,753.73 in January 1994.",
			"January 1994", "remains", []string{"Thailand"}, "Thailand's own bourse still remains far below its all-time high of 1,753.73"},
		{"a participle phrase opening the sentence takes the main clause's subject",
			"Founded in 1989, APEC is a major regional forum.",
			"1989", "Founded", []string{"APEC"}, "APEC founded"},
		{"a participle phrase opening the sentence, the participle in the lexicon",
			"Born in 1927 in Budapest, Puskas was only 15 when he started playing.",
			"1927", "Born", []string{"Puskas"}, "Puskas born in Budapest"},
		{"a participle phrase opening the sentence before a pronoun subject",
			"Founded in 1989, it is a major regional forum.",
			"1989", "Founded", nil, "Founded"},
		{"an acronym in brackets between the subject and its verb",
			"Six people were struck dead by lightning, the Press Trust of India (PTI) reported Wednesday.",
			"Wednesday", "reported", []string{"Press Trust of India"}, "Press Trust of India reported six people were struck dead by lightning"},
		{"a person's name ending in a numeral is kept whole",
			"Pope John Paul II arrived in Prague on Friday.",
			"Friday", "arrived", []string{"John Paul II"}, "John Paul II arrived in Prague"},
		{"the word of a name the article uses alone stands for the person",
			"Chinese President Hu Jintao said on Sunday that talks would go on. Hu met Bush.",
			"Sunday", "said", []string{"Hu"}, "Hu said talks would go"},
		{"a rank's label before the number sign is no actor",
			"He played in the World Tour. World No. 2 Rafael Nadal on Monday announced his pulling out.",
			"Monday", "announced", []string{"Rafael Nadal"}, "Rafael Nadal announced his pulling out"},
		{"a speaker after the speech verb",
			"\"Things are looking very positive,\" said on Tuesday Mike Cox, a spokesman for the department.",
			"Tuesday", "said", []string{"Mike Cox"}, "Mike Cox said"},
		{"a speaker after the speech verb, with a phrase of place",
			"\"We will win,\" said Sevilla coach Juande Ramos in a statement on Friday.",
			"Friday", "said", []string{"Sevilla", "Juande Ramos"}, "Sevilla coach Juande Ramos said"},
		{"a base form after 'a' and an adjective is a noun",
			"Cisco has promised a compatible release before the end of the month .",
			"the end of the month", "promised", nil, "Cisco has promised compatible release"},
		{"'it' after a subordinator is the main clause's named subject",
			"Many of the bigger technology advances have gained high praise , but , they point out , Microsoft Longhorn is also expected to have these advantages when it is released , expected in late 2006 .",
			"late 2006", "expected", []string{"Microsoft Longhorn"}, "Microsoft Longhorn expected"},
		{"'it' stays when the main clause's subject is more than a name",
			"The plane , believed to be a Cessna , was cruising low when it plunged into the sea on Monday .",
			"Monday", "plunged", []string{"Cessna"}, "It plunged into sea"},
		{"the number sign of a rank is no name",
			"Current world No. 1 Lin Dan of China was ousted on Friday .",
			"Friday", "ousted", []string{"Lin Dan of China"}, "Lin Dan of China was ousted"},
		{"a date in the possessive stays in its subject",
			"Monday 's email announcement marked the third time.",
			"Monday", "marked", nil, "Monday's email announcement marked third time"},
		{"a participle phrase takes its own date",
			"Later, Jobs, born in San Francisco on February 24, 1955, has built the most valuable company.",
			"February 24, 1955", "born", []string{"Jobs"}, "Jobs born in San Francisco"},
		{"a verb coordinated after an object shares the first verb's subject",
			"Apple Computer was started by Steve Jobs and Steve Wozniak, and launched the store in 2003.",
			"2003", "launched", []string{"Apple Computer"}, "Apple Computer launched store"},
		{"a coordinated verb after a pronoun subject",
			"Steve Jobs spoke. He fought cancer in 2004 and took six months off in early 2009.",
			"early 2009", "took", []string{"Steve Jobs"}, "Steve Jobs took six months"},
		{"a relative clause in brackets",
			"The dispute involves the iPhone (which was presented on Wednesday for the first time).",
			"Wednesday", "presented", nil, "iPhone was presented for first time"},
		{"a date as the subject stays in the title",
			"2007 was the year of the iPhone.",
			"2007", "was", nil, "2007 was year of iPhone"},
		{"a date as the subject after a sentence adverb",
			"Unfortunately, that day has come.",
			"that day", "come", nil, "That day has come"},
		{"no subject found: the clause read from its start",
			"Mac News suggests waiting for the release before jumping in, which is expected in late May.",
			"late May", "expected", []string{"Mac News"}, "Mac News suggests waiting for release before jumping in which is expected"},
		{"a participle with no subject keeps its phrase",
			"Shares of Apple rose, continuing their trend of having risen 23 percent this year.",
			"this year", "risen", []string{"Apple"}, "Having risen 23 percent"},
		{"a dollar with its country is no name",
			"iLife was released on Wednesday as a US$ 49 upgrade.",
			"Wednesday", "released", nil, "iLife was released as US$49 upgrade"},
		{"a dollar with its country written apart",
			"Shares of Apple rose US $ 5.41 yesterday.",
			"yesterday", "rose", []string{"Apple"}, "Shares of Apple rose US$5.41"},
		{"a date in the possessive owns the noun after it",
			"Apple shares rose to $ 373.72 , a drop of only $ 2.46 since Wednesday 's close .",
			"Wednesday", "rose", nil, "Wednesday's close"},
		{"the subject before a title set off by commas",
			"Earlier, Rep. Dan Burton, R-Ind., said he subpoenaed Elian on Feb. 10.",
			"Feb. 10", "subpoenaed", []string{"Burton", "Elian"}, "Burton subpoenaed Elian"},
		{"the subject before an apposition",
			"Prime Minister John Howard, a monarchist himself, promised a referendum next year.",
			"next year", "promised", []string{"Howard"}, "Howard promised referendum"},
		{"the subject before a relative clause set off by commas",
			"The rights, which expire Nov. 21, can be exercised for $100 each on Monday.",
			"Monday", "exercised", nil, "Rights can be exercised for $100"},
		{"a phrase opening with another preposition is no apposition",
			"Two officials, including Attorney General Jeff Sessions, on Friday rebuked the court.",
			"Friday", "rebuked", []string{"Sessions"}, "Sessions rebuked court"},
		{"a noun phrase set off by commas may be the subject",
			"At the same time, production costs, compared with a year ago, were boosted by higher costs.",
			"a year ago", "compared", nil, "Production costs compared"},
		{"a past form after 'when' is a participle",
			"Deputy Attorney General Eric Holder said it when asked Thursday about the violations.",
			"Thursday", "asked", []string{"Holder"}, "Asked about violations"},
		{"a number with thousands",
			"Police found more than 1,300 pounds of explosives Sunday.",
			"Sunday", "found", nil, "Police found more than 1,300 pounds of explosives"},
		{"a relative clause after coordinated nouns",
			"Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI last month.",
			"last month", "questioned", []string{"Iraqis", "Libyan", "FBI"}, "Iraqis and Libyan were questioned by FBI"},
		{"a date in the possessive owns a noun with names in it",
			"A man was arrested in connection with last year's deadly U.S. Embassy blasts in Kenya.",
			"last year's", "arrested", []string{"Embassy"}, "Last year's deadly U.S. Embassy blasts in Kenya"},
		{"a date in the possessive before the main clause leaves the event to it",
			"In Sunday's debate against Vacco, Spitzer attacked him.",
			"Sunday's", "attacked", []string{"Spitzer"}, "Spitzer attacked him"},
		{"he is not resolved to an organisation subject",
			"The U.S. Immigration and Naturalization Service said that once Gonzalez arrives, he was rescued off the coast of Florida in late November.",
			"late November", "rescued", []string{"Gonzalez", "Florida"}, "Gonzalez was rescued off coast of Florida"},
		{"a subject does not start with a conjunction",
			"In some respects, that's typical county business, but tomorrow's vote has international implications.",
			"tomorrow", "has", nil, "Tomorrow's vote has international implications"},
		{"a subject cut to its last words keeps a whole name",
			"Five years after its launch, Apple Computer's iTunes downloadable music service in February passed Wal-Mart.",
			"February", "passed", []string{"Apple Computer", "Wal-Mart"}, "Apple Computer's iTunes downloadable music service passed Wal-Mart"},
		{"an -ing word after a possessive is a noun",
			"The debentures were priced at a 24% premium over Thursday's closing price.",
			"Thursday's", "priced", nil, "Thursday's closing price"},
		{"a quotation with no verb is titled by the names in it",
			"A statement on Apple 's website shows the text \" Steve Jobs 1955-2011 \" , and states : \" Apple has lost a visionary . \"",
			"1955", "", []string{"Steve Jobs"}, "Steve Jobs"},
		{"a company's suffix ends its name",
			"The co-founder of Apple Inc. Steve Jobs has died yesterday at the age of 56.",
			"yesterday", "died", []string{"Steve Jobs", "Apple Inc."}, "Steve Jobs has died at age of 56"},
		{"a possessive name owns the subject, not coordinated with it",
			"The Beatles ' label Apple Corps lost its court case against Apple Computer today.",
			"today", "lost", []string{"Apple Corps", "Beatles", "Apple Computer"}, "Beatles' Apple Corps lost its court case against Apple Computer"},
		{"a possessive keeps the apostrophe written",
			"Brazil’s largest metropolitan region Sao Paulo registered its lowest unemployment rate in October.",
			"October", "registered", []string{"Sao Paulo", "Brazil"}, "Brazil’s Sao Paulo registered its lowest unemployment rate"},
		{"a name before another one with no conjunction modifies it",
			"The American computer company Apple has reached a 78 percent increase during the last quarter.",
			"the last quarter", "reached", []string{"Apple", "American"}, "Apple has reached 78 percent increase"},
		{"a title between a name and a person's name",
			"German defense minister Rudolf Scharping said on Monday that troops would go.",
			"Monday", "said", []string{"Rudolf Scharping"}, "Rudolf Scharping said troops would go"},
		{"a reporting clause set off by commas",
			"This switch, he said, would happen beginning next year.",
			"next year", "happen", nil, "Switch would happen beginning"},
		{"the owner in a longer subject stays an actor",
			"Apple Corps claims that Apple Computer 's iTunes Music Store violates an agreement reached in 1991 .",
			"1991", "reached", []string{"Music Store", "Apple Computer"}, "iTunes Music Store violates agreement reached"},
		{"a reporting clause after a quoted word",
			"This 'switch ' , he said , would happen beginning next year .",
			"next year", "happen", nil, "Switch would happen beginning"},
		{"the head of a subject stands before 'of'",
			"Developers will spend the week in workshops ; developer releases of each product were made available today.",
			"today", "made", nil, "Developer releases were made available"},
		{"a number before 'of' is no head",
			"Eight of the 14 killings were already under investigation in 1993.",
			"1993", "were", nil, "14 killings were already under investigation"},
		{"a percent stays with its number",
			"The Mac market share is up 82 % from 9 months ago.",
			"9 months ago", "is", []string{"Mac"}, "Mac market share is up 82%"},
		{"a past form before a date and a verb modifies the noun",
			"An iOS update released Thursday came with a better method.",
			"Thursday", "released", nil, "iOS update released"},
		{"a verb starting with un",
			"Apple today unveiled its latest addition to the iPod line.",
			"today", "unveiled", nil, "Apple unveiled its latest addition to iPod line"},
		{"a pronoun subject with an adverb",
			"Steve Jobs was on leave. He briefly made an appearance in March.",
			"March", "made", []string{"Steve Jobs"}, "Steve Jobs made appearance"},
		{"a one-word possessive name owns the name after it",
			"The company said Iraq 's Saddam Hussein sought peace on Monday.",
			"Monday", "sought", []string{"Saddam Hussein", "Iraq"}, "Iraq's Saddam Hussein sought peace"},
		{"a possessive inside a longer name stays in it",
			"Jobs spoke at the Worldwide Developer 's Conference on Monday.",
			"Monday", "spoke", []string{"Worldwide Developer's Conference"}, "Jobs spoke at Worldwide Developer's Conference"},
		{"a head before 'of' ends at the next preposition",
			"Relatives met Elian. Elian has been the focus of a battle since he was found on Nov. 25.",
			"Nov. 25", "found", []string{"Elian"}, "Elian was found"},
		{"a quantity before 'of' is no head",
			"Tens of thousands of people rallied in the plaza on Monday.",
			"Monday", "rallied", nil, "People rallied in plaza"},
		{"a noun ending in -ly is no adverb",
			"The Slepian family sent a fax to police on Monday.",
			"Monday", "sent", []string{"Slepian"}, "Slepian family sent fax to police"},
		{"a company's name with a possessive stays one name",
			"Moody 's Investors Service Inc. rated the bonds on Monday.",
			"Monday", "rated", []string{"Moody's Investors Service Inc."}, "Moody's Investors Service Inc. rated bonds"},
		{"a possessive inside a company's name stays: not the surname McDonald",
			"McDonald's Corp. said on Monday that it would sell restaurants.",
			"Monday", "said", []string{"McDonald's Corp."}, "McDonald's Corp. said it would sell restaurants"},
		{"a coordinated verb with no date of its own stays",
			"Protesters met officials on Monday and agreed to leave.",
			"Monday", "met", nil, "Protesters met officials and agreed to leave"},
		{"a name with its modifier is coordinated with the name before",
			"Israeli Prime Minister Ehud Olmert and Palestinian president Mahmud Abbas sparked hope on Sunday.",
			"Sunday", "sparked", []string{"Olmert", "Mahmud Abbas", "Palestinian"}, "Olmert and Mahmud Abbas sparked hope"},
		{"no head before 'of' and a gerund",
			"She stopped short of predicting a final vote before the end of the year.",
			"the end of the year", "stopped", nil, "She stopped short of predicting final vote"},
		{"the owner of a nominal event keeps the apostrophe written",
			"He was born during Bosnia's 1992 war.",
			"1992", "born", []string{"Bosnia"}, "Bosnia's war"},
		{"no head before 'of' that makes a preposition",
			"It said so, ahead of the sentencing scheduled on March 7, 2007.",
			"March 7, 2007", "scheduled", nil, "Sentencing scheduled"},
		{"a number in digits before 'of' is no head",
			"20 of the workers were killed on Monday.",
			"Monday", "killed", nil, "Workers were killed"},
		{"a past form after a relative 'which' is its verb",
			"Cisco said the company overtook Infogear, which took place in 1996.",
			"1996", "took", []string{"Infogear"}, "Infogear took place"},
		{"an infinitive set off by a comma keeps its 'to'",
			"The event included a preview of Mac OS X Lion, to be released in mid-2011.",
			"mid-2011", "released", []string{"Mac OS X Lion"}, "Mac OS X Lion to be released"},
		{"a gerund heads a subject with a preposition's phrase",
			"In mid-August, flooding in the valley killed four people.",
			"mid-August", "killed", nil, "Flooding in valley killed four people"},
		{"a gerund after a clause's comma is no head",
			"Sessions fired back at the judge, writing in a letter released Friday that the practice was necessary.",
			"Friday", "released", nil, "Letter released"},
		{"a gerund before 'to' is no head",
			"The pair, looking to become champions, won the title in 1978.",
			"1978", "won", nil, "Pair won title"},
		{"a subject after 'said' keeps its head before a preposition",
			"The office said the decision on the case was expected on Sunday.",
			"Sunday", "expected", nil, "Decision on case was expected"},
		{"a noun after 'announced' is its object, not a subject",
			"The ministry announced a ban on imports from countries affected by the virus on Oct. 17.",
			"Oct. 17", "affected", nil, "Countries affected by virus"},
		{"a subject keeps its negative determiner",
			"No rights motion against China has succeeded since 1989.",
			"1989", "succeeded", []string{"China"}, "No rights motion against China has succeeded"},
		{"'the' inside a name in the subject's phrase stays",
			"Talks in The Hague ended on Monday.",
			"Monday", "ended", []string{"Hague"}, "Talks in The Hague ended"},
		{"a long 'of' phrase after the subject's noun keeps its first name",
			"The widow of Alexander Litvinenko in London accused Moscow in March.",
			"March", "accused", []string{"Alexander Litvinenko", "Moscow"}, "Widow of Alexander Litvinenko accused Moscow"},
		{"a long 'of' phrase after the subject's noun is no subject",
			"The trial of Erich Priebke and Karl Hass in the prison opened in March.",
			"March", "opened", []string{"Erich Priebke", "Karl Hass"}, "Trial opened"},
		{"a relative clause's object ends at the main clause's verb",
			"The pilot whose fighter went down in Iraq last week was listed as killed on Sunday.",
			"last week", "went", nil, "Fighter went down in Iraq"},
		{"a relative clause's verb with a clause for object keeps it",
			"Stanimirovic, who hinted on Monday the Serbs might not recognise the polls, left.",
			"Monday", "hinted", []string{"Serbs"}, "Stanimirovic hinted the Serbs might not recognise polls"},
		{"a relative pronoun after a quoted name and its comma",
			"Puskas was the inspiration of the \"Golden Team,\" which won Olympic gold in 1952.",
			"1952", "won", []string{"Golden Team", "Olympic"}, "Golden Team won Olympic gold"},
		{"'who' after places is the people from there",
			"He recruited three young men from Central Java and West Java who carried out attacks on Bali last October.",
			"last October", "carried", []string{"Central Java", "West Java", "Bali"}, "Three young men carried out attacks on Bali"},
		{"'who' after a person with a title is the person",
			"He received congratulations from Foreign Minister Yukihiko Ikeda, who arrived in Lima on Thursday.",
			"Thursday", "arrived", []string{"Ikeda"}, "Ikeda arrived in Lima"},
		{"'late' before a date goes with it",
			"The two leaders met at the residence in Jerusalem late Saturday.",
			"Saturday", "met", nil, "Two leaders met at residence in Jerusalem"},
		{"'as early as' before a date goes with it",
			"A non-confidence vote is possible as early as January.",
			"January", "is", nil, "Non-confidence vote is possible"},
		{"'here' is the dateline's place, out of the title",
			"Xie Limei won the women's triple jump title here on Monday at the Asian Games.",
			"Monday", "won", []string{"Xie Limei", "Asian Games"}, "Xie Limei won women's triple jump title at Asian Games"},
		{"'at least' in a subject is a quantity, not a phrase",
			"At least 15 hostages were released on Sunday.",
			"Sunday", "released", nil, "At least 15 hostages were released"},
		{"a date in the possessive keeps its determiner",
			"This year's film festival will hold a conference on piracy.",
			"This year", "hold", nil, "This year's film festival will hold conference on piracy"},
		{"a date that modifies a time noun dates the verb",
			"The U.S. economy grew at an annual rate of 2.2 percent in the July-to-September period.",
			"July", "grew", []string{"U.S."}, "U.S. economy grew at annual rate of 2.2 percent"},
		{"'a total of' is a quantity, the head after it",
			"A total of 31 panda cubs were born in 2006.",
			"2006", "born", nil, "31 panda cubs were born"},
		{"a quantity's head keeps its preposition's phrase",
			"A total of 3,640 patients with signs of dengue fever have been admitted to hospitals by Thursday.",
			"Thursday", "admitted", nil, "3,640 patients have been admitted to hospitals"},
		{"an adjective with a phrase after the subject's noun goes with it",
			"Supporters loyal to the former military ruler of the country went on a rampage on Monday.",
			"Monday", "went", nil, "Supporters went on rampage"},
		{"an adjective with a short phrase after the subject's noun stays with it",
			"Supporters loyal to the former ruler went on a rampage on Monday.",
			"Monday", "went", nil, "Supporters loyal to former ruler went on rampage"},
		{"a relative pronoun after a name's acronym in brackets",
			"The MILF is a splinter of the Moro National Liberation Front (MNLF), which last year signed a peace treaty.",
			"last year", "signed", []string{"Front"}, "Front signed peace treaty"},
		{"'who' after an organisation is its people",
			"A court ordered the release of 13 leaders of the People's Democracy Party (Hadep) who have been in jail since last June.",
			"last June", "been", []string{"People's Democracy Party"}, "13 leaders have been in jail"},
		{"a speaker after 'said' and its comma, not the reported clause's end",
			"Flights were postponed because of fog in the area, said the Federal Aviation Administration on Saturday.",
			"Saturday", "said", []string{"Federal Aviation Administration"}, "Federal Aviation Administration said"},
		{"a subject with a name set off by commas keeps its 'told'",
			"Mobutu's aide, Honore Ngbanda Nzambo, told a news conference on Friday that talks were agreed.",
			"Friday", "told", []string{"Honore Ngbanda Nzambo"}, "Honore Ngbanda Nzambo told news conference"},
		{"'early' before a date between subject and verb goes with it",
			"The US Congress early Saturday gave its final approval to a bill.",
			"Saturday", "gave", []string{"Congress"}, "US Congress gave its final approval to bill"},
		{"a date's phrase opening the subject leaves its head to a later phrase",
			"In 1829 the annual boat race between Oxford and Cambridge universities was established.",
			"1829", "established", []string{"Oxford", "Cambridge"}, "Annual boat race was established"},
		{"a relative clause with brackets set off by commas before the verb",
			"The report showed that US consumer spending, which accounts for two-thirds of gross domestic product (GDP), grew at an annual rate of 4.2 percent in the third quarter.",
			"the third quarter", "grew", []string{"US"}, "US consumer spending grew at annual rate of 4.2 percent"},
		{"a name after a date's comma is the subject, not an apposition",
			"On Thursday, Ichiro Ozawa, who heads the party, promised to support the bill.",
			"Thursday", "promised", []string{"Ichiro Ozawa"}, "Ichiro Ozawa promised to support bill"},
		{"a past form between an article's numbers or adverbs and a noun modifies it",
			"Chernomyrdin gave a thinly veiled warning to Slovakia on Monday.",
			"Monday", "gave", []string{"Slovakia"}, "Chernomyrdin gave thinly veiled warning to Slovakia"},
		{"a present form after an article and a number is a noun",
			"However, Germany, the pact's main architect, has been in breach of the 3.0-percent rule every year since 2002.",
			"2002", "been", []string{"Germany"}, "Germany has been in breach of 3.0-percent rule every year"},
		{"'in fact' opening a clause is no phrase of its subject",
			"In fact the month of March is a very hot season.",
			"March", "is", nil, "Month is very hot season"},
		{"a dash ends the object",
			"The streets of Ipswich were virtually deserted overnight -- the 30 or so prostitutes stayed indoors.",
			"overnight", "deserted", []string{"Ipswich"}, "Streets of Ipswich were deserted"},
		{"a subject stands before a phrase set off by dashes",
			"On Wednesday, the Stock Exchange of Thailand -- where foreign investors account for 40 percent of the market -- regained 11.16 percent.",
			"Wednesday", "regained", []string{"Stock Exchange of Thailand"}, "Stock Exchange of Thailand regained 11.16 percent"},
		{"a participle after a dash takes the noun before it",
			"The envoy left after the emissaries failed to show up for meetings here -- scheduled Friday -- to hear their reply.",
			"Friday", "scheduled", nil, "Meetings scheduled"},
		{"a date that is the subject after a date's phrase and its comma",
			"In 1996, Nov. 7 was renamed the Day of Reconciliation.",
			"1996", "renamed", []string{"Day of Reconciliation"}, "Nov. 7 was renamed Day of Reconciliation"},
		{"an apposition opening with 'also' is set off from the subject",
			"Former Prime Minister Rafik Hariri, also a prominent political figure, was killed in a bombing in February 2005.",
			"February 2005", "killed", []string{"Hariri"}, "Hariri was killed in bombing"},
		{"two conjuncts of a long subject stay whole",
			"The Beijing Municipal Observatory and the neighbouring Tianjin Municipal Observatory issued fog warnings on Sunday.",
			"Sunday", "issued", []string{"Beijing Municipal Observatory", "Tianjin Municipal Observatory"}, "Beijing Municipal Observatory and neighbouring Tianjin Municipal Observatory issued fog warnings"},
		{"a sentence adverb opening the subject is no part of it",
			"However the cartel was ready to cut production at the end of January.",
			"the end of January", "was", nil, "Cartel was ready to cut production"},
		{"a subject keeps its number word",
			"Three positive cases were confirmed last week.",
			"last week", "confirmed", nil, "Three positive cases were confirmed"},
		{"'late on' before a date goes with it",
			"The board decided late on Friday to go ahead with the programme.",
			"Friday", "decided", nil, "Board decided to go ahead with programme"},
		{"'died' is a past form, and 'on early' before a date goes with it",
			"Turkes, leader of the Nationalist Action Party, died here on early Saturday after a heart attack.",
			"Saturday", "died", nil, "Turkes died after heart attack"},
		{"'This' opening a sentence before a past form is its subject",
			"This became independent in 1961, under the Commonwealth.",
			"1961", "became", nil, "This became independent"},
		{"'follows' is a present form",
			"It follows a visit to Thailand by the Polish premier last year.",
			"last year", "follows", []string{"Thailand", "Polish"}, "It follows visit to Thailand by Polish premier"},
		{"'it' after a speech verb is the organisation that speaks",
			"The Red Cross said it had 332 staff in Myanmar last year.",
			"last year", "had", []string{"Red Cross"}, "Red Cross had 332 staff in Myanmar"},
		{"'it' after a speech verb and 'that' is the agency that speaks",
			"The agency said that it expected the levels of bad loans to rise in 1997.",
			"1997", "expected", nil, "Agency expected levels of bad loans to rise"},
		{"'they' after a speech verb is the plural speaker",
			"The pilots said they would strike from Monday.",
			"Monday", "strike", nil, "Pilots would strike"},
		{"'they' after a singular speaker is resolved as before",
			"The ministry said they would strike from Monday.",
			"Monday", "strike", nil, "They would strike"},
		{"'it' after a person's speech verb stays",
			"Mary Smith told reporters. She said it was another aftershock in January.",
			"January", "was", nil, "It was another aftershock"},
		{"'it' after a plural speaker stays",
			"Local officials said it opened in March.",
			"March", "opened", nil, "It opened"},
		{"the members of a named body head the subject",
			"Six members of the Muslim Brotherhood in Egypt were charged on Monday with money laundering.",
			"Monday", "charged", []string{"Muslim Brotherhood"}, "Six members of Muslim Brotherhood were charged with money laundering"},
		{"the members of the public are the public",
			"A member of the public complained to city police on June 21.",
			"June 21", "complained", nil, "Public complained to city police"},
		{"a speech verb at the end is titled with what was said",
			"Two Palestinian militants were killed by Israeli forces overnight, Palestinian medics said on Sunday.",
			"Sunday", "said", []string{"Palestinian"}, "Palestinian medics said two Palestinian militants were killed by Israeli forces overnight"},
		{"a reporting verb at the end is titled with what was reported",
			"Four people were killed when police fired on a rampaging mob, the United News of India reported Tuesday.",
			"Tuesday", "reported", []string{"United News of India"}, "United News of India reported four people were killed"},
		{"a verb that takes a clause keeps it after its date",
			"Oxfam warned Thursday that unchecked climate change could deal a crippling blow to a way of life.",
			"Thursday", "warned", nil, "Oxfam warned unchecked climate change could deal crippling blow to way"},
		{"a verb's particle before a date stays",
			"US shares edged up Monday while crude oil prices plummeted.",
			"Monday", "edged", []string{"US"}, "US shares edged up"},
		{"a preposition before a date goes with it",
			"Violent clashes broke out on Monday.",
			"Monday", "broke", nil, "Violent clashes broke out"},
		{"the dateline's 'here' between a speech verb and its date keeps the 'that' clause",
			"Gould said here on Wednesday that both the government and ECZ would abide by the recommendations.",
			"Wednesday", "said", []string{"Gould", "ECZ"}, "Gould said both government and ECZ would abide by recommendations"},
		{"what was said keeps a name's capital",
			"Russia is unable to influence the process of NATO enlargement, Defense Minister Sergei Ivanov said on Tuesday.",
			"Tuesday", "said", []string{"Ivanov"}, "Ivanov said Russia is unable to influence process of NATO enlargement"},
		{"what was said that stops at its auxiliary is left out",
			"Germany is \"prepared in principle\" to send planes, a deputy foreign minister said on Thursday.",
			"Thursday", "said", nil, "Deputy foreign minister said"},
		{"a relative clause inside the subject: its antecedent heads it",
			"A Saudi man who is the purported spiritual leader of Arab fighters in Russia's rebel republic of Chechnya has been killed in fighting on Saturday.",
			"Saturday", "killed", []string{"Saudi"}, "Saudi man has been killed in fighting"},
		{"a relative clause closed by a comma inside the subject",
			"A rasta-loving policeman who faces disciplinary action for wearing his hair in dreadlocks, has taken his case to the commission on Wednesday.",
			"Wednesday", "taken", nil, "Policeman has taken his case to commission"},
		{"a clause a time conjunction opens inside a relative clause has its own subject",
			"Sanchez, a former hostage who has entered the compound periodically since the crisis began December 17, spoke on Monday.",
			"December 17", "began", nil, "Crisis began"},
		{"'who' after 'of' and a phrase naming no person stands for the phrase before 'of'",
			"It was said by Stephen Malinga, Uganda's minister of health, who opened the training program in Kampala on Monday.",
			"Monday", "opened", []string{"Uganda"}, "Uganda's minister of health opened training program in Kampala"},
		{"'who' after 'one of' beside a name stands for the name",
			"Hungary mourned Ferenc Puskas, one of the greatest footballers of all time who led Hungary to the final in 1954.",
			"1954", "led", []string{"Ferenc Puskas", "Hungary"}, "Ferenc Puskas led Hungary to final"},
		{"'which' with no comma after a place tells of the phrase before the place",
			"Japan won the first gold medal in the Alpine Ski Competition in China which opened here on Tuesday.",
			"Tuesday", "opened", []string{"Alpine Ski Competition"}, "Alpine Ski Competition opened"},
		{"a name with 'of' inside it is one antecedent",
			"The Bank of New York, which was founded in 1784, and Mellon Financial said they had agreed to merge.",
			"1784", "founded", []string{"Bank of New York"}, "Bank of New York was founded"},
		{"'whose' and its noun open a relative clause inside the subject",
			"Crashed US pilot Major Troy Gilbert whose F-16 fighter went down in Iraq last week was officially listed as killed in action by the US air force on Sunday.",
			"Sunday", "listed", []string{"Major Troy Gilbert", "US"}, "Major Troy Gilbert was listed as killed in action"},
		{"a company's suffix after another one stays in its name",
			"Japanese department store operator Matsuzakaya Co. Ltd. Friday said its parent company pre-tax earnings leapt 62.9 percent.",
			"Friday", "said", []string{"Matsuzakaya Co. Ltd."}, "Matsuzakaya Co. Ltd. said its parent company pre-tax earnings leapt 62.9 percent"},
		{"a nominal event of one word keeps its date before it",
			"Israel captured and then annexed east Jerusalem after the 1967 war but the world still regards the area as occupied.",
			"1967", "annexed", []string{"Jerusalem"}, "1967 war"},
		{"'believed to' after the subject's singular head modifies it",
			"An Islamic teacher believed to have recruited suicide bombers was convicted of terrorism by an Indonesian court Wednesday.",
			"Wednesday", "convicted", []string{"Islamic", "Indonesian"}, "Islamic teacher was convicted of terrorism by Indonesian court"},
		{"'suspected of' after the subject's singular head modifies it",
			"A man suspected of killing three people was arrested on Monday.",
			"Monday", "arrested", nil, "Man was arrested"},
		{"a participle phrase after the subject's plural head modifies it",
			"Seven British soldiers accused of beating an Iraqi teenager to death with rifle butts were acquitted on Thursday.",
			"Thursday", "acquitted", []string{"British", "Iraqi"}, "Seven British soldiers were acquitted"},
		{"a past participle with its phrase after a plural noun is no verb of the subject",
			"Two Italians kidnapped in Gaza by gunmen were released unharmed on Monday.",
			"Monday", "released", []string{"Italians"}, "Two Italians were released unharmed"},
		{"a clause with no verb is told by its words, not a list of names",
			"Result from the FIFA Club World Cup football tournament on Thursday:",
			"Thursday", "", []string{"FIFA Club World Cup"}, "Result from FIFA Club World Cup football tournament"},
		{"a clause with no verb is cut at a phrase boundary",
			"In London, the price of Brent North Sea crude for February delivery shed 36 cents to 59.04 dollars per barrel.",
			"February", "", []string{"Brent North Sea"}, "In London price of Brent North Sea crude delivery shed 36 cents"},
		{"a quotation with no verb is told by the sentence around it",
			"Parliamentary opposition Lim Kit Siang called on Muhammad to \"resign or take immediate long leave until the outcome of the court proceedings in August.\"",
			"August", "", []string{"Lim Kit Siang", "Muhammad"}, "Lim Kit Siang called on Muhammad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := onlyMention(t, tt.text, tt.expr)
			if m.Verb != tt.verb || m.Title != tt.title || !reflect.DeepEqual(m.Actors, tt.actors) {
				t.Errorf("%q\n got verb %q actors %q title %q\nwant verb %q actors %q title %q",
					tt.text, m.Verb, m.Actors, m.Title, tt.verb, tt.actors, tt.title)
			}
		})
	}
}

// TestDetachedPossessive checks the possessives written apart from their
// word that the tokenizer joins to it, and the apostrophes it leaves.
func TestDetachedPossessive(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Apple 's website", []string{"Apple 's", "website"}},
		{"Apple ’s website", []string{"Apple ’s", "website"}},
		{"Microsoft ' s Longhorn", []string{"Microsoft ' s", "Longhorn"}},
		{"a US$ 49 upgrade", []string{"a", "US$", "49", "upgrade"}},
		{"rose US $ 5.41 ,", []string{"rose", "US $", "5.41", ","}},
		{"the US $ trade", []string{"the", "US", "$", "trade"}},
		{"The Beatles ' Apple Corps", []string{"The", "Beatles '", "Apple", "Corps"}},
		{"Jobs ' death .", []string{"Jobs '", "death", "."}},
		{"This 'switch ' , he said", []string{"This", "'", "switch", "'", ",", "he", "said"}},
		{"a 'sham on cities ' here", []string{"a", "'", "sham", "on", "cities", "'", "here"}},
		{"Apple 'shines'", []string{"Apple", "'", "shines", "'"}},
		// more than two spaces, or a quote after it: no possessive
		{"Apple   's website", []string{"Apple", "'", "s", "website"}},
		{"Apple 's'' here", []string{"Apple", "'", "s", "'", "'", "here"}},
		// a dollar's country is one to three capitals
		{"a ABCD$ 5 note", []string{"a", "ABCD", "$", "5", "note"}},
		// a comma before three digits groups thousands; before four it
		// parts two numbers
		{"358,000 people", []string{"358,000", "people"}},
		{"$3,500.", []string{"$", "3,500", "."}},
		{"1,2345 men", []string{"1", ",", "2345", "men"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range appendTokens(nil, tt.text, 0, len(tt.text)) {
			got = append(got, tk.text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPastFormBetweenDates checks that a past form between two dates
// ("the quarter ended Sept. 30") is read as telling of the first date, not
// as a clause whose subject lies before it.
func TestPastFormBetweenDates(t *testing.T) {
	text := "The company had a loss of $92.2 million, or $6.98 a share, for the quarter ended Sept. 30."
	var txs []timeline.Timex
	for _, e := range []string{"the quarter", "Sept. 30"} {
		_, tx := dated(text, e)
		txs = append(txs, tx)
	}
	ms := Mentions(&timeline.Article{ID: "a", Text: text}, txs)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions", len(ms))
	}
	if m := ms[1]; m.Verb != "ended" || m.Title != "Ended" {
		t.Errorf("got verb %q title %q, want ended, Ended", m.Verb, m.Title)
	}
}

// TestPronounChainThroughDates checks that he continues a subject through
// sentences whose subject is he after a date ("One year later he was
// fired"), every date being marked as the pipeline marks them.
func TestPronounChainThroughDates(t *testing.T) {
	text := "On Monday, Apple hired Jobs. Jobs started Apple. One year later he was fired. In 1986 he bought Pixar."
	var txs []timeline.Timex
	for _, e := range []string{"Monday", "One year later", "1986"} {
		_, tx := dated(text, e)
		txs = append(txs, tx)
	}
	ms := Mentions(&timeline.Article{ID: "a", Text: text}, txs)
	if len(ms) != 3 {
		t.Fatalf("got %d mentions", len(ms))
	}
	for i, want := range []string{"Jobs was fired", "Jobs bought Pixar"} {
		if m := ms[i+1]; m.Title != want {
			t.Errorf("%q: got title %q, want %q", m.Text, m.Title, want)
		}
	}
}

// TestCoordinatedVerbWithItsOwnDate checks that a verb coordinated with
// the one a date modifies, dated by an expression of its own, is not read
// into the first one's object: each date titles its own verb.
func TestCoordinatedVerbWithItsOwnDate(t *testing.T) {
	text := "Steve Jobs spoke. He fought cancer in 2004 and took six months off in early 2009."
	var txs []timeline.Timex
	for _, e := range []string{"2004", "early 2009"} {
		_, tx := dated(text, e)
		txs = append(txs, tx)
	}
	ms := Mentions(&timeline.Article{ID: "a", Text: text}, txs)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions", len(ms))
	}
	for i, want := range []string{"Steve Jobs fought cancer", "Steve Jobs took six months"} {
		if ms[i].Title != want {
			t.Errorf("%q: got title %q, want %q", ms[i].Text, ms[i].Title, want)
		}
	}
}

// TestDateAntecedent checks that a relative clause whose antecedent is a
// date ("the last quarter, which ended December 30") keeps the date as its
// subject in the title.
func TestDateAntecedent(t *testing.T) {
	text := "Apple has reached a 78 percent increase during the last quarter, which ended December 30, 2006."
	var txs []timeline.Timex
	for _, e := range []string{"the last quarter", "December 30, 2006"} {
		_, tx := dated(text, e)
		txs = append(txs, tx)
	}
	ms := Mentions(&timeline.Article{ID: "a", Text: text}, txs)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions", len(ms))
	}
	if m := ms[1]; m.Verb != "ended" || m.Title != "Last quarter ended" {
		t.Errorf("got verb %q title %q, want ended, Last quarter ended", m.Verb, m.Title)
	}
}

// TestPossessiveAcrossPreposition: a possessive name owns the noun after
// it, not a name in a phrase of its own after that noun.
func TestPossessiveAcrossPreposition(t *testing.T) {
	a, tx := dated("Kibaki's last visit to China was in 2005.", "2005")
	ms := Mentions(a, []timeline.Timex{tx})
	if len(ms) != 1 {
		t.Fatalf("got %d mentions", len(ms))
	}
	if strings.Contains(ms[0].Title, "Kibaki's China") {
		t.Errorf("title %q makes Kibaki own China", ms[0].Title)
	}
}

// TestPossessiveNoun: a word with "'s" owns the next one unless the "'s"
// stands for "is" or "has" ("it 's", "that's").
func TestPossessiveNoun(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Apple 's", true}, {"Beatles ' label", true}, {"Brazil's", true},
		{"it 's", false}, {"that's", false}, {"Apple", false},
	} {
		toks := appendTokens(nil, tt.text, 0, len(tt.text))
		if got := possessiveNoun(toks[0]); got != tt.want {
			t.Errorf("%q: possessiveNoun %v, want %v", tt.text, got, tt.want)
		}
	}
}
