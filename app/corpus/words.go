package corpus

// Word lists for the generator, written for it. The common words are real
// English news vocabulary, so stemming and stop words behave as on real
// articles; a long tail of made-up words gives the term dictionary a
// realistic size.

var nouns = splitWords(`government talks sanctions minister ministry official officials leader leaders
president country countries border army military missile missiles test tests launch program programme
nuclear weapons weapon economy trade exports imports market markets bank banks currency inflation
growth budget spending tax taxes reform reforms election elections vote votes parliament party parties
coalition opposition court judge ruling law laws policy policies strategy security defence defense
alliance allies ally treaty agreement deal deals summit meeting meetings envoy envoys ambassador embassy
diplomat diplomats diplomacy negotiations negotiator statement report reports analyst analysts expert
experts researcher institute university study survey data figures crisis conflict war peace ceasefire
troops soldiers navy ship ships port ports harbour coast island islands region province city capital
village farmers farm harvest grain rice food aid shortage famine energy oil gas coal power plant plants
pipeline electricity fuel prices price company companies firm firms industry factory factories workers
union strike protest protests police arrest arrests prisoner prisoners rights activists media newspaper
television broadcast agency spokesman spokeswoman spokesperson secretary council committee commission
chairman director chief general commander officer intelligence spy satellite rocket engine drone drones
cyber hackers attack attacks threat threats warning warnings exercise exercises drill drills relations
dialogue cooperation partnership investment investors loan loans debt aid donors project projects
infrastructure railway road bridge tunnel airport flight flights tourism tourists visit visitors family
families children school schools hospital health virus pandemic vaccine vaccines doctors medicine
climate flood floods storm storms drought weather water river dam fishing fishermen fish boat boats
smuggling smugglers trafficking network networks regime sovereignty territory waters dispute disputes
claim claims history memory anniversary ceremony speech speeches address message letter letters
document documents records archive evidence investigation inquiry audit scandal corruption bribery
fraud money funds fund account accounts payment payments contract contracts tender bid bids offer
proposal proposals plan plans framework roadmap timeline deadline schedule week weeks month months year
years decade decades century moment time day days night morning evening afternoon season spring summer
autumn winter question questions answer answers issue issues problem problems challenge challenges
opportunity risk risks cost costs benefit benefits impact effect effects consequence result results
decision decisions choice step steps move moves signal signals sign signs change changes shift level
levels number numbers rate rates share shares percent point points line lines side sides position
positions role roles power control influence pressure support resistance response reaction criticism
concern concerns fear fears hope hopes confidence trust doubt doubts view views opinion interest
interests goal goals aim purpose reason reasons case cases example record source sources`)

var verbs = splitWords(`say tell warn urge call demand reject accept agree refuse announce confirm deny
report claim insist argue suggest expect plan seek hold meet launch test fire build expand cut raise
lower increase reduce boost slow halt resume suspend delay approve block ban lift impose extend end
open close sign ratify break violate respect support oppose criticize condemn welcome praise question
challenge defend protect attack strike target threaten pressure push pull drive lead follow join leave
enter return visit travel host invite send receive deliver ship export import sell buy trade invest
borrow lend pay owe spend save fund finance back steer shape change shift move turn rise fall drop climb
surge slump recover grow shrink widen narrow stabilize weaken strengthen improve worsen collapse survive
win lose gain miss face avoid prevent allow force require need want try manage fail succeed continue
start begin finish complete consider review study examine investigate discover reveal show prove
suggest indicate estimate calculate measure monitor track watch observe detect identify name describe
explain discuss debate negotiate mediate broker settle resolve address tackle handle manage coordinate`)

var adjectives = splitWords(`new old former current recent early late last next first second third final
major minor key main central local regional national international global foreign domestic economic
political military diplomatic nuclear strategic tactical financial commercial industrial agricultural
social public private official unofficial senior junior top high low large small big huge modest
significant important serious severe sharp steady rapid slow strong weak firm tough hard soft clear
unclear open secret sensitive controversial unprecedented historic rare common frequent regular annual
monthly weekly daily long short brief extended limited full partial direct indirect bilateral
multilateral joint separate several many few various possible likely unlikely certain uncertain
new-found fragile stable volatile tense calm peaceful hostile friendly cautious bold ambitious
pragmatic realistic optimistic pessimistic critical positive negative`)

var adverbs = splitWords(`also still already again now recently quickly slowly sharply steadily
largely mostly partly nearly almost only just even further however meanwhile instead reportedly
apparently officially privately publicly openly quietly firmly repeatedly increasingly`)

var connectors = []string{"because", "although", "while", "after", "before", "since", "as", "even though", "despite the fact that", "so that"}

var prepositions = []string{"in", "on", "at", "for", "with", "over", "against", "across", "near", "under", "between", "about", "after", "before", "during", "through", "toward"}

// countries are real names, so phrase queries such as "North Korea" behave
// as on real news.
var countries = []string{"North Korea", "South Korea", "China", "Japan", "the United States", "Russia",
	"Mongolia", "Vietnam", "Taiwan", "the Philippines", "Indonesia", "India", "Australia", "Canada",
	"Germany", "France", "the United Kingdom", "Ukraine", "Iran", "Singapore"}

var demonyms = []string{"North Korean", "South Korean", "Chinese", "Japanese", "American", "Russian",
	"Mongolian", "Vietnamese", "Taiwanese", "Philippine", "Indonesian", "Indian", "Australian",
	"Canadian", "German", "French", "British", "Ukrainian", "Iranian", "Singaporean"}

var roles = []string{"foreign minister", "defence minister", "trade minister", "finance minister",
	"prime minister", "president", "special envoy", "ambassador", "spokesman", "spokeswoman",
	"senior researcher", "professor of international relations", "director", "chief negotiator",
	"deputy foreign minister", "party chairman", "opposition leader", "central bank governor",
	"military analyst", "former diplomat", "harbour master", "union leader", "mayor"}

var organisations = []string{"the foreign ministry", "the defence ministry", "the Institute for Peace Studies",
	"the Korea Development Institute", "the Asan Institute", "the Centre for Maritime Affairs",
	"the National Assembly", "the Workers' Party", "the central bank", "the Harbour Authority",
	"the Trade Council", "the Grain Board", "Kookmin University", "the Northern Policy Forum",
	"the Coastal States Commission", "the Energy Agency", "the Democratic Alliance", "the Green Alliance"}

var firstNames = splitWords(`Andrei Mara Jonas Sofie Anja Ola Min-jun Ji-woo Seo-yeon Hyun-woo Jae-in
Chung-in Sung Jong-un Yo-jong Hiroshi Yuki Kenji Aiko Wei Li Jian Mei Dmitri Olga Sergei Irina Tomas
Elena Pieter Lena Marco Giulia Amir Leila Rahul Priya Daniel Sarah Michael Laura David Emma James
Anna Robert Maria Peter Helen Victor Nadia Oskar Ingrid Henrik Astrid Felix Clara Lukas Eva Ivan
Katya Nguyen Thanh Bao Arjun Kavya Farid Yasmin Omar Rania Hana Soo-min Dae-ho Eun-ji Tae-yang`)

var surnames = splitWords(`Lankov Quill Brink Lund Korsgaard Berg Kim Lee Park Choi Jung Kang Cho Yoon
Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Moon Yamamoto Tanaka Suzuki Watanabe Wang Zhang Liu Chen
Yang Petrov Ivanov Smirnov Kuznetsov Novak Horvat Jansen Visser Rossi Bianchi Haddad Karimi Sharma
Patel Cohen Miller Wilson Taylor Anderson Thomas Moore Martin Jackson White Harris Clark Lewis Walker
Hall Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips
Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson
Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price
Sanders Myers Long Ross Foster Halvorsen Lindqvist Nakamura Okafor Mensah Dubois Laurent Moreau`)

var sources = []string{"Harbour Times", "Northern Ledger", "Asia Dispatch", "Peninsula Review",
	"Coastal Herald", "The Meridian", "Pacific Wire", "Eastern Observer", "Daily Compass",
	"Capital Gazette", "Global Affairs Weekly", "The Strait Post", "Continental Courier",
	"Frontier Report", "Morning Tribune", "Evening Standard Review", "Policy Monitor",
	"Security Brief", "Trade Journal East", "Maritime Chronicle", "Yonhap-style Wire",
	"Seoul Bureau Daily", "Tokyo Letter", "Beijing Notes", "Region Watch"}

var tagTree = []string{"actor/DPRK", "actor/DPRK/army", "actor/DPRK/party", "actor/ROK", "actor/US",
	"actor/China", "actor/Japan", "actor/Russia", "actor/UN", "topic/sanctions", "topic/nuclear",
	"topic/missiles", "topic/trade", "topic/energy", "topic/food", "topic/diplomacy",
	"topic/human rights", "topic/cyber", "topic/maritime", "topic/elections", "region/East Asia",
	"region/Korean Peninsula", "region/Europe", "region/Southeast Asia", "source/wire",
	"source/opinion", "status/follow-up", "status/verified"}

// syllables build made-up words and place names.
var syllables = splitWords(`ka ri to mel san vor ta lin e ne bra dor gal ha is ko lu mar na or pe qua
ros sil tem ul va wen xi ya zo ber cal den fir gor hul jan kel lor mor nel ost pra rik sol tur
vel wyn zar ash bel cor dra eth fen gil hon ir jor kar lem mon nor pol ren sar tov ur vin`)

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}
