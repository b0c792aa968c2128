// Package quotes finds direct quotations in a news article's body text and
// attributes each one to its speaker.
//
// The input is the article body with paragraphs joined by "\n\n" (no title,
// captions or dateline). Find returns the quotations in text order as
// rune-offset spans together with their kind (a whole sentence of speech or
// a fragment embedded in the writer's own sentence), the speaker's full name
// as first introduced (or the organisation/document that is the source) and
// the speaker's affiliation when the article gives one.
//
// The finder is rule based and uses only the standard library. It works in
// four passes:
//
//  1. quotation marks are paired per paragraph (curly, straight, guillemets,
//     and doubled single marks as AP and TeX write them: two backticks or
//     ‘‘ opening, ’’ or two ASCII apostrophes closing; single quotes
//     nested in double quotes belong to the outer quote and apostrophes are
//     never marks); a paragraph that leaves a quote open and a following
//     paragraph that re-opens it form one quotation;
//  2. the narration around the quotations is tokenised and split into
//     sentences, with each quotation acting as one opaque token;
//  3. proper names are grouped and classified (person, organisation, place)
//     with small built-in lexicons, titles are stripped, surnames and
//     pronouns are resolved to the most recent compatible salient mention;
//     a role noun refers back to the person it describes under another
//     form ("the senator" to "Sen. Jane Doe", "the CEO" to a chief
//     executive, "the actress" or "the German" to the person just named),
//     a definite description takes the name of the indefinite one that
//     introduced it ("the wine merchant" is "a wine merchant"), and a
//     one-word name first given in full inside a quotation is that name;
//     abbreviated and plural titles ("Supt", "Det. Insp.", "Senators X
//     and Y") are stripped, a title word that is a known surname ("King
//     asked") is that person, a relative named in passing ("His father,
//     Ahmed Kadyrov,") does not take the subject's bare surname, a role
//     with modifiers ("the former mayor", "the PAHO Director", "the
//     California Republican") refers back, and days, compass places and
//     names with figures ("Super Tuesday", "South Carolina", "Omicron
//     BA.2") never speak; a name ending a title chain with "of"/"for"
//     ("Chief Financial Officer of Super Value Debra Symonette") is its
//     last words when the article bears it out (a known given name, a
//     place or organisation word before it, the bare surname elsewhere),
//     and an office opening such a chain is that person's ("Chancellor of
//     the Exchequer George Osborne, 44, outlined…"); titles include
//     non-English and party offices ("Tánaiste", "Taoiseach", "Labour
//     MP"), a bare office is its holder ("the PM"), a title word that is
//     also a given name before a surname and an appositive role is the
//     given name ("Marshal Cohen, the chief analyst…"), an epithet named
//     after a show, team or award ("the American Idol host", "the
//     three-time NFL MVP", "The QB") refers back to its person and the
//     name inside it is no person, a bare possessive surname in the
//     sentence introducing a namesake is the other bearer ("Connie
//     Seacrest … Seacrest's sister"), and a related story's line ("BRAD
//     CHILDRESS: Coach says …") gives no antecedents; "the North" after
//     "North Korea" (a divided country) is that country;
//  4. reporting verbs ("said", "told", "according to", …) attach speakers to
//     the quotations of their sentence (in a relative clause, the phrase it
//     hangs on: "Rell, who said", "a statement, which said the parties “…”"
//     is the statement's); quotations without one inherit the
//     speaker of the previous quotation in the paragraph or the most recent
//     speaker-like subject. Scare quotes, titles and short fragments without
//     a reporting verb are dropped; a fragment, one word included, that
//     someone is said to call something, describe as, compare to, or speak
//     or warn of is that person's ("called the result “historic”"). A
//     written text's words are its author's ("the KCNA statement", or "a
//     report" when the article says whose: "the report by X", "X released
//     its report"), a place speaks only as its government (Person.Kind
//     SpeakerPlace), a described speaker takes the name a later sentence
//     gives it, and an alias ("X — aka Y") names the person first
//     introduced; whoever "said in a report" wrote it, the subject of "X
//     is “…,” according to a statement" issued it, "the paper" is the
//     newspaper named and "the lobby group" the organisation last named;
//     "one of the fighters" is "one". A quotation alone in its paragraph
//     takes the speaker the next one names ("So said X", "That was the
//     message from X"), a lede's unnamed speaker ("A top official said") the name the next
//     paragraph introduces with the same description, an outlet's "quoted
//     X as saying" is X's, and a source who gives only a name in
//     quotation marks ("“Perry” chimed in") is that name. A pull quote
//     (alone in its paragraph, unattributed) is said by whoever says its
//     words nearby, also abridged and up to 40 quotations away, and an
//     interview's unattributed turns alternate between the asker and the
//     one asked. In a profile, "she says" is the person quoted throughout
//     (most of at least four quotations so far) rather than someone the
//     article only talks about (introduced paragraphs before, never
//     speaking); "X smiles and says, “…”" introduces the next quotation
//     and an inverted verb right after a quotation ("…,” writes The
//     Post's Chris Mooney") takes the name after it. An occupation noun
//     ("epidemiologists at …") heads its phrase, a team before a title
//     and a name ("Vikings coach Brad Childress") is part of the
//     subject, and a participle after ", and X would …, saying" is X's.
//     A text introduced with "a"/"an" is its sentence's subject's ("X
//     responded with an open letter"; "a U.N. Security Council
//     resolution" is the council's, "the letter from the law firm Walsh,
//     Wilkins, Creighton" the firm's), a recording "attributed to X"
//     speaks as X ("the speaker says"), a name reported on in a relative
//     clause ("who said Y never…") does not take the next quotation, a
//     role noun is the person a relative clause gave the role with its
//     verb ("who will direct" → "the director") or the one person a lede
//     describes ("a young blogger") when the next paragraph opens with a
//     new name, and "Const. X", "Said X, who…" and "MP Dean X" are X
//     ("Dean X" for the last). "Politicians X and Y", "MPA X" and a credit
//     line "X Acpo" (the initials of an organisation the text names) are
//     X; someone's spokesperson ("Gordon Brown's spokesman") is "a
//     spokesman", the owner the affiliation, also for a later "he added";
//     a transcript turn labelled by a role alone ("Reporter: “…”") is the
//     other party of the exchange; an appositive may open with a modifier
//     ("X, principal analyst at Y, said"). A capitalised "The" inside a name
//     ("What The Buck") makes a show's title, a name before a plural noun and
//     an auxiliary ("Modern YouTube stars can") a modifier, an appositive with
//     up to four modifiers before a body's noun ("a managed data
//     infrastructure platform") a body; "X, Senior Manager, Dept, Employer,
//     says", "said the firm's vice-president for public policy X" and "X and
//     senior campaign adviser said" are X's; an owner before a known surname
//     ("Gartner's Ramirez") is no subject for "he"; a bare surname avoids one
//     called by particle and surname ("Abu Amer"); a bracketed quotation
//     ending in a stop is its own sentence; a later "he"/"she" opening a
//     clause after a name keeps an unattributed quotation with the earlier
//     speaker; a headline's quotation labelled by a role or no one, and an
//     indefinite described source's fragment, go to the person named below who
//     repeats the words. A name without its middle names, an acronym the text
//     spells out, "ESPN’s Thai" and a profile's epithet ("the former Google
//     exec says") resolve to the person or body named in full; "Apple’s
//     lawyers" are "lawyers"; a participle after a source's noun ("a
//     passenger leaning out") and a capitalised -ing word opening a sentence
//     are no part of a name. Labelled transcript lines ("Boston - “…”") are
//     the label's; a paragraph of quotations with no narration (a video's
//     excerpts) is no one's; a text owned by a described body ("the
//     company’s website") is the body's; "the company said" passes over
//     public bodies; a short fragment owned by someone other than its source
//     ("his “darkness retreat,” according to ESPN") or naming a product or
//     scheme is a term. A body named by a proper name before "government" or
//     "agency" loses "the"; an adjective of feeling before a name ("Heartbroken
//     X said") and a title word ("Permanent Representative") are no part of
//     it; "Andy and Charlotte Roche" names both; a headline's role label
//     ("Amazon CEO says") is the person the opening names; a bare "one" or
//     "another" opening its clause speaks; "she" with no person before it is
//     the latest "a … woman" or "girl". A teaser's bare epithet ("The singer
//     previously…") is the person the next paragraph names; "the French
//     envoy" refers back to the diplomat named; time zones are no names; a
//     closing clause may end in a time phrase ("…, X said at a panel on
//     Monday"). A party-state tag ("R-North Carolina") and a role word
//     before a known surname ("Analyst Wu") are no part of a name; "Morgan
//     Stanley analyst X" is X, and "Morgan Stanley" no antecedent; "the
//     bishops" is the group a bare plural introduced; "Iran's president" is
//     the one person named with that office; "The pilot, identified as X"
//     makes X the earlier "the pilot". A statement's signatories ("signed by
//     221 MPs") speak; "the study, led by X" is X's, and "the report" is the
//     one author the article names for reports; a bare "Many"/"Some" right
//     before its quotation speaks. A dash-led byline after a quotation ("—
//     A & B") is "A and B"; a title's plural noun after a name ("… X
//     Stories"), a name in apposition to a work ("X, now his final album"),
//     and a name listed with "The …" bands are no person. Every clause
//     subject that names no one ("A young crew member wiped away tears",
//     "Prime Minister X's spokesman also condemned…") is an entity of the
//     discourse that a "he" or "she" in the next sentence, or an
//     unattributed quotation right after it, can mean; a definite
//     description with modifiers ("the former senior Pentagon official")
//     is the entity described with all of them; a description in
//     apposition to a name on either side, or after "is", is one of the
//     person's titles, and a definite one names the source the same noun
//     brought in ("The spokesperson, Hanna Voll, declined…"). A name is a
//     person's only with evidence ("Bullets continued as she…", a related
//     story's headline, "A Seventh-day Adventist, Carson…" and "Merry
//     Christmas." name no one a pronoun means); "X said she" fixes X's
//     gender; a name in a clause fronted before the main clause's named
//     subject, or a team before a role and a name, is not the sentence's
//     subject; "X, he says, is …" is about X; and "it" in a sentence
//     whose subject is a name nothing shows to be a person's is that body.
//
// Conventions (gold files follow them too):
//
//   - a quotation split around its attribution (“A,” she said. “B.”) is
//     reported as two quotations, each with its own span and speaker;
//
//   - a quotation running over several paragraphs is one quotation whose
//     span runs from after the first opening mark to before the final
//     closing mark, so its Text includes the paragraph break and the
//     re-opening mark; Text always equals the runes text[Start:End].
//
//   - Speaker is a person's full name as first introduced, titles stripped
//     ("Sung Kim" for "Ambassador Sung Kim"; surnames and pronouns resolve to
//     it); a named organisation by its proper name ("Global Times"); a
//     described source by its phrase up to the head noun ("one Western
//     diplomat", "the statement"), the rest going to Affiliation; a
//     document's words are its author's when the phrase names one ("the
//     KCNA statement" is North Korea’s Central News Agency's); ""
//     when the text does not say.
//
//   - People lists each speaker once, in order of first mention.
//
// Find never panics, runs in time linear in the text for practical inputs
// (backward searches are bounded) and keeps no state between calls.
//
// Compare and Score evaluate found quotations against hand-made gold files.
//
// # Where things are
//
// Files are named by what their rules do; a file's first comment says
// more. The passes above, and what Find runs around them:
//
//   - quotes.go: the public types, Find, the finder's state and its pool,
//     the pass over each sentence (processSentence), the decision about
//     each quotation (handleQuote) and the Result.
//   - scan.go: pairing quotation marks (pass 1); scan_repairs.go:
//     quotations whose marks were left out or mistyped.
//   - tokens.go: tokens and sentences (pass 2); tokens_elision.go: a
//     name's final elision mark; tokens_read.go: "read" as a verb of
//     speech.
//   - lexicon.go: the word lists; words.go: word classes and string
//     helpers the rules share.
//
// Names (pass 3):
//
//   - names.go: mentions, what a run of capitalised words names
//     (classifyRun), salience, and the entity each mention names.
//   - names_entities.go: the entity index; people and bodies found by
//     their names or one word of them.
//   - names_titles.go: titles, offices, honours and title chains.
//   - names_descriptors.go: words before a name that describe the person
//     and are no part of the name.
//   - names_forms.go: forms of one person's name (spellings, aliases,
//     nicknames, initials, particles, suffixes, user names).
//   - names_surnames.go: which person a bare surname means (namesakes,
//     relatives, couples).
//   - names_organisations.go: organisations' names.
//   - names_places.go: places and venues.
//   - names_things.go: runs that name no one (events, works, times).
//   - names_evidence.go: whether a name is shown to be a person's (a title,
//     a given name, a role, a quotation of its own, a gender "X said she"
//     fixes) or met only in forms no name takes (a headline line, capitals,
//     "a Democrat", one word opening its sentence); a name with no evidence
//     and only such forms is no antecedent of he or she and speaks no
//     unattributed quotation.
//
// Attribution (pass 4):
//
//   - attrib.go: reporting clauses and their speaker phrases
//     (findAttribs, leftNP, rightNP, subjectNP) and whom a phrase names
//     (resolveAttrib, resolveNP).
//   - attrib_clauses.go: which verbs report speech and which clause they
//     govern.
//   - attrib_phrases.go: appositives, roles and modifiers in a speaker
//     phrase.
//   - attrib_pairs.go: two names or two roles joined by "and".
//   - attrib_pronouns.go: pronouns, and whom an unattributed quotation
//     goes on with.
//   - attrib_refs.go: definite descriptions that refer back to a person
//     ("the senator", "the expert").
//   - attrib_described.go: described and unnamed sources, and the names
//     given to them later.
//   - attrib_groups.go: groups and parts of groups.
//   - attrib_bodies.go: organisations as speakers ("the company", "it").
//   - attrib_texts.go, authors.go: written texts as speakers, and their
//     authors.
//   - attrib_credits.go: credit lines, bylines and lead-in paragraphs;
//     attrib_pullquotes.go: pull quotes and headlines whose words are said
//     again nearby.
//   - attrib_interview.go, attrib_transcript.go: interviews, exchanges and
//     transcripts; attrib_heard.go: words a witness heard.
//
// Spans (speech or term, full sentence or fragment):
//
//   - spans_fragments.go: fragments under a clause of speech.
//   - spans_called.go: what someone calls, describes or brands a thing as.
//   - spans_terms.go: terms, names and titles in quotation marks.
//   - spans_signs.go: words written on signs.
//
// score.go holds Compare and Score. The tests of the rules in a file
// x.go are in find_x_test.go (find_names_forms_test.go for
// names_forms.go), or with the neighbouring theme's: attrib_pullquotes.go's
// in find_attrib_credits_test.go, authors.go's in
// find_attrib_texts_test.go, attrib_transcript.go's in
// find_attrib_interview_test.go, spans_signs.go's in
// find_spans_terms_test.go, scan_repairs.go's in find_scan_test.go,
// tokens_read.go's and attrib_heard.go's in find_attrib_clauses_test.go.
// find_test.go, find_wire_test.go and find_real_test.go test Find end to
// end, and realset_test.go scores the real set.
package quotes
