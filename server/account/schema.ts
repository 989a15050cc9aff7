import { z } from "zod";
import { DELETE_ACCOUNT_CONFIRMATION, PASSWORD_MIN } from "./limits";

export { DELETE_ACCOUNT_CONFIRMATION } from "./limits";

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .email("That doesn't look like an email address.");

export const passwordField = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(200, "Use at most 200 characters.");

export const nameField = z.string().trim().min(1, "Tell us what to call you.").max(60, "Keep it under 60 characters.");

export const timeZoneField = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Choose a time zone from the list.");

export const signUpSchema = z.object({
  name: nameField,
  email: emailField,
  password: passwordField,
  timeZone: timeZoneField.optional(),
  /** Where to carry on once the address is confirmed (an invite link, say). */
  next: z.string().max(500).optional(),
});

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const updateProfileSchema = z.object({ name: nameField, timeZone: timeZoneField });

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: passwordField,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: "Choose a password different from your current one.",
    path: ["newPassword"],
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(200),
  confirm: z.literal(DELETE_ACCOUNT_CONFIRMATION, { error: `Confirm by choosing "Delete my account".` }),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const changeEmailSchema = z.object({
  newEmail: emailField,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });

/** Tokens are 43 base64url characters; anything else is refused before the database. */
export const emailTokenField = z
  .string()
  .trim()
  .min(1, "This link is incomplete.")
  .max(100, "This link is incomplete.");

export const resetPasswordSchema = z.object({ token: emailTokenField, password: passwordField });
