import { assumption, source } from "./evidence.js";
import { link, type MapLink } from "./link.js";

/**
 * Investigation, prosecution and trial (research.md §5.4, §5.7, §6.1, §6.3).
 */
export const justiceLinks: readonly MapLink[] = [
  link(
    "concurrerende_prioriteiten",
    "prioriteit_mensenhandel",
    "-",
    "strong",
    "high",
    source(
      ["S5", "S24", "S43"],
      "the refugee influx and counter-terrorism pushed trafficking down in 2014–2017",
    ),
  ),
  link(
    "reorganisatie_politie",
    "expertise_opsporing",
    "-",
    "strong",
    "low",
    source(["S5", "S32", "S43"], "specialist posts were left unfilled after the reorganisation"),
  ),
  link(
    "prioriteit_mensenhandel",
    "opsporingscapaciteit",
    "+",
    "strong",
    "average",
    source(
      ["S5", "S24", "S43"],
      "lower priority meant less capacity deployed on trafficking (§6.1)",
    ),
  ),
  link(
    "opsporingscapaciteit",
    "expertise_opsporing",
    "+",
    "average",
    "low",
    source(
      ["S43", "S10"],
      "extra money from 2017 paid for certified detectives; certification and outflow slow the gain",
    ),
  ),
  link(
    "opsporingscapaciteit",
    "signalering_melding",
    "+",
    "strong",
    "high",
    source(
      ["S5", "S24", "S43", "S28"],
      "capacity deployed drives identification (§6.1); the police are the largest reporter (462 in 2016)",
    ),
  ),
  link(
    "expertise_opsporing",
    "signalering_melding",
    "+",
    "average",
    "average",
    source(["S5", "S32", "S43"], "the loss of experts cut identification (§6.1)"),
  ),
  link(
    "expertise_opsporing",
    "kwaliteit_strafzaken",
    "+",
    "strong",
    "average",
    source(["S5", "S32"], "expertise builds the cases (§6.1)"),
  ),
  link(
    "opsporingscapaciteit",
    "werkdruk_opsporing",
    "-",
    "average",
    "high",
    assumption(
      "Workload per investigator is the caseload divided by the capacity that carries it (research.md §6.3).",
    ),
  ),
  link(
    "geregistreerde_slachtoffers",
    "werkdruk_opsporing",
    "+",
    "average",
    "very_high",
    assumption(
      "Every registered victim is a signal someone must follow up, and in 2015–2019 signals rose while suspects fell (S35), as in a capacity-limited pipeline.",
    ),
  ),
  link(
    "aangiftebereidheid",
    "werkdruk_opsporing",
    "+",
    "average",
    "very_high",
    assumption(
      "Each complaint has to be investigated, and complaints nearly doubled to 1,045 in 2019 without more suspects (S35).",
    ),
  ),
  link(
    "werkdruk_opsporing",
    "kwaliteit_strafzaken",
    "-",
    "average",
    "average",
    assumption(
      "A detective with more cases has less time for each, so the files get thinner (research.md §6.3).",
    ),
  ),
  link(
    "werkdruk_opsporing",
    "signalering_melding",
    "-",
    "average",
    "high",
    assumption(
      "An overloaded team drops proactive work such as checks, and proactive work is how the police find victims who do not come forward themselves.",
    ),
  ),
  link(
    "werkdruk_opsporing",
    "instroom_om",
    "-",
    "average",
    "average",
    assumption(
      "Signals that cannot be followed up produce no suspects, the reading research.md §6.3 gives of the fall in suspects from 2015 to 2019.",
    ),
  ),
  link(
    "kwaliteit_strafzaken",
    "sepotpercentage",
    "-",
    "strong",
    "average",
    source(["S35", "S37"], "dismissals are mostly for lack of evidence"),
  ),
  link(
    "kwaliteit_strafzaken",
    "strafmaat",
    "+",
    "weak",
    "low",
    assumption(
      "A well-built file proves more of the exploitation, so the court can convict on more counts and sentence higher.",
    ),
  ),
  link(
    "opsporingscapaciteit",
    "instroom_om",
    "+",
    "strong",
    "average",
    source(
      ["S5", "S32", "S10"],
      "capacity deployed drives the OM inflow (§6.1); the 58 FTE aim at more suspects",
    ),
  ),
  link(
    "geregistreerde_slachtoffers",
    "instroom_om",
    "+",
    "average",
    "average",
    assumption(
      "Identified victims point to their exploiters, so more registered victims yield more suspects (research.md §7, case inflow).",
    ),
  ),
  link(
    "aangiftebereidheid",
    "instroom_om",
    "+",
    "average",
    "average",
    assumption(
      "A complaint is the usual start of a case, although in 2015–2019 complaints rose while suspects fell (S35), so the link is average.",
    ),
  ),
  link(
    "sepotpercentage",
    "veroordelingen",
    "-",
    "average",
    "average",
    assumption(
      "A dismissed case never reaches the court, so a higher dismissal share leaves fewer cases to convict.",
    ),
  ),
  link(
    "sepotpercentage",
    "aangiftebereidheid",
    "-",
    "average",
    "low",
    assumption(
      "Victims and their counsellors learn that complaints are often dismissed and weigh that before they report again.",
    ),
  ),
  link(
    "instroom_om",
    "veroordelingen",
    "+",
    "strong",
    "low",
    source(
      ["S31", "S33", "S36"],
      "over 70 % of suspects tried were convicted in 2012–2013; trials take time",
    ),
  ),
  link(
    "veroordelingen",
    "pakkans",
    "+",
    "average",
    "average",
    assumption(
      "Convictions are what traffickers see of the risk they run (research.md §6.3, deterrence loop).",
    ),
  ),
  link(
    "strafmaat",
    "pakkans",
    "+",
    "weak",
    "average",
    assumption(
      "Deterrence is the chance of being caught times the penalty, so a heavier sentence weighs in (research.md §6.3).",
    ),
  ),
  link(
    "internationale_samenwerking",
    "instroom_om",
    "+",
    "weak",
    "low",
    source(["S6", "S42"], "intended mechanism of the liaison officers: more cross-border cases"),
  ),
];
