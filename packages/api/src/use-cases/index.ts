import { createApiKey } from "./api-key/create";
import { listApiKeys } from "./api-key/list";
import { findKeyOwner } from "./api-key/owner";
import { revokeApiKey } from "./api-key/revoke";
import { createUser } from "./user/create";
import { listUsers } from "./user/list";
import { currentUser } from "./user/me";
import { setUserRole } from "./user/set-role";

export { execute, operatorContext, OPERATOR, parseInput, type UseCase, type UseCaseContext } from "./use-case";

/**
 * Every use case by entity and verb, one file each (`use-cases/<entity>/<verb>.ts`): what the tRPC
 * routers, and through them the REST API, call, and what the CLI calls with `operatorContext`.
 */
export const useCases = {
  user: { create: createUser, list: listUsers, me: currentUser, setRole: setUserRole },
  apiKey: { create: createApiKey, list: listApiKeys, owner: findKeyOwner, revoke: revokeApiKey },
};
