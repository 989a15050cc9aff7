import { MailCheck } from "lucide-react";

/** Where sign-up ends for everyone, so the screen never tells whether an address has an account. */
export function CheckInbox({ email }: { email: string }) {
  return (
    <div role="status" className="grid gap-3 text-center">
      <MailCheck aria-hidden className="mx-auto size-10 text-muted-foreground" />
      <h2 className="text-xl font-semibold">Check your inbox to finish</h2>
      <p className="text-sm text-muted-foreground">
        We&apos;ve sent a mail to <span className="font-medium text-foreground">{email}</span>. Open the link in it to
        carry on — it works for 24 hours. Nothing there after a few minutes? Look in your spam folder.
      </p>
    </div>
  );
}
