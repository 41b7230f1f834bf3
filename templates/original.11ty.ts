export { data, render } from "../src/eleventy/original-text-template";
