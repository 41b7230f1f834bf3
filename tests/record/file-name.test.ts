import { describe, expect, it } from "vitest";
import { dateFromFileName, isInDraftsFolder } from "../../src/record/file-name";

const WINDOW = { minDate: "1800-01-01", maxDate: "2026-01-03" };

describe("dateFromFileName", () => {
  it.each([
    // Jekyll's post name, in any folder, with any article extension.
    ["content/articles/_posts/2019-05-14-title.md", "2019-05-14"],
    ["content/articles/blog/2019/2022-11-03-talks-resume.markdown", "2022-11-03"],
    ["content/articles/2024-02-29-leap.txt", "2024-02-29"],
    // Not a real day: no date.
    ["content/articles/_posts/2019-02-30-x.md", undefined],
    ["content/articles/2019-13-01-x.md", undefined],
    // No title after the day, or the day elsewhere in the name: not Jekyll's form.
    ["content/articles/2019-05-14.md", undefined],
    ["content/articles/report-2019-05-14-x.md", undefined],
    // Only the name is read, not a folder.
    ["content/articles/2019-05-14-folder/index.md", undefined],
    // Outside the plausible window: unknown, not a wrong date.
    ["content/articles/1700-01-01-old.md", undefined],
    ["content/articles/2026-01-04-future.md", undefined],
  ])("reads %s as %s", (file, expected) => {
    expect(dateFromFileName(file, WINDOW)?.value).toBe(expected);
  });

  it("says where the date came from", () => {
    expect(dateFromFileName("content/articles/_posts/2019-05-14-title.md", WINDOW)?.provenance).toEqual({
      kind: "inferred",
      rule: "file-name",
      detail: "2019-05-14-title.md",
    });
  });
});

describe("isInDraftsFolder", () => {
  it.each([
    ["content/articles/_drafts/idea.md", true],
    ["content/articles/jekyll/_drafts/sub/idea.md", true],
    ["content/articles/_drafts.md", false],
    ["content/articles/drafts/idea.md", false],
  ])("%s → %s", (file, expected) => {
    expect(isInDraftsFolder(file)).toBe(expected);
  });
});
