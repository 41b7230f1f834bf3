import type { ArticleRecord } from "../../types";
import type { DateGroups } from "../group/group-by-date";
import { formatMonth, formatMonthName } from "../labels/format-date";
import type { ArchiveIndexView, CountedLink, Link, MonthView, UndatedView, YearSummary, YearView } from "../site-data";
import * as urls from "../urls";
import { articleCountLabel, counted, link, listItemsOf, neighbour, viewBase, type PageContext, type Scaffold } from "../scaffold";

/**
 * The pages of the date archive: its index, a page per year and per month with articles, and
 * the page of undated articles; and the date links other pages show.
 */

/**
 * The link to a year's page.
 * @example yearLink(s, { year: "2024" }) //=> { href: "/archive/2024/", label: "2024" }
 */
export function yearLink(s: Scaffold, y: { readonly year: string }): Link {
  return link(s, urls.yearUrl(y.year), y.year);
}

/**
 * The link to a month's page, labelled "September 2023".
 * @example monthLink(s, { year: "2023", month: "09" }).label //=> "September 2023"
 */
export function monthLink(s: Scaffold, m: { readonly year: string; readonly month: string }): Link {
  return link(s, urls.monthUrl(m.year, m.month), formatMonth(m.year, m.month));
}

/**
 * An article's breadcrumbs: home, the archive, then its year and month, or "Undated" (a builder
 * for `ViewCache.shared`, so the articles of one month share one list).
 * @param month `YYYY-MM`, or "" for an undated article.
 * @example dateCrumbs(s, "").at(-1)?.label //=> "Undated"
 */
export function dateCrumbs(s: Scaffold, month: string): Link[] {
  const { home, archive } = s.links;
  if (month === "") return [home, archive, link(s, urls.undatedUrl(), "Undated")];
  const year = month.slice(0, 4);
  return [home, archive, yearLink(s, { year }), monthLink(s, { year, month: month.slice(5, 7) })];
}

/**
 * Every year with its count and its months' counts, newest first, as the home and archive pages list them.
 * @example yearSummaries(s, groupByDate(sorted))[0]?.months[0]?.countLabel //=> "3 articles"
 */
export function yearSummaries(s: Scaffold, byDate: DateGroups<ArticleRecord>): YearSummary[] {
  return byDate.years.map((y) => ({
    ...yearLink(s, y),
    ...counted(y.items.length),
    months: y.months.map((m) => ({ ...monthLink(s, m), label: formatMonthName(m.month), ...counted(m.items.length) })),
  }));
}

/**
 * The link to the undated articles, with their count.
 * @example undatedLink(s, groupByDate(sorted)).href //=> "/archive/undated/"
 */
export function undatedLink(s: Scaffold, byDate: DateGroups<ArticleRecord>): CountedLink {
  return { ...link(s, urls.undatedUrl(), "Undated"), ...counted(byDate.undated.length) };
}

/**
 * The archive's index: every year and month with its count.
 * @example archiveIndexView(ctx, years, undated).url //=> "/archive/"
 */
export function archiveIndexView(ctx: PageContext, years: readonly YearSummary[], undated: CountedLink): ArchiveIndexView {
  const s = ctx.scaffold;
  return {
    kind: "archive",
    ...viewBase(s, urls.archiveUrl(), "Archive", "archive", [s.links.home], "Articles by year and month of publication."),
    years,
    undated,
  };
}

/**
 * A page per year with articles, newest first, linking to the years before and after.
 * @example yearViews(ctx, byDate, years)[0]?.nextYear //=> null (the newest year)
 */
export function yearViews(ctx: PageContext, byDate: DateGroups<ArticleRecord>, summaries: readonly YearSummary[]): YearView[] {
  const s = ctx.scaffold;
  const toLink = (y: { readonly year: string }): Link => yearLink(s, y);
  return byDate.years.map((y, i) => ({
    kind: "year",
    ...viewBase(s, urls.yearUrl(y.year), y.year, "archive", [s.links.home, s.links.archive], `Articles published in ${y.year}.`),
    ...counted(y.items.length),
    months: summaries[i]?.months ?? [],
    items: listItemsOf(ctx, y.items),
    previousYear: neighbour(byDate.years, i + 1, toLink),
    nextYear: neighbour(byDate.years, i - 1, toLink),
  }));
}

/**
 * A page per month with articles, newest first, linking to the months before and after, across years.
 * @example monthViews(ctx, byDate).map((m) => m.url) // ["/archive/2025/06/", …]
 */
export function monthViews(ctx: PageContext, byDate: DateGroups<ArticleRecord>): MonthView[] {
  const s = ctx.scaffold;
  const months = byDate.years.flatMap((y) => y.months);
  const toLink = (m: { readonly year: string; readonly month: string }): Link => monthLink(s, m);
  return months.map((m, i) => {
    const title = formatMonth(m.year, m.month);
    return {
      kind: "month",
      ...viewBase(
        s,
        urls.monthUrl(m.year, m.month),
        title,
        "archive",
        [s.links.home, s.links.archive, yearLink(s, m)],
        `Articles published in ${title}.`,
      ),
      ...counted(m.items.length),
      items: listItemsOf(ctx, m.items),
      previousMonth: neighbour(months, i + 1, toLink),
      nextMonth: neighbour(months, i - 1, toLink),
      year: yearLink(s, m),
    };
  });
}

/**
 * The page of articles with no known date.
 * @example undatedView(ctx, byDate).countLabel //=> "2 articles"
 */
export function undatedView(ctx: PageContext, byDate: DateGroups<ArticleRecord>): UndatedView {
  const s = ctx.scaffold;
  return {
    kind: "undated",
    ...viewBase(
      s,
      urls.undatedUrl(),
      "Undated articles",
      "archive",
      [s.links.home, s.links.archive],
      "Articles with no known publication date.",
    ),
    countLabel: articleCountLabel(byDate.undated.length),
    items: listItemsOf(ctx, byDate.undated),
  };
}
