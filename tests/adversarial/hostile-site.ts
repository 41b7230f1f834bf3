import { GOOD_TXT, HOSTILE, md, PARAGRAPHS } from "./corpus";

/** A site whose every text field carries markup, script and template syntax; it must build. */

export const HOSTILE_TITLE = `${HOSTILE.script} ${HOSTILE.nunjucks} ${HOSTILE.tag} ${HOSTILE.closeScript}`;
export const HOSTILE_BODY = `${HOSTILE.img} and ${HOSTILE.svg} in a sentence long enough to be prose, the officials said on Tuesday. ${HOSTILE.nunjucks} ${HOSTILE.comment}`;

export const HOSTILE_SITE = {
  // Every front-matter text field carries markup and template syntax.
  "hostile.md": md(
    [
      `title: ${JSON.stringify(HOSTILE_TITLE)}`,
      "date: 2023-09-20",
      `summary: ${JSON.stringify(HOSTILE.closeScript)}`,
      `source: ${JSON.stringify(`<img src=x onerror=alert('source')> ..\\..\\escape`)}`,
      `authors: [${JSON.stringify(`<svg onload=alert('author')>`)}, "../../../escape"]`,
    ].join("\n"),
    `${HOSTILE.script}\n\n[click](${HOSTILE.js}) ${HOSTILE_BODY}\n\n${PARAGRAPHS[0]}\n`,
  ),
  // Raw text: the same, as text.
  "hostile.txt": `${HOSTILE.img} ${HOSTILE.nunjucks} Raw headline\n\nBy Jane Roe\n\nSeptember 21, 2023\n\n${HOSTILE_BODY}\n\n${HOSTILE.script} ${PARAGRAPHS[1]}\n`,
  // Scripts and characters: transliterated, hashed and cleaned slugs.
  "arabic.md": md("title: مقتل جنود حفظ السلام", "تقرير عن الأحداث الأخيرة في المنطقة الحدودية، قال المسؤولون يوم الثلاثاء.\n"),
  "cjk.md": md("title: 北京新闻发布会", "北京新闻发布会在周二举行，官员们讨论了边境地区的最新情况。\n"),
  "emoji.md": md("title: 👨‍👩‍👧 Families return 🔥", "Families with children were the first to return, officials said on Wednesday.\n"),
  "invisible.md": md(
    `title: "Zero\u200bwidth \u202egnirts\u202c news"`,
    "An article whose headline hid invisible characters, as the editors found out.\n",
  ),
  "path-headline.md": md(
    "title: ../../..\\\\etc %2e%2e/passwd",
    "A headline that looks like a path still gets a safe address, said the team.\n",
  ),
  "clean.txt": GOOD_TXT,
  // Leftovers: listed with a warning, never read.
  ".DS_Store": "\u0000\u0000",
  "clean.txt~": "stale copy",
};
