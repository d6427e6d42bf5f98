import { toDomainError } from "@hindsight/db";
import { createUserInput, DomainError, type UserSummary } from "@hindsight/domain";
import { generateId } from "better-auth";
import { useCase, type UseCaseContext } from "../use-case";

/** The account provider id under which better-auth keeps email-and-password credentials. */
const CREDENTIAL_PROVIDER = "credential";

/**
 * Creates a user who signs in with email and password. The password is checked and hashed by the
 * auth library (never stored or logged as typed), and the user and its credential account are
 * written in one transaction. CONFLICT when the email is taken; UNAVAILABLE where sign-in is not
 * configured.
 */
export const createUser = useCase({
  input: createUserInput,
  async run(ctx: Pick<UseCaseContext, "auth">, { email, name, password, role }): Promise<UserSummary> {
    if (!ctx.auth) throw new DomainError("UNAVAILABLE", "Sign-in is not configured on this server");
    const context = await ctx.auth.$context;
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
  },
});

const emailTaken = () =>
  new DomainError("CONFLICT", "A user with this email already exists", [
    { path: "email", message: "A user with this email already exists" },
  ]);
