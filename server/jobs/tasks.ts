import type { Task, TaskList } from "graphile-worker";
import type { Database } from "@/db/client";
import { answerSignUpRequest, sendEmailChangeLink, type PendingSignUp } from "../account/sign-up";
import { sendPasswordChangedNotice, sendPasswordResetLink } from "../account/password-reset";
import { sendEmailChangeNotice } from "../account/email-change";
import { runDigest } from "../notifications/digest";
import { recordDateReminders } from "../notifications/date-reminders";

type AccountNotice =
  | { userId: string; notice: "password_reset" }
  | { userId: string; notice: "email_change_requested"; newEmail: string };

/** Every job the worker knows, each a plain function of the database, its payload and the clock. */
export function jobTasks(db: Database, now: () => Date): TaskList {
  const tasks: Record<string, Task> = {
    sign_up_requested: (payload) => answerSignUpRequest(db, payload as PendingSignUp, now()),
    password_reset_requested: (payload) => sendPasswordResetLink(db, (payload as { email: string }).email, now()),
    email_change_requested: (payload) =>
      sendEmailChangeLink(db, payload as { userId: string; newEmail: string }, now()),
    account_notice: (payload) => {
      const notice = payload as AccountNotice;
      return notice.notice === "password_reset"
        ? sendPasswordChangedNotice(db, notice.userId)
        : sendEmailChangeNotice(db, notice.userId, notice.newEmail);
    },
    notification_digest: (payload, helpers) =>
      runDigest(db, (payload as { userId: string }).userId, helpers.job.id, now()),
    date_reminders: () => recordDateReminders(db, now()),
  };
  return tasks;
}
