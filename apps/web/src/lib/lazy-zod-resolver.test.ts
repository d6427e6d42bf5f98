import { signInInput } from "@hindsight/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { lazyZodResolver } from "./lazy-zod-resolver";

type Values = { email: string; password: string };
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe("lazyZodResolver", () => {
  it("answers what zodResolver answers for the same schema, messages included", async () => {
    const lazy = lazyZodResolver<Values, unknown>(() =>
      import("@hindsight/domain/schemas").then((schemas) => schemas.signInInput),
    );
    const eager = zodResolver(signInInput);
    for (const values of [
      { email: "", password: "" },
      { email: "not an address", password: "x" },
      { email: "ada@example.com", password: "correct horse" },
    ]) {
      expect(await lazy(values, undefined, options)).toEqual(await eager(values, undefined, options as never));
    }
    expect((await lazy({ email: "", password: "" }, undefined, options)).errors).toHaveProperty("email");
  });

  it("loads the schema once, and again after a failed load", async () => {
    let loads = 0;
    const lazy = lazyZodResolver<Values, unknown>(async () => {
      loads += 1;
      if (loads === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return signInInput;
    });
    await expect(lazy({ email: "", password: "" }, undefined, options)).rejects.toThrow("Failed to fetch");
    await lazy({ email: "", password: "" }, undefined, options);
    await lazy({ email: "ada@example.com", password: "pw" }, undefined, options);
    expect(loads).toBe(2);
  });
});
