import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/extract/byline";
import { extractRaw } from "../../src/extract/extract";
import { isPersonName, onceIfRepeated, readableCase, splitGlued } from "../../src/extract/person-name";

describe("parseByline reads names by their shape, not by a list of ordinary words", () => {
  it.each<[string, string[]]>([
    // A surname that is a month.
    ["By Theresa May", ["Theresa May"]],
    // A given name that is a month.
    ["By April Ryan", ["April Ryan"]],
    ["By June Carter", ["June Carter"]],
    // Seasons and weather.
    ["By Summer Brennan", ["Summer Brennan"]],
    ["By Summer Lee", ["Summer Lee"]],
    ["By Sunny West", ["Sunny West"]],
    ["By Dawn French", ["Dawn French"]],
    // A surname that is also a sports-team word.
    ["By Kim Wild", ["Kim Wild"]],
    // Surnames that are places.
    ["By Rachel York", ["Rachel York"]],
    ["By Jack London", ["Jack London"]],
    ["By Paris Hilton", ["Paris Hilton"]],
    // A compass point.
    ["By Grace North", ["Grace North"]],
    // Ordinary words as given names and surnames.
    ["By Robin Rose", ["Robin Rose"]],
    ["By Amber Hope", ["Amber Hope"]],
    ["By Will Page", ["Will Page"]],
    ["By Mark Field", ["Mark Field"]],
    // Name particles inside the name.
    ["By Carlos de los Santos", ["Carlos de los Santos"]],
    ["By Ludwig van Beethoven", ["Ludwig van Beethoven"]],
    ["By Mohammed bin Salman", ["Mohammed bin Salman"]],
    // Initials, with and without full stops, and hyphens and apostrophes.
    ["By J.R. Stone", ["J.R. Stone"]],
    ["By Nelson D. Schwartz", ["Nelson D. Schwartz"]],
    ["By Sylvia Torres-Guillén and Sean O'Brien", ["Sylvia Torres-Guillén", "Sean O'Brien"]],
    // Wire bylines in capitals come out in a readable case.
    ["By ALEKSANDRE KOBAKHIDZE and SARAH MILLER", ["Aleksandre Kobakhidze", "Sarah Miller"]],
    ["By JEFFREY GETTLEMAN JAN. 13, 2017", ["Jeffrey Gettleman"]],
    ["By SEAN MCCARTHY-O'NEILL", ["Sean McCarthy-O'Neill"]],
    ["BY CARLOS DE LOS SANTOS", ["Carlos de los Santos"]],
    // Two and three authors joined by "and", commas and "&".
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["By Jane Doe, John Roe and Mary Major", ["Jane Doe", "John Roe", "Mary Major"]],
    ["By Jane Doe & John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe, John Roe & Mary Major", ["Jane Doe", "John Roe", "Mary Major"]],
    // A name glued to the outlet or to a second copy of the byline, or printed twice.
    ["By Jane DoeOutlet", ["Jane Doe"]],
    ["Jane DoeBy Jane Doe", ["Jane Doe"]],
    ["By Jane Doe Jane Doe", ["Jane Doe"]],
    // Glued surname beginnings stay in the name.
    ["By Kevin McCoy and LeBron MacKenzie", ["Kevin McCoy", "LeBron MacKenzie"]],
    // An agency beside the names is a credit, not an author.
    ["By Jane Doe, Reuters", ["Jane Doe"]],
    ["By Jane Doe (AP)", ["Jane Doe"]],
    ["By Jane Doe, AFP", ["Jane Doe"]],
    ["Robert Burns, AP National Security Writer", ["Robert Burns"]],
    // What follows the names on the line is not part of them.
    ["By Jane Doe 5 minute read", ["Jane Doe"]],
    ["By Erin Cunningham March 18 at 3:57 PM Follow @ecunningham", ["Erin Cunningham"]],
    ["Written by Jane Doe in Science on 1 June 2019", ["Jane Doe"]],
    ["By Jane Doe, a deputy editor who covers the tech industry", ["Jane Doe"]],
    ["Jane Doe · Example News · Posted: Oct 14, 2022", ["Jane Doe"]],
    ["Jane Doe / TNN / Updated: Oct 9, 2019", ["Jane Doe"]],
    ["Written by Jane Doe, PhD on April 29, 2018", ["Jane Doe"]],
    // Pictures of the author and a date in front of the byline.
    ["Avatar photo by Jane Doe November 8, 2023 | 6:03 pm", ["Jane Doe"]],
    ["ByJ.R. Stone KGO logo", ["J.R. Stone"]],
    ["on March 10, 2015 by Jane Doe", ["Jane Doe"]],
  ])("%j → %j", (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it.each<[string]>([
    // Menu and social labels are not names.
    ["Follow"],
    ["Share on Facebook"],
    ["Sign in"],
    ["Share this article"],
    ["Older Article"],
    ["Most Popular Stories"],
    ["Ad Choices"],
    // A sentence or a section heading that starts with "By".
    ["By the numbers"],
    // A date alone.
    ["March 18, 2024"],
    // Organisations and section labels.
    ["Warner Bros."],
    ["Editorial Board"],
    ["ACLU Racial Justice Program"],
    // A capitals label with no "By" and no date.
    ["TOP STORIES"],
    ["WORLD NEWS"],
    // A photo credit.
    ["Spencer Platt/Getty"],
  ])("%j names no person", (line) => {
    expect(parseByline(line)?.authors ?? []).toEqual([]);
  });

  it.each<[string, string]>([
    ["By Associated Press", "Associated Press"],
    ["By Jane Doe, Reuters", "Reuters"],
    ["By Jane Doe (AP)", "AP"],
    ["Robert Burns, AP National Security Writer", "AP"],
  ])("%j credits the agency %j, not as the outlet", (line, agency) => {
    const got = parseByline(line);
    if (got?.rule !== "byline:agency") expect(got?.agency).toBe(agency);
    expect(got?.outlet).toBeUndefined();
  });

  it("keeps an outlet that is not an agency as publisher evidence", () => {
    expect(parseByline("By Jane Doe, Example Times")).toMatchObject({ authors: ["Jane Doe"], outlet: "Example Times" });
  });
});

describe("name helpers", () => {
  it.each([
    ["ALEKSANDRE KOBAKHIDZE", "Aleksandre Kobakhidze"],
    ["SEAN O'BRIEN-MCCOY", "Sean O'Brien-McCoy"],
    ["LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"],
    ["Jane Doe", "Jane Doe"],
  ])("readableCase(%j) is %j", (input, expected) => {
    expect(readableCase(input)).toBe(expected);
  });

  it.each([
    ["Jane DoeOutlet", "Jane Doe, Outlet"],
    ["Kevin McCoy", "Kevin McCoy"],
    ["DeShawn JaVale", "DeShawn JaVale"],
  ])("splitGlued(%j) is %j", (input, expected) => {
    expect(splitGlued(input, ", ")).toBe(expected);
  });

  it.each([
    ["Jane Doe Jane Doe", "Jane Doe"],
    ["Jane Doe", "Jane Doe"],
    ["Jane Doe John Roe", "Jane Doe John Roe"],
  ])("onceIfRepeated(%j) is %j", (input, expected) => {
    expect(onceIfRepeated(input)).toBe(expected);
  });

  it.each([
    ["Theresa May", true],
    ["Jane A Doe", true],
    ["TRD National", false],
    ["Share Follow", false],
    ["The Guardian", false],
  ])("isPersonName(%j) is %s", (input, expected) => {
    expect(isPersonName(input)).toBe(expected);
  });
});

const page = (...header: string[]) =>
  [
    "A headline that names the story in several words",
    "",
    ...header,
    "",
    "The first paragraph of the article says what happened, where it happened and why it matters to readers.",
    "",
    "The second paragraph adds the details, the quotes and the background that a reader needs to follow it.",
    "",
    "The third paragraph closes the article with what comes next and where to read more about the subject.",
  ].join("\n");

describe("the byline near the headline", () => {
  it.each<[string, string[], string[]]>([
    // Below a photo credit.
    ["below a photo credit", ["Spencer Platt/Getty Images", "", "A standfirst line", "", "Jane Doe"], ["Jane Doe"]],
    // After the date line.
    ["after the date line", ["A standfirst line", "", "June 19, 2019", "", "Jane Doe"], ["Jane Doe"]],
    // A name in capitals with its date on the next line.
    ["a name in capitals over its date", ["JANE DOE", "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m."], ["Jane Doe"]],
    // A list of names continued on the next line.
    ["a list continued on the next line", ["Jane Doe, Staff Attorney", "& John Roe, Director of Policy"], ["Jane Doe", "John Roe"]],
    // An author picture's alt text above the name.
    ["under the author's picture label", ["A standfirst line", "", "author avatar", "Jane Doe"], ["Jane Doe"]],
    // A social label is never the byline.
    ["a social label", ["Follow", "", "Share on Facebook"], []],
  ])("is found %s", (_, header, authors) => {
    expect(extractRaw(page(...header)).authors.value).toEqual(authors);
  });

  it("does not take an agency beside the byline as the publisher", () => {
    expect(extractRaw(page("By Jane Doe, Reuters")).source.value).toBeNull();
  });
});
