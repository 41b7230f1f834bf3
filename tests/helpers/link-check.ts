import { readFile } from "node:fs/promises";
import { posix } from "node:path";
import { listFileTree } from "../../src/util/file-tree";

/** A link that does not resolve to a file (or to an `id` in it) in the output folder. */
export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Check every internal `href` and `src` of every HTML file under `outDir` against the files
 * on disk: `/x/` must have `x/index.html`, `/x.txt` must exist, and a `#fragment` must name an
 * `id` in the target page. External links (with a scheme) are skipped.
 *
 * With `prefix` (the site built with `PATH_PREFIX`), `outDir` stands for that subpath: a
 * root-relative link must start with the prefix, and resolves below it.
 * @returns the broken links, empty when all resolve.
 */
export async function checkLinks(outDir: string, prefix = "/"): Promise<BrokenLink[]> {
  const files = listFileTree(outDir);
  const present = new Set(files);
  const contents = new Map<string, string>();
  const read = async (file: string): Promise<string> => {
    let text = contents.get(file);
    if (text === undefined) {
      text = await readFile(posix.join(outDir, file), "utf8");
      contents.set(file, text);
    }
    return text;
  };
  const broken: BrokenLink[] = [];
  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = await read(page);
    for (const [, raw = ""] of html.matchAll(ATTRIBUTE)) {
      const href = raw.replace(/&amp;/g, "&");
      if (EXTERNAL.test(href)) continue;
      const [pathPart = "", fragment] = href.split("#", 2);
      const path = pathPart.split("?")[0] ?? "";
      if (path.startsWith("/") && !path.startsWith(prefix)) {
        broken.push({ page, href, reason: `outside the path prefix ${prefix}` });
        continue;
      }
      const target = targetFile(page, path.startsWith("/") ? `/${path.slice(prefix.length)}` : path);
      if (!present.has(target)) {
        broken.push({ page, href, reason: `no file ${target}` });
      } else if (fragment && !(await read(target)).includes(`id="${fragment}"`)) {
        broken.push({ page, href, reason: `no id "${fragment}" in ${target}` });
      }
    }
  }
  return broken;
}

/** The output file a link from `page` lands on (`..` above the root stays at the root, as in a browser). */
function targetFile(page: string, path: string): string {
  if (path === "") return page;
  const decoded = decodeURIComponent(path);
  const rel = posix.resolve(posix.join("/", posix.dirname(page)), decoded).slice(1);
  return rel === "" ? "index.html" : decoded.endsWith("/") ? `${rel}/index.html` : rel;
}
