/**
 * Publisher signals: phrases naming the publisher, owner and company-form words, words that are not publisher names.
 * See `index.ts` for what the vocabularies are and are not.
 */

/**
 * Phrases that name a publisher. `$1` is the candidate name. Each carries a weight: how
 * strongly the phrase means "this is the site the page comes from".
 */
export const PUBLISHER_PATTERNS: readonly { readonly re: RegExp; readonly weight: number; readonly rule: string }[] = [
  // "© 2019 Example News. All rights reserved." / "Copyright © 2019, Example News | Terms"
  {
    re: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?(?:\d{4}\s*)?,?\s*([^|•·.,;©]{2,60}?)(?:\s*(?:[|•·,;]|\.\s|\.$|all rights|$))/i,
    weight: 3,
    rule: "copyright-line",
  },
  // "Example News is part of the Example Group" — the subject is the site, the object its owner.
  { re: /^([^.,;:]{2,50}?)\s+is (?:a )?part of\b/i, weight: 2, rule: "part-of" },
  // "part of the Example Times group": the group name is also the masthead of small sites.
  { re: /\bpart of the ([^.,;:]{2,50}?) (?:group|network|family)\b/i, weight: 2, rule: "part-of-group" },
  // "Example News is a member of ..."
  { re: /^([^.,;:]{2,50}?)\s+is a member of\b/i, weight: 2, rule: "member-of" },
  // Masthead and logo alt text: "Example News homepage", "Example News logo".
  { re: /^([^.,;:|]{2,50}?)\s+(?:homepage|home page|logo)$/i, weight: 2, rule: "masthead" },
  // "Follow Example News online:", "About Example News", "Support Example News", "Advertise on Example News".
  {
    re: /^(?:follow|about|support|advertise (?:on|with)|contact|why you can trust|get push notifications from|keep up to date with|shop)\s+(?:the\s+)?([^.,;:|]{2,50}?)(?:\s+online)?:?$/i,
    weight: 1,
    rule: "site-link",
  },
  // "Example News Navigation", "Example News main menu".
  { re: /^([^.,;:|]{2,40}?)\s+(?:navigation|main menu|sections)$/i, weight: 1, rule: "site-menu" },
  // "get more Example News delivered to your inbox", "Originally published on Example News."
  { re: /\b(?:get more|originally published (?:on|in|by))\s+([^.,;:|]{2,40}?)(?:\s+delivered\b|\.?$)/i, weight: 1.5, rule: "site-mention" },
  // An author's bio: "Science writer at Example News", "… is a reporter for the Example Times."
  {
    re: /\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer)\s+(?:at|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&'’ -]{1,40}?)(?=[.,;]|\s+(?:and|since|where|who|covering|in)\b|$)/u,
    weight: 1.5,
    rule: "author-bio",
  },
  // A brand written as its domain, with capitals: "ExampleNews.com", "Example.co.uk".
  {
    re: /(?:^|[\s•(])((?=[\w-]*\p{Lu})[\p{L}\d][\p{L}\d-]*\.(?:com|co\.uk|net|org|news|ca|com\.au|co\.nz|in|ie))\b/u,
    weight: 1.5,
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
