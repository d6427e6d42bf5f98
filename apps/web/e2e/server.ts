import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

// A loopback port nothing listens on, for the servers these tests start.
export { freePort } from "@hindsight/db/runtime";

/** The web app's folder, where `next start` serves the build from. */
export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningApp {
  baseUrl: string;
  /** What the server printed so far (for the message of a failed start). */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `next start` of the build on `port` (loopback) with `env` added to this process's environment,
 * once `readyPath` answers with a status `ready` accepts (by default any status under 500).
 */
export async function startApp(options: {
  port: number;
  env: Record<string, string>;
  readyPath?: string;
  ready?: (status: number) => boolean;
  timeoutMs?: number;
}): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    path.join(webDir, "node_modules", ".bin", "next"),
    ["start", "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      cwd: webDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(options.port), ...options.env },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const running = { baseUrl, output: () => output, stop: () => stopProcess(child) };
  const ready = options.ready ?? ((status: number) => status < 500);
  const url = `${baseUrl}${options.readyPath ?? "/"}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (ready(response.status)) return running;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (child.exitCode !== null || child.signalCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await running.stop();
  throw new Error(`The app did not answer at ${url} in time (${lastError})\n${output}`);
}

/** SIGTERM to the server's process group, SIGKILL if it has not exited 5 seconds later. */
async function stopProcess(child: ChildProcess): Promise<void> {
  const running = () => child.exitCode === null && child.signalCode === null;
  if (!child.pid || !running()) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (running()) signalGroup(child.pid, "SIGKILL");
}

/** Signals the process group; one that has gone already is no error. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}
