/**
 * The sources of the trafficking models, transcribed from `shared/domain/research.md` §1 (ids
 * S1–S71, first URL of each row) so that the model stands alone. Two documents that research.md
 * cites outside its table are added under their own ids: `K162`, the letter Kamerstuk 28 638
 * nr. 162 of 31 August 2018 that names the workshop themes (research.md §2.3), and
 * `S-overheidvannu`, the page on municipal policy that research.md §3 (F26) and §4.2 cite inline.
 */
import { argumentError, expectString } from "../../src/diagnostics/check-argument.js";

/** One source: its id as research.md writes it, a short title and where to read it. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

/** Every source the trafficking models may cite. */
// biome-ignore format: a data table, one source per line
export const sources = [
  { id: "S1", title: "CoMensha news: \"Rapport met uitkomsten Systeemanalyse Mensenhandel overhandigd aan Mark Harbers\" (Nov 2018)", url: "https://www.comensha.nl/actualiteiten/item/rapport-met-uitkomsten-systeemanalyse-mensenhandel-overhandigd-aan-mark-har/" },
  { id: "S2", title: "CoMensha column, Ina Hut: \"Uitkomsten systeemanalyse aanpak mensenhandel meegenomen in plan van aanpak regering\" (2018)", url: "https://www.comensha.nl/actualiteiten/item/column-uitkomsten-systeemanalyse-aanpak-mensenhandel-wordt-meegenomen-in-pl/" },
  { id: "S3", title: "E.J.A. van Zijderveld (TNO Defence, Security and Safety), \"MARVEL – principles of a method for semi-qualitative system behaviour and policy analysis\", 13 Aug 2007", url: "https://paperzz.com/doc/7021677/marvel" },
  { id: "S4", title: "Business Simulation Library (BSL, Modelica), example `SoftwareReleaseProject`: a re-implementation of the MARVEL example", url: "https://bsl-support.de/BusinessSimulation/BusinessSimulation.Examples.SoftwareReleaseProject.html" },
  { id: "S5", title: "Kamerstuk 28 638 nr. 161, letter of 25 May 2018 (State Secretary JenV and others)", url: "https://zoek.officielebekendmakingen.nl/dossier/kst-28638-161.html" },
  { id: "S6", title: "Kamerstuk 28 638 nr. 164, letter of 13 Nov 2018, \"Aanbieding van het programma Samen tegen mensenhandel\"", url: "https://zoek.officielebekendmakingen.nl/kst-28638-164.html" },
  { id: "S7", title: "Rijksoverheid news \"Vuist tegen mensenhandel\", 14 Nov 2018 (English version: \"Fight against human trafficking\")", url: "https://www.rijksoverheid.nl/actueel/nieuws/2018/11/14/vuist-tegen-mensenhandel" },
  { id: "S8", title: "Wegwijzer Mensenhandel: programme launch news, 13 Nov 2018 (\"5 actielijnen\")", url: "https://www.wegwijzermensenhandel.nl/samen-tegen-mensenhandel/nieuws/2018/11/13/programma-samen-tegen-mensenhandel-maakt-zich-hard-tegen-mensenhandel" },
  { id: "S9", title: "Kamerstuk 28 638 nr. 176, progress letter 13 Nov 2019", url: "https://zoek.officielebekendmakingen.nl/kst-28638-176.html" },
  { id: "S10", title: "Kamerstuk 28 638 nr. 177, \"Opsporing en vervolging mensenhandel\", 19 Nov 2019; summaries by regioburgemeesters", url: "https://zoek.officielebekendmakingen.nl/kst-32827-124.html/kst-28638-177.html" },
  { id: "S11", title: "Nationaal Rapporteur (NRM) / UNODC MSE 2017 press release (\"6.250 per jaar\")", url: "https://www.nationaalrapporteur.nl/publicaties/publicaties/2017/10/16/monitoring-target-16-2-of-the-united-nations-sustainable-development-goals" },
  { id: "S12", title: "Slachtoffermonitor mensenhandel 2012–2016 summary (5,000–7,500 per year)", url: "https://www.huiselijkgeweld.nl/vormen/mensenhandel/publicaties/rapporten/2017/10/01/nationaal-rapporteur-slachtoffermonitor-mensenhandel-2012-2016" },
  { id: "S13", title: "Reformatorisch Dagblad on the 2017 MSE (Dutch minor girls, 11 % seen)", url: "https://www.rd.nl/vandaag/binnenland/veel-meer-slachtoffers-seksuele-uitbuiting-1.1438277" },
  { id: "S14", title: "WODC news on the MSE 2016–2019 (Van Dijk, Cruyff, Van der Heijden, Nov 2021)", url: "https://www.wodc.nl/actueel/nieuws/2021/11/29/jaarlijks-circa-5.000-slachtoffers-van-mensenhandel-in-nederland" },
  { id: "S15", title: "NRM news on the same estimate", url: "https://www.nationaalrapporteur.nl/actueel/nieuws/2021/11/30/nieuwe-schatting-slachtoffers-mensenhandel-gepubliceerd" },
  { id: "S16", title: "NOS on the same estimate", url: "https://nos.nl/artikel/2407522-schatting-5000-slachtoffers-mensenhandel-in-nederland-in-2018-en-2019" },
  { id: "S17", title: "CoMensha annual figures 2013", url: "https://www.comensha.nl/actualiteiten/item/jaarcijfers-van-comensha-2013/" },
  { id: "S18", title: "NRM \"Monitor Mensenhandel. Cijfers mogelijke slachtoffers 2011–2015\"", url: "https://www.nationaalrapporteur.nl/mensenhandel/publicaties/rapporten/2016/09/30/monitor-mensenhandel-cijfers-mogelijke-slachtoffers-2011-2015" },
  { id: "S19", title: "NRM \"Mensenhandel in en uit beeld 2007–2011\" press page", url: "https://www.nationaalrapporteur.nl/publicaties/rapporten/2012/12/24/nationaal-rapporteur-mensenhandel-2012-mensenhandel-in-en-uit-beeld-cijfermatige-rapportage-2007-2011-interactieve-versie" },
  { id: "S20", title: "CoMensha \"Ketenpartners ontvangen Het beeld van 2017\"", url: "https://www.comensha.nl/actualiteiten/item/ketenpartners-van-comensha-ontvangen-het-beeld-van-2017/" },
  { id: "S21", title: "CoMensha \"Het beeld van 2020\"", url: "https://publicaties.comensha.nl/het_beeld_van_2020/aard_en_omvang" },
  { id: "S22", title: "nieuws.nl on CoMensha 2021 figures", url: "https://nieuws.nl/algemeen/20221018/comensha-slachtoffers-mensenhandel-verdwijnen-uit-zicht/" },
  { id: "S23", title: "Aanhangsel Handelingen 2018–2019 nr. 3260 (answers on Parliamentary questions, with NRM table of registered victims 2013–2017 by nationality)", url: "https://zoek.officielebekendmakingen.nl/ah-tk-20182019-3260.html" },
  { id: "S24", title: "Slachtoffermonitor 2014–2018 coverage (RD, BlikOpNieuws, CoMensha reaction)", url: "https://www.rd.nl/vandaag/binnenland/aantal-meldingen-seksuele-uitbuiting-daalt-1.1603239" },
  { id: "S25", title: "Slachtoffermonitor 2013–2017 coverage (BD; EC anti-trafficking country page)", url: "https://www.bd.nl/binnenland/rapport-weinig-zicht-op-slachtoffers-van-mensenhandel-en-uitbuiting~a5e40067/" },
  { id: "S26", title: "Slachtoffermonitor 2015–2019 coverage (RD, Oct 2020)", url: "https://www.rd.nl/vandaag/binnenland/ernstige-zorgen-over-jonge-slachtoffers-seksuele-uitbuiting-1.1704792" },
  { id: "S27", title: "Slachtoffermonitor 2016–2020 coverage (nieuws.nl, Dec 2021)", url: "https://nieuws.nl/algemeen/20211207/helft-slachtoffers-mensenhandel-opnieuw-getroffen-door-misdrijf/" },
  { id: "S28", title: "US State Dept TIP Report 2018, Netherlands (data year 2016)", url: "https://www.state.gov/reports/2018-trafficking-in-persons-report/netherlands/" },
  { id: "S29", title: "US State Dept TIP Report 2020, Netherlands (data year 2018)", url: "https://www.state.gov/reports/2020-trafficking-in-persons-report/netherlands/" },
  { id: "S30", title: "US State Dept TIP Report 2022, Netherlands (data year 2020)", url: "https://www.state.gov/reports/2022-trafficking-in-persons-report/netherlands/" },
  { id: "S31", title: "NRM 2013 news \"Stijging veroordelingen mensenhandel in 2012\"", url: "https://www.nationaalrapporteur.nl/actueel/2013/Stijgingveroordelingenmensenhandelin2012.aspx" },
  { id: "S32", title: "NRC 20 Aug 2017 \"Vervolging mensenhandel hapert\" (convictions, Raad voor de rechtspraak data)", url: "https://www.nrc.nl/nieuws/2017/08/20/vervolging-mensenhandel-hapert-12579227-a1570556" },
  { id: "S33", title: "NOS/Nieuwsuur Nov 2018 (cases before court 2012 vs 2017)", url: "https://nos.nl/nieuwsuur/artikel/2258854-rapporteur-bolhaar-minder-strafzaken-maar-niet-minder-mensenhandel.html" },
  { id: "S34", title: "NRM \"Dadermonitor mensenhandel 2013–2017\" page", url: "https://nationaalrapporteur.nl/publicaties/rapporten/2019/05/02/dadermonitor-mensenhandel-2013-2017" },
  { id: "S35", title: "Dadermonitor 2015–2019 coverage (Volkskrant, NRC, RIEC, NU.nl)", url: "https://www.volkskrant.nl/nieuws-achtergrond/nederland-doet-steeds-minder-tegen-mensenhandel~b93b77c8/" },
  { id: "S36", title: "\"Nieuwe cijfers mensenhandel\" (NRM figures 2009–2013: sentences)", url: "https://www.wereldvanculturen.nl/nieuwe-cijfers-mensenhandel-in-nederland/" },
  { id: "S37", title: "Trouw opinion, July 2017 (sentence low, dismissals)", url: "https://www.trouw.nl/opinie/pak-handel-in-mensen-aan-bij-formatie~afb29341/" },
  { id: "S38", title: "Dadermonitor 2017–2021 coverage (Parool, NRC, Dec 2022)", url: "https://www.parool.nl/nederland/daders-seksuele-uitbuiting-gaan-vaker-opnieuw-in-de-fout-dan-andere-criminelen~baa81e0a/" },
  { id: "S39", title: "Police OM suspects 2014–2019 (RD; CKM)", url: "https://www.rd.nl/vandaag/politiek/christenunie-slaat-alarm-over-dalende-opsporingscijfers-mensenhandelaren-1.1666016" },
  { id: "S40", title: "Begroting JenV 2022, Veiligheidsagenda table", url: "https://www.rijksfinancien.nl/memorie-van-toelichting/2022/OWB/VI/onderdeel/1033739" },
  { id: "S41", title: "Regioburgemeesters on 2020 letter \"Opsporing en vervolging\"", url: "https://regioburgemeesters.nl/actueel/?id=781" },
  { id: "S42", title: "BlikOpNieuws Nov 2019 \"Meer mankracht voor politie\" (AVIM 350 fte)", url: "https://www.blikopnieuws.nl/nieuws/277783/meer-mankracht-voor-politie-in-strijd-tegen-mensenhandel.html" },
  { id: "S43", title: "SBO blog \"Intensivering aanpak mensenhandel\" (2016/17 measures Van der Steur)", url: "https://blog.sbo.nl/veiligheid/intensivering-aanpak-mensenhandel/" },
  { id: "S44", title: "WODC evaluation of COSM pilot (2012/13) and summary", url: "http://docplayer.nl/16196759-Evaluatie-van-de-pilot-categorale-opvang-voor-slachtoffers-van-mensenhandel.html" },
  { id: "S45", title: "CCV page on letter Opstelten: COSM 50 → 70 places", url: "https://hetccv.nl/onderwerpen/mensenhandel/documenten/opvang-slachtoffers-mensenhandel/" },
  { id: "S46", title: "CoMensha: \"JenV verhoogt aantal bedden bij COSM\" (2018)", url: "https://www.comensha.nl/actualiteiten/item/jenv-verhoogt-aantal-bedden-bij-cosm/" },
  { id: "S47", title: "NU.nl / RD April 2019: 36 new specialist places", url: "https://www.nu.nl/binnenland/5840742/kabinet-opent-extra-opvanglocaties-voor-slachtoffers-van-mensenhandel.html" },
  { id: "S48", title: "NRM update 2010–2014 on residence protection (bedenktijd counts; text partly garbled)", url: "https://adoc.pub/mensenhandel-in-en-uit-beeldfcb4c0b7c8de332671a0a192de04a81c78269.html" },
  { id: "S49", title: "NRM 2013 note on Wet modern migratiebeleid (B9 → B8/3)", url: "https://www.nationaalrapporteur.nl/actueel/2013/Wetmodernmigratiebeleidvankracht.aspx" },
  { id: "S50", title: "EMM factsheet Nigerian asylum seekers MOB (Dublin claimants, 1 Aug 2019 change)", url: "https://www.emm-online.nl/publicaties/publicaties/2022/07/08/fs-emm-data-analyse-nigeriaanse-asielzoekers-mob" },
  { id: "S51", title: "Staatscourant 2023-13577 (WBV 2023/11, B8/3 text)", url: "https://zoek.officielebekendmakingen.nl/stcrt-2023-13577.html" },
  { id: "S52", title: "Kamerstuk 28 638 nr. 175 and WODC record: pilot multidisciplinaire advisering (from 1 Jan 2018)", url: "https://zoek.officielebekendmakingen.nl/kst-28638-175.html" },
  { id: "S53", title: "NOS Sep 2021, Algemene Rekenkamer on ISZW labour exploitation", url: "https://nos.nl/artikel/2399628-rekenkamer-aanpak-arbeidsuitbuiting-levert-nauwelijks-iets-op" },
  { id: "S54", title: "Investico on Rekenkamer report (inspectors not reporting signals)", url: "https://www.platform-investico.nl/onderzoeken/de-inspectie-maakt-werknemers-voor-de-tweede-keer-slachtoffer" },
  { id: "S55", title: "Inspectie SZW annual report 2019 (definitions, \"oneerlijk werk\")", url: "https://magazines.rijksoverheid.nl/nlarbeidsinspectie/jaarstukken/2019/01/eerlijk-werk" },
  { id: "S56", title: "RD, April 2025, NRM on police/KMar/Labour Inspectorate signals (4 of 209)", url: "https://www.rd.nl/artikel/1102095-arbeidsinspectie-wil-graag-iets-doen-met-onderzoek-mensenhandel" },
  { id: "S57", title: "privacy-web.nl on GDPR and reporting (550 → 150 non-investigative reports)", url: "https://privacy-web.nl/artikelen/mensenhandel-informatie-delen-mag-door-hulpverleners-ook-zonder-toestemming" },
  { id: "S58", title: "Trouw Oct 2019 on GDPR misinterpretation", url: "https://www.trouw.nl/binnenland/volgens-de-privacywet-mag-je-meer-dan-je-denkt-zeggen-experts~b6758a16/" },
  { id: "S59", title: "CKM research on loverboy modus operandi (NRC, nieuws.nl, Volkskrant, Mar 2021)", url: "https://www.nrc.nl/nieuws/2021/03/02/loverboys-slaan-vaak-snel-toe-en-doen-niet-altijd-aan-inpalming-a4033822" },
  { id: "S60", title: "Kenniscentrum KJP on exploiter screening of vulnerable youth (LVB)", url: "https://kenniscentrum-kjp.nl/professionals-slachtoffers-loverboys-beschrijving-algemeen/" },
  { id: "S61", title: "NRC Feb 2023 on LVB blind spot", url: "https://www.nrc.nl/nieuws/2023/02/13/overheidsinstanties-hebben-blinde-vlek-voor-licht-verstandelijk-beperkten-a4157021" },
  { id: "S62", title: "NOS June 2020, Nigerian asylum seekers leaving reception (MOB)", url: "https://nos.nl/artikel/2336302-duizend-nigeriaanse-asielzoekers-verdwenen-signalen-van-mensenhandel.html" },
  { id: "S63", title: "NRC Apr 2019 \"Meer migranten claimen slachtoffer mensenhandel te zijn\"", url: "https://www.nrc.nl/nieuws/2019/04/23/meer-migranten-claimen-slachtoffer-mensenhandel-te-zijn-a3957918" },
  { id: "S64", title: "Kamerstuk 34 091 (initiative bill criminalising clients of trafficking victims), memorie van toelichting", url: "https://openkamer.org/kamerstuk/34091/3" },
  { id: "S65", title: "Raad van State advice on Wet regulering sekswerk (35 715)", url: "https://openkamer.org/kamerstuk/35715/4" },
  { id: "S66", title: "Bureau Beke project page on the fall in CoMensha reports", url: "https://bureaubeke.nl/projecten/mensenhandel-het-verhaal-achter-de-cijfers/" },
  { id: "S67", title: "Telegraaf Feb 2017, NRM letter (halving in H1 2016)", url: "http://www.telegraaf.nl/binnenland/27616338/__Vrij_baan_voor_mensenhandelaars__.html" },
  { id: "S68", title: "WODC project 3132 page (second MSE is part of Samen tegen mensenhandel)", url: "https://www.wodc.nl/onderzoek-in-uitvoering/welk-onderzoek-doen-we/3132---schatting-van-daadwerkelijke-omvang-van-aantal-slachtoffers-mensenhandel-in-nederland-prevalentie-onderzoek" },
  { id: "S69", title: "Wegwijzer Mensenhandel, 2023 Actieplan action line \"Doorontwikkelen van de basisaanpak\"", url: "https://www.wegwijzermensenhandel.nl/samen-tegen-mensenhandel/doorontwikkelen-van-de-basisaanpak-van-mensenhandel" },
  { id: "S70", title: "rockagainsttrafficking.nl (CoMensha 2014 figures incl. minors)", url: "http://rockagainsttrafficking.nl/page.php?id=5" },
  { id: "S71", title: "NU.nl 2013 on CoMensha 2012 figures", url: "https://www.nu.nl/binnenland/3395950/mensenhandel-vaker-gemeld.html" },
  { id: "K162", title: "Kamerstuk 28 638 nr. 162, letter of 31 Aug 2018 on the plan of approach (workshop themes, the systems analysis, residence regulation changes from 1 Oct 2018); text in shared/domain/kamerbrief-28638-162.txt, URL by the pattern of S6", url: "https://zoek.officielebekendmakingen.nl/kst-28638-162.html" },
  { id: "S-overheidvannu", title: "Overheid van nu, 9 Dec 2020: every municipality a trafficking policy by 2022 (Interbestuurlijk Programma)", url: "https://www.overheidvannu.nl/actueel/artikelen/2020/12/9/mensenhandel" },
] as const satisfies readonly Source[];

/** The id of a source: a citation of an unknown source does not compile. */
export type SourceId = (typeof sources)[number]["id"];

/** The source with the given id. */
export function sourceById(id: SourceId): Source {
  expectString("sourceById", "id", id);
  const found = sources.find((s) => s.id === id);
  if (found === undefined) throw argumentError("sourceById", "id", "the id of a source", id);
  return found;
}
