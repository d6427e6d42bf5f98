import { z } from "zod";
import { text } from "./fields";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, roles, type Role } from "./values";

export type { Role } from "./values";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

export const userRole = z.enum(roles, { error: "Role must be ADMIN, EDITOR or VIEWER" });

export const userEmail = z
  .string({ error: "Email is required" })
  .trim()
  .min(1, "Email is required")
  .max(254, "Email must be at most 254 characters")
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address such as name@example.org" }));

export const newPassword = z
  .string({ error: "Password is required" })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const createUserInput = z.object({
  email: userEmail,
  name: text("Name", 200),
  password: newPassword,
  role: userRole,
});
export type CreateUserInput = z.output<typeof createUserInput>;
export type CreateUserFormValues = z.input<typeof createUserInput>;

export const setUserRoleInput = z.object({
  userId: z.string({ error: "userId is required" }).min(1, "userId is required").max(100),
  role: userRole,
});
export type SetUserRoleInput = z.output<typeof setUserRoleInput>;

/** The sign-in form. Only presence is checked: a wrong password is the server's answer, not a field rule. */
export const signInInput = z.object({
  email: userEmail,
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(MAX_PASSWORD_LENGTH),
});
export type SignInInput = z.output<typeof signInInput>;
