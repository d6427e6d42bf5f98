import { z } from "zod";

// Runs in the browser before the app starts. zod compiles its object parsers with `new Function`
// when eval is allowed, and finds out by trying it once: under the Content-Security-Policy
// (src/proxy.ts, no 'unsafe-eval') that attempt is refused and reported as a violation. The
// interpreted parsers it falls back to are fast enough for forms; the server keeps the compiled ones.
z.config({ jitless: true });
