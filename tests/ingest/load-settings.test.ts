import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/config/settings";
import { loadSettings } from "../../src/ingest/load-settings";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project root whose `content/site.yml` holds `text` (none when undefined). */
function rootWith(text: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), "site-settings-"));
  roots.push(root);
  mkdirSync(join(root, "content"));
  if (text !== undefined) writeFileSync(join(root, "content/site.yml"), text);
  return root;
}

const FILE = "name: The Ledger\nurl: https://ledger.example.com/archive/\npageSize: 30\nlanguage: fr\n";

describe("loadSettings", () => {
  it("gives the defaults when there is no settings file", () => {
    const { settings, diagnostics } = loadSettings(rootWith(undefined), { env: {}, production: false });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    // The file over the defaults.
    [{}, {}, { siteName: "The Ledger", siteUrl: "https://ledger.example.com", pathPrefix: "/archive/", pageSize: 30 }],
    // The environment over the file, each variable on its own.
    [{ SITE_URL: "https://mirror.example.net" }, {}, { siteUrl: "https://mirror.example.net", pathPrefix: "/archive/" }],
    [{ PATH_PREFIX: "/" }, {}, { siteUrl: "https://ledger.example.com", pathPrefix: "/" }],
    // An empty variable is unset.
    [{ SITE_URL: "", PATH_PREFIX: "" }, {}, { siteUrl: "https://ledger.example.com", pathPrefix: "/archive/" }],
    // The command's options over both.
    [{}, { pageSize: 5, includeDrafts: true }, { pageSize: 5, includeDrafts: true, siteName: "The Ledger" }],
  ])("takes env %j and options %j over the file: %j", (env, overrides, expected) => {
    const { settings, diagnostics } = loadSettings(rootWith(FILE), { env, overrides, production: true });
    expect(settings).toMatchObject({ language: "fr", ...expected });
    expect(diagnostics).toEqual([]);
  });

  it.each([
    // The public site with no address anywhere: the warning.
    [undefined, {}, true, ["site-url-unset"]],
    ["name: X\n", {}, true, ["site-url-unset"]],
    // An address in the file or in the environment: none.
    ["url: https://x.example/\n", {}, true, []],
    [undefined, { SITE_URL: "https://x.example" }, true, []],
    // A preview is read locally: none.
    [undefined, {}, false, []],
  ])("warns about an unset address for file %j, env %j, production %s: %j", (text, env, production, ids) => {
    const { settings, diagnostics } = loadSettings(rootWith(text), { env, production });
    expect(diagnostics.map((d) => d.id)).toEqual(ids);
    if (ids.length > 0) {
      expect(settings.siteUrl).toBe("https://example.org");
      expect(diagnostics[0]).toMatchObject({ severity: "warning", file: "content/site.yml" });
    }
  });

  it("reports an invalid key as an error on its line and keeps its default", () => {
    const { settings, diagnostics } = loadSettings(rootWith("name: The Ledger\npageSize: many\n"), { env: {}, production: false });
    expect(settings).toMatchObject({ siteName: "The Ledger", pageSize: DEFAULT_SETTINGS.pageSize });
    expect(diagnostics).toMatchObject([{ id: "settings-file-invalid", severity: "error", file: "content/site.yml", line: 2 }]);
  });

  it("reads the settings file of another content folder", () => {
    const root = rootWith(undefined);
    mkdirSync(join(root, "archive"));
    writeFileSync(join(root, "archive/site.yml"), "name: Moved\n");
    const { settings } = loadSettings(root, { env: {}, overrides: { contentDir: "archive" }, production: false });
    expect(settings.siteName).toBe("Moved");
  });

  it("refuses a settings file that is a symbolic link, and keeps the defaults", () => {
    const root = rootWith(undefined);
    writeFileSync(join(root, "elsewhere.yml"), "name: Linked\n");
    symlinkSync(join(root, "elsewhere.yml"), join(root, "content/site.yml"));
    const { settings, diagnostics } = loadSettings(root, { env: {}, production: false });
    expect(settings.siteName).toBe(DEFAULT_SETTINGS.siteName);
    expect(diagnostics).toMatchObject([{ id: "symlink-refused", file: "content/site.yml" }]);
  });
});
