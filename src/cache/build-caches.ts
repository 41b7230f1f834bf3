import { ParseCache } from "../ingest/parse-cache";
import { codeFingerprint } from "./code-fingerprint";
import { loadParseCache, parseCachePath, saveParseCacheOrReport } from "./parse-cache-file";
import { renderKey, renderManifestPath } from "./render-manifest";

/**
 * The caches a build and the dev server share (see `docs/caching.md`): the parse cache, so
 * only files whose bytes changed are parsed again, and where the list of the pages rendered
 * into an output folder is kept, so only pages whose data changed are rendered again. Both are
 * used only by the code that wrote them (the code fingerprint is part of their keys).
 */
export class BuildCaches {
  private constructor(
    /** Parse outcomes by file content; empty without a cache folder. */
    readonly parse: ParseCache,
    /** Where the list of rendered pages is kept and the key it must carry; none without a cache folder. */
    readonly manifest: { readonly file: string; readonly key: string } | undefined,
    private readonly parseFile: string | null,
    private readonly code: string,
  ) {}

  /**
   * Open the caches for building `root` into `outDir`.
   * @param dir the cache folder (undefined: the default under `node_modules/.cache/`), or null
   *   for none: everything is parsed and rendered, and nothing is saved.
   * @param part the part of the site built, for a shard build (`k/n`, see `renderKey`).
   */
  static async open(root: string, outDir: string, dir: string | null | undefined, part = ""): Promise<BuildCaches> {
    if (dir === null) return new BuildCaches(new ParseCache(), undefined, null, "");
    const code = await codeFingerprint();
    const parseFile = parseCachePath(root, dir);
    const manifest = { file: renderManifestPath(outDir, dir), key: await renderKey(code, outDir, part) };
    return new BuildCaches(await loadParseCache(parseFile, code), manifest, parseFile, code);
  }

  /** Whether there is a cache folder (otherwise nothing is kept between runs). */
  get enabled(): boolean {
    return this.parseFile !== null;
  }

  /** Save the parse cache (a cache that cannot be saved is only reported). */
  async saveParse(): Promise<void> {
    if (this.parseFile !== null) await saveParseCacheOrReport(this.parseFile, this.parse, this.code);
  }
}
