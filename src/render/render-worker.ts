/**
 * A render worker: a child process started by `render-pool.ts` that renders the batches it is
 * sent with its own Eleventy, one after the other, into the output folder, and replies with the
 * files each wrote. It runs with the build's working directory (Eleventy resolves its input
 * against it) and tsx's hooks (Eleventy imports `.eleventy.ts`).
 */
import { renderPages } from "./render-site";
import type { RenderJob, RenderReply } from "./render-pool";

process.on("message", (job: RenderJob) => {
  void renderPages(job.batch, job.outDir, job.copyAssets).then(
    (written): void => reply({ id: job.id, written }),
    (error: unknown): void => reply({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

function reply(message: RenderReply): void {
  process.send?.(message);
}

reply({ ready: true });
