/** The only module of the CLI that reads the environment. */
export interface CliEnv {
  databaseUrl: string | undefined;
  /**
   * A streaming replica of DATABASE_URL for the web app's readers. Checked here; `dev`/`start`
   * hand the whole environment to the web server (childEnvironment), which reads it.
   */
  databaseReplicaUrl: string | undefined;
  webPort: number | undefined;
  embeddedPort: number | undefined;
  embeddedDataDir: string | undefined;
  /** Signs session cookies; when unset, `dev`/`start` keep a generated one in .data/auth-secret. */
  authSecret: string | undefined;
  /** The public address of the web app; `dev`/`start` default to http://localhost:<port>. */
  baseUrl: string | undefined;
  /**
   * HINDSIGHT_WORKER: whether `dev`/`start` run the job worker in their own process ("on", the
   * default) or leave jobs to separate `pnpm hindsight worker` processes ("off"); docs/scaling.md.
   */
  worker: boolean;
  /** HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE=1: webhooks may go to loopback and private addresses (docs/webhooks.md). */
  webhooksAllowPrivate: boolean;
  /** The SMTP server digests go out through (smtp:// or smtps://); unset: digests are not sent. */
  smtpUrl: string | undefined;
  /** The From address of digests. */
  mailFrom: string | undefined;
}

const flag = (name: string, value: string | undefined, fallback: boolean): boolean => {
  const text = value?.trim().toLowerCase();
  if (!text) return fallback;
  if (["1", "true", "on", "yes"].includes(text)) return true;
  if (["0", "false", "off", "no"].includes(text)) return false;
  throw new UsageError(`${name} must be on or off (1 or 0), got "${value?.slice(0, 20)}"`);
};

const port = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new UsageError(`${name} must be a port number between 1 and 65535, got "${value}"`);
  }
  return parsed;
};

export class UsageError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const databaseUrl = source.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError(`DATABASE_URL must be a postgresql:// URL, got "${databaseUrl.slice(0, 40)}"`);
  }
  const databaseReplicaUrl = source.DATABASE_REPLICA_URL?.trim() || undefined;
  if (databaseReplicaUrl && !/^postgres(ql)?:\/\//.test(databaseReplicaUrl)) {
    throw new UsageError(`DATABASE_REPLICA_URL must be a postgresql:// URL, got "${databaseReplicaUrl.slice(0, 40)}"`);
  }
  if (databaseReplicaUrl && !databaseUrl) {
    // The embedded database has no replica: reads would come from an unrelated database.
    throw new UsageError("DATABASE_REPLICA_URL needs DATABASE_URL: it names a replica of that database");
  }
  const authSecret = source.HINDSIGHT_AUTH_SECRET?.trim() || undefined;
  if (authSecret && authSecret.length < 32) {
    throw new UsageError("HINDSIGHT_AUTH_SECRET must be at least 32 characters (openssl rand -hex 32)");
  }
  const baseUrl = source.HINDSIGHT_BASE_URL?.trim().replace(/\/+$/, "") || undefined;
  if (baseUrl && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new UsageError(`HINDSIGHT_BASE_URL must be an http(s) URL, got "${baseUrl.slice(0, 60)}"`);
  }
  const smtpUrl = source.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    // Not the value itself: it may carry a password.
    throw new UsageError(
      "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.org:465",
    );
  }
  return {
    databaseUrl,
    databaseReplicaUrl,
    webPort: port("PORT", source.PORT),
    embeddedPort: port("HINDSIGHT_EMBEDDED_PORT", source.HINDSIGHT_EMBEDDED_PORT),
    embeddedDataDir: source.HINDSIGHT_DATA_DIR?.trim() || undefined,
    authSecret,
    baseUrl,
    worker: flag("HINDSIGHT_WORKER", source.HINDSIGHT_WORKER, true),
    webhooksAllowPrivate: flag("HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE", source.HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE, false),
    smtpUrl,
    mailFrom: source.MAIL_FROM?.trim() || undefined,
  };
}

/** The environment for a child process: ours, plus the given overrides. */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/**
 * The directory the user ran `pnpm hindsight ...` in. pnpm runs root scripts from the repository
 * root and keeps the caller's directory in INIT_CWD; file arguments (import, export --out) are
 * relative to it, as users expect.
 */
export function invocationDirectory(source: NodeJS.ProcessEnv = process.env): string | undefined {
  return source.INIT_CWD?.trim() || undefined;
}
