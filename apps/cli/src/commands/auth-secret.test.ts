import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readOrCreateAuthSecret } from "./auth-secret";

const directories: string[] = [];
const scratch = () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), "hindsight-secret-"));
  directories.push(directory);
  return directory;
};
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe("readOrCreateAuthSecret", () => {
  it("generates a random secret once, readable by its owner only, and keeps it", () => {
    const file = path.join(scratch(), ".data", "auth-secret");
    const first = readOrCreateAuthSecret(file);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateAuthSecret(file)).toBe(first);
    expect(readOrCreateAuthSecret(path.join(scratch(), "auth-secret"))).not.toBe(first);
  });

  it("tightens the permissions of an existing file and keeps its secret", () => {
    const file = path.join(scratch(), "auth-secret");
    writeFileSync(file, "x".repeat(40) + "\n", { mode: 0o644 });
    expect(readOrCreateAuthSecret(file)).toBe("x".repeat(40));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("refuses a file with a secret too short to be safe, saying how to recover", () => {
    const file = path.join(scratch(), "auth-secret");
    writeFileSync(file, "short\n", { mode: 0o600 });
    expect(() => readOrCreateAuthSecret(file)).toThrow(/delete it to have a new one generated/);
    expect(readFileSync(file, "utf8")).toBe("short\n");
  });
});
