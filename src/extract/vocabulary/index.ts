/**
 * Vocabularies of the raw-text extractor, one file per kind of text. These are data, not code
 * branches: each list says what kind of text it catches. Patterns are matched against a line
 * with its list marker removed and whitespace collapsed, case-insensitively unless noted.
 *
 * Nothing here names a site or a publisher; every entry is a phrase that recurs across many
 * news sites' page chrome.
 */

export * from "./bylines";
export * from "./chrome";
export * from "./dates";
export * from "./names";
export * from "./publishers";
export * from "./time-zones";
