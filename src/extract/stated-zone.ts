import { normaliseOffset } from "../parse/calendar";
import { offsetMinutes, offsetText } from "../parse/instant";
import { AMBIGUOUS_ZONES, FIXED_ZONES, REGIONAL_ZONES } from "./vocabulary";

/**
 * The zone a text prints right after a time, so an extracted time keeps the instant the page
 * states: "6:02 AM GMT+4" is 06:02 at +04:00, not 06:02 in the site's zone. Unknown stays
 * unknown: an abbreviation naming several zones (IST, CST) gives no offset, only a note.
 */

/** What was read of a zone after a time. */
export interface StatedZone {
  /** `Z` or `±HH:MM`; null when the zone named cannot be told apart from another. */
  readonly offset: string | null;
  /** The zone as printed, e.g. `GMT+4`, `ET`. */
  readonly text: string;
  /** Why no offset was kept, for the provenance. */
  readonly note?: string;
}

// A time (`6:02`, `06:02:00`, `4pm`, `10:30 a.m.`), then the zone, maybe in brackets.
const TIME_THEN_ZONE =
  /(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[aApP]\.?\s?[mM]\.?)?|\d{1,2}\s*[aApP]\.?\s?[mM]\.?)\s*\(?\s*((?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|[+\-−]\d{2}:?\d{2}|[A-Z]{2,5})(?![A-Za-z\d])/;

const NUMERIC = /^(?:GMT|UTC)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/;

/**
 * The zone printed right after the first time in `text`, or null when none is printed there.
 * @param day the calendar day and wall time, for a region's time that changes with summer time
 * @example zoneAfterTime("May 14, 2024 6:02 AM GMT+4", "2024-05-14T06:02") //=> { offset: "+04:00", text: "GMT+4" }
 * @example zoneAfterTime("March 5, 2024 10:30 IST", "2024-03-05T10:30")?.offset //=> null
 */
export function zoneAfterTime(text: string, day: string): StatedZone | null {
  const m = TIME_THEN_ZONE.exec(text);
  const zone = m?.[1];
  if (zone === undefined) return null;
  const numeric = NUMERIC.exec(zone);
  if (numeric) {
    const [, sign, hh, mm] = numeric;
    const offset = normaliseOffset(`${sign === "−" ? "-" : sign}${hh!.padStart(2, "0")}:${mm ?? "00"}`);
    return offset === null ? null : { offset, text: zone };
  }
  if (Object.hasOwn(FIXED_ZONES, zone)) return { offset: offsetText(FIXED_ZONES[zone as keyof typeof FIXED_ZONES]), text: zone };
  if (Object.hasOwn(REGIONAL_ZONES, zone)) {
    return { offset: offsetText(offsetMinutes(day, REGIONAL_ZONES[zone as keyof typeof REGIONAL_ZONES])), text: zone };
  }
  if (AMBIGUOUS_ZONES.includes(zone)) return { offset: null, text: zone, note: `zone "${zone}" names several time zones: offset left off` };
  return null;
}
