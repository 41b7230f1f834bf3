import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, parse } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  cacheFolderProblem,
  OUTPUT_MARKER,
  OUTPUT_MARKER_TEXT,
  outputFolderProblem,
  resolveThroughLinks,
  type ProtectedPlaces,
} from "../../src/output/output-guard";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

/**
 * A code root and a separate content project, as `--root` makes them, with every protected
 * folder present, a folder of someone's own files, an earlier build and links to the roots.
 */
function layout(): { base: string; places: ProtectedPlaces } {
  const base = temp.make("guard");
  const code = join(base, "code");
  const project = join(base, "project");
  for (const dir of ["src", "templates", ".git", "node_modules", "content/articles"]) mkdirSync(join(code, dir), { recursive: true });
  mkdirSync(join(project, "content", "articles"), { recursive: true });
  mkdirSync(join(base, "mine", "docs"), { recursive: true });
  writeFileSync(join(base, "mine", "notes.txt"), "my notes");
  mkdirSync(join(base, "earlier"), { recursive: true });
  writeFileSync(join(base, "earlier", OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  writeFileSync(join(base, "earlier", "index.html"), "<p>old</p>");
  mkdirSync(join(base, "forged"), { recursive: true });
  writeFileSync(join(base, "forged", OUTPUT_MARKER), "not the marker a build writes");
  mkdirSync(join(base, "empty"));
  symlinkSync(code, join(base, "link-to-code"));
  symlinkSync(join(base, "earlier"), join(base, "link-to-earlier"));
  symlinkSync(join(project, "content"), join(base, "link-to-content"));
  writeFileSync(join(base, "a-file"), "x");
  return { base, places: { codeRoot: code, projectRoot: project, contentDir: "content" } };
}

describe("outputFolderProblem", () => {
  const { base, places } = layout();

  it.each([
    // The folders a build would destroy by replacing them.
    ["project/content", /it is the content folder/],
    ["project/content/articles", /it is inside the content folder/],
    ["code/src", /it is the project's src folder/],
    ["code/templates", /it is the project's templates folder/],
    ["code/.git", /it is the project's \.git folder/],
    ["code/node_modules/x", /it is inside the project's node_modules folder/],
    ["code/content", /it is the content folder/],
    // `--root P --out P`, and folders holding a project.
    ["project", /it is the project folder/],
    ["code", /it is the project folder/],
    [".", /it contains the project folder/],
    // Resolved through links, not compared as text.
    ["link-to-code", /symbolic link/],
    ["link-to-code/src", /it is the project's src folder/],
    ["link-to-content/new", /inside the content folder/],
    ["link-to-earlier", /symbolic link/],
    // Someone's own files, and a marker not written by a build.
    ["mine", /holds files that no build wrote/],
    ["mine/docs/../", /holds files that no build wrote/],
    ["forged", /holds files that no build wrote/],
    ["a-file", /not a folder/],
  ])("refuses %s", (out, reason) => {
    expect(outputFolderProblem(join(base, out), places)).toMatch(reason);
  });

  it("refuses the file-system root and the folder holding both projects", () => {
    expect(outputFolderProblem(parse(base).root, places)).toMatch(/contains the project folder/);
    expect(outputFolderProblem(dirname(base), places)).toMatch(/contains the project folder/);
  });

  it.each([
    // A new folder inside the project or beside it, an empty folder, an earlier build.
    ["code/_site"],
    ["project/_site"],
    ["new/deeper/_site"],
    ["empty"],
    ["earlier"],
    ["link-to-code/_site"],
  ])("accepts %s", (out) => {
    expect(outputFolderProblem(join(base, out), places)).toBeNull();
  });
});

describe("cacheFolderProblem", () => {
  const { base, places } = layout();
  const out = join(base, "code", "_site");

  it.each([
    ["project/content/articles", /overlaps the content folder/],
    ["code/_site/.cache", /overlaps the output folder/],
    ["code/src", /overlaps the project's src folder/],
  ])("refuses %s", (dir, reason) => {
    expect(cacheFolderProblem(join(base, dir), out, places)).toMatch(reason);
  });

  it("accepts the default place under node_modules and a folder of its own", () => {
    expect(cacheFolderProblem(join(base, "code", "node_modules", ".cache", "news-archive"), out, places)).toBeNull();
    expect(cacheFolderProblem(join(base, "caches"), out, places)).toBeNull();
  });
});

describe("resolveThroughLinks", () => {
  it("resolves links above a path that does not exist yet", () => {
    const { base } = layout();
    expect(resolveThroughLinks(join(base, "link-to-code", "a", "b"))).toBe(join(resolveThroughLinks(base), "code", "a", "b"));
  });
});
