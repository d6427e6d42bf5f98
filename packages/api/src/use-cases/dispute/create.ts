import { fileDisputeInput } from "@hindsight/domain";
import { fileDispute as insertDispute, type Database } from "@hindsight/db";
import type { Actor } from "../../context";
import { useCase, type UseCaseContext } from "../use-case";

/**
 * Files a dispute as the signed-in user (any role). Written through `primary`: a viewer's `db`
 * reads from the replica, and filing is one of the few writes a viewer may make.
 */
export const fileDispute = useCase({
  input: fileDisputeInput,
  run: (ctx: Pick<UseCaseContext, "now"> & { primary: Database; actor: Actor }, input) =>
    insertDispute(ctx.primary, input, { kind: "user", userId: ctx.actor.userId }, ctx.now()),
});
