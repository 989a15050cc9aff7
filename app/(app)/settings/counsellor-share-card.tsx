import type { inferRouterOutputs } from "@trpc/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { longDate } from "@/lib/date-words";
import { formatPlanTime } from "@/lib/plan-time";
import type { AppRouter } from "@/server/root";
import { signedInApi } from "../signed-in-viewer";
import { AcceptShare, EndShare, ProposeShare, RenewShareLink, ShareControls } from "./share-controls";

type Share = inferRouterOutputs<AppRouter>["shares"]["list"]["shares"][number];

/**
 * A read-only page for a counsellor: one partner proposes what it shows and for how long,
 * the other agrees, and either can end it at once. The link is shown once, to whoever
 * made it (only its hash is kept), so it lives in the browser, beside what is read here.
 */
export async function CounsellorShareCard({ partnerName, timeZone }: { partnerName: string | null; timeZone: string }) {
  const partner = partnerName ?? "your partner";
  return (
    <Card aria-labelledby="counsellor-share-title">
      <CardHeader>
        <CardTitle id="counsellor-share-title">Share with a counsellor</CardTitle>
        <CardDescription>
          A read-only page for someone helping you both, with no sign-up for them. You choose what it shows, {partner}{" "}
          agrees, and either of you can end it at any moment. Drafts, vents, notes and reflections are never on it.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {partnerName ? (
          <Shares partner={partnerName} timeZone={timeZone} />
        ) : (
          <p className="text-sm text-muted-foreground">
            Once your partner has joined, the two of you can share with a counsellor together.
          </p>
        )}
      </CardContent>
    </Card>
  );
}

async function Shares({ partner, timeZone }: { partner: string; timeZone: string }) {
  const { shares, choices } = await (await signedInApi()).shares.list();
  const open = shares.filter((share) => share.status === "proposed" || share.status === "active");
  const past = shares.filter((share) => share.status === "expired" || share.status === "ended");
  const proposing = shares.some((share) => share.status === "proposed");
  return (
    <ShareControls>
      {open.map((share) => (
        <OpenShare key={share.id} share={share} partner={partner} timeZone={timeZone} />
      ))}
      {!proposing && <ProposeShare choices={choices} partner={partner} another={open.length > 0} />}
      {past.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Past shares ({past.length})</summary>
          <ul className="mt-3 grid gap-2 text-muted-foreground">
            {past.map((share) => (
              <li key={share.id}>
                {share.sections.map((section) => section.label).join(", ")} ·{" "}
                {share.status === "ended"
                  ? `ended by ${share.endedBy?.isMe ? "you" : (share.endedBy?.name ?? "a former partner")} on ${longDate(share.endedAt!)}`
                  : `expired on ${longDate(share.expiresAt!)}`}{" "}
                · opened {share.visitCount === 1 ? "once" : `${share.visitCount} times`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </ShareControls>
  );
}

function OpenShare({ share, partner, timeZone }: { share: Share; partner: string; timeZone: string }) {
  const what = share.sections.map((section) => section.label).join(", ");
  const proposer = share.proposedBy?.isMe ? "You" : (share.proposedBy?.name ?? "A former partner");
  return (
    <div className="grid gap-3 rounded-lg border border-border bg-muted/40 p-4" data-testid={`share-${share.status}`}>
      {share.status === "proposed" ? (
        <p className="text-sm">
          {proposer} proposed sharing <strong>{what}</strong> for {share.lifetimeDays} days.{" "}
          {share.awaitingMyAnswer ? "Nothing is shared unless you accept." : `Waiting for ${partner} to agree.`}
        </p>
      ) : (
        <p className="text-sm">
          Sharing <strong>{what}</strong> until {longDate(share.expiresAt!)}.{" "}
          {share.linkMadeBy &&
            `${share.linkMadeBy.isMe ? "You have" : `${share.linkMadeBy.name} has`} the link, made ${longDate(share.linkMadeAt!)}.`}{" "}
          {share.visitCount === 0
            ? "Not opened yet."
            : `Opened ${share.visitCount === 1 ? "once" : `${share.visitCount} times`}:`}
        </p>
      )}
      {share.visits.length > 0 && (
        <ul className="grid gap-1 text-sm text-muted-foreground" aria-label="When it was opened">
          {share.visits.map((visit) => (
            <li key={visit.toISOString()}>{formatPlanTime(visit, timeZone)}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        {share.awaitingMyAnswer && <AcceptShare id={share.id} />}
        {share.status === "active" && <RenewShareLink id={share.id} />}
        <EndShare
          id={share.id}
          active={share.status === "active"}
          label={share.status === "active" ? "End this share now" : share.awaitingMyAnswer ? "Decline" : "Withdraw"}
        />
      </div>
    </div>
  );
}
