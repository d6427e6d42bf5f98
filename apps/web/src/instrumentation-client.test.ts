import { expect, it } from "vitest";

it("turns zod's compiled parsers off (jitless) for zod loaded after it, without importing zod", async () => {
  await import("./instrumentation-client");
  const { config } = await import("zod/v4/core");
  expect(config().jitless).toBe(true);
});
