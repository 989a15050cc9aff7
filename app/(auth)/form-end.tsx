import Link from "next/link";
import { FormSubmit } from "@/app/_components/form-submit";

/** The end of the sign-in, sign-up and forgotten-password forms: the form's own error, the button, and the way to the other form. */
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
      <FormSubmit error={error} submitting={submitting} submitLabel={submitLabel} busyLabel={busyLabel} />
      <p className="text-center text-sm text-muted-foreground">
        {otherPrompt}{" "}
        <Link className="font-medium text-foreground underline underline-offset-4" href={otherHref}>
          {otherLabel}
        </Link>
      </p>
    </>
  );
}
