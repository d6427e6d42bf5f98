import { describe, expect, it, vi } from "vitest";
import { cached, cachedFor, MAX_ENTRIES, noteWrite } from "./cache";

describe("cached", () => {
  it("serves one load for the time to live, then loads again", async () => {
    const owner = {};
    const load = vi.fn(async () => "value");
    expect(await cached(owner, "k", 1000, load, 0)).toBe("value");
    expect(await cached(owner, "k", 1000, load, 999)).toBe("value");
    expect(load).toHaveBeenCalledTimes(1);
    await cached(owner, "k", 1000, load, 1000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one load between concurrent callers, per owner and key", async () => {
    const load = vi.fn(async () => 1);
    const owner = {};
    await Promise.all([cached(owner, "a", 1000, load, 0), cached(owner, "a", 1000, load, 0)]);
    expect(load).toHaveBeenCalledTimes(1);
    await cached(owner, "b", 1000, load, 0);
    await cached({}, "a", 1000, load, 0);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("drops every entry after a write through this process", async () => {
    const owner = {};
    const load = vi.fn(async () => 1);
    await cached(owner, "k", 60_000, load, 0);
    noteWrite();
    await cached(owner, "k", 60_000, load, 1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failed load", async () => {
    const owner = {};
    const failing = vi.fn(async () => {
      throw new Error("down");
    });
    await expect(cached(owner, "k", 60_000, failing, 0)).rejects.toThrow("down");
    const load = vi.fn(async () => 2);
    expect(await cached(owner, "k", 60_000, load, 1)).toBe(2);
  });

  it("does not reuse a load that was under way when a write landed", async () => {
    const owner = {};
    let finish: (value: string) => void = () => undefined;
    const racing = cached(owner, "k", 60_000, () => new Promise<string>((resolve) => (finish = resolve)), 0);
    noteWrite();
    finish("read before the write");
    expect(await racing).toBe("read before the write");
    expect(await cached(owner, "k", 60_000, async () => "read after the write", 1)).toBe("read after the write");
  });

  it(`keeps at most ${MAX_ENTRIES} entries per owner, dropping the least recently used`, async () => {
    const owner = {};
    const load = vi.fn(async () => 1);
    for (let i = 0; i < MAX_ENTRIES; i += 1) await cached(owner, `k${i}`, 60_000, load, 0);
    await cached(owner, "k0", 60_000, load, 1);
    expect(load).toHaveBeenCalledTimes(MAX_ENTRIES);
    await cached(owner, "one more", 60_000, load, 2);
    await cached(owner, "k0", 60_000, load, 3);
    expect(load).toHaveBeenCalledTimes(MAX_ENTRIES + 1);
    await cached(owner, "k1", 60_000, load, 4);
    expect(load).toHaveBeenCalledTimes(MAX_ENTRIES + 2);
  });
});

describe("cachedFor", () => {
  it.each([
    [null, 1],
    [{ role: "VIEWER" as const }, 1],
    [{ role: "EDITOR" as const }, 2],
    [{ role: "ADMIN" as const }, 2],
  ])("serves readers from the cache and loads afresh for writers (%o)", async (actor, loads) => {
    const reader = { db: {}, actor };
    const load = vi.fn(async () => 1);
    await cachedFor(reader, "k", 60_000, load);
    await cachedFor(reader, "k", 60_000, load);
    expect(load).toHaveBeenCalledTimes(loads);
  });
});
