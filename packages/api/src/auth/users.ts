import type { CreateUserFormValues, UserSummary } from "@hindsight/domain";
import { createUser as createUserUseCase } from "../use-cases/user/create";
import { execute } from "../use-cases/use-case";
import type { Auth } from "./auth";

export { listUsers, setUserRole } from "@hindsight/db";

/**
 * Creates a user who signs in with email and password, outside any request (the browser tests'
 * setup): the `user/create` use case with this auth. INVALID with field issues for bad input;
 * CONFLICT when the email is taken.
 */
export const createUser = (auth: Auth, input: CreateUserFormValues): Promise<UserSummary> =>
  execute(createUserUseCase, { auth }, input);
