import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

/**
 * One autocannon run, in a process of its own: the load generator then neither shares an event
 * loop with the harness nor hides its CPU among the harness's, and the report can say what it cost
 * (cpu.ts). The parent sends a DriveSpec (plain data: which requests to make) and gets the result
 * back; the request bodies are built here.
 */

interface Common {
  connections: number;
  duration: number;
}

export type DriveSpec = Common &
  /** GET `url`; `document`: as a browser asks for a page (Accept: text/html), so a CDN or the page cache may answer. */
  (
    | { kind: "get"; url: string; document?: boolean }
    /** GET each of `paths` in turn, as documents. */
    | { kind: "pages"; baseUrl: string; paths: string[] }
    /**
     * Judgements of `targets` in turn, each at the version last seen (a 201 says the new one; a 409
     * means another connection judged it first), with `writesPerKey` writes per API key.
     */
    | {
        kind: "judgements";
        baseUrl: string;
        targets: { id: string; version: number }[];
        keys: string[];
        writesPerKey: number;
        resolvedAt: string;
      }
  );

export interface DriveResult {
  result: autocannon.Result;
  /** Requests made (judgements: how many writes were sent, to check the keys sufficed). */
  sent: number;
  /** CPU time this process used during the run, in milliseconds. */
  cpuMs: number;
}

/** What a browser's Accept says when it follows a link to a page. */
const DOCUMENT = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

/** Answers cut off when the run ends are not failures of the server: autocannon's own timeout (10 s) is. */
const TIMEOUT_SECONDS = 10;

async function drive(spec: DriveSpec): Promise<Omit<DriveResult, "cpuMs">> {
  const common = { connections: spec.connections, duration: spec.duration, timeout: TIMEOUT_SECONDS };
  let sent = 0;
  if (spec.kind === "get") {
    const result = await autocannon({ ...common, url: spec.url, ...(spec.document ? { headers: DOCUMENT } : {}) });
    return { result, sent: result.requests.total };
  }
  if (spec.kind === "pages") {
    const result = await autocannon({
      ...common,
      url: spec.baseUrl,
      headers: DOCUMENT,
      requests: [
        { method: "GET", setupRequest: (request) => ({ ...request, path: spec.paths[sent++ % spec.paths.length] }) },
      ],
    });
    return { result, sent };
  }
  const versions = new Map(spec.targets.map((target) => [target.id, target.version]));
  const result = await autocannon({
    ...common,
    url: spec.baseUrl,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const target = spec.targets[sent % spec.targets.length]!;
          const key = spec.keys[Math.floor(sent / spec.writesPerKey) % spec.keys.length];
          sent += 1;
          (context as { id?: string }).id = target.id;
          return {
            ...request,
            path: `/api/v1/predictions/${target.id}/judgements`,
            headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
            body: JSON.stringify({
              version: versions.get(target.id) ?? 1,
              outcome: sent % 2 ? "TRUE" : "FALSE",
              resolvedAt: spec.resolvedAt,
            }),
          };
        },
        onResponse: (status, body, context) => {
          const id = (context as { id?: string }).id ?? "";
          if (status === 201) versions.set(id, (JSON.parse(body) as { version: number }).version);
          else if (status === 409) versions.set(id, (versions.get(id) ?? 1) + 1);
        },
      },
    ],
  });
  return { result, sent };
}

/** Runs `spec` in a child process; settles with the result when the run ends. */
export function driveInChild(spec: DriveSpec): Promise<DriveResult> {
  const child = fork(fileURLToPath(import.meta.url), [], { serialization: "advanced", stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as DriveResult));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the autocannon process exited (${code}) without a result`)));
    child.send(spec);
  });
}

// Started by driveInChild: run what the parent sends, answer, and exit.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once("message", (spec: DriveSpec) => {
    const started = process.cpuUsage();
    drive(spec).then(
      (result) => {
        const used = process.cpuUsage(started);
        const answer: DriveResult = { ...result, cpuMs: (used.user + used.system) / 1000 };
        process.send!(answer, () => process.exit(0));
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
