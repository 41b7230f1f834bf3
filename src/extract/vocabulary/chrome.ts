/**
 * Page chrome: lines that belong to the page, not the article; labels, key-point headings and list markers.
 * See `index.ts` for what the vocabularies are and are not.
 */

/** A class of page chrome and the phrases that identify it. */
export interface ChromeRule {
  /** Reason recorded in `removed[]`, e.g. `chrome:comments`. */
  readonly reason: string;
  /** Whole-line or in-line patterns. */
  readonly patterns: readonly RegExp[];
}

/**
 * Site chrome: lines that belong to the page, not the article. A line matching one of
 * these is never body text, whatever its length.
 */
export const CHROME_RULES = [
  {
    // Accessibility skip links and keyboard hints at the top of a page.
    reason: "chrome:skip-link",
    patterns: [
      /^(press\s+["“]?enter["”]?\s+to\s+)?skip\s+to\s+(main\s+)?(content|navigation|search|footer)\b/i,
      /^accessibility (links|help)$/i,
    ],
  },
  {
    // Comment prompts and comment forms.
    reason: "chrome:comments",
    patterns: [
      /^(leave|post|add|write) (a |your )?(reply|comment)\b/i,
      /^be (the )?first to comment\b/i,
      /^your email address will not be published\b/i,
      /required fields are marked/i,
      /^(name|email|website|comment)\s*(\(required\)|\*)/i,
      /^\d+\s+(comments?|responses?|replies)$/i,
      /^(view|show|load|hide|read) (all |more )?(\d+ )?comments?\b/i,
      /^comments?( \(\d+\))?$/i,
      /^\[?\s*\d+ comments?\s*\]?$/i,
      /^(top|most) (rated|liked|recent|popular) comments$/i,
      /^rating: -?\d+ votes?$/i,
      /^(reply|report|like|flag)( \d+)?$/i,
      /^(join|start) the (conversation|discussion)\b/i,
      /^(cancel reply|post comment|submit comment)$/i,
      /^save my name, email,? and website/i,
      /^notify me of (new|follow-up)/i,
    ],
  },
  {
    // Promotions of other stories and sections.
    reason: "chrome:promo",
    patterns: [
      /^more (from|posts in|stories from|on|in)\b.{0,60}$/i,
      /^(related|recommended|suggested|popular|trending|top|latest|editor['’]s picks?)( (stories|articles|posts|news|reads|videos|content|coverage|topics|links))?:?$/i,
      /^(you (may|might) (also )?(like|enjoy)|don['’]t miss|read (more|next|also)|see also|also read|more on:?|what to read next|recommended for you|around the web|from our partners|sponsored( content| links| stories)?|most (popular|read|viewed|shared)( today)?)\b.{0,40}$/i,
      /^you['’]ve reached the end\b/i,
      /^(related|see also|read more|more|also on [\w.]+|recommended|watch|listen)\s*:\s*\S/i,
      /^(join|subscribe to) our\b/i,
      /^(previous|next) (article|post|story)\b/i,
      /^(back to top|go to top|top of page)$/i,
    ],
  },
  {
    // Sharing widgets.
    reason: "chrome:share",
    patterns: [
      /^(share|tweet|email|print|pin|copy( link)?|whatsapp|facebook|twitter|linkedin|reddit|pinterest|messenger|flipboard|pocket)( (this|it|article|story|link|on \w+))?( with \w+)?:?$/i,
      /^share (this|on|via|the)\b.{0,80}$/i,
      /^share (all|close)\b/i,
      /^sharing is caring\b/i,
      /get short url$/i,
      // A row of share buttons dumped as words: "Facebook Twitter Email LinkedIn".
      /^(?:(?:icon|facebook|twitter|x|email|e-mail|linkedin|reddit|pinterest|whatsapp|google|plus|print|share|messenger|copy|link|tumblr|flipboard|pocket|sms|telegram|mail)\b[\s,|·•]*){2,}$/i,
      /^click to (share|print|email)\b/i,
      /^(share|copy) (this )?(link|url)\b/i,
      /^these are external links and will open in a new window$/i,
      /\bfollow (us|\w+) on (twitter|facebook|instagram|linkedin)\b/i,
      /^close share panel$/i,
    ],
  },
  {
    // Donation and membership appeals.
    reason: "chrome:appeal",
    patterns: [
      /\bdonat(e|ions?)\b.*\b(support|paypal|help)\b/i,
      /\b(support|help)\b.*\bdonat(e|ions?)\b/i,
      /\bpaypal\b/i,
      /^(become a (member|patron|subscriber)|support (our|independent) journalism)\b/i,
      /^(subscribe|sign up|register|log ?in|sign in)( now| today| here)?( to [^.]{0,80})?[.!]?$/i,
    ],
  },
  {
    // Newsletter boxes.
    reason: "chrome:newsletter",
    patterns: [
      /^(sign up|subscribe) (for|to) (our|the|free)?\b.{0,80}\b(e-?mail )?newsletters?\b/i,
      /\bnewsletters? (and alerts|sign-?up)\b/i,
      /^get (our|the) newsletter\b/i,
      /\bno spam\b|\bunsubscribe at any time\b/i,
    ],
  },
  {
    // Cookie and privacy notices.
    reason: "chrome:cookies",
    patterns: [
      /\b(this|our) (web)?site uses cookies\b/i,
      /\bby continuing to (use|browse)\b.*\b(cookies|agree)\b/i,
      /^(accept|reject|manage) (all )?cookies$/i,
    ],
  },
  {
    // Publisher footers: copyright, legal links.
    reason: "chrome:footer",
    patterns: [
      /\ball rights reserved\b/i,
      /^(©|\(c\)|copyright)\s/i,
      /^(terms (of (service|use))?|privacy( policy)?|cookie policy|contact us|about us|advertise( with us)?|site ?map)( [|·•] .*)?$/i,
      /\bmay not be (published|reproduced|broadcast)\b/i,
      /^(powered by|theme by)\b/i,
    ],
  },
  {
    // Media placeholders and labels left behind by the page dump.
    reason: "chrome:media-label",
    patterns: [
      /^(advertisement|ad|sponsored|image|photo|video|audio|media|gallery|listen|watch)( \d+)?:?$/i,
      /^(media playback is (unsupported|not supported)|your browser does not support)\b/i,
      /^(image|photo|media) (copyright|caption|source|credit)\b/i,
      /^enlarge (image|photo)$/i,
      /^(image|photo|slide|picture) \d+ (of|\/) ?\d*$/i,
      /^(photo|image|credit|source|caption|photograph)s?\s*:\s*\S.{0,60}$/i,
      /^back to (gallery|top|article)$/i,
      /^\d+ min(ute)? read$/i,
      /^(show|hide) (more|less)( sharing options)?$/i,
    ],
  },
] as const satisfies readonly ChromeRule[];

/**
 * Page labels: one- or two-word lines that name a page part rather than say anything
 * ("Story", "Opinions", "Highlights"). Only used to explain removals near the article.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  "story",
  "opinion",
  "opinions",
  "analysis",
  "news",
  "home",
  "menu",
  "search",
  "close",
  "open",
  "share",
  "comments",
  "highlights",
  "summary",
  "provocative",
  "exclusive",
  "breaking",
  "live",
  "updated",
  "published",
  "advertisement",
  "sponsored",
  "features",
  "politics",
  "world",
  "sports",
]);

/** Headings that introduce a bullet list of key points (the record's `highlights`). */
export const HIGHLIGHT_LABELS: readonly RegExp[] = [
  /^(highlights|key (points|takeaways|facts)|at a glance|in brief|the big picture|summary|what you need to know|quick read|tl;?dr)[:.]?$/i,
];

/** Bullet and list markers a text-mode browser or a copy-paste leaves at line start. */
export const BULLET = /^\s*(?:[•·▪◦‣∙●○■□☆★✓✔*\-–—]|\d{1,2}[.)])\s+/u;
