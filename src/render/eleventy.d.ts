/**
 * Eleventy 3.1.7 ships no type declarations. This declares only the part of its API this
 * project uses, so a misspelt method or option is a compile error rather than a silent no-op.
 */
declare module "@11ty/eleventy" {
  /** One rendered template, as passed to `eleventy.after` and returned by `write()`. */
  export interface EleventyResult {
    readonly inputPath: string;
    /** Path of the written file, or `false` for templates that write nothing. */
    readonly outputPath: string | false;
    readonly url: string | false;
    readonly content: string;
  }

  export interface EleventyAfterEvent {
    readonly directories: { readonly input: string; readonly output: string };
    readonly runMode: "build" | "watch" | "serve";
    readonly results: readonly EleventyResult[];
  }

  export interface UserConfig {
    addGlobalData(name: string, data: unknown): this;
    addWatchTarget(target: string): this;
    addPassthroughCopy(paths: string | Readonly<Record<string, string>>): this;
    addExtension(extensions: string | readonly string[], options: { readonly key: string }): this;
    addTemplateFormats(formats: string | readonly string[]): this;
    setNunjucksEnvironmentOptions(options: { readonly throwOnUndefined?: boolean; readonly autoescape?: boolean }): this;
    setFrontMatterParsingOptions(options: { readonly engines?: Readonly<Record<string, (input: string) => unknown>> }): this;
    setUseGitIgnore(enabled: boolean): this;
    setQuietMode(quiet: boolean): this;
    on(event: "eleventy.after", callback: (event: EleventyAfterEvent) => void | Promise<void>): this;
    /** A function over each page's output before it is written; `this.page` is the page. */
    addTransform(
      name: string,
      transform: (this: { readonly page: { readonly outputPath: string | false } }, content: string) => string,
    ): this;
  }

  /** What a config function may return. */
  export interface ConfigReturn {
    readonly dir?: { readonly input?: string; readonly output?: string; readonly includes?: string };
    readonly templateFormats?: readonly string[];
    readonly markdownTemplateEngine?: string | false;
    readonly htmlTemplateEngine?: string | false;
  }

  export interface EleventyOptions {
    readonly configPath?: string;
    readonly quietMode?: boolean;
    readonly runMode?: "build" | "watch" | "serve";
    /** Configuration applied before the config file's (same API as the config file). */
    readonly config?: (config: UserConfig) => void;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Loads the config; `watch()` needs it first (`write()` calls it itself). */
    init(): Promise<void>;
    /** Builds and writes; resolves to `[passthroughCopies, templates]`. */
    write(): Promise<[unknown, EleventyResult[]]>;
    /** Builds once, then rebuilds on changes to templates and watch targets. */
    watch(): Promise<unknown>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    /** Silence Eleventy's own progress lines (errors still throw). */
    disableLogger(): void;
  }
}
