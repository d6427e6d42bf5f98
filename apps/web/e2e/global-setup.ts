import { randomBytes } from "node:crypto";
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
import { freePort, startApp } from "./server";

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
    /** Signed in as to read only: sees what editors may do, and that the role is needed. */
    viewer: TestUser;
  }
}

const testUsers = {
  editor: { email: "editor@e2e.test", password: "editor password e2e", name: "Eve Editor" },
  admin: { email: "admin@e2e.test", password: "admin password e2e", name: "Adam Admin" },
  viewer: { email: "viewer@e2e.test", password: "viewer password e2e", name: "Vera Viewer" },
} satisfies Record<string, TestUser>;

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
    await createUser(auth, { ...testUsers.viewer, role: "VIEWER" });
  } finally {
    await db.$disconnect();
  }

  const app = await startApp({
    port,
    env: {
      DATABASE_URL: databaseUrl,
      HINDSIGHT_AUTH_SECRET: authSecret,
      HINDSIGHT_BASE_URL: baseUrl,
      // The test runner stands in for one proxy in front of the app: each test's X-Forwarded-For
      // is its client's address (e2e/auth.ts), as a load balancer's would be.
      HINDSIGHT_TRUSTED_PROXIES: "1",
      // The webhook test registers a receiver on loopback (e2e/webhooks.e2e.ts).
      HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: "1",
    },
  });
  process.env.BASE_URL = baseUrl;
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("editor", testUsers.editor);
  project.provide("admin", testUsers.admin);
  project.provide("viewer", testUsers.viewer);

  return async () => {
    await app.stop();
    await dropDatabase(databaseUrl);
    await server.stop();
  };
}
