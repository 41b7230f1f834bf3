/**
 * What `npm run screenshots` photographs: the four page kinds a reader sees most (home, an
 * article, a topic, search results) at a phone's and a laptop's width, in the light scheme,
 * and the home and article pages in the dark scheme too. Kept apart from the browser code so the
 * plan is checked by a plain test.
 */

/** The page kinds photographed. */
export type ShotKind = "home" | "article" | "topic" | "search";

/** One screenshot: the page, how the browser is set up, and the file it is written to. */
export interface Shot {
  readonly kind: ShotKind;
  readonly width: number;
  readonly scheme: "light" | "dark";
  /** File name in `docs/screenshots/`: `KIND-WIDTH-SCHEME.png`. */
  readonly file: string;
}

/** A common phone's width and a laptop's, as the browser tests use. */
export const SHOT_WIDTHS = [390, 1280] as const;

/** The viewport height; full-page shots grow past it. */
export const SHOT_HEIGHT = 800;

/** The kinds whose look differs enough in the dark scheme to be worth a picture. */
const DARK_KINDS: readonly ShotKind[] = ["home", "article"];

/**
 * Every screenshot to take, in a fixed order (so the command prints the same list each time).
 * @returns 12 shots: 4 kinds × 2 widths in light, 2 kinds × 2 widths in dark.
 * @example screenshotPlan()[0] //=> { kind: "home", width: 390, scheme: "light", file: "home-390-light.png" }
 */
export function screenshotPlan(): Shot[] {
  const kinds: readonly ShotKind[] = ["home", "article", "topic", "search"];
  const shots: Shot[] = [];
  for (const scheme of ["light", "dark"] as const) {
    for (const kind of kinds) {
      if (scheme === "dark" && !DARK_KINDS.includes(kind)) continue;
      for (const width of SHOT_WIDTHS) shots.push({ kind, width, scheme, file: `${kind}-${width}-${scheme}.png` });
    }
  }
  return shots;
}
