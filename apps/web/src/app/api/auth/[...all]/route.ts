import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/server/auth";

// Sign-in, sign-out and session endpoints of the auth library (/api/auth/*). The instance is
// looked up per request so that building the app needs neither a database nor the secret.
export const { GET, POST } = toNextJsHandler((request: Request) => getAuth().handler(request));
