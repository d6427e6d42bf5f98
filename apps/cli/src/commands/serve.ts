import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createDatabase, listUsers } from "@hindsight/db";
import { openRuntimeDatabase, repoRoot, seedDemoIfEmpty } from "@hindsight/db/runtime";
import { childEnvironment, type CliEnv } from "../env";
import { authSecretFile, readOrCreateAuthSecret } from "./auth-secret";

const webDir = path.join(repoRoot, "apps", "web");
const nextBin = path.join(webDir, "node_modules", ".bin", "next");

export const SERVE_HELP = {
  dev: `usage: hindsight dev

  Runs Hindsight with \`next dev\`: the database (DATABASE_URL, or the embedded PostgreSQL in
  .data/postgres), pending migrations, the demo data on first run, then the web server on PORT
  (default 3000, or the next free one). Ctrl-C stops the web server and the database.

example:
  pnpm dev`,
  start: `usage: hindsight start

  Like dev, with the production build (\`pnpm build\` first).

example:
  pnpm build && pnpm start`,
} as const;

async function availablePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, () => server.close(() => resolve(port)));
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

/**
 * `pnpm dev` / `pnpm start`: the database (DATABASE_URL or the embedded one), migrations, the demo
 * data on first run, then the Next server. Ctrl-C stops the web server and the database.
 */
export async function serve(env: CliEnv, mode: "dev" | "start"): Promise<number> {
  if (mode === "start" && !existsSync(path.join(webDir, ".next", "BUILD_ID"))) {
    console.error("No production build found: run `pnpm build` first (or use `pnpm dev`).");
    return 1;
  }
  // Sessions stay valid across restarts: the secret that signs them is kept, not regenerated.
  let authSecret = env.authSecret;
  if (!authSecret) {
    authSecret = readOrCreateAuthSecret(authSecretFile);
    console.log(`Auth secret: ${authSecretFile} (set HINDSIGHT_AUTH_SECRET to use your own)`);
  }

  const database = await openRuntimeDatabase({
    databaseUrl: env.databaseUrl,
    embeddedPort: env.embeddedPort,
    embeddedDataDir: env.embeddedDataDir,
  });
  let web: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (web?.pid && web.exitCode === null) {
      const exited = new Promise((resolve) => web?.once("exit", resolve));
      try {
        process.kill(-web.pid, "SIGTERM");
      } catch {
        // already gone
      }
      const timeout = setTimeout(() => {
        try {
          if (web?.pid) process.kill(-web.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timeout);
    }
    await database.stop();
    console.log("Hindsight stopped.");
    process.exit(code);
  };
  // A terminal's Ctrl-C reaches every process of the group, and tsx relays it once more: keep
  // listening, so that a repeated signal does not kill us halfway through stopping.
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const db = createDatabase(database.databaseUrl, { maxConnections: 2 });
    try {
      const seeded = await seedDemoIfEmpty(db);
      if (seeded)
        console.log(
          `Loaded the demo data: ${seeded.predictions.created} predictions by ${seeded.analysts.created} analysts from the corpus,` +
            ` and a fictional sample newsroom (${seeded.sample.counts.predictions.created} predictions by ${seeded.sample.counts.analysts.created} analysts, marked "(sample)";` +
            " `pnpm hindsight demo remove-sample` removes it).",
        );
      if ((await listUsers(db)).length === 0)
        console.log(
          "No users yet: anyone can read, and to log or judge predictions create the first admin with\n  pnpm hindsight user add --email you@example.org --role admin",
        );
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }

  const port = await availablePort(env.webPort ?? 3000);
  const baseUrl = env.baseUrl ?? `http://localhost:${port}`;
  web = spawn(nextBin, [mode, "--port", String(port)], {
    cwd: webDir,
    // Its own process group, so that stopping it also stops the workers it starts.
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnvironment({
      DATABASE_URL: database.databaseUrl,
      HINDSIGHT_AUTH_SECRET: authSecret,
      HINDSIGHT_BASE_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  });
  web.once("exit", (code) => {
    if (!stopping) {
      console.error(`The web server exited (code ${code ?? "unknown"}).`);
      void stop(code ?? 1);
    }
  });
  console.log(`\nHindsight is running at ${baseUrl}  (Ctrl-C to stop)\n`);
  return await new Promise<number>(() => undefined);
}
