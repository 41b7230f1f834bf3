import { textFileTemplate } from "./text-file-template";

/**
 * The `original.txt` page of each article: the record's `original` text, byte for byte.
 * `templates/original.11ty.ts` re-exports this so it is type-checked with `src/`.
 */
export const { data, render } = textFileTemplate("site.views.originals");
