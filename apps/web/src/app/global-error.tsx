"use client";

/**
 * Last resort when the root layout itself fails. It renders its own document, without the app's
 * stylesheet, so the few styles it needs are inline.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
          display: "grid",
          placeItems: "center",
          minHeight: "100vh",
          margin: 0,
          textAlign: "center",
        }}
      >
        <main role="alert">
          <h1 style={{ fontSize: "1.5rem" }}>Hindsight could not load</h1>
          <p>Something went wrong while rendering the page.</p>
          <button type="button" onClick={() => retry()} style={{ padding: "0.5rem 1rem", cursor: "pointer" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
