import { describe, expect, it, vi } from "vitest";
import { cached, noteWrite } from "./cache";

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
});
