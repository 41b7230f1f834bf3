import { parseByline, withNextIfBare, type BylineCandidate } from "./byline";
import { isDateLine } from "./dates";
import { findDates } from "./dates";
import type { Line } from "./lines";
import { AUTHOR_PICTURE_LEAD, PHOTO_CREDIT } from "./vocabulary";

/** A name-only line counts as a byline only this close (in lines that are not filler) below the headline. */
export const SINGLE_NAME_MAX_DISTANCE = 2;
/** A name with a date beside it or below it may stand this far below the headline. */
const NAME_DATE_MAX_DISTANCE = 3;
/** A name with a date beside it may stand this close above the headline ("Jane Doe / May 2, 2016"). */
const NAME_DATE_MAX_ABOVE = 2;
/** Byline candidates below this confidence are ignored. */
export const BYLINE_MIN_CONFIDENCE = 0.5;
/** A line continuing a list of names ("& John Roe, Editor") is at most this long. */
const MAX_CONTINUATION_WORDS = 15;
/** Above the headline, a line with a name and its date is at most this long ("Jane Doe / May 2, 2016"). */
const MAX_DATED_NAME_LINE_WORDS = 8;
/** A name line whose date sits on the next line is at most this long. */
const MAX_NAME_LINE_WORDS = 4;

/** Where a candidate line stands relative to the headline. */
export interface BylinePlace {
  /** The line is below the headline. */
  readonly afterHeadline: boolean;
  /**
   * Below the headline: lines that are not filler from the headline to this one, this one
   * included. Above it: non-blank lines from this one to the headline, this one included.
   */
  readonly distance: number;
  /** The line reads as prose (a sentence of the text). */
  readonly prose: boolean;
}

/**
 * Lines between a headline and its byline that say nothing about the author and so do not
 * push the byline away: date lines, page chrome, photo credits, picture labels and file names.
 * @example isBylineFiller(line("Spencer Platt/Getty")) //=> true
 */
export function isBylineFiller(line: Line): boolean {
  if (line.chrome !== null || PHOTO_CREDIT.test(line.text)) return true;
  if (AUTHOR_PICTURE_LEAD.test(line.text) && line.text.replace(AUTHOR_PICTURE_LEAD, "") === "") return true;
  return isDateLine(line.text);
}

/**
 * The text to read as a byline at line `i`: a bare "By" joined with the next line, a list of
 * names continued on the next line ("… / & John Roe"), or a short name joined with the date
 * line right below it ("JANE DOE" / "Nov. 20, 2019"), which marks it as a byline.
 * @example bylineTextAt(lines("By", "Jane Doe"), 0) //=> "By Jane Doe"
 */
export function bylineTextAt(lines: readonly Line[], i: number): string {
  const line = lines[i]!;
  const text = withNextIfBare(lines, i);
  if (text !== line.text) return text;
  const next = lines.slice(i + 1, i + 3).find((l) => !l.blank);
  if (!next) return text;
  if (/^(?:&|and)\s/i.test(next.text) && next.words <= MAX_CONTINUATION_WORDS) return `${text} ${next.text}`;
  if (line.words <= MAX_NAME_LINE_WORDS && findDates(text).mentions.length === 0 && isDateLine(next.text)) return `${text} | ${next.text}`;
  return text;
}

/**
 * Whether a byline candidate is near enough the headline to be the article's byline: a
 * prefixed byline or a list of names anywhere in the header, a name with a date a little
 * further, a bare name only right below the headline. In a prose line only names count.
 * @example acceptsByline(parseByline("Jane Doe")!, { afterHeadline: true, distance: 1, prose: false }) //=> true
 */
export function acceptsByline(cand: BylineCandidate, place: BylinePlace): boolean {
  if (cand.confidence < BYLINE_MIN_CONFIDENCE || (place.prose && cand.authors.length === 0)) return false;
  if (cand.prefixed || cand.authors.length >= 2) return cand.confidence > BYLINE_MIN_CONFIDENCE || place.afterHeadline;
  if (cand.rule === "byline:name-date") {
    return place.afterHeadline ? place.distance <= NAME_DATE_MAX_DISTANCE : place.distance <= NAME_DATE_MAX_ABOVE;
  }
  return place.afterHeadline && place.distance <= SINGLE_NAME_MAX_DISTANCE;
}

/**
 * The byline candidate at line `i`, if it is one and near enough the headline.
 * @example bylineCandidateAt(lines, 3, { afterHeadline: true, distance: 1, prose: false })?.authors //=> ["Jane Doe"]
 */
export function bylineCandidateAt(lines: readonly Line[], i: number, place: BylinePlace): BylineCandidate | null {
  // Above the headline, a bare name must carry its own date on a short line: kickers,
  // teasers and quotes with their attribution stand there.
  const cand = parseByline(place.afterHeadline ? bylineTextAt(lines, i) : withNextIfBare(lines, i));
  if (cand?.rule === "byline:name-date" && !place.afterHeadline && lines[i]!.words > MAX_DATED_NAME_LINE_WORDS) return null;
  return cand && acceptsByline(cand, place) ? cand : null;
}
