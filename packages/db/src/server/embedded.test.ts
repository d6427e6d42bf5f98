import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runningClusterPort } from "./embedded";

const dirs: string[] = [];
const dataDir = (pidFile?: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-pidfile-"));
  dirs.push(dir);
  if (pidFile !== undefined) writeFileSync(path.join(dir, "postmaster.pid"), pidFile);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("runningClusterPort", () => {
  // postmaster.pid: pid, data directory, start time, port, socket directory, ...
  it("finds the port of a cluster whose postmaster is alive", () => {
    expect(runningClusterPort(dataDir(`${process.pid}\n/data\n1700000000\n54329\n\n`))).toBe(54329);
  });

  it("ignores a stale file left by a postmaster that is gone, and a missing file", () => {
    expect(runningClusterPort(dataDir("2147483646\n/data\n1700000000\n54329\n"))).toBeNull();
    expect(runningClusterPort(dataDir())).toBeNull();
    expect(runningClusterPort(dataDir("garbage"))).toBeNull();
  });
});
