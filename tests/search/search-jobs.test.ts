import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { runJobs, shardsAhead, type JobWorker } from "../../src/search/search-index";

/** A stand-in for an indexing worker: records what it is sent; the test answers for it. */
class FakeWorker extends EventEmitter {
  readonly received: number[] = [];
  postMessage(job: number): void {
    this.received.push(job);
  }
  /** The worker finishes its oldest unanswered job. */
  reply(job: number): void {
    this.emit("message", `done ${job}`);
  }
}

/** Hands out jobs 1..n in order, then null. */
const queue = (n: number) => {
  let next = 1;
  return () => (next <= n ? next++ : null);
};

describe("runJobs (handing search shards to an indexing worker)", () => {
  it("keeps `ahead` jobs queued beyond the one being worked on, so the worker never waits for this thread", async () => {
    const worker = new FakeWorker();
    const done = runJobs<number, string>(worker as unknown as JobWorker, queue(5), () => 1);
    expect(worker.received).toEqual([1, 2]);
    worker.reply(1);
    expect(worker.received).toEqual([1, 2, 3]);
    worker.reply(2);
    worker.reply(3);
    expect(worker.received).toEqual([1, 2, 3, 4, 5]);
    worker.reply(4);
    worker.reply(5);
    expect(await done).toEqual(["done 1", "done 2", "done 3", "done 4", "done 5"]);
  });

  it("hands out one job at a time when nothing may wait ahead", async () => {
    const worker = new FakeWorker();
    const done = runJobs<number, string>(worker as unknown as JobWorker, queue(2), () => 0);
    expect(worker.received).toEqual([1]);
    worker.reply(1);
    expect(worker.received).toEqual([1, 2]);
    worker.reply(2);
    expect(await done).toEqual(["done 1", "done 2"]);
  });

  it("resolves at once with no jobs, and rejects when the worker stops before answering", async () => {
    expect(await runJobs<number, string>(new FakeWorker() as unknown as JobWorker, queue(0), () => 1)).toEqual([]);
    const worker = new FakeWorker();
    const done = runJobs<number, string>(worker as unknown as JobWorker, queue(3), () => 1);
    worker.emit("exit", 1);
    await expect(done).rejects.toThrow(/stopped \(exit code 1\)/);
  });
});

describe("shardsAhead", () => {
  it("queues a shard ahead while every core could still take two, none near the end", () => {
    expect(shardsAhead(40, 2)).toBe(1);
    expect(shardsAhead(5, 2)).toBe(1);
    expect(shardsAhead(4, 2)).toBe(0);
    expect(shardsAhead(0, 2)).toBe(0);
    expect(shardsAhead(9, 4)).toBe(1);
    expect(shardsAhead(8, 4)).toBe(0);
  });
});
