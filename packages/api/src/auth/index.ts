export { createAuth, SIGN_IN_RATE_LIMIT, type Auth, type AuthOptions } from "./auth";
export { actorFromHeaders } from "./actor";
export { createUser, listUsers, setUserRole } from "./users";
export { actorFromApiKey, createApiKey, generateApiKey, hashApiKey, type ApiKeyAuthentication } from "./api-keys";
