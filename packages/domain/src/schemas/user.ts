import { z } from "zod";
import { text } from "./fields";

/** What a signed-in user may do: VIEWER reads, EDITOR logs, edits and judges, ADMIN also manages users. */
export const roles = ["ADMIN", "EDITOR", "VIEWER"] as const;
export type Role = (typeof roles)[number];
export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (roles as readonly string[]).includes(value);

/** Passwords are checked here for the forms and again by the auth library, which hashes them. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

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
