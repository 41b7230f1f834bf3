/**
 * Publisher signals: phrases naming the publisher, owner and company-form words, words that are not publisher names.
 * See `index.ts` for what the vocabularies are and are not.
 */

/**
 * Phrases that name a publisher. `$1` is the candidate name. Each names the feature it sets on
 * the candidate (`fromCopyright`, …); how much that feature counts is in the source weight table.
 */
export const PUBLISHER_PATTERNS: readonly { readonly re: RegExp; readonly feature: string; readonly rule: string }[] = [
  // "© 2019 Example News. All rights reserved." / "Copyright © 2019, Example News | Terms"
  {
    re: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?(?:\d{4}\s*)?,?\s*([^|•·,;©]{2,60}?)(?:\s*(?:[|•·,;]|\.\s|\.$|all rights|$))/i,
    feature: "fromCopyright",
    rule: "copyright-line",
  },
  // "Example News is part of the Example Group" — the subject is the site, the object its owner.
  { re: /^([^.,;:]{2,50}?)\s+is (?:a )?part of\b/i, feature: "fromPartOf", rule: "part-of" },
  // "part of the Example Times group": the group name is also the masthead of small sites.
  { re: /\bpart of the ([^.,;:]{2,50}?) (?:group|network|family)\b/i, feature: "fromPartOfGroup", rule: "part-of-group" },
  // "Example News is a member of ..."
  { re: /^([^.,;:]{2,50}?)\s+is a member of\b/i, feature: "fromPartOf", rule: "member-of" },
  // Masthead and logo alt text: "Example News homepage", "Example News logo".
  // "Example News homepage", "Example News logo.", "Example News home".
  { re: /^([^.,;:|]{2,50}?)\s+(?:homepage|home page|home|logo)\.?$/i, feature: "fromLogoText", rule: "masthead" },
  // "Follow Example News online:", "About Example News", "Support Example News", "Advertise on Example News".
  {
    re: /^(?:follow|about|support|advertise (?:on|with)|contact|why you can trust|get push notifications from|keep up to date with|shop|more from|popular on|trending on|welcome to|thank you for supporting|new to|write for|work at)\s+(?:the\s+)?([^.,;:|?!]{2,50}?)(?:\s+online)?[:?!]?$/i,
    feature: "fromSiteLink",
    rule: "site-link",
  },
  // "Example News Navigation", "Example News main menu".
  { re: /^([^.,;:|]{2,40}?)\s+(?:navigation|main menu|sections)$/i, feature: "fromSiteMenu", rule: "site-menu" },
  // "get more Example News delivered to your inbox", "Originally published on Example News."
  {
    re: /\b(?:get more|originally published (?:on|in|by))\s+([^.,;:|]{2,40}?)(?:\s+delivered\b|\.?$)/i,
    feature: "fromSiteMention",
    rule: "site-mention",
  },
  // An author's bio: "Science writer at Example News", "… is a reporter for the Example Times."
  {
    re: /\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer)\s+(?:at|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&'’ -]{1,40}?)(?=[.,;]|\s+(?:and|since|where|who|covering|in)\b|$)/u,
    feature: "fromAuthorBio",
    rule: "author-bio",
  },
  // A brand written as its domain, with capitals: "ExampleNews.com", "Example.co.uk".
  {
    re: /(?:^|[\s•(])((?=[\w-]*\p{Lu})[\p{L}\d][\p{L}\d-]*\.(?:com|co\.uk|net|org|news|ca|com\.au|co\.nz|in|ie))\b/u,
    feature: "fromBrandDomain",
    rule: "brand-domain",
  },
];

/**
 * Words that mark a company that owns the publication rather than its masthead
 * ("Example Holdings", "Example Media Group"): copyright lines often name the owner.
 */
export const OWNER_WORDS =
  /\b(company|holdings|network|group|media|interactive|universal|newspapers|publishing|corporation|communications|enterprises|broadcasting|digital|partners|solutions|international|inc|llc|ltd)\b/i;

/** Company-form suffixes removed from a publisher name ("Example Media, Inc." → "Example Media"). */
export const COMPANY_SUFFIX =
  /[\s,]+(inc\.?|llc|l\.l\.c\.|ltd\.?|limited|plc|gmbh|corp\.?|corporation|co\.|pvt\.? ltd\.?|media pvt\.?.*|s\.a\.|ag)$/i;

/**
 * Words that follow "About", "Contact", "Support" in site links but name no publisher
 * ("About Us", "Contact Support", "Privacy Policy").
 */
export const NOT_PUBLISHER_WORDS: ReadonlySet<string> = new Set([
  "us",
  "me",
  "our",
  "we",
  "policy",
  "privacy",
  "terms",
  "cookies",
  "cookie",
  "help",
  "support",
  "faq",
  "faqs",
  "contact",
  "jobs",
  "careers",
  "advertising",
  "feedback",
  "newsletters",
  "rss",
  "site",
  "page",
  "this",
  "team",
  "staff",
  "authors",
  "sitemap",
  "accessibility",
  "ethics",
]);

/**
 * Names that are a link or a button rather than a publication: "Back to …", "Home",
 * "Subscribe to X", "Open dropdown menu". A candidate name that starts so is a link label.
 */
export const LINK_LABEL =
  /^(?:back to|go to|return to|home\b|homepage|subscribe|sign (?:up|in|out)|log ?(?:in|out)|open|close|toggle|skip|menu|search|read more|more\b|follow|share|download|get\b|view|see\b|watch|listen|explore|discover|join|visit|click|tap|send|submit|make\b|my\b|your\b|our\b)/i;

/** Social networks and share services: linked from every page, never the page's publisher. */
export const PLATFORM_NAMES =
  /^(?:facebook|twitter|x|instagram|youtube|linkedin|pinterest|reddit|tiktok|whatsapp|snapchat|flipboard|tumblr|telegram|threads|bluesky|mastodon|google(?: news| play)?|apple (?:news|podcasts)|spotify|rss|email|t\.co)$/i;

/**
 * A host name in a link ("https://www.example.de/a": any top-level domain) or in running text
 * ("www.example.co.uk", "© example.com": common ones only, so a missing space after a full
 * stop is not a host). `$1` or `$2` is the host.
 */
export const HOST_NAME =
  /https?:\/\/((?:[a-z\d-]+\.)+[a-z]{2,})|(?<![\w@./-])((?:[a-z\d-]+\.)+(?:com|net|org|co\.uk|com\.au|co\.nz|ca|news|ie|in|io|tv|de|fr))(?![\w-])/gi;

/** Second-level parts of a country domain: "co" in "example.co.uk". */
export const SECOND_LEVEL_DOMAINS: ReadonlySet<string> = new Set(["co", "com", "org", "net", "ac", "gov"]);

/**
 * Separators between a page title and the site name in a title line:
 * "Headline - Example Times", "Example Times | Headline".
 */
export const TITLE_SEPARATOR = /\s+[|–—·-]\s+|\s*\|\s*/;
