import { describe, expect, it } from "vitest";
import {
  changedFields,
  planUpdate,
  sameResolution,
  sameValue,
  type LatestJudgement,
  type StoredEntry,
  type WantedEntry,
} from "./plan";

interface Fields {
  claim: string;
  probability: number;
  resolveBy: Date | null;
  questionId: string | null;
}
const compared = ["claim", "probability", "resolveBy"] as const;

const fields: Fields = {
  claim: "The bridge reopens by March",
  probability: 0.7,
  resolveBy: new Date("2025-03-31T00:00:00Z"),
  questionId: null,
};
const judgement: LatestJudgement = {
  outcome: "PARTIAL",
  credit: 0.5,
  resolvedAt: new Date("2025-04-02T00:00:00Z"),
  note: "Half the lanes",
  evidence: ["https://news.example/a", "https://news.example/b"],
};

const stored = (overrides: Partial<StoredEntry<Fields>> = {}): StoredEntry<Fields> => ({
  fields,
  parentKey: null,
  questionKey: null,
  tags: ["roads", "city"],
  version: 3,
  latest: null,
  ...overrides,
});
const wanted = (overrides: Partial<WantedEntry<Fields>> = {}): WantedEntry<Fields> => ({
  fields,
  parentKey: null,
  questionKey: null,
  tags: ["city", "roads"],
  resolution: null,
  ...overrides,
});

describe("planUpdate", () => {
  it("leaves an entry alone when nothing differs (tags in another order, dates as other objects)", () => {
    const plan = planUpdate(
      stored(),
      wanted({ fields: { ...fields, resolveBy: new Date("2025-03-31T00:00:00.000Z") } }),
      compared,
    );
    expect(plan).toEqual({
      before: {},
      after: {},
      changed: false,
      tags: null,
      judge: false,
      judgedAgainst: 3,
      version: 3,
      probabilityLocked: false,
    });
  });

  it("audits the changed fields only, and counts one new version", () => {
    const plan = planUpdate(
      stored(),
      wanted({ fields: { ...fields, claim: "The bridge reopens by April", resolveBy: null } }),
      compared,
    );
    expect(plan.before).toEqual({ claim: "The bridge reopens by March", resolveBy: fields.resolveBy });
    expect(plan.after).toEqual({ claim: "The bridge reopens by April", resolveBy: null });
    expect([plan.changed, plan.judge, plan.version]).toEqual([true, false, 4]);
  });

  it("ignores fields it is not asked to compare (the question counts by its key)", () => {
    const plan = planUpdate(
      stored({ questionKey: "bridge" }),
      wanted({ fields: { ...fields, questionId: "q_other_id" }, questionKey: "bridge" }),
      compared,
    );
    expect(plan.changed).toBe(false);
    const moved = planUpdate(stored({ questionKey: "bridge" }), wanted({ questionKey: "tunnel" }), compared);
    expect([moved.before, moved.after]).toEqual([{ question: "bridge" }, { question: "tunnel" }]);
  });

  it("names the parent by key and lists the tags to add and remove, sorted", () => {
    const plan = planUpdate(
      stored({ parentKey: "whole-1" }),
      wanted({ parentKey: null, tags: ["transport", "city"] }),
      compared,
    );
    expect(plan.before).toEqual({ parent: "whole-1", tags: ["city", "roads"] });
    expect(plan.after).toEqual({ parent: null, tags: ["city", "transport"] });
    expect(plan.tags).toEqual({ add: ["transport"], remove: ["roads"] });
    expect(plan.version).toBe(4);
  });

  it("appends a judgement when there is none yet, made against the current version", () => {
    const plan = planUpdate(
      stored(),
      wanted({ resolution: { outcome: "TRUE", resolvedAt: new Date("2025-04-02T00:00:00Z") } }),
      compared,
    );
    expect([plan.changed, plan.judge, plan.judgedAgainst, plan.version]).toEqual([false, true, 3, 4]);
  });

  it("judges against the updated version when the entry changes too", () => {
    const plan = planUpdate(
      stored(),
      wanted({
        fields: { ...fields, claim: "Changed" },
        resolution: { outcome: "FALSE", resolvedAt: judgement.resolvedAt! },
      }),
      compared,
    );
    expect([plan.changed, plan.judge, plan.judgedAgainst, plan.version]).toEqual([true, true, 4, 5]);
  });

  it("does not judge again when the resolution says what the latest judgement says", () => {
    const resolution = {
      outcome: "PARTIAL" as const,
      credit: 0.5,
      resolvedAt: new Date("2025-04-02T00:00:00Z"),
      note: "Half the lanes",
      evidence: ["https://news.example/a", "https://news.example/b"],
    };
    const plan = planUpdate(stored({ latest: judgement }), wanted({ resolution }), compared);
    expect([plan.judge, plan.version]).toEqual([false, 3]);
  });

  it("refuses a new probability once judged, and only then", () => {
    const changedProbability = wanted({ fields: { ...fields, probability: 0.9 } });
    expect(planUpdate(stored({ latest: judgement }), changedProbability, compared).probabilityLocked).toBe(true);
    expect(planUpdate(stored(), changedProbability, compared).probabilityLocked).toBe(false);
    const sameProbability = wanted({ fields: { ...fields, claim: "Reworded" } });
    expect(planUpdate(stored({ latest: judgement }), sameProbability, compared).probabilityLocked).toBe(false);
  });
});

describe("sameResolution", () => {
  const resolution = {
    outcome: "PARTIAL" as const,
    credit: 0.5,
    resolvedAt: new Date("2025-04-02T00:00:00Z"),
    note: "Half the lanes",
    evidence: ["https://news.example/a", "https://news.example/b"],
  };

  it("is false without a judgement, and after a reopening", () => {
    expect(sameResolution(null, resolution)).toBe(false);
    expect(
      sameResolution({ outcome: null, credit: null, resolvedAt: null, note: null, evidence: [] }, resolution),
    ).toBe(false);
  });

  it("notices each part of the judgement", () => {
    expect(sameResolution(judgement, resolution)).toBe(true);
    expect(sameResolution(judgement, { ...resolution, outcome: "TRUE", credit: undefined })).toBe(false);
    expect(sameResolution(judgement, { ...resolution, credit: 0.6 })).toBe(false);
    expect(sameResolution(judgement, { ...resolution, resolvedAt: new Date("2025-04-03T00:00:00Z") })).toBe(false);
    expect(sameResolution(judgement, { ...resolution, note: undefined })).toBe(false);
    expect(sameResolution(judgement, { ...resolution, evidence: [...resolution.evidence].reverse() })).toBe(false);
    // Two links are not one link with a line break in it.
    expect(
      sameResolution(judgement, { ...resolution, evidence: ["https://news.example/a\nhttps://news.example/b"] }),
    ).toBe(false);
  });

  it("reads a missing credit, note and evidence as none", () => {
    const bare: LatestJudgement = {
      outcome: "TRUE",
      credit: null,
      resolvedAt: judgement.resolvedAt,
      note: null,
      evidence: [],
    };
    expect(sameResolution(bare, { outcome: "TRUE", resolvedAt: new Date("2025-04-02T00:00:00Z") })).toBe(true);
  });
});

describe("sameValue", () => {
  it("compares dates by instant and everything else strictly", () => {
    expect(sameValue(new Date(0), new Date(0))).toBe(true);
    expect(sameValue(new Date(0), null)).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(false);
    expect(sameValue("a", "a")).toBe(true);
  });
});

describe("changedFields", () => {
  it("lists the fields that differ, as they were and as wanted, in the order asked", () => {
    const was: { probability: number; source: string; asOf: Date; url: string | null } = {
      probability: 0.4,
      source: "Metaculus",
      asOf: new Date("2025-01-05T00:00:00Z"),
      url: null,
    };
    const now = {
      probability: 0.45,
      source: "Metaculus",
      asOf: new Date("2025-01-05T00:00:00Z"),
      url: "https://m.example/q",
    };
    expect(changedFields(was, now, ["url", "probability", "source", "asOf"])).toEqual({
      before: { url: null, probability: 0.4 },
      after: { url: "https://m.example/q", probability: 0.45 },
    });
    expect(changedFields(was, { ...was, asOf: new Date(was.asOf) }, ["probability", "source", "asOf", "url"])).toEqual({
      before: {},
      after: {},
    });
  });
});

describe("planUpdate for a question (no parent, link or tags)", () => {
  const none = { parentKey: null, questionKey: null, tags: [] };
  const question = { title: "Does the bridge reopen by March?", criteria: null, resolveBy: null };
  const resolution = { outcome: "TRUE" as const, resolvedAt: new Date("2025-03-20T00:00:00Z") };

  it("counts an edit and a first judgement as two versions, the judgement made against the edited one", () => {
    // Stored at version 2, never judged; the file renames it and resolves it: version 3 is the
    // rename, the judgement is made against 3, and the question ends at version 4.
    const plan = planUpdate(
      { ...none, fields: question, version: 2, latest: null },
      { ...none, fields: { ...question, title: "Does the bridge reopen in March?" }, resolution },
      ["title", "criteria", "resolveBy"],
    );
    expect(plan).toMatchObject({ changed: true, tags: null, judge: true, judgedAgainst: 3, version: 4 });
    expect(plan.after).toEqual({ title: "Does the bridge reopen in March?" });
  });

  it("judges again after a reopening, though the resolution is the one judged before", () => {
    const reopened = {
      outcome: null,
      credit: null,
      resolvedAt: new Date("2025-04-01T00:00:00Z"),
      note: null,
      evidence: [],
    };
    const plan = planUpdate(
      { ...none, fields: question, version: 5, latest: reopened },
      { ...none, fields: question, resolution },
      ["title", "criteria", "resolveBy"],
    );
    expect(plan).toMatchObject({ changed: false, judge: true, judgedAgainst: 5, version: 6, probabilityLocked: false });
  });
});
