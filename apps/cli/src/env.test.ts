import { describe, expect, it } from "vitest";
import { invocationDirectory, readEnv, UsageError } from "./env";

describe("readEnv", () => {
  it("reads an empty environment as: embedded database, default ports", () => {
    expect(readEnv({})).toEqual({
      databaseUrl: undefined,
      databaseReplicaUrl: undefined,
      webPort: undefined,
      embeddedPort: undefined,
      embeddedDataDir: undefined,
      authSecret: undefined,
      baseUrl: undefined,
      worker: true,
      webhooksAllowPrivate: false,
      smtpUrl: undefined,
      mailFrom: undefined,
    });
  });

  it("reads every variable", () => {
    expect(
      readEnv({
        DATABASE_URL: " postgresql://postgres@127.0.0.1:5432/hindsight ",
        DATABASE_REPLICA_URL: " postgresql://postgres@replica.internal:5432/hindsight ",
        PORT: "3100",
        HINDSIGHT_EMBEDDED_PORT: "54400",
        HINDSIGHT_DATA_DIR: "/srv/hindsight",
        HINDSIGHT_AUTH_SECRET: " 0123456789abcdef0123456789abcdef ",
        HINDSIGHT_BASE_URL: "https://hindsight.example.org/",
        HINDSIGHT_WORKER: "off",
        HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: "1",
        SMTP_URL: " smtps://user:secret@smtp.example.org:465 ",
        MAIL_FROM: " Hindsight <news@example.org> ",
      }),
    ).toEqual({
      databaseUrl: "postgresql://postgres@127.0.0.1:5432/hindsight",
      databaseReplicaUrl: "postgresql://postgres@replica.internal:5432/hindsight",
      webPort: 3100,
      embeddedPort: 54400,
      embeddedDataDir: "/srv/hindsight",
      authSecret: "0123456789abcdef0123456789abcdef",
      baseUrl: "https://hindsight.example.org",
      worker: false,
      webhooksAllowPrivate: true,
      smtpUrl: "smtps://user:secret@smtp.example.org:465",
      mailFrom: "Hindsight <news@example.org>",
    });
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/x" }, "DATABASE_URL must be a postgresql:// URL"],
    [
      { DATABASE_URL: "postgresql://127.0.0.1/h", DATABASE_REPLICA_URL: "replica:5432" },
      "DATABASE_REPLICA_URL must be a postgresql:// URL",
    ],
    [{ DATABASE_REPLICA_URL: "postgresql://replica/h" }, "DATABASE_REPLICA_URL needs DATABASE_URL"],
    [{ PORT: "80a" }, 'PORT must be a port number between 1 and 65535, got "80a"'],
    [{ HINDSIGHT_EMBEDDED_PORT: "70000" }, "HINDSIGHT_EMBEDDED_PORT must be a port number"],
    [{ HINDSIGHT_AUTH_SECRET: "short" }, "HINDSIGHT_AUTH_SECRET must be at least 32 characters"],
    [{ HINDSIGHT_BASE_URL: "localhost:3000" }, "HINDSIGHT_BASE_URL must be an http(s) URL"],
    [{ HINDSIGHT_WORKER: "maybe" }, 'HINDSIGHT_WORKER must be on or off (1 or 0), got "maybe"'],
    [{ HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: "yes please" }, "HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE must be on or off"],
    [{ SMTP_URL: "mail.example.org:25" }, "SMTP_URL must be an smtp:// or smtps:// URL"],
  ])("refuses %j with a usage error naming the variable", (environment, message) => {
    expect(() => readEnv(environment)).toThrow(UsageError);
    expect(() => readEnv(environment)).toThrow(message);
  });
});

describe("invocationDirectory", () => {
  it("is the directory pnpm was run in (INIT_CWD), or undefined outside pnpm", () => {
    expect(invocationDirectory({ INIT_CWD: "/home/ann/ledgers" })).toBe("/home/ann/ledgers");
    expect(invocationDirectory({})).toBeUndefined();
  });
});
