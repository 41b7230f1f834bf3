/** Wall time of each build stage, in the order they ran, for the summary and the benchmark. */
export class StageTimer {
  private readonly seconds: [string, number][] = [];

  /** Run `run`, adding its time under `stage` whether it succeeds or throws. */
  async time<T>(stage: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.seconds.push([stage, (performance.now() - started) / 1000]);
    }
  }

  /** e.g. `ingest 1.20 s, site data 0.31 s, eleventy 4.02 s` */
  report(): string {
    return this.seconds.map(([stage, s]) => `${stage} ${s.toFixed(2)} s`).join(", ");
  }
}
