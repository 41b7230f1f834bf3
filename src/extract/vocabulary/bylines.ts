/**
 * Bylines: the words that introduce one, roles and credentials, name particles, wire-agency credits.
 * What a person's name may not contain is in `names.ts`.
 * See `index.ts` for what the vocabularies are and are not.
 */

/** Words that introduce a byline. */
export const BYLINE_PREFIX =
  /^(?:by|written by|words by|reported by|story by|text by|posted by|author:?|authors:?|von|par|por)(?=[\s|:]|$)\s*[:|]?\s*/i;

/**
 * Job titles and roles that follow a name in a byline ("By Meg James, Staff Writer").
 * Matched case-insensitively as trailing words.
 */
export const BYLINE_ROLES: readonly string[] = [
  "staff writer",
  "staff reporter",
  "senior writer",
  "senior reporter",
  "senior editor",
  "contributing writer",
  "contributing editor",
  "contributor",
  "correspondent",
  "reporter",
  "editor",
  "columnist",
  "writer",
  "editor-at-large",
  "news editor",
  "associate editor",
  "special correspondent",
  "political correspondent",
  "foreign correspondent",
  "staff",
  "attorney",
  "director",
  "professor",
  "fellow",
  "analyst",
  "producer",
  "photographer",
  "researcher",
  "economist",
  "anchor",
  "host",
  "intern",
];

/** Lowercase name particles allowed inside a person's name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "da",
  "di",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "le",
  "la",
  "du",
  "dos",
  "das",
  "bin",
  "al",
  "el",
  "ibn",
  "y",
  "ter",
  "ten",
  "los",
  "las",
  "bint",
  "st.",
]);

/**
 * The alt text of an author's picture printed before the byline ("Avatar photo by Jane Doe",
 * "author avatar", "jdoe-headshot Jane Doe"). A photo credit ("Photo by …") is not one of these.
 */
export const AUTHOR_PICTURE_LEAD =
  /^(?:(?:author\s+)?(?:avatar|headshot)(?:\s+(?:photo|image|picture))?|\S+[-_](?:headshot|avatar)\S*)(?:\s+|$)/i;

/** A picture label after a name: the author's picture or the outlet's logo ("Jane Doe Image", "Jane Doe KGO logo"). */
export const PICTURE_TAIL = /\s+(?:image|photo|picture|avatar|headshot|logo|icon)$/i;

/**
 * A photo credit or picture caption line near the headline ("Photo: Jane Doe",
 * "Spencer Platt/Getty", "jdoe-headshot.jpg"): never a byline, and no distance from the headline.
 */
export const PHOTO_CREDIT =
  /^(?:(?:photo(?:graph)?|image|picture|credit|illustration)s?\s*(?:by\b|:)|\S*(?:getty images|shutterstock|ap photo)\b)|^\p{Lu}[\p{L}.'’ -]+\/\s?\p{Lu}[\p{L}.&' -]*$|^[\p{Ll}\d]+(?:[-_][\p{L}\d]+)+(?:\.(?:jpe?g|png|webp|gif))?$/iu;

/**
 * News agencies, as they are credited in bylines: a gazetteer, matched case-insensitively as
 * whole phrases. An agency is a credit beside (or instead of) the people, never an author and
 * never the publisher.
 */
export const AGENCY_NAMES: readonly string[] = [
  "associated press",
  "ap",
  "reuters",
  "afp",
  "agence france-presse",
  "bloomberg",
  "bloomberg news",
  "dpa",
  "efe",
  "ansa",
  "xinhua",
  "pti",
  "ians",
  "upi",
  "press association",
  "pa media",
  "canadian press",
  "cnn wire",
  "tass",
  "kyodo",
  "kyodo news",
  "yonhap",
  "anadolu agency",
];

const AGENCY = `(?:the\\s+)?(?:${AGENCY_NAMES.map((a) => a.replace(/ /g, "\\s+")).join("|")})(?:\\s+(?:staff|wire|news))?`;

/**
 * News agencies credited on a line of their own, in place of a person's byline
 * ("The Associated Press", "Reuters", "AFP"). Such a line is a byline with no author.
 */
export const AGENCY_CREDIT = new RegExp(`^(?:by\\s+)?${AGENCY}$`, "i");

/** One part of a byline that is an agency credit: "Reuters", "(AP)", "the Associated Press". */
export const AGENCY_PART = new RegExp(`^\\(?${AGENCY}\\)?$`, "i");

/** A title that starts with an agency: "AP National Security Writer", "Reuters Correspondent". */
export const AGENCY_LEAD = new RegExp(`^${AGENCY}\\s+\\S`, "i");
