import type { FactorId } from "./factors.js";

/**
 * A named feedback loop of the systeemkaart: the factors in order, each linked to the next and
 * the last to the first, and whether the loop reinforces (R) or balances (B) as the product of
 * its link signs. The loops work out the candidates of research.md §6.8 (all of them
 * assumptions about structure, built from sourced and assumed links) and add three more.
 */
export interface NamedLoop {
  readonly id: string;
  readonly name_nl: string;
  readonly name_en: string;
  readonly polarity: "R" | "B";
  readonly variables: readonly FactorId[];
  readonly story_nl?: string;
  readonly story_en: string;
}

/** The named loops, with the story each tells. */
export const namedLoops: readonly NamedLoop[] = [
  {
    id: "zichtbaarheid_prioriteit",
    name_nl: "Alarm over registraties en prioriteit",
    name_en: "Alarm over registrations and priority",
    polarity: "B",
    variables: [
      "geregistreerde_slachtoffers",
      "prioriteit_mensenhandel",
      "opsporingscapaciteit",
      "signalering_melding",
    ],
    story_nl:
      "Dalende registraties slaan alarm: de daling van 2014–2017 werd in de Kamerbrief van mei 2018 (S5) en door de Nationaal Rapporteur (S33) als zorg genoemd, en het programma van 2018 volgde. Meer prioriteit brengt capaciteit, die capaciteit vindt meer slachtoffers, de registraties stijgen en het alarm zakt weer: een balancerende lus, die traag reageert omdat cijfers pas een jaar later bekend zijn.",
    story_en:
      "Falling registrations raise the alarm: the fall of 2014–2017 was named as a concern in the letter of May 2018 (S5) and by the Rapporteur (S33), and the programme of 2018 followed. More priority brings capacity, capacity finds more victims, registrations rise and the alarm subsides: a balancing loop, slow because the figures are known only a year later.",
  },
  {
    id: "capaciteitsoverbelasting",
    name_nl: "Overbelaste opsporing",
    name_en: "Capacity overload",
    polarity: "B",
    variables: ["geregistreerde_slachtoffers", "werkdruk_opsporing", "signalering_melding"],
    story_nl:
      "Elk geregistreerd slachtoffer is een signaal dat iemand moet oppakken. Groeit het aantal signalen sneller dan de capaciteit, dan stijgt de werkdruk en schiet het proactieve werk erbij in, het werk dat slachtoffers vindt die zich niet zelf melden. Zo remt de opsporing haar eigen instroom af: in 2015–2019 stegen de signalen terwijl het aantal verdachten daalde.",
    story_en:
      "Every registered victim is a signal someone must follow up. When signals grow faster than capacity, the workload rises and proactive work, which finds the victims who do not come forward themselves, is dropped. Investigation thus brakes its own inflow: in 2015–2019 signals rose while the number of suspects fell.",
  },
  {
    id: "afschrikking",
    name_nl: "Afschrikking",
    name_en: "Deterrence",
    polarity: "B",
    variables: [
      "veroordelingen",
      "pakkans",
      "ronselactiviteit",
      "seksuele_uitbuiting",
      "werkelijke_slachtoffers",
      "verborgen_slachtoffers",
      "geregistreerde_slachtoffers",
      "instroom_om",
    ],
    story_nl:
      "Veroordelingen verhogen de pakkans die daders ervaren, zodat zij minder ronselen en er minder slachtoffers bijkomen. Minder slachtoffers betekent op den duur minder zaken en minder veroordelingen, waardoor de afschrikking weer afneemt. Hoe sterk deze lus is, weet niemand: er is geen Nederlandse schatting van het afschrikkende effect.",
    story_en:
      "Convictions raise the risk traffickers perceive, so they recruit less and fewer people become victims. Fewer victims mean, in time, fewer cases and fewer convictions, and deterrence weakens again. Nobody knows how strong this loop is: there is no Dutch estimate of the deterrent effect.",
  },
  {
    id: "draaideur_opvang",
    name_nl: "Draaideur in de opvang",
    name_en: "Shelter revolving door",
    polarity: "R",
    variables: ["slachtoffers_zonder_opvangplek", "herhaald_slachtofferschap", "multiproblematiek"],
    story_nl:
      "Een slachtoffer zonder passende plek blijft binnen bereik van de uitbuiter of belandt in informele opvang, en wordt vaker opnieuw slachtoffer. Elke nieuwe ervaring stapelt problemen op; slachtoffers met multiproblematiek hebben schaarse specialistische plekken nodig, waardoor nog meer slachtoffers zonder plek blijven. De 36 specialistische plekken van 2019 grijpen precies op deze lus in.",
    story_en:
      "A victim without a fitting place stays within the exploiter's reach or in informal shelter, and falls victim again more often. Each new victimisation piles up problems; victims with multiple problems need scarce specialist places, so even more victims are left without a place. The 36 specialist places of 2019 act on exactly this loop.",
  },
  {
    id: "daderrecidive",
    name_nl: "Recidive van daders",
    name_en: "Offender recidivism",
    polarity: "R",
    variables: [
      "veroordelingen",
      "vrijgekomen_daders",
      "actieve_daders",
      "ronselactiviteit",
      "seksuele_uitbuiting",
      "werkelijke_slachtoffers",
      "verborgen_slachtoffers",
      "geregistreerde_slachtoffers",
      "instroom_om",
    ],
    story_nl:
      "Veroordeelde daders komen na gemiddeld anderhalf à twee jaar vrij, meestal zonder reclasseringstoezicht. Van de daders van binnenlandse seksuele uitbuiting pleegt 65 % binnen zeven jaar opnieuw een delict, maar ongeveer één op de tien opnieuw mensenhandel (S38). Wie terugkeert in de mensenhandel maakt nieuwe slachtoffers, die weer tot zaken en veroordelingen leiden. Omdat maar een klein deel terugkeert, is deze lus zwak: meer veroordelingen verlagen het aantal daders per saldo.",
    story_en:
      "Convicted traffickers are released after one and a half to two years on average, mostly without probation supervision. Of domestic sexual-exploitation offenders 65 % re-offend within seven years, but only about one in ten with trafficking (S38). Those who return to trafficking make new victims, who lead to new cases and convictions. Because only a small part returns, the loop is weak: more convictions lower the number of traffickers on balance.",
  },
  {
    id: "vertrouwen_aangifte",
    name_nl: "Vertrouwen in aangifte",
    name_en: "Trust in reporting",
    polarity: "B",
    variables: [
      "aangiftebereidheid",
      "werkdruk_opsporing",
      "kwaliteit_strafzaken",
      "sepotpercentage",
    ],
    story_nl:
      "Meer aangiften zonder meer rechercheurs betekent dunnere dossiers, en dunne dossiers worden geseponeerd. Slachtoffers en hun hulpverleners zien dat aangifte vaak op niets uitloopt en doen minder snel opnieuw aangifte. Tot 2019 verdubbelden de aangiften bijna, terwijl het sepotpercentage opliep van ongeveer 25 % (2016) naar ruim 40 % (2019).",
    story_en:
      "More complaints without more detectives mean thinner files, and thin files are dismissed. Victims and their counsellors see that complaints often come to nothing and report less readily next time. By 2019 complaints had nearly doubled, while the dismissal share rose from about 25 % (2016) to over 40 % (2019).",
  },
  {
    id: "informatiepositie",
    name_nl: "Informatiepositie en meldbereidheid",
    name_en: "Information position and willingness to report",
    polarity: "R",
    variables: [
      "drempel_informatiedeling",
      "meldbereidheid_zorg",
      "signalering_melding",
      "geregistreerde_slachtoffers",
      "zicht_op_omvang",
    ],
    story_nl:
      "Na de invoering van de AVG in 2018 dachten zorgpartijen toestemming nodig te hebben om te melden; hun meldingen vielen terug van 550 naar 150 per jaar. Met minder meldingen verslechtert het zicht op aard en omvang, en zonder dat zicht blijft onopgemerkt dat de drempel zelf het probleem is. Omgekeerd maakt een goed beeld van de ontbrekende meldingen het mogelijk de drempel weg te nemen.",
    story_en:
      "After the GDPR took effect in 2018, care partners believed they needed consent to report, and their reports fell from 550 to 150 a year. Fewer reports worsen the view of nature and scale, and without that view nobody sees that the barrier itself is the problem. Conversely, a clear picture of the missing reports is what makes it possible to remove the barrier.",
  },
  {
    id: "misbruikperceptie_b8",
    name_nl: "Vermoeden van misbruik van de verblijfsregeling",
    name_en: "Perceived misuse of the residence regulation",
    polarity: "B",
    variables: ["b8_meldingen", "vermoed_misbruik_b8", "toegang_verblijfsregeling"],
    story_nl:
      "Stijgt het aantal B8/3-meldingen door asielzoekers, dan groeit het vermoeden dat de regeling wordt gebruikt om verblijf te krijgen. De regels worden strenger, zoals voor Dublinclaimanten vanaf 1 augustus 2019, en er komen minder meldingen, van oneigenlijke én van echte slachtoffers. De lus dempt het gebruik, maar ten koste van het zicht op slachtoffers op migratieroutes.",
    story_en:
      "When B8/3 reports by asylum seekers rise, so does the suspicion that the regulation is used to obtain residence. The rules tighten, as for Dublin claimants from 1 August 2019, and fewer reports follow, from non-genuine and genuine victims alike. The loop damps the use, at the cost of sight of victims on the migration routes.",
  },
  {
    id: "incapacitatie",
    name_nl: "Daders uit de roulatie",
    name_en: "Incapacitation",
    polarity: "B",
    variables: [
      "actieve_daders",
      "ronselactiviteit",
      "seksuele_uitbuiting",
      "werkelijke_slachtoffers",
      "verborgen_slachtoffers",
      "geregistreerde_slachtoffers",
      "instroom_om",
      "veroordelingen",
    ],
    story_nl:
      "Meer actieve daders maken meer slachtoffers; een deel daarvan komt in beeld en leidt tot zaken en veroordelingen, en een veroordeelde dader in detentie kan niemand uitbuiten. Zo remt de strafrechtketen het aantal actieve daders af, maar alleen zolang de straf duurt: daarna neemt de recidivelus het over.",
    story_en:
      "More active traffickers make more victims; some of them come into view and lead to cases and convictions, and a convicted trafficker in custody exploits nobody. The criminal-justice chain thus brakes the number of active traffickers, but only for as long as the sentence lasts: after that the recidivism loop takes over.",
  },
  {
    id: "lokale_aandacht",
    name_nl: "Lokale aandacht",
    name_en: "Local attention",
    polarity: "R",
    variables: [
      "zicht_op_omvang",
      "gemeentelijk_beleid",
      "signalering_melding",
      "geregistreerde_slachtoffers",
    ],
    story_nl:
      "Een gemeente die weet dat mensenhandel binnen haar grenzen voorkomt, maakt eerder beleid; met beleid worden meer slachtoffers gesignaleerd en geregistreerd, en dat scherpt het beeld verder aan. Een gemeente zonder cijfers ziet geen reden voor beleid en krijgt zonder beleid ook geen cijfers. Het Interbestuurlijk Programma doorbreekt die cirkel van buitenaf door van elke gemeente uiterlijk in 2022 beleid te vragen.",
    story_en:
      "A municipality that knows trafficking happens within its borders is quicker to make policy; with a policy more victims are identified and registered, which sharpens the picture further. A municipality without figures sees no reason for a policy, and without a policy gets no figures. The Interbestuurlijk Programma breaks the circle from outside by asking every municipality for a policy by 2022.",
  },
  {
    id: "opvangdruk",
    name_nl: "Zichtbaarheid vult de opvang",
    name_en: "Visibility fills the shelter",
    polarity: "R",
    variables: [
      "werkelijke_slachtoffers",
      "verborgen_slachtoffers",
      "geregistreerde_slachtoffers",
      "bezetting_opvang",
      "slachtoffers_zonder_opvangplek",
      "herhaald_slachtofferschap",
    ],
    story_nl:
      "Meer slachtoffers in beeld is het doel, maar wie in beeld komt, heeft vaak opvang nodig. Zonder extra plekken en vervolghuisvesting loopt de opvang vol, blijven slachtoffers zonder plek en worden zij opnieuw slachtoffer. Betere signalering zonder meer opvang kan zo nieuwe slachtoffers opleveren: signalering en opvang horen als pakket samen.",
    story_en:
      "More victims in view is the aim, but those who come into view often need shelter. Without extra places and follow-up housing the shelter fills up, victims are left without a place and fall victim again. Better identification without more shelter can thus produce new victims: identification and shelter belong together as a package.",
  },
];
