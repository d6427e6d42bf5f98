import { describe, expect, it } from "vitest";
import { nodeVersionProblem, supportedNode } from "./node-version";

describe("supportedNode", () => {
  it("accepts the releases Prisma 7 and Next 16 both support", () => {
    for (const version of ["20.19.0", "20.20.2", "22.12.0", "22.20.1", "24.0.0", "25.1.0"])
      expect(supportedNode(version), version).toBe(true);
  });

  it("refuses older minors, odd releases between and unreadable versions", () => {
    for (const version of ["20.18.3", "18.20.4", "21.7.3", "22.11.0", "23.5.0", "16.0.0", "", "x.y.z"])
      expect(supportedNode(version), version).toBe(false);
  });
});

describe("nodeVersionProblem", () => {
  it("names the running version and what is needed", () => {
    expect(nodeVersionProblem("18.20.4")).toBe(
      "Hindsight needs Node.js 20.19 or newer (20.19+, 22.12+ or 24+); this is Node.js 18.20.4. Install a supported release (for example with nvm: `nvm install 22`) and run the command again.",
    );
  });

  it("says nothing on a supported version", () => {
    expect(nodeVersionProblem("22.12.0")).toBeNull();
  });
});
