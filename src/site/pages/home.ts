import type { CountedLink, HomeView, ListItem, YearSummary } from "../site-data";
import * as urls from "../urls";
import type { CountedTopic } from "./topic";
import { articleCountLabel, link, viewBase, type PageContext } from "../scaffold";

/** What the home page shows besides the site's own links. */
export interface HomeInput {
  /** Every article of the site. */
  readonly articleCount: number;
  /** The newest articles, one listing page of them. */
  readonly latest: readonly ListItem[];
  /** Every topic with its count; those with none are left out. */
  readonly topics: readonly CountedTopic[];
  readonly years: readonly YearSummary[];
  readonly undated: CountedLink;
}

/**
 * The home page: the newest articles, the topics in use, and the archive by year.
 * @example homeView(ctx, input).documentTitle // the site's name alone
 */
export function homeView(ctx: PageContext, input: HomeInput): HomeView {
  const s = ctx.scaffold;
  const countLabel = articleCountLabel(input.articleCount);
  return {
    kind: "home",
    ...viewBase(s, urls.homeUrl(), s.site, "home", [], `${countLabel}, browsable by topic, date and source.`),
    documentTitle: s.site,
    articleCount: input.articleCount,
    countLabel,
    latest: input.latest,
    topics: input.topics
      .filter((t) => t.count > 0)
      .map((t) => ({ href: t.href, label: t.label, count: t.count, countLabel: t.countLabel })),
    years: input.years,
    undated: input.undated,
    allTopics: link(s, urls.topicsIndexUrl(), "All topics"),
    archive: link(s, urls.archiveUrl(), "The full archive"),
  };
}
