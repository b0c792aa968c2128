package quotes

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// verbInfo describes a reporting verb.
type verbInfo struct {
	invert     bool // may precede its subject: “…,” said Kim
	participle bool // -ing form: the subject is the clause's subject
	weak       bool // only attributes fragments it governs (called it “…”)
	core       bool // the commonest reporting verbs: any determiner phrase may be their subject
}

// wclass is the set of word lists a lower-case word belongs to.
type wclass uint32

const (
	cVerb         wclass = 1 << iota // a reporting verb (see verbInfo)
	cTitle                           // capitalised titles before names (President, Mr)
	cDept                            // words of "Secretary of State" style titles
	cRole                            // lowercase role nouns (analyst, spokesman)
	cDoc                             // sources that are documents or outlets (statement)
	cPlace                           // places, demonyms, directions
	cOrg                             // organisation head words
	cNonName                         // capitalised words that never name a speaker
	cFunction                        // function words
	cPrep                            // prepositions
	cDet                             // determiners
	cSkip                            // adverbs/auxiliaries between subject and verb
	cNaming                          // words that introduce titles or names, not speech
	cStopNP                          // words that end a noun phrase scan
	cFemale                          // common female given names
	cMale                            // common male given names
	cConnect                         // lowercase particles inside names (de, van, bin)
	cSurnameFirst                    // East Asian surnames written first (Kim, Xi)
	cGeo                             // geographic head nouns (Sea, Square, Province)
	cOrgHead                         // common nouns that can refer back to an organisation
	cCompany                         // companies named by a common word or a platform (Apple, Twitter)
)

// wordInfo is everything the lexicon knows about one lower-case word.
// Tokens carry their word's info, looked up once by the tokenizer, so that
// the rules test lists with a bit mask instead of a map lookup.
type wordInfo struct {
	class wclass
	verb  verbInfo // when class has cVerb
}

// lexicon holds the read-only word lists the finder relies on. It is built
// once (see lex) and never modified afterwards.
//
// The tokenizer looks every word up, so words of up to 7 bytes, most of
// them, are also in a hash table that is faster than the map: such a word
// packed into an integer (packShort) is both its key and its hash.
type lexicon struct {
	words map[string]wordInfo     // by lower-case word
	ascii [utf8.RuneSelf]wordInfo // words[string(c)] by ASCII rune c
	short []shortSlot             // the words of 1–7 bytes, open addressing
}

type shortSlot struct {
	key  uint64 // packShort of the word; 0 marks an empty slot
	info wordInfo
}

// is reports whether the lower-case word w is in any of the lists c.
func (lx *lexicon) is(w string, c wclass) bool {
	return lx.info(w).class&c != 0
}

// info returns the lexicon's entry for the lower-case word w (zero when w
// is in no list).
func (lx *lexicon) info(w string) wordInfo {
	if len(w) == 0 || len(w) > 7 {
		return lx.words[w]
	}
	return lx.shortInfo(packShort(w))
}

// shortInfo returns the entry of the short word packed as key.
func (lx *lexicon) shortInfo(key uint64) wordInfo {
	mask := uint64(len(lx.short) - 1)
	for i := shortHash(key) & mask; ; i = (i + 1) & mask {
		s := &lx.short[i]
		if s.key == key {
			return s.info
		}
		if s.key == 0 {
			return wordInfo{}
		}
	}
}

// packShort packs a word of 1–7 bytes into an integer, its length in the
// top byte, so that distinct words have distinct non-zero keys.
func packShort(w string) uint64 {
	x := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		x |= uint64(w[i]) << (8 * i)
	}
	return x
}

// shortHash mixes every bit of a packed word into the high bits, which
// pick the slot.
func shortHash(key uint64) uint64 {
	return (key * 0x9e3779b97f4a7c15) >> 40
}

// buildShort fills lx.short from lx.words, at most a third full.
func (lx *lexicon) buildShort() {
	n := 0
	for w := range lx.words {
		if len(w) > 0 && len(w) <= 7 {
			n++
		}
	}
	size := 64
	for size < 3*n {
		size *= 2
	}
	lx.short = make([]shortSlot, size)
	mask := uint64(size - 1)
	for w, wi := range lx.words {
		if len(w) == 0 || len(w) > 7 {
			continue
		}
		key := packShort(w)
		i := shortHash(key) & mask
		for lx.short[i].key != 0 {
			i = (i + 1) & mask
		}
		lx.short[i] = shortSlot{key, wi}
	}
}

// add puts the words of the lists into class c.
func (lx *lexicon) add(c wclass, lists ...string) {
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			w = strings.ToLower(w)
			wi := lx.words[w]
			wi.class |= c
			lx.words[w] = wi
		}
	}
}

// lex returns the shared, immutable lexicon.
var lex = sync.OnceValue(newLexicon)

func newLexicon() *lexicon {
	lx := &lexicon{words: make(map[string]wordInfo)}
	add := func(info verbInfo, words string) {
		for _, w := range strings.Fields(words) {
			wi := lx.words[w]
			wi.class |= cVerb
			wi.verb = info
			lx.words[w] = wi
		}
	}
	add(verbInfo{invert: true}, `said says say asked asks added adds wrote writes
		continued continues noted notes explained explains replied replies recalled recalls
		warned warns argued argues insisted insists stressed stresses observed observes
		concluded concludes countered counters responded responds remarked remarks
		commented comments declared declares quipped quips joked jokes stated states
		cracked
		conceded concedes admitted admits acknowledged acknowledges cautioned cautions
		predicted predicts suggested suggests mused muses reported reports emphasized
		emphasised emphasizes emphasises claimed claims confirmed confirms announced
		announces recounted recounts reasoned reckoned reckons complained
		complains lamented laments wondered wonders whispered shouted exclaimed cried
		murmured tweeted posted added opined opines elaborated
		elaborates summarized summarised pointed laughed smiled sighed shrugged scoffed
		snapped retorted protested pleaded interjected chimed bragged confided
		advised hinted speculated speculates answered answers joked yelled screamed
		repeated repeats write argue insist explain warn admit acknowledge conclude
		remembers remembered points whispers shouts exclaims murmurs mutters muttered
		laughs sighs scoffs retorts pleads interjects brags confides yells screams
		chanted chant chants agreed agrees disagreed disagrees concurred
		objected demanded texted emailed gushed raved fumed marveled marvelled
		revealed reveals disclosed discloses captioned captions penned confessed confesses
		alleged alleges barked barks hissed hisses growled growls snarled snarls
		sneered sneers thundered thunders posited posits surmised surmises
		cracked`)
	add(verbInfo{invert: true}, `rejoined rejoins`) // a reply in an exchange (round 10)
	add(verbInfo{}, `told tells tell vowed vows pledged pledges promised promises
		threatened threatens urged urges denied denies maintained maintains contended
		contends asserted asserts reiterated reiterates proclaimed proclaims boasted
		boasts testified testifies mentioned mentions summed quoted shared
		allege
		maintain contend claim assert deny stress observe predict suggest admit
		concede acknowledge intimated intimates reminded reminds remind affirmed affirms
		informed informs`)
	add(verbInfo{weak: true}, `called calls describes described dubbed branded
		labelled labeled termed dismissed dismisses hailed hails accused accuses
		criticised criticized criticises criticizes blasted slammed praised praises
		characterized characterised greeted greets`)
	add(verbInfo{participle: true}, `saying adding noting warning arguing explaining
		insisting stressing telling asking writing claiming declaring stating
		describing calling recalling concluding suggesting emphasizing emphasising
		vowing pledging promising urging chanting affirming blaming
		shouting yelling screaming`)

	lx.add(cTitle, `secretary-general director-general vice-president president vice prime minister ministers foreign defense defence finance
		trade unification interior justice secretary general gen gen. ambassador envoy
		special permanent representative senator sen sen. congressman congresswoman rep rep.
		governor gov gov. mayor chairman chairwoman chair chief deputy premier
		chancellor king queen prince princess emperor empress pope sheikh emir sultan
		duke duchess earl countess baron baroness marquess viscount
		crown dr dr. mr mr. mrs mrs. ms ms. miss mx prof prof. professor judge
		colonel col col. lt lt. lieutenant major maj maj. captain capt capt. admiral
		adm adm. sgt sgt. sergeant commander marshal brig brig. brigadier director
		leader supreme comrade madam madame sir dame daw lord lady rev rev. reverend
		father bishop archbishop cardinal rabbi imam ayatollah speaker spokesman
		spokeswoman spokesperson commissioner attorney inspector superintendent
		sheriff ceo cfo cio cto coo cmo executive founder editor first assistant acting former
		lawmaker legislator councillor councilor ambassador-at-large officer agent
		councilman councilwoman councilmember alderman alderwoman assemblyman
		assemblywoman selectman freeholder supervisor
		detective president-elect undersecretary under treasurer manager administrator
		comptroller registrar dean provost rector chancellor-elect
		coach investigator sister pastor deacon trooper poet novelist playwright
		actor actress economist historian physicist astronomer scientist
		photographer composer
		supt supt. insp insp. det det. cpl cpl. const const. cmdr cmdr. atty atty. asst asst.
		cdr cdr. senators sens sens. reps reps. congressmen congresswomen
		governors mayors constable pc asp dsp acp dcp cllr cllr. hon hon.
		prosecutor vp monsignor msgr msgr. referee umpire editor-in-chief
		commander-in-chief
		tanaiste tánaiste taoiseach airman airwoman aircraftman mp mep msp mla pm
		mna mpa mpp mha mnas mpas mpps mlas adv adv. advocate fr fr. expert`)
	lx.add(cDept, `state defense defence foreign affairs intelligence national homeland
		security finance treasury health justice commerce energy education labor labour
		agriculture interior transportation unification staff staffs joint chiefs
		the of and for economy trade`)
	lx.add(cRole, `official officials spokesman spokeswoman spokesperson spokespeople
		analyst analysts expert experts professor professors researcher researchers
		fellow fellows director directors minister ministers leader leaders president
		envoy ambassador secretary chairman chairwoman chair chief head premier
		commander general founder editor author authors lawmaker lawmakers senator
		senators governor mayor ceo economist economists strategist strategists
		scholar scholars reporter reporters correspondent journalist journalists
		activist activists defector defectors candidate candidates nominee nominees predecessor successor
		counterpart sister brother wife husband son daughter father mother aide aides
		adviser advisers advisor advisors negotiator negotiators diplomat diplomats
		observer observers critic critics commentator commentators source sources
		insider insiders resident residents witness witnesses veteran veterans member
		members people person man woman men women student students teacher teachers
		worker workers farmer farmers officer officers soldier soldiers victim victims
		lawyer lawyers attorney judge prosecutor prosecutors investigator investigators
		representative representatives delegate delegates manager managers executive
		executives owner owners trader traders investor investors banker bankers
		historian historians watcher watchers specialist specialists consultant
		consultants scientist scientists engineer engineers doctor doctors physician
		nurse analyst spokesmen colleague colleagues friend friends official
		academic academics administrator administrators coordinator organizer
		organiser organisers organizers protester protesters demonstrator
		demonstrators citizen citizens voter voters politician politicians
		legislator legislators ally allies partner partners deputy deputies
		envoys ambassadors presidents chairmen heads chiefs commanders generals
		opposition monitor monitors lecturer lecturers director-general
		vice-president vice-chairman secretary-general think-tank participant
		participants one someone somebody anyone group groups team panel
		administration government ministry agency spokesperson figure figures
		board panel jury court tribunal regulator regulators watchdog authorities
		countries nations governments states capitals delegations delegation
		companies firms groups unions parties organization organizations
		organisation organisations rebel rebels fighter fighters militant militants
		gunman gunmen crowd crowds`)
	lx.add(cDoc, `statement statements report reports communique communiqué commentary
		editorial article column newspaper paper daily outlet outlets agency media
		network broadcaster release letter memo document documents transcript readout
		post message note notice declaration announcement bulletin dispatch
		website site account blog broadcast magazine journal study survey poll
		forecast forecasts projection projections estimate estimates analysis
		assessment audit
		ministry department government office administration committee commission
		council cabinet court military army navy police embassy company firm bank
		party campaign presidency palace kremlin pentagon white house spokesperson
		source sources text draft resolution agreement treaty law bill decree order
		plan proposal framework charter constitution manifesto platform guidance
		guidelines rules regulation minutes filing lawsuit complaint indictment
		verdict ruling judgment judgement testimony affidavit cable email emails
		tweet video footage speech address interview op-ed essay book memoir
		paper brief briefing bulletin board bank legislation statute ordinance
		directive regulations`)
	lx.add(cPlace, `north south east west northern southern eastern western central
		korea korean koreans koreas japan japanese china chinese taiwan taiwanese
		russia russian russians america american americans us u.s. usa u.s.a. uk u.k.
		britain british england english france french germany german italy italian
		spain spanish europe european europeans eu asia asian africa african
		india indian pakistan pakistani iran iranian iraq iraqi israel israeli
		palestine palestinian gaza syria syrian lebanon lebanese turkey turkish
		egypt egyptian saudi arabia arabian arab arabs yemen qatar uae emirates
		ukraine ukrainian belarus poland polish canada canadian mexico mexican
		brazil brazilian argentina australia australian zealand vietnam vietnamese
		thailand thai philippines philippine filipino indonesia indonesian malaysia
		malaysian singapore myanmar burma cambodia laos mongolia mongolian
		afghanistan afghan kazakhstan hong kong macau tibet xinjiang
		seoul pyongyang tokyo beijing shanghai washington moscow kyiv kiev london
		paris berlin brussels rome madrid geneva vienna hanoi bangkok manila
		jakarta delhi new york city los angeles chicago san francisco busan
		incheon osaka taipei canberra sydney ottawa toronto kaesong panmunjom
		sinuiju dandong vladivostok jerusalem tehran baghdad damascus riyadh
		dubai doha ankara istanbul cairo nairobi lagos johannesburg ukrainian
		pacific atlantic indian arctic peninsula gulf sea strait straits ocean
		island islands mount river valley region province state states kingdom
		republic federation union nations united middle far latin dmz hawaii
		guam okinawa crimea donbas africa nato asean g7 g20 un u.n. eastern
		inter-korean transatlantic global world western
		alabama alaska arizona arkansas california colorado connecticut delaware
		florida idaho illinois indiana iowa kansas kentucky louisiana maine
		maryland massachusetts michigan minnesota mississippi missouri montana
		nebraska nevada hampshire jersey carolina dakota ohio oklahoma oregon
		pennsylvania rhode tennessee texas utah vermont wisconsin wyoming
		rica lanka salvador leone faso aires janeiro lucia kitts verde
		ireland irish scotland scottish wales welsh sweden swedish norway norwegian
		denmark danish finland finnish iceland netherlands dutch belgium belgian
		switzerland swiss austria austrian portugal portuguese greece greek
		hungary hungarian romania romanian bulgaria serbia croatia slovakia
		slovenia czech estonia latvia lithuania moldova
		nigeria nigerian ghana ethiopia ethiopian somalia sudan tanzania uganda
		zimbabwe zambia mozambique angola namibia botswana lesotho morocco
		algeria tunisia libya senegal cameroon congo rwanda
		colombia venezuela peru bolivia ecuador uruguay paraguay cuba haiti
		guatemala honduras nicaragua panama chile bangladesh nepal`)
	lx.add(cOrg, `institute university college school academy agency ministry department
		universities colleges
		office party committee commission council assembly congress senate parliament
		house court bank fund group corporation corp corp. inc inc. company co co.
		ltd ltd. limited times post journal news herald tribune daily press reuters bloomberg
		yonhap xinhua kcna afp ap bbc cnn network television tv radio service forces
		army navy force guard command police administration government foundation
		association union federation organization organisation nations alliance
		coalition front movement league center centre board authority bureau
		secretariat cabinet kremlin pentagon treasury embassy consulate mission
		forum program programme project initiative society club hospital museum church
		library studies research affairs review magazine monitor watch amnesty
		holdings airlines motors electronics industries systems technologies
		laboratory lab labs council chamber exchange commission fed reserve
		politburo presidium kuomintang diet knesset duma observatory network
		broadcasting institution institutions unit brigade division corps chiefs staff
		brewery breweries brewing distillery distilleries winery wineries aid mirror
		guild guilds`)
	lx.add(cNonName, `january february march april may june july august september october
		november december monday tuesday wednesday thursday friday saturday sunday
		covid covid-19 coronavirus internet christmas easter ramadan olympics
		god photo image video x i ok okay
		cold war`)
	// time zones ("on Tuesday (early Wednesday AEST)"): no organisation
	// that "it reads" could mean (issue 20, eighteenth round)
	lx.add(cNonName, `aest aedt acst acdt awst nzst nzdt gmt bst utc cet cest eet eest
		edt cdt mdt pdt pst mst cst hkt sgt jst kst`)
	// companies whose names are also common words or platforms: an
	// organisation that speaks ("Apple said"), never a person
	lx.add(cCompany, `twitter facebook instagram youtube telegram tiktok weibo wechat
		whatsapp google apple samsung huawei`)
	lx.add(cFunction, `the a an but and or so yet still however though although while when
		whenever if as in on at for with by from to of after before since until
		despite during under over amid amidst among between this that these those it
		its he she they we i you his her their our my your there here then now
		meanwhile moreover furthermore also even only just such some many most all
		both either neither none no not nor what which who whom whose why how where
		other another each every much more less few several one two three four five
		six seven eight nine ten first last next indeed instead thus hence therefore
		nonetheless nevertheless besides otherwise similarly likewise according
		asked speaking writing given because unlike like whether perhaps maybe
		yes well sure again already once ever never always often sometimes
		later earlier today yesterday tomorrow tonight last this within without
		across through against toward towards upon beyond near behind via per
		let`)
	lx.add(cPrep, `of in on at by with from to for about against toward towards into onto
		over under between among amid after before during since until via through
		across behind beyond despite like unlike near per than upon within without
		around alongside including`)
	lx.add(cDet, `the a an this that these those his her its their our my your some any
		each every no`)
	lx.add(cSkip, `also later then previously once again further recently repeatedly has
		have had was is were would will did does do could may might reportedly
		earlier subsequently simply frankly bluntly candidly flatly publicly
		privately openly tersely often always never just already even quickly
		initially first finally separately still has been being having not
		himself herself themselves itself`)
	lx.add(cNaming, `called dubbed named titled entitled known so-called term terms word
		words phrase slogan slogans motto hashtag banner banners headline book books
		video videos podcast poem musical opera exhibition nickname
		nicknames moniker
		film films movie song album novel documentary series show programme program
		operation campaign exercise doctrine codenamed code-named nicknamed call calls
		episode chapter
		label labelled labeled tagline catchphrase mantra sign signs reading
		designated designate designates designation
		read`)
	lx.add(cStopNP, `that which who whom whose when where while because although though
		but and or if as since after before until unless whether than so then
		there here it's is was were are be been has have had will would can could
		should may might must do does did not also however`)
	lx.add(cGeo, `sea ocean river lake bay gulf strait straits island islands peninsula
		mountain mountains mount valley desert plain plains province county district
		region square street avenue road boulevard park airport station bridge harbor
		harbour port canal coast border city town village prefecture oblast
		highlands heights hills plateau delta basin cathedral monument memorial
		stadium arena temple mosque`)
	lx.add(cOrgHead, `company firm group carrier airline automaker manufacturer maker
		chipmaker retailer startup start-up giant conglomerate corporation lender
		insurer broadcaster newspaper developer producer supplier exporter operator
		utility platform outlet business institution organisation organization`)
	lx.add(cConnect, `de da di du del della van von der den ter bin ibn al el la le dos das
		y ben abu`)
	lx.add(cFemale, `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
		nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy
		carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
		amy angela shirley anna brenda pamela emma nicole helen samantha katherine
		christine debra rachel carolyn janet catherine maria heather diane ruth julie
		olivia joyce virginia victoria kelly lauren christina joan evelyn judith
		megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
		frances kathryn janice jean abigail alice judy sophia grace denise amber
		doris marilyn danielle beverly isabella theresa diana natalie brittany
		charlotte marie kayla alexis lori wendy hillary kamala nikki angela ursula
		theresa jacinda christine liz condoleezza madeleine nancy
		yulia svetlana olga natalia irina tatiana elena ekaterina anastasia maria
		sophie claire chloe julia laura lucia fatima aisha leila yasmin
		yuko yuki keiko akiko yoko hiroko naomi sanae yuriko kathy karin jane
		janet jill joanna kristen kristi kate katie linda lynn maya mira nadia
		nina priya rosa rose sonia susanne tanya vera wendy zara
		ellie amelia ava mia ella scarlett aria camila penelope layla zoey nora
		lily eleanor audrey bella caroline emilia allison gabriella
		madelyn cora eva adeline hailey gianna valentina isla eliana sadie lydia
		josephine delilah vivian madeline tamika keisha latoya shanice aaliyah
		monique yolanda tiffany gwendolyn joanne marjorie beatrice agnes edith
		mildred irene lorraine colleen maureen noreen siobhan aoife niamh sinead
		bridget fiona morag ingrid astrid greta annika sigrid birgit ulrike heike sabine
		francesca giulia chiara alessandra valeria ximena mariana daniela gabriela
		fernanda isabel beatriz pilar dolores esperanza guadalupe ayesha fatma zeynep
		amina khadija mariam maryam noura hana rania dina sunita anjali deepika kavita
		lakshmi meera pooja shreya neha divya imani`)
	lx.add(cMale, `james john robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua
		kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
		gary nicholas eric jonathan stephen larry justin scott brandon benjamin
		samuel gregory alexander frank patrick raymond jack dennis jerry tyler
		aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
		jeremy christian keith roger terry gerald harold sean austin carl arthur
		lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
		willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
		mason philip louis barack bill mike antony tony lloyd jake jim tom ted
		andrei sergei sergey vladimir dmitry dmitri mikhail alexei alexey ivan
		nikolai oleg yuri boris igor viktor volodymyr emmanuel olaf rishi boris
		keir hans karl klaus jens mohammed
		muhammad ahmed ali hassan hussein omar abdullah ibrahim yusuf mahmoud
		benjamin yair naftali recep narendra rahul shinzo fumio yoshihide taro
		kenji hiroshi takeshi akira victor fred hugh ian colin neil nigel
		gordon tony dave steve rob bob chris matt nick ben sam dan tim andy
		oliver liam lucas aiden sebastian mateo theodore luke
		isaac julian leo jaxon josiah caleb asher declan rory
		seamus brendan conor cormac eoin fergus hamish callum alistair
		desmond clive rupert giles jurgen wolfgang dieter heinz
		helmut friedrich stefan matthias giuseppe giovanni luigi marco matteo lorenzo
		francesco alessandro antonio carlos miguel alejandro javier pablo fernando rafael
		sergio jorge luis pedro ricardo eduardo andres manuel emilio joaquin mehmet ahmet
		hamid khalid tariq faisal bilal imran rashid rajesh sanjay amit vikram arjun
		rohit suresh ramesh anil sunil kazuo makoto satoshi takashi kwame kofi jomo thabo
		sipho themba darnell tyrone dwayne deshawn jamal terrence simon gerhard
		diego mustafa marcus`)
	lx.add(cSurnameFirst, `kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon
		hwang ahn song yoo hong jeon go ko moon yang son bae baek heo nam sim noh roh
		ha kwak sung cha joo woo min ryu rah na jin ji eom chae won chun bang gong
		hyun ham byun yeom yeo chu do seok sun seol ma gil ri choe pak jo kye yun
		rhee chang chung xi li wang zhang liu chen zhao huang zhou wu xu hu zhu
		gao lin guo luo liang zheng xie tang feng yu dong xiao cheng cao yuan deng
		fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia
		zhong tian ren qin fan shi tan kong mao qiu bai cui hao yao shao wan qian
		yin duan lei hou long tao nguyen tran le pham hoang phan vu dang bui ngo
		duong ly`)
	for _, w := range strings.Fields(`won't can't don't didn't doesn't isn't wasn't aren't weren't
		hasn't haven't hadn't wouldn't couldn't shouldn't mustn't needn't`) {
		lx.add(cSkip|cStopNP, w, strings.ReplaceAll(w, "'", "’"))
	}
	for _, w := range strings.Fields(`said says say told tells added adds stated states reported
		reports noted notes wrote writes continued continues warned warns concluded
		concludes declared declares announced announces claimed claims`) {
		wi := lx.words[w]
		wi.class |= cVerb
		wi.verb.core = true
		lx.words[w] = wi
	}
	for c := range lx.ascii {
		lx.ascii[c] = lx.words[string(rune(c))]
	}
	lx.buildShort()
	return lx
}
