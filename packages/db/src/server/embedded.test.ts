import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import {
  copyNativeDir,
  freePort,
  nativeCopyDir,
  packagedNativeDir,
  runningClusterPort,
  startEmbeddedPostgres,
  traversableByOthers,
} from "./embedded";

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

const tempDir = (mode = 0o755) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-native-test-"));
  chmodSync(dir, mode);
  dirs.push(dir);
  return dir;
};

describe("traversableByOthers", () => {
  it("needs every existing ancestor to let others through", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "open", "inner"), { recursive: true });
    mkdirSync(path.join(root, "closed", "inner"), { recursive: true });
    mkdirSync(path.join(root, "execute-only", "inner"), { recursive: true });
    chmodSync(path.join(root, "closed"), 0o700);
    chmodSync(path.join(root, "execute-only"), 0o711);
    expect(traversableByOthers(path.join(root, "open", "inner"))).toBe(true);
    expect(traversableByOthers(path.join(root, "closed", "inner"))).toBe(false);
    expect(traversableByOthers(path.join(root, "closed"))).toBe(false);
    expect(traversableByOthers(path.join(root, "execute-only", "inner"))).toBe(true);
    expect(traversableByOthers(path.join(root, "open", "not-yet", "made"))).toBe(true);
    expect(traversableByOthers(path.join(tempDir(0o700), "data"))).toBe(false);
  });
});

describe("nativeCopyDir", () => {
  it("names one copy per package version and source folder, under the temp dir", () => {
    const a = nativeCopyDir("/root/x/node_modules/pkg/native", "18.4.0-beta.17", "/tmp");
    expect(path.dirname(a)).toBe("/tmp");
    expect(path.basename(a)).toMatch(/^hindsight-postgres-18\.4\.0-beta\.17-[0-9a-f]{12}$/);
    expect(nativeCopyDir("/root/x/node_modules/pkg/native/", "18.4.0-beta.17", "/tmp")).toBe(a);
    expect(nativeCopyDir("/root/y/node_modules/pkg/native", "18.4.0-beta.17", "/tmp")).not.toBe(a);
    expect(nativeCopyDir("/root/x/node_modules/pkg/native", "18.5.0", "/tmp")).not.toBe(a);
    expect(path.dirname(nativeCopyDir("/root/x/native", "1"))).toBe(os.tmpdir());
  });
});

describe("copyNativeDir", () => {
  /** A folder shaped like the platform package's native/: an executable, a library and its link. */
  const nativeFixture = () => {
    const source = path.join(tempDir(0o700), "native");
    mkdirSync(path.join(source, "bin"), { recursive: true });
    mkdirSync(path.join(source, "lib"));
    mkdirSync(path.join(source, "share"));
    writeFileSync(path.join(source, "bin", "initdb"), "#!/bin/sh\n", { mode: 0o755 });
    writeFileSync(path.join(source, "lib", "libx.so.1.2"), "x", { mode: 0o644 });
    symlinkSync("libx.so.1.2", path.join(source, "lib", "libx.so.1"));
    writeFileSync(path.join(source, "share", "postgres.bki"), "bki", { mode: 0o644 });
    return source;
  };
  const leftovers = (destination: string) =>
    readdirSync(path.dirname(destination)).filter((name) => name.startsWith(`${path.basename(destination)}.partial-`));

  it("copies links as links and keeps modes, into a folder others may enter", async () => {
    const source = nativeFixture();
    const destination = path.join(tempDir(), "copy");
    await copyNativeDir(source, destination);
    expect(statSync(destination).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(destination, "bin", "initdb")).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(destination, "lib", "libx.so.1.2")).mode & 0o777).toBe(0o644);
    expect(lstatSync(path.join(destination, "lib", "libx.so.1")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(destination, "lib", "libx.so.1"))).toBe("libx.so.1.2");
    expect(traversableByOthers(path.join(destination, "bin"))).toBe(true);
    expect(leftovers(destination)).toEqual([]);
  });

  it("reuses a finished copy, and makes again one that lost files", async () => {
    const source = nativeFixture();
    const destination = path.join(tempDir(), "copy");
    await copyNativeDir(source, destination);
    const made = statSync(destination).ino;
    await copyNativeDir(source, destination);
    expect(statSync(destination).ino).toBe(made);
    rmSync(path.join(destination, "share", "postgres.bki"));
    await copyNativeDir(source, destination);
    expect(existsSync(path.join(destination, "share", "postgres.bki"))).toBe(true);
  });

  it("gives concurrent callers one whole copy and leaves no half copies", async () => {
    const source = nativeFixture();
    const destination = path.join(tempDir(), "copy");
    await Promise.all([1, 2, 3, 4].map(() => copyNativeDir(source, destination)));
    expect(readdirSync(path.join(destination, "lib")).sort()).toEqual(["libx.so.1", "libx.so.1.2"]);
    expect(leftovers(destination)).toEqual([]);
  });

  it("leaves nothing behind when the copy fails, and clears a dead process's half copy", async () => {
    const destination = path.join(tempDir(), "copy");
    const abandoned = `${destination}.partial-2147483646-abcd`;
    mkdirSync(abandoned);
    await expect(copyNativeDir(path.join(tempDir(), "missing"), destination)).rejects.toThrow();
    expect(existsSync(destination)).toBe(false);
    expect(leftovers(destination)).toEqual([]);
  });

  it("refuses a folder in its way that others may write to", async () => {
    const destination = path.join(tempDir(), "copy");
    mkdirSync(destination);
    chmodSync(destination, 0o777);
    await expect(copyNativeDir(nativeFixture(), destination)).rejects.toThrow(/remove it/);
  });
});

describe("startEmbeddedPostgres from a copy of the binaries", () => {
  // What runs as root when node_modules is out of the postgres user's reach (a checkout under a
  // 0700 directory); forced here, so that it is tested wherever the suite runs.
  it("initialises, answers, stops and deletes its data", async () => {
    const root = tempDir();
    const nativeDir = path.join(root, "native");
    await copyNativeDir(packagedNativeDir(), nativeDir);
    const dataDir = path.join(root, "data");
    const server = await startEmbeddedPostgres({
      dataDir,
      nativeDir,
      port: await freePort(),
      ephemeral: true,
      log: () => undefined,
    });
    try {
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ version: string; encoding: string }>(
          "select current_setting('server_version_num') as version, pg_encoding_to_char(encoding) as encoding from pg_database where datname = 'postgres'",
        );
        expect(Number(rows[0]?.version)).toBeGreaterThanOrEqual(180000);
        expect(rows[0]?.encoding).toBe("UTF8");
      } finally {
        await client.end();
      }
      expect(runningClusterPort(dataDir)).toBe(server.port);
    } finally {
      await server.stop();
    }
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it("fails with the binary's path, and leaves neither data nor password file", async () => {
    const root = tempDir();
    const dataDir = path.join(root, "cluster", "data");
    const passwordFiles = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith("hindsight-pg-password-"));
    const before = passwordFiles();
    await expect(
      startEmbeddedPostgres({
        dataDir,
        nativeDir: path.join(root, "empty"),
        port: await freePort(),
        log: () => undefined,
      }),
    ).rejects.toThrow(/could not create its cluster in .*Could not run .*empty\/bin\/initdb/);
    expect(existsSync(path.join(root, "cluster"))).toBe(false);
    expect(passwordFiles()).toEqual(before);
  });
});
