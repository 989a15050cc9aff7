import { appUrl } from "./config";
import type { MailMessage } from "./message";

/*
 * Account mail may sit on a shared screen too: a neutral sender and subject, no names,
 * nothing about what the app is for. Only the links say where it came from.
 */
const FROM = "Account notice";

export function signUpConfirmationMail(to: string, token: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "Confirm your email address",
    paragraphs: [
      "Hello,",
      "Someone (we hope you) started an account with this address. To finish, open this link within 24 hours:",
      { label: "Confirm my address", link: appUrl(`/confirm-email?token=${token}`) },
      "If this wasn't you, ignore this mail: no account is made without the link.",
    ],
  };
}

export function signUpWithExistingAddressMail(to: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "Someone tried to sign up with your address",
    paragraphs: [
      "Hello,",
      "Someone just tried to create an account with this address, but you already have one. Nothing has changed.",
      { label: "Sign in", link: appUrl("/sign-in") },
      "If you've forgotten your password, you can choose a new one:",
      { label: "Reset my password", link: appUrl("/forgot-password") },
      "If this wasn't you, you can ignore this mail.",
    ],
  };
}

export function passwordResetMail(to: string, token: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "Reset your password",
    paragraphs: [
      "Hello,",
      "Someone (we hope you) asked to reset the password for this address. Open this link within 30 minutes to choose a new one:",
      { label: "Choose a new password", link: appUrl(`/reset-password?token=${token}`) },
      "If this wasn't you, ignore this mail: your password stays as it is.",
    ],
  };
}

export function passwordChangedMail(to: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "Your password was changed",
    paragraphs: [
      "Hello,",
      "The password for this address was just reset, and every device that was signed in has been signed out.",
      "If this was you, there is nothing more to do. If it wasn't, choose a new password now:",
      { label: "Reset my password", link: appUrl("/forgot-password") },
    ],
  };
}

export function emailChangeConfirmationMail(to: string, token: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "Confirm your new email address",
    paragraphs: [
      "Hello,",
      "Someone (we hope you) asked to sign in with this address from now on. To confirm it, open this link within 24 hours:",
      { label: "Confirm my new address", link: appUrl(`/confirm-email?token=${token}`) },
      "If this wasn't you, ignore this mail: nothing changes without the link.",
    ],
  };
}

export function emailChangeRequestedMail(to: string, newAddress: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "A change of email address was requested",
    paragraphs: [
      "Hello,",
      `Someone asked to change the sign-in address of your account to ${maskAddress(newAddress)}. This address stays in use until the new one is confirmed.`,
      "If this wasn't you, sign in and change your password:",
      { label: "Sign in", link: appUrl("/sign-in") },
    ],
  };
}

export function addressAlreadyInUseMail(to: string): MailMessage {
  return {
    to,
    fromName: FROM,
    subject: "Someone tried to use your address",
    paragraphs: [
      "Hello,",
      "Someone just asked to move another account to this address, but you already have an account with it. Nothing has changed.",
      { label: "Sign in", link: appUrl("/sign-in") },
      "If this wasn't you, you can ignore this mail.",
    ],
  };
}

/** "s•••@example.com": enough for the owner to recognise, little for anyone glancing. */
export function maskAddress(address: string) {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}
