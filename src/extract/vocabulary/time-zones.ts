/**
 * Time-zone names printed after a time ("6:02 AM GMT+4", "10:30 a.m. ET", "14:00 CET"), as
 * data. Upper case only: a lower-case "et" after a time is French for "and".
 */

/** Abbreviations with one offset wherever news sites print them, in minutes east of UTC. */
export const FIXED_ZONES = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  SGT: 480,
  HKT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  HST: -600,
  AKST: -540,
  AKDT: -480,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
} as const satisfies Record<string, number>;

/**
 * Names of a region's time, standard or summer by the date ("ET" is -05:00 in January and
 * -04:00 in July): the offset is the IANA zone's on that day.
 */
export const REGIONAL_ZONES = {
  ET: "America/New_York",
  CT: "America/Chicago",
  MT: "America/Denver",
  PT: "America/Los_Angeles",
} as const satisfies Record<string, string>;

/**
 * Abbreviations naming several zones: the offset is left off rather than guessed, and the
 * provenance says so. IST: India, Ireland or Israel; CST: US Central, China or Cuba; BST: British
 * Summer or Bangladesh; AST: Atlantic or Arabia; GST: Gulf or South Georgia; SST: Samoa or Singapore.
 */
export const AMBIGUOUS_ZONES: readonly string[] = ["IST", "CST", "BST", "AST", "ADT", "GST", "SST"];
