import { describe, expect, it } from "vitest";
import { archivalSnapshot } from "../../src/snapshot/archival-snapshot";
import { MAX_LISTED_REMOTE, SNAPSHOT_CSP, SNAPSHOT_FRAME, snapshotPage } from "../../src/snapshot/snapshot-page";

const META = { title: "Talks <resume>", articleUrl: "/articles/talks-resume/" } as const;

describe("snapshotPage", () => {
  const page = snapshotPage(archivalSnapshot('<p>Body</p><img src="https://img.example/a.png">'), {
    ...META,
    originalUrl: "/articles/talks-resume/original.bin",
    originalFileName: "talks-resume.html",
    pageUrl: "https://news.example/talks",
    lang: "en",
  });

  it("puts the CSP first in the head, right after the character set, before anything that loads", () => {
    expect(page).toMatch(
      /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="[^"]+">/,
    );
  });

  it.each([
    // Nothing may run, connect, be framed, submitted or re-based; images only inline.
    ["default-src 'none'"],
    ["script-src 'none'"],
    ["img-src data:"],
    ["base-uri 'none'"],
    ["form-action 'none'"],
  ])("has a CSP with %s", (directive) => {
    expect(SNAPSHOT_CSP.split("; ")).toContain(directive);
    expect(page).toContain(SNAPSHOT_CSP);
  });

  it("sends no referrer and asks not to be indexed", () => {
    expect(page).toContain('<meta name="referrer" content="no-referrer">');
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it("says what it is and links back to the article, the original bytes and the page's address", () => {
    expect(page).toContain("<strong>Archival snapshot</strong>");
    expect(page).toContain('<a href="/articles/talks-resume/">Back to the article: Talks &lt;resume&gt;</a>');
    expect(page).toContain('<a href="/articles/talks-resume/original.bin" download="talks-resume.html">');
    expect(page).toContain('Originally published at <a href="https://news.example/talks" rel="noopener noreferrer nofollow">');
    expect(page).toContain("Removed: 1 remote image.");
  });

  it("lists the remote content it did not load as links", () => {
    expect(page).toContain('<li><a href="https://img.example/a.png" rel="noopener noreferrer nofollow">https://img.example/a.png</a></li>');
  });

  it(`lists at most ${MAX_LISTED_REMOTE} remote addresses and counts the rest`, () => {
    const links = Array.from({ length: MAX_LISTED_REMOTE + 5 }, (_, i) => `https://img.example/${i}.png`);
    const many = snapshotPage({ html: "", removed: [], remoteLinks: links }, META);
    expect(many.split("<li>").length - 1).toBe(MAX_LISTED_REMOTE);
    expect(many).toContain("<p>and 5 more.</p>");
  });

  it("prints no page address that is not a web address", () => {
    expect(snapshotPage({ html: "", removed: [], remoteLinks: [] }, { ...META, pageUrl: "javascript:alert(1)" })).not.toContain(
      "javascript:",
    );
  });

  it("is the same for the same arguments", () => {
    const snapshot = archivalSnapshot("<p>x</p>");
    expect(snapshotPage(snapshot, META)).toBe(snapshotPage(snapshot, META));
  });

  it("frames a snapshot with an empty sandbox: no script, an opaque origin, no navigation of the page", () => {
    expect(SNAPSHOT_FRAME.sandbox).toBe("");
    expect(SNAPSHOT_FRAME.referrerpolicy).toBe("no-referrer");
  });
});
