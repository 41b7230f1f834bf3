/**
 * Vocabularies of the raw-text extractor. These are data, not code branches: each list
 * says what kind of text it catches. Patterns are matched against a line with its list
 * marker removed and whitespace collapsed, case-insensitively unless noted.
 *
 * Nothing here names a site or a publisher; every entry is a phrase that recurs across
 * many news sites' page chrome.
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
    patterns: [/^(press\s+["“]?enter["”]?\s+to\s+)?skip\s+to\s+(main\s+)?(content|navigation|search|footer)\b/i, /^accessibility (links|help)$/i],
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
    patterns: [/\b(this|our) (web)?site uses cookies\b/i, /\bby continuing to (use|browse)\b.*\b(cookies|agree)\b/i, /^(accept|reject|manage) (all )?cookies$/i],
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
  "story", "opinion", "opinions", "analysis", "news", "home", "menu", "search", "close", "open",
  "share", "comments", "highlights", "summary", "provocative", "exclusive", "breaking", "live",
  "updated", "published", "advertisement", "sponsored", "features", "politics", "world", "sports",
]);

/** Headings that introduce a bullet list of key points (the record's `highlights`). */
export const HIGHLIGHT_LABELS: readonly RegExp[] = [
  /^(highlights|key (points|takeaways|facts)|at a glance|in brief|the big picture|summary|what you need to know|quick read|tl;?dr)[:.]?$/i,
];

/** Bullet and list markers a text-mode browser or a copy-paste leaves at line start. */
export const BULLET = /^\s*(?:[•·▪◦‣∙●○■□☆★✓✔*\-–—]|\d{1,2}[.)])\s+/u;

/** Words that introduce a byline. */
export const BYLINE_PREFIX = /^(?:by|written by|words by|reported by|story by|text by|posted by|author:?|authors:?|von|par|por)(?=[\s|:]|$)\s*[:|]?\s*/i;

/**
 * Job titles and roles that follow a name in a byline ("By Meg James, Staff Writer").
 * Matched case-insensitively as trailing words.
 */
export const BYLINE_ROLES: readonly string[] = [
  "staff writer", "staff reporter", "senior writer", "senior reporter", "senior editor",
  "contributing writer", "contributing editor", "contributor", "correspondent", "reporter",
  "editor", "columnist", "writer", "editor-at-large", "news editor", "associate editor",
  "special correspondent", "political correspondent", "foreign correspondent", "staff",
];

/** Lowercase name particles allowed inside a person's name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das",
  "bin", "al", "el", "ibn", "y", "ter", "ten", "st.",
]);

/**
 * Words that make a capitalised phrase something other than a person's name
 * (organisations, places, page parts). Used to reject byline candidates.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "news", "times", "post", "press", "daily", "weekly", "herald", "tribune", "journal", "gazette",
  "magazine", "media", "group", "network", "agency", "reuters", "staff", "editorial", "board",
  "team", "desk", "service", "associated", "the", "and", "of", "for", "in", "on", "at", "with",
  "home", "menu", "search", "share", "comments", "more", "read", "view", "sign", "subscribe",
  "login", "log", "register", "newsletter", "advertisement", "sponsored", "world", "politics",
  "business", "sports", "sport", "opinion", "culture", "science", "technology", "tech", "health",
  "entertainment", "travel", "video", "videos", "photos", "live", "latest", "breaking", "top",
  "stories", "minister", "ministry", "president", "government", "university", "council", "court",
  "police", "army", "forces", "party", "company", "inc", "ltd", "llc", "corp", "international",
  "national", "united", "states", "kingdom", "republic", "city", "county", "state", "north",
  "south", "east", "west", "new", "york", "los", "angeles", "wild", "minnesota", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "updated", "published", "posted", "min", "ago",
]);

/** Labels in front of a date that say which date it is. */
export const DATE_LABELS = {
  published: /\b(published|posted|first published|original|date|released|issued|created)\b/i,
  updated: /\b(updated|last updated|modified|last modified|revised|edited)\b/i,
} as const;

/** Relative dates are never resolved against a clock: they make a date unknown. */
export const RELATIVE_DATE = /\b(\d+|an?|one|two|few)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b|\b(yesterday|today|tonight|just now|last (week|month|night))\b/i;

/**
 * Phrases that name a publisher. `$1` is the candidate name. Each carries a weight: how
 * strongly the phrase means "this is the site the page comes from".
 */
export const PUBLISHER_PATTERNS: readonly { readonly re: RegExp; readonly weight: number; readonly rule: string }[] = [
  // "© 2019 Example News. All rights reserved." / "Copyright © 2019, Example News | Terms"
  { re: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?(?:\d{4}\s*)?,?\s*([^|•·.,;©]{2,60}?)(?:\s*(?:[|•·,;]|\.\s|\.$|all rights|$))/i, weight: 3, rule: "copyright-line" },
  // "Example News is part of the Example Group" — the subject is the site, the object its owner.
  { re: /^([^.,;:]{2,50}?)\s+is (?:a )?part of\b/i, weight: 2, rule: "part-of" },
  // "part of the Example Times group": the group name is also the masthead of small sites.
  { re: /\bpart of the ([^.,;:]{2,50}?) (?:group|network|family)\b/i, weight: 2, rule: "part-of-group" },
  // "Example News is a member of ..."
  { re: /^([^.,;:]{2,50}?)\s+is a member of\b/i, weight: 2, rule: "member-of" },
  // Masthead and logo alt text: "Example News homepage", "Example News logo".
  { re: /^([^.,;:|]{2,50}?)\s+(?:homepage|home page|logo)$/i, weight: 2, rule: "masthead" },
  // "Follow Example News online:", "About Example News", "Support Example News", "Advertise on Example News".
  { re: /^(?:follow|about|support|advertise (?:on|with)|contact|why you can trust|get push notifications from|keep up to date with|shop)\s+(?:the\s+)?([^.,;:|]{2,50}?)(?:\s+online)?:?$/i, weight: 1, rule: "site-link" },
  // "Example News Navigation", "Example News main menu".
  { re: /^([^.,;:|]{2,40}?)\s+(?:navigation|main menu|sections)$/i, weight: 1, rule: "site-menu" },
  // "get more Example News delivered to your inbox", "Originally published on Example News."
  { re: /\b(?:get more|originally published (?:on|in|by))\s+([^.,;:|]{2,40}?)(?:\s+delivered\b|\.?$)/i, weight: 1.5, rule: "site-mention" },
  // An author's bio: "Science writer at Example News", "… is a reporter for the Example Times."
  { re: /\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer)\s+(?:at|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&'’ -]{1,40}?)(?=[.,;]|\s+(?:and|since|where|who|covering|in)\b|$)/u, weight: 1.5, rule: "author-bio" },
  // A brand written as its domain, with capitals: "ExampleNews.com", "Example.co.uk".
  { re: /(?:^|[\s•(])((?=[\w-]*\p{Lu})[\p{L}\d][\p{L}\d-]*\.(?:com|co\.uk|net|org|news|ca|com\.au|co\.nz|in|ie))\b/u, weight: 1.5, rule: "brand-domain" },
];

/**
 * Words that mark a company that owns the publication rather than its masthead
 * ("Example Holdings", "Example Media Group"): copyright lines often name the owner.
 */
export const OWNER_WORDS = /\b(company|holdings|network|group|media|interactive|universal|newspapers|publishing|corporation|communications|enterprises|broadcasting|digital|partners|solutions|international|inc|llc|ltd)\b/i;

/** Company-form suffixes removed from a publisher name ("Example Media, Inc." → "Example Media"). */
export const COMPANY_SUFFIX = /[\s,]+(inc\.?|llc|l\.l\.c\.|ltd\.?|limited|plc|gmbh|corp\.?|corporation|co\.|pvt\.? ltd\.?|media pvt\.?.*|s\.a\.|ag)$/i;

/**
 * Words that follow "About", "Contact", "Support" in site links but name no publisher
 * ("About Us", "Contact Support", "Privacy Policy").
 */
export const NOT_PUBLISHER_WORDS: ReadonlySet<string> = new Set([
  "us", "me", "our", "we", "policy", "privacy", "terms", "cookies", "cookie", "help", "support",
  "faq", "faqs", "contact", "jobs", "careers", "advertising", "feedback", "newsletters", "rss",
  "site", "page", "this", "team", "staff", "authors", "sitemap", "accessibility", "ethics",
]);

/**
 * News agencies credited on a line of their own, in place of a person's byline
 * ("The Associated Press", "Reuters", "AFP"). Such a line is a byline with no author.
 */
export const AGENCY_CREDIT = /^(?:by\s+)?(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg(?: news)?|dpa|efe|ansa|xinhua|pti|ians|upi|press association|pa media|canadian press|cnn wire|tass|kyodo(?: news)?|yonhap|anadolu agency)(?:\s+(?:staff|wire|news))?$/i;
