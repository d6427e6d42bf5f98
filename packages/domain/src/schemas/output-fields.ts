import { z } from "zod";
import { outcomes } from "./values";

/**
 * The building blocks the response shapes share (prediction-, question-, source-, analyst-,
 * dispute-, scoreboard- and claim-review-output.ts), spelt once so that a date, a probability or
 * an outcome reads the same in every answer and in the OpenAPI document.
 */

/** A moment: a Date here, an ISO 8601 string on the wire (packages/api/src/rest/openapi.ts). */
export const timestamp = z.date().describe("ISO 8601 timestamp in UTC, e.g. 2025-04-25T00:00:00.000Z");
/** The same moment already written as its ISO 8601 string (schema.org markup is JSON-LD). */
export const isoTimestamp = z.iso.datetime().describe("ISO 8601 timestamp in UTC, e.g. 2025-04-25T00:00:00.000Z");
export const count = z.number().int().min(0);
/** A probability or a credit, between 0 and 1. */
export const probabilityValue = z.number().min(0).max(1);
export const outcome = z.enum(outcomes);
/** Who judged, answered or changed something. */
export const person = z.object({ id: z.string(), name: z.string() });
