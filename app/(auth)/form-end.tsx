import Link from "next/link";
import { Button } from "@/app/_components/ui/button";

/** The end of the sign-in and sign-up forms: the form's own error, the button, and the way to the other form. */
export function FormEnd({
  error,
  submitting,
  submitLabel,
  busyLabel,
  otherPrompt,
  otherLabel,
  otherHref,
}: {
  error: string | null | undefined;
  submitting: boolean;
  submitLabel: string;
  busyLabel: string;
  otherPrompt: string;
  otherLabel: string;
  otherHref: string;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="rounded-md bg-muted px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <Button type="submit" size="lg" disabled={submitting}>
        {submitting ? busyLabel : submitLabel}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        {otherPrompt}{" "}
        <Link className="font-medium text-foreground underline underline-offset-4" href={otherHref}>
          {otherLabel}
        </Link>
      </p>
    </>
  );
}
