import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadUrlRegistry } from "../../src/ingest/url-registry-file";

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
