import { textFileTemplate } from "../src/render/text-file-template";

// Feeds, the JSON export, the sitemap and robots.txt.
export const { data, render } = textFileTemplate("site.views.files");
