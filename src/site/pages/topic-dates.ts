import type { ArticleRecord, Topic } from "../../types";
import { groupByDate, type DateGroups, type MonthGroup, type YearGroup } from "../group/group-by-date";
import { formatMonth, formatMonthName } from "../labels/format-date";
import type { CountedLink, Link, MonthView, UndatedView, YearView } from "../site-data";
import * as urls from "../urls";
import { articleCountLabel, counted, link, listItemsOf, neighbour, viewBase, type PageContext, type Scaffold } from "../scaffold";

/**
 * A topic's own date pages: a page per year it has articles in, a page per month of a year
 * holding more articles than one listing page (the year's page then lists its months, so a
 * reader looking for "May 2024" does not scroll a year), and a page of its undated articles. Links in a topic's "By year" lead here,
 * not to the whole archive's year, which holds other topics too.
 */

/** A topic's articles by date, and the links to its date pages. */
export interface TopicDates {
  readonly topic: Topic;
  readonly byDate: DateGroups<ArticleRecord>;
  /** Each year with its count, newest first. */
  readonly years: readonly CountedLink[];
  /** The topic's undated articles, null when it has none. */
  readonly undated: CountedLink | null;
}

/**
 * Group a topic's articles (newest first) by date and link its date pages.
 * @example topicDates(s, topic, items).years[0]?.href //=> "/topics/armenia/2024/"
 */
export function topicDates(s: Scaffold, topic: Topic, items: readonly ArticleRecord[]): TopicDates {
  const byDate = groupByDate(items, s.timeZone);
  return {
    topic,
    byDate,
    years: byDate.years.map((y) => ({ ...link(s, urls.topicYearUrl(topic.slug, y.year), y.year), ...counted(y.items.length) })),
    undated:
      byDate.undated.length === 0 ? null : { ...link(s, urls.topicUndatedUrl(topic.slug), "Undated"), ...counted(byDate.undated.length) },
  };
}

/**
 * Whether a topic's year is split into month pages: only when it holds more than one listing page.
 * @example hasMonthPages({ items: new Array(21) }, 20) //=> true
 */
export function hasMonthPages(y: Pick<YearGroup<unknown>, "items">, pageSize: number): boolean {
  return y.items.length > pageSize;
}

/**
 * The year, month and undated pages of every topic, in the topics' order.
 * @example topicDateViews(ctx, dates).years.map((v) => v.url) // ["/topics/armenia/2024/", …]
 */
export function topicDateViews(
  ctx: PageContext,
  all: readonly TopicDates[],
): { years: YearView[]; months: MonthView[]; undated: UndatedView[] } {
  const years: YearView[] = [];
  const months: MonthView[] = [];
  const undated: UndatedView[] = [];
  for (const dates of all) {
    years.push(...topicYearViews(ctx, dates));
    months.push(...topicMonthViews(ctx, dates));
    if (dates.undated !== null) undated.push(topicUndatedView(ctx, dates));
  }
  return { years, months, undated };
}

function crumbsOf(s: Scaffold, topic: Topic): Link[] {
  return [s.links.home, s.links.topicsIndex, link(s, urls.topicUrl(topic.slug), topic.label)];
}

function topicYearViews(ctx: PageContext, { topic, byDate }: TopicDates): YearView[] {
  const s = ctx.scaffold;
  const toLink = (y: { readonly year: string }): Link => link(s, urls.topicYearUrl(topic.slug, y.year), `${topic.label}, ${y.year}`);
  return byDate.years.map((y, i) => {
    const title = `${topic.label}, ${y.year}`;
    const split = hasMonthPages(y, ctx.pageSize);
    const months = split
      ? y.months.map((m) => ({
          ...link(s, urls.topicMonthUrl(topic.slug, m.year, m.month), formatMonthName(m.month)),
          ...counted(m.items.length),
        }))
      : [];
    return {
      kind: "year",
      ...viewBase(
        s,
        urls.topicYearUrl(topic.slug, y.year),
        title,
        "topics",
        crumbsOf(s, topic),
        `Articles on ${topic.label} published in ${y.year}.`,
      ),
      ...counted(y.items.length),
      months,
      // A year split into months lists the months alone: a page of every article of a busy
      // topic's year would be as long as the pages it is split into together.
      items: split ? [] : listItemsOf(ctx, y.items),
      previousYear: neighbour(byDate.years, i + 1, toLink),
      nextYear: neighbour(byDate.years, i - 1, toLink),
    };
  });
}

function topicMonthViews(ctx: PageContext, { topic, byDate }: TopicDates): MonthView[] {
  const s = ctx.scaffold;
  const paged: MonthGroup<ArticleRecord>[] = byDate.years.filter((y) => hasMonthPages(y, ctx.pageSize)).flatMap((y) => y.months);
  const title = (m: MonthGroup<ArticleRecord>): string => `${topic.label}, ${formatMonth(m.year, m.month)}`;
  const toLink = (m: MonthGroup<ArticleRecord>): Link => link(s, urls.topicMonthUrl(topic.slug, m.year, m.month), title(m));
  return paged.map((m, i) => {
    const year = link(s, urls.topicYearUrl(topic.slug, m.year), `${topic.label}, ${m.year}`);
    return {
      kind: "month",
      ...viewBase(
        s,
        urls.topicMonthUrl(topic.slug, m.year, m.month),
        title(m),
        "topics",
        [...crumbsOf(s, topic), year],
        `Articles on ${topic.label} published in ${formatMonth(m.year, m.month)}.`,
      ),
      ...counted(m.items.length),
      items: listItemsOf(ctx, m.items),
      previousMonth: neighbour(paged, i + 1, toLink),
      nextMonth: neighbour(paged, i - 1, toLink),
      year,
    };
  });
}

function topicUndatedView(ctx: PageContext, { topic, byDate }: TopicDates): UndatedView {
  const s = ctx.scaffold;
  const title = `${topic.label}: undated articles`;
  return {
    kind: "undated",
    ...viewBase(
      s,
      urls.topicUndatedUrl(topic.slug),
      title,
      "topics",
      crumbsOf(s, topic),
      `Articles on ${topic.label} with no known publication date.`,
    ),
    countLabel: articleCountLabel(byDate.undated.length),
    items: listItemsOf(ctx, byDate.undated),
  };
}
