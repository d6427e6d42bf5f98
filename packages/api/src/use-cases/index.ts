import { createApiKey } from "./api-key/create";
import { listApiKeys } from "./api-key/list";
import { findKeyOwner } from "./api-key/owner";
import { revokeApiKey } from "./api-key/revoke";
import { exportLedgerFile } from "./ledger/export";
import { importLedgerFile, readImport, writeImport } from "./ledger/import";
import { createUser } from "./user/create";
import { listUsers } from "./user/list";
import { currentUser } from "./user/me";
import { setUserRole } from "./user/set-role";

export { InvalidLedgerError, type ImportResult, type ReadImport } from "./ledger/import";
export { execute, operatorContext, OPERATOR, parseInput, type UseCase, type UseCaseContext } from "./use-case";

/**
 * Every use case by entity and verb, one file each (`use-cases/<entity>/<verb>.ts`): what the tRPC
 * routers, and through them the REST API, call, and what the CLI calls with `operatorContext`.
 */
export const useCases = {
  user: { create: createUser, list: listUsers, me: currentUser, setRole: setUserRole },
  /** `import` is `read` (pure; the CLI runs it before starting the database) then `write`. */
  ledger: { import: { ...importLedgerFile, read: readImport, write: writeImport }, export: exportLedgerFile },
  apiKey: { create: createApiKey, list: listApiKeys, owner: findKeyOwner, revoke: revokeApiKey },
};
