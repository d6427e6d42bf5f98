import { toDomainError } from "@hindsight/db";
import {
  createUserInput,
  DomainError,
  formatIssuePath,
  type CreateUserFormValues,
  type UserSummary,
} from "@hindsight/domain";
import { generateId } from "better-auth";
import type { Auth } from "./auth";

export { listUsers, setUserRole } from "@hindsight/db";

/** The account provider id under which better-auth keeps email-and-password credentials. */
const CREDENTIAL_PROVIDER = "credential";

/**
 * Creates a user who signs in with email and password. The password is checked and hashed by the
 * auth library (never stored or logged as typed), and the user and its credential account are
 * written in one transaction. INVALID with field issues for bad input; CONFLICT when the email is taken.
 */
export async function createUser(auth: Auth, input: CreateUserFormValues): Promise<UserSummary> {
  const parsed = createUserInput.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      "INVALID",
      "Some fields are not valid",
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
    );
  }
  const { email, name, password, role } = parsed.data;
  const context = await auth.$context;
  if (await context.internalAdapter.findUserByEmail(email)) throw emailTaken();

  const hash = await context.password.hash(password);
  // Generated up front because better-auth's credential accounts use the user id as their account
  // id (as its own sign-up does); the library keeps an id it is given when it writes the user.
  const id = context.generateId({ model: "user" }) || generateId();
  const user = { id, email, name, emailVerified: false, role };
  let created: { user: { id: string; email: string; name: string; createdAt: Date } };
  try {
    created = await context.internalAdapter.createOAuthUser(user, {
      providerId: CREDENTIAL_PROVIDER,
      accountId: id,
      password: hash,
    });
  } catch (error) {
    const mapped = toDomainError(error);
    // Two admins creating the same email at once: the unique index decides, the loser hears why.
    if (mapped instanceof DomainError && mapped.code === "CONFLICT") throw emailTaken();
    throw mapped;
  }
  return {
    id: created.user.id,
    email: created.user.email,
    name: created.user.name,
    role,
    createdAt: created.user.createdAt,
  };
}

const emailTaken = () =>
  new DomainError("CONFLICT", "A user with this email already exists", [
    { path: "email", message: "A user with this email already exists" },
  ]);
