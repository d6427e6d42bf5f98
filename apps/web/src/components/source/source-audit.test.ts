import { describe, expect, it } from "vitest";
import { describeSourceEvent } from "./source-audit";

const oldHash = "a".repeat(64);
const newHash = "b".repeat(64);

describe("describeSourceEvent", () => {
  it("shows a changed article text as its old and new hash", () => {
    expect(
      describeSourceEvent({
        action: "source.update",
        before: { textSha256: oldHash },
        after: { textSha256: newHash },
      }),
    ).toEqual({
      title: "Changed the source",
      changes: [{ field: "textSha256", label: "Article text SHA-256", before: oldHash, after: newHash }],
    });
  });

  it("shows an archived copy added, with none before", () => {
    expect(
      describeSourceEvent({
        action: "source.update",
        before: { archiveUrl: null },
        after: { archiveUrl: "https://web.archive.org/web/2025/https://example.org/a" },
      }).changes,
    ).toEqual([
      {
        field: "archiveUrl",
        label: "Archived copy",
        before: "none",
        after: "https://web.archive.org/web/2025/https://example.org/a",
      },
    ]);
  });

  it("sums up a new source by the fields it was recorded with", () => {
    expect(
      describeSourceEvent({
        action: "source.create",
        before: null,
        after: {
          title: "Talks resume",
          outlet: null,
          url: "https://example.org/a",
          archiveUrl: null,
          publishedAt: "2025-04-25T00:00:00.000Z",
          authors: [],
          textSha256: oldHash,
        },
      }),
    ).toEqual({
      title: "Recorded the source",
      changes: [
        { field: "title", label: "Title", before: null, after: "Talks resume" },
        { field: "url", label: "Address", before: null, after: "https://example.org/a" },
        { field: "publishedAt", label: "Published", before: null, after: "25 Apr 2025" },
        { field: "textSha256", label: "Article text SHA-256", before: null, after: oldHash },
      ],
    });
  });
});
