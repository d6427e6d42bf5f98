import { createAuthClient } from "better-auth/react";

/** The auth library's browser client: sign-in and sign-out through /api/auth on this origin. */
export const authClient = createAuthClient({ basePath: "/api/auth" });
