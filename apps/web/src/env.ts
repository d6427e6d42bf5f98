import { z } from "zod";

/**
 * The one module of the web app that reads `process.env`. Values are read when first used, at
 * request time, so that `next build` works on a machine without a database or an auth secret.
 */
const serverSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start Hindsight with `pnpm dev`, which provides it" })
    .trim()
    .min(1, "DATABASE_URL is not set: start Hindsight with `pnpm dev`, which provides it")
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      error: "DATABASE_URL must be a postgresql:// URL",
    }),
  // Optional: a streaming replica of DATABASE_URL that serves readers (packages/db/src/replica.ts).
  DATABASE_REPLICA_URL: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      error: "DATABASE_REPLICA_URL must be a postgresql:// URL (or unset, to read from DATABASE_URL)",
    })
    .optional(),
  HINDSIGHT_AUTH_SECRET: z
    .string({
      error:
        "HINDSIGHT_AUTH_SECRET is not set: start Hindsight with `pnpm dev` or `pnpm start`, which provide one, or set it to at least 32 random characters (openssl rand -hex 32)",
    })
    .trim()
    .min(32, "HINDSIGHT_AUTH_SECRET must be at least 32 characters (openssl rand -hex 32)"),
  // Optional: the proxies in front of the app that may say who the client is in X-Forwarded-For
  // (server/client-address.ts, which checks it when the server starts): a hop count or a
  // comma-separated list of IPs and CIDRs. None when unset.
  HINDSIGHT_TRUSTED_PROXIES: z.string().trim().optional(),
  HINDSIGHT_BASE_URL: z
    .string()
    .trim()
    .pipe(
      z.url({ protocol: /^https?$/, error: "HINDSIGHT_BASE_URL must be an http(s) URL, e.g. http://localhost:3000" }),
    )
    .transform((value) => value.replace(/\/+$/, "")),
  // The whole-page cache for anonymous readers (server/page-cache.ts): on unless "off".
  HINDSIGHT_PAGE_CACHE: z.enum(["on", "off"], { error: 'HINDSIGHT_PAGE_CACHE must be "on" or "off"' }).default("on"),
  // The port this server listens on (`pnpm start`, `pnpm dev` and `next start` read it): the page
  // cache renders a missing page by asking 127.0.0.1 on it, and is off when it is unknown.
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: "PORT must be a port number" })
    .transform(Number)
    .optional(),
  // Optional: 1 lets webhook endpoints be loopback or private addresses (docs/webhooks.md).
  HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => ["", "0", "1", "true", "false", "on", "off", "yes", "no"].includes(value), {
      error: "HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE must be 1 or 0",
    })
    .transform((value) => ["1", "true", "on", "yes"].includes(value)),
  // Optional: where digests are mailed through (docs/notifications.md). The web app only says whether
  // it is set (the notification settings); the digest job and `hindsight digest` send.
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => /^smtps?:\/\/[^/]/.test(value), { error: "SMTP_URL must be an smtp:// or smtps:// URL" })
    .optional(),
  MAIL_FROM: z.string().trim().optional(),
});

export type ServerEnv = z.output<typeof serverSchema>;
type Key = keyof ServerEnv;

const cached: Partial<ServerEnv> = {};

function read<K extends Key>(key: K): ServerEnv[K] {
  if (typeof window !== "undefined") {
    throw new Error("src/env.ts holds server configuration and cannot be used in the browser");
  }
  if (cached[key] !== undefined) return cached[key] as ServerEnv[K];
  const raw: Record<Key, string | undefined> = {
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_REPLICA_URL: process.env.DATABASE_REPLICA_URL?.trim() || undefined,
    HINDSIGHT_AUTH_SECRET: process.env.HINDSIGHT_AUTH_SECRET,
    HINDSIGHT_TRUSTED_PROXIES: process.env.HINDSIGHT_TRUSTED_PROXIES?.trim() || undefined,
    // Where the app is served from; the auth library needs it for cookies and origin checks.
    HINDSIGHT_BASE_URL: process.env.HINDSIGHT_BASE_URL || `http://localhost:${process.env.PORT || "3000"}`,
    HINDSIGHT_PAGE_CACHE: process.env.HINDSIGHT_PAGE_CACHE?.trim().toLowerCase() || undefined,
    PORT: process.env.PORT?.trim() || undefined,
    HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: process.env.HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE ?? "",
    SMTP_URL: process.env.SMTP_URL?.trim() || undefined,
    MAIL_FROM: process.env.MAIL_FROM?.trim() || undefined,
  };
  const result = serverSchema.shape[key].safeParse(raw[key]);
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => issue.message).join("; "));
  }
  cached[key] = result.data as ServerEnv[K];
  return result.data as ServerEnv[K];
}

/** Server configuration, each value validated on first access (`env.DATABASE_URL`). */
export const env: ServerEnv = {
  get DATABASE_URL() {
    return read("DATABASE_URL");
  },
  get DATABASE_REPLICA_URL() {
    return read("DATABASE_REPLICA_URL");
  },
  get HINDSIGHT_AUTH_SECRET() {
    return read("HINDSIGHT_AUTH_SECRET");
  },
  get HINDSIGHT_TRUSTED_PROXIES() {
    return read("HINDSIGHT_TRUSTED_PROXIES");
  },
  get HINDSIGHT_BASE_URL() {
    return read("HINDSIGHT_BASE_URL");
  },
  get HINDSIGHT_PAGE_CACHE() {
    return read("HINDSIGHT_PAGE_CACHE");
  },
  get PORT() {
    return read("PORT");
  },
  get HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE() {
    return read("HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE");
  },
  get SMTP_URL() {
    return read("SMTP_URL");
  },
  get MAIL_FROM() {
    return read("MAIL_FROM");
  },
};
