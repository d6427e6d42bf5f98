import { describe, expect, it } from "vitest";
import type { Prisma } from "../client";
import { chunks, newId, StatementQueue } from "./ledger-sql";

/** A transaction that records statements and fails the ones whose SQL says FAIL, after a delay. */
function fakeTransaction() {
  const ran: string[] = [];
  let running = 0;
  let overlapped = false;
  const tx = {
    $executeRawUnsafe: async (sql: string) => {
      running += 1;
      if (running > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (sql.includes("FAIL")) throw new Error(`refused: ${sql}`);
      ran.push(sql);
      return 1;
    },
  } as unknown as Prisma.TransactionClient;
  return { tx, ran, overlapped: () => overlapped };
}

describe("StatementQueue", () => {
  it("runs statements one at a time in the order sent, reporting each as it completes", async () => {
    const { tx, ran, overlapped } = fakeTransaction();
    const queue = new StatementQueue(tx);
    const done: string[] = [];
    for (const name of ["one", "two", "three"]) await queue.send(name, [], () => done.push(name));
    // Sending does not wait for the statements: none has completed yet.
    expect(done).toEqual([]);
    await queue.flush();
    expect(ran).toEqual(["one", "two", "three"]);
    expect(done).toEqual(["one", "two", "three"]);
    expect(overlapped()).toBe(false);
  });

  it("stops at the first failure, which flush throws, and runs nothing after it", async () => {
    const { tx, ran } = fakeTransaction();
    const queue = new StatementQueue(tx);
    await queue.send("one");
    await queue.send("FAIL two");
    await queue.send("three");
    await expect(queue.flush()).rejects.toThrow("refused: FAIL two");
    expect(ran).toEqual(["one"]);
  });

  it("makes a sender wait once the parameters waiting pass the limit", async () => {
    const { tx, ran } = fakeTransaction();
    const queue = new StatementQueue(tx, 10);
    await queue.send("one", ["123456"]);
    expect(ran).toEqual([]);
    await queue.send("two", ["123456"]);
    // The second send waited for the first statement: 12 characters would pass the limit of 10.
    expect(ran).toEqual(["one"]);
    await queue.flush();
  });
});

describe("newId and chunks", () => {
  it("makes distinct cuid-shaped ids", () => {
    const ids = Array.from({ length: 10_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("cuts a list into pieces of the given size", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
  });
});
