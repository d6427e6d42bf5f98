import { webhookIdInput } from "@hindsight/domain";
import { webhookEndpointSecret } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** A webhook endpoint's signing secret. */
export const webhookSecret = useCase({
  input: webhookIdInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => webhookEndpointSecret(ctx.db, input.id),
});
