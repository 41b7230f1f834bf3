/**
 * Batches rendered in worker processes at once must write exactly what one process rendering
 * them in turn writes.
 */
import { join } from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { defaultRenderWorkers, renderInWorkers } from "../../src/render/render-pool";
import type { SiteDataSubset } from "../../src/site/site-pages";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { builtHere } from "../helpers/build-here";
import { syntheticRoot } from "../helpers/synthetic-root";

const temp = tempDirs();
afterAll(temp.remove);

describe("rendering in worker processes", () => {
  it("writes the same files with three workers as with one, over batches of 40 pages", async () => {
    const root = await syntheticRoot(60, 7);
    try {
      const one = join(temp.make("pool-one"), "out");
      const three = join(temp.make("pool-three"), "out");
      const single = await builtHere({ root, out: one, renderBatchSize: 40, renderWorkers: 1 });
      const pooled = await builtHere({ root, out: three, renderBatchSize: 40, renderWorkers: 3 });
      // Enough pages for several batches, so the workers really share them.
      expect(single.site.rendered.rendered).toBeGreaterThan(120);
      expect(pooled.site.rendered.pages.map((p) => p.file)).toEqual(single.site.rendered.pages.map((p) => p.file));
      await expectSameFolders(one, three);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 240_000);

  it("fails naming the batch when a worker cannot render it", async () => {
    // Views without the site-wide fields: Nunjucks refuses an undefined variable.
    const broken = { searchShards: [], views: { notFound: [{ url: "/404.html", kind: "not-found" }] } } as unknown as SiteDataSubset;
    await expect(renderInWorkers([broken], temp.make("pool-broken"), 2)).rejects.toThrow(/Rendering batch 1 of 1 failed/);
  }, 120_000);
});

describe("defaultRenderWorkers", () => {
  const GiB = 1024 ** 3;
  it.each([
    { batches: 10, cores: 2, memory: 24 * GiB, workers: 2 },
    { batches: 20, cores: 16, memory: 24 * GiB, workers: 12 },
    { batches: 10, cores: 8, memory: 4 * GiB, workers: 2 },
    { batches: 1, cores: 8, memory: 24 * GiB, workers: 1 },
    { batches: 10, cores: 4, memory: GiB, workers: 1 },
  ])("gives $workers for $batches batches on $cores cores with $memory bytes", ({ batches, cores, memory, workers }) => {
    expect(defaultRenderWorkers(batches, cores, memory)).toBe(workers);
  });
});
