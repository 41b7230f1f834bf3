import { mkdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLinks } from "../helpers/link-check";
import { tempDir } from "../helpers/run-build";

const root = tempDir("link-check");
afterAll(() => rm(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe("checkLinks", () => {
  it("accepts links to existing pages, files and ids, and skips external ones", async () => {
    write(
      "index.html",
      '<a href="#main">skip</a><main id="main"><a href="/a/">a</a><a href="a/b.txt">b</a><a href="https://example.org/">x</a></main>',
    );
    write("a/index.html", '<a href="../">up</a><a href="/#main">home main</a><link href="/a/b.txt">');
    write("a/b.txt", "text");
    expect(await checkLinks(root)).toEqual([]);
  });

  it("reports missing pages and missing ids", async () => {
    write("c/index.html", '<a href="/missing/">m</a><a href="/#nowhere">n</a><img src="/img.png">');
    expect(await checkLinks(root)).toEqual([
      { page: "c/index.html", href: "/missing/", reason: "no file missing/index.html" },
      { page: "c/index.html", href: "/#nowhere", reason: 'no id "nowhere" in index.html' },
      { page: "c/index.html", href: "/img.png", reason: "no file img.png" },
    ]);
  });
});
