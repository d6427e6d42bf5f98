import { describe, expect, it } from "vitest";
import { describeQuestionEvent } from "./question-audit";

describe("describeQuestionEvent", () => {
  it("sums up a new question by what it was created with", () => {
    expect(
      describeQuestionEvent({
        action: "question.create",
        before: null,
        after: {
          id: "c1",
          key: "q-1",
          title: "A summit by 2026",
          criteria: null,
          resolveBy: "2026-12-31T00:00:00.000Z",
        },
      }),
    ).toEqual({
      title: "Created the question",
      changes: [
        { field: "title", label: "Title", before: null, after: "A summit by 2026" },
        { field: "resolveBy", label: "Deadline", before: null, after: "31 Dec 2026" },
      ],
    });
  });

  it("shows an edit field by field, a cleared one as none", () => {
    expect(
      describeQuestionEvent({
        action: "question.update",
        before: { resolveBy: "2026-12-31T00:00:00.000Z", criteria: "In person" },
        after: { resolveBy: "2027-06-30T00:00:00.000Z", criteria: null },
      }).changes,
    ).toEqual([
      { field: "criteria", label: "Resolution criteria", before: "In person", after: "none" },
      { field: "resolveBy", label: "Deadline", before: "31 Dec 2026", after: "30 Jun 2027" },
    ]);
  });

  it("says which reference was added or removed", () => {
    const reference = {
      id: "r1",
      probability: 0.35,
      source: "Polymarket",
      asOf: "2025-01-10T00:00:00.000Z",
      url: null,
    };
    expect(describeQuestionEvent({ action: "question.reference.add", before: null, after: reference })).toEqual({
      title: "Added a reference forecast",
      changes: [{ field: "reference", label: "Reference", before: null, after: "Polymarket: 35% on 10 Jan 2025" }],
    });
    expect(describeQuestionEvent({ action: "question.reference.remove", before: reference, after: null })).toEqual({
      title: "Removed a reference forecast",
      changes: [{ field: "reference", label: "Reference", before: "Polymarket: 35% on 10 Jan 2025", after: "removed" }],
    });
  });
});
