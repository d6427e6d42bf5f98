import type { Database } from "@hindsight/db";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@hindsight/domain";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";

export interface AuthOptions {
  db: Database;
  /** The public address of the app, e.g. http://localhost:3000 or https://hindsight.example.org. */
  baseURL: string;
  /** Signs session cookies; at least 32 random characters. */
  secret: string;
  /** Other origins allowed to post to the auth endpoints (the base URL's origin always is). */
  trustedOrigins?: string[];
}

/** Sign-in attempts allowed per client IP within the window; the next one is answered 429. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 } as const;

function buildAuth({ db, baseURL, secret, trustedOrigins }: AuthOptions) {
  const secure = new URL(baseURL).protocol === "https:";
  return betterAuth({
    appName: "Hindsight",
    baseURL,
    basePath: "/api/auth",
    secret,
    trustedOrigins,
    // Users, sessions, accounts and rate-limit counters live in PostgreSQL, through Prisma.
    // `transaction` lets the library write a user and its credential account atomically.
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: {
      enabled: true,
      // Nobody signs themselves up: admins create users (CLI or the admin page).
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        // Stored in the Role enum column; never accepted from a request body.
        role: { type: "string", required: false, input: false, defaultValue: "VIEWER" },
      },
    },
    rateLimit: {
      // better-auth enables it only in production by default; sign-in is guarded everywhere.
      enabled: true,
      // In the database, so that every server process (and a restart) sees the same counters.
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT },
    },
    advanced: {
      // Made explicit rather than left to the library's defaults: session cookies are httpOnly and
      // SameSite=Lax always, and Secure (with the __Secure- name prefix) exactly when served over https.
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure, path: "/" },
      cookiePrefix: "hindsight",
    },
    // No phoning home: the machine may be offline, and nothing about our users leaves it.
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof buildAuth>;

/** The auth library configured for Hindsight: email and password sign-in, roles, rate limiting. */
export function createAuth(options: AuthOptions): Auth {
  return buildAuth(options);
}
