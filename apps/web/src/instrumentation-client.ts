// Runs in the browser before the app starts. zod compiles its object parsers with `new Function`
// when eval is allowed, and finds out by trying it once: under the Content-Security-Policy
// (src/proxy.ts, no 'unsafe-eval') that attempt is refused and reported as a violation. The
// interpreted parsers it falls back to are fast enough for forms; the server keeps the compiled ones.
//
// The setting is written straight into the object zod keeps its settings in (zod 4 reads
// `globalThis.__zod_globalConfig`, creating it only when absent), rather than through
// `z.config()`: importing zod here put all of it (31 kB gzipped) into the runtime every page loads
// first, and `config` from "zod/v4/core" still 5 kB. instrumentation-client.test.ts checks that
// zod sees the setting, so an upgrade that moves it fails there.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;
