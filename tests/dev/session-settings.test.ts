import { readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNow } from "../../src/config/environment";
import { DevSession } from "../../src/dev/session";
import { loadSettings } from "../../src/ingest/load-settings";
import { TEST_EPOCH } from "../helpers/build-here";
import { tempDir } from "../helpers/run-build";
import { syntheticRoot } from "../helpers/synthetic-root";

// Saving content/site.yml while the dev server runs builds the site with the new settings.
let root = "";
let out = "";
let session: DevSession;
let reads = 0;

beforeAll(async () => {
  root = await syntheticRoot(6, 2);
  await writeFile(path.join(root, "content/site.yml"), "name: First Name\n");
  out = tempDir("dev-settings");
  const readSettings = () => {
    reads++;
    return loadSettings(root, { env: {}, overrides: { includeDrafts: true }, production: false });
  };
  const { settings, diagnostics } = readSettings();
  const started = await DevSession.start({
    root,
    outDir: out,
    settings,
    settingsDiagnostics: diagnostics,
    reloadSettings: readSettings,
    now: () => buildNow({ SOURCE_DATE_EPOCH: TEST_EPOCH }),
  });
  session = started.session;
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

const home = (): string => readFileSync(path.join(out, "index.html"), "utf8");

describe("a dev session and the settings file", () => {
  it("builds with the settings file's name", () => {
    expect(home()).toContain(">First Name</a>");
  });

  it("reads the settings again only when the settings file changed", async () => {
    const before = reads;
    await session.build({ content: ["content/topics.yml"], templates: [] });
    expect(reads).toBe(before);
  });

  it("rebuilds every page with the new settings when the settings file is saved", async () => {
    await writeFile(path.join(root, "content/site.yml"), "name: Second Name\nlanguage: de\n");
    const report = await session.build({ content: ["content/site.yml"], templates: [] });
    expect(home()).toContain(">Second Name</a>");
    expect(home()).toMatch(/<html lang="de">/);
    expect(report.written).toContain("/");
    expect(session.site?.siteName).toBe("Second Name");
  }, 120_000);

  it("reports a broken settings file and goes on with the defaults for its broken keys", async () => {
    await writeFile(path.join(root, "content/site.yml"), "name: Third Name\npageSize: lots\n");
    const report = await session.build({ content: ["content/site.yml"], templates: [] });
    expect(report.newDiagnostics).toContainEqual(
      expect.objectContaining({ id: "settings-file-invalid", file: "content/site.yml", line: 2 }),
    );
    expect(home()).toContain(">Third Name</a>");
  }, 120_000);
});
