import { describe, expect, it } from "vitest";
import { describeVerdict, linkDisagreement } from "./links";

describe("linkDisagreement", () => {
  it("accepts the question's outcome on a plain link and the mapped one on a negated link", () => {
    expect(linkDisagreement("q", { outcome: "TRUE" }, false, { outcome: "TRUE" })).toBeNull();
    expect(linkDisagreement("q", { outcome: "TRUE" }, true, { outcome: "FALSE" })).toBeNull();
    expect(linkDisagreement("q", { outcome: "FALSE" }, true, { outcome: "TRUE" })).toBeNull();
    // PARTIAL 0.3 on the question is PARTIAL 0.7 on a negated link: 1 - 0.3, by hand.
    expect(
      linkDisagreement("q", { outcome: "PARTIAL", credit: 0.3 }, true, { outcome: "PARTIAL", credit: 0.7 }),
    ).toBeNull();
    // 1 - 0.57 is 0.43000000000000005 in floating point; a file saying 0.43 agrees.
    expect(
      linkDisagreement("q", { outcome: "PARTIAL", credit: 0.57 }, true, { outcome: "PARTIAL", credit: 0.43 }),
    ).toBeNull();
    expect(linkDisagreement("q", { outcome: "AMBIGUOUS" }, true, { outcome: "AMBIGUOUS" })).toBeNull();
    expect(linkDisagreement("q", { outcome: "ANNULLED" }, true, { outcome: "ANNULLED", credit: null })).toBeNull();
  });

  it("says what the question expects, and that the link is negated", () => {
    expect(linkDisagreement("q-summit", { outcome: "TRUE" }, true, { outcome: "TRUE" })).toBe(
      "disagrees with question q-summit (FALSE expected for a negated link)",
    );
    expect(linkDisagreement("q-summit", { outcome: "TRUE" }, false, { outcome: "FALSE" })).toBe(
      "disagrees with question q-summit (TRUE expected)",
    );
    expect(
      linkDisagreement("q-summit", { outcome: "PARTIAL", credit: 0.3 }, true, { outcome: "PARTIAL", credit: 0.3 }),
    ).toBe("disagrees with question q-summit (PARTIAL with credit 0.7 expected for a negated link)");
    expect(linkDisagreement("q-summit", { outcome: "PARTIAL", credit: 0.57 }, true, { outcome: "TRUE" })).toBe(
      "disagrees with question q-summit (PARTIAL with credit 0.43 expected for a negated link)",
    );
  });

  it("names a verdict", () => {
    expect(describeVerdict({ outcome: null })).toBe("open");
    expect(describeVerdict({ outcome: "PARTIAL", credit: 0.25 })).toBe("PARTIAL with credit 0.25");
    expect(describeVerdict({ outcome: "ANNULLED" })).toBe("ANNULLED");
  });
});
