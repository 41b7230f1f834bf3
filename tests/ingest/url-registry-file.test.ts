import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadUrlRegistry, registryReader } from "../../src/ingest/url-registry-file";

const root = mkdtempSync(path.join(tmpdir(), "url-registry-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("loadUrlRegistry", () => {
  it("reads a registry larger than the limit on article files: the build writes it for every article", () => {
    mkdirSync(path.join(root, "content"), { recursive: true });
    const lines = Array.from({ length: 2000 }, (_, i) => `articles/${i}.md:\n  - /articles/article-number-${i}/\n`);
    const text = lines.join("");
    writeFileSync(path.join(root, "content", "urls.yml"), text);
    const maxFileBytes = 4096;
    expect(Buffer.byteLength(text)).toBeGreaterThan(maxFileBytes);
    const { registry, diagnostics } = loadUrlRegistry(root, { contentDir: "content", maxFileBytes });
    expect(diagnostics).toEqual([]);
    expect(registry.entries).toHaveLength(2000);
  });
});

describe("registryReader", () => {
  const settings = { contentDir: "content", maxFileBytes: 1_000_000 };
  const file = () => path.join(root, "content", "urls.yml");
  // Past the racy window: the file's stamp is trusted.
  const later = () => Date.now() + 60_000;

  it("gives back the same result while the file is unchanged, and reads it again once it changes", () => {
    mkdirSync(path.join(root, "content"), { recursive: true });
    writeFileSync(file(), "articles/a.md:\n  - /articles/a/\n");
    const read = registryReader(later);
    const first = read(root, settings);
    expect(read(root, settings)).toBe(first);
    writeFileSync(file(), "articles/a.md:\n  - /articles/a/\narticles/b.md:\n  - /articles/b/\n");
    const second = read(root, settings);
    expect(second).not.toBe(first);
    expect(second.registry.entries).toHaveLength(2);
  });

  it("reads the file again every time while its stamp is racy", () => {
    writeFileSync(file(), "articles/a.md:\n  - /articles/a/\n");
    const read = registryReader(Date.now);
    const first = read(root, settings);
    expect(read(root, settings)).not.toBe(first);
    expect(read(root, settings)).toEqual(first);
  });
});
