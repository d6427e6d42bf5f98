/** The same server with another database: `withDatabase(url, "postgres")`. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`The database URL ${redact(databaseUrl)} names no database`);
  return name;
}

/** A URL safe to print: the password replaced by ***. */
export function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparseable database URL)";
  }
}

/** Double-quotes an identifier for SQL (database names cannot be bound as parameters). */
export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;
