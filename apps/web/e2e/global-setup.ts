import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { createAuth, createUser } from "@hindsight/api";
import { createDatabase } from "@hindsight/db";
import {
  createDatabaseIfMissing,
  dropDatabase,
  migrateDeploy,
  openTestServer,
  withDatabase,
} from "@hindsight/db/runtime";

/** A user the browser tests sign in as. */
export interface TestUser {
  email: string;
  password: string;
  name: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    /** Signed in as to log, edit and judge predictions. */
    editor: TestUser;
    /** Signed in as to manage users. */
    admin: TestUser;
  }
}

const testUsers = {
  editor: { email: "editor@e2e.test", password: "editor password e2e", name: "Eve Editor" },
  admin: { email: "admin@e2e.test", password: "admin password e2e", name: "Adam Admin" },
} satisfies Record<string, TestUser>;

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms (${lastError})`);
}

/**
 * Browser-test harness: a fresh migrated database (on DATABASE_URL's server, or a throwaway embedded
 * PostgreSQL), the production build served by `next start` on a free loopback port, and cleanup.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await openTestServer(process.env.DATABASE_URL, "e2e");
  const { adminUrl } = server;
  const databaseUrl = withDatabase(adminUrl, `hindsight_e2e_${randomBytes(4).toString("hex")}`);
  await createDatabaseIfMissing(databaseUrl);
  await migrateDeploy({ databaseUrl, log: () => undefined });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const authSecret = randomBytes(32).toString("hex");
  // The users the tests sign in as, made as `hindsight user add` makes them.
  const db = createDatabase(databaseUrl, { maxConnections: 2 });
  try {
    const auth = createAuth({ db, baseURL: baseUrl, secret: authSecret });
    await createUser(auth, { ...testUsers.editor, role: "EDITOR" });
    await createUser(auth, { ...testUsers.admin, role: "ADMIN" });
  } finally {
    await db.$disconnect();
  }

  const next = spawn(
    path.join(webDir, "node_modules", ".bin", "next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: webDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        HINDSIGHT_AUTH_SECRET: authSecret,
        HINDSIGHT_BASE_URL: baseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
      },
    },
  );
  let output = "";
  next.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  next.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHttp(baseUrl, 60_000);
  } catch (error) {
    if (next.pid) process.kill(-next.pid, "SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`, { cause: error });
  }
  process.env.BASE_URL = baseUrl;
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("editor", testUsers.editor);
  project.provide("admin", testUsers.admin);

  return async () => {
    if (next.pid && next.exitCode === null) {
      const exited = new Promise((resolve) => next.once("exit", resolve));
      process.kill(-next.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (next.exitCode === null) process.kill(-next.pid, "SIGKILL");
    }
    await dropDatabase(databaseUrl);
    await server.stop();
  };
}
