import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import { Badge } from "@/app/_components/ui/badge";

export type RequestView = inferRouterOutputs<AppRouter>["forgiveness"]["get"];
type Status = RequestView["status"];

const statusLooks: Record<Status, { label: string; tone: "neutral" | "gold" | "calm" | "space" | "outline" }> = {
  draft: { label: "Draft · only you can see it", tone: "outline" },
  open: { label: "Not answered yet", tone: "neutral" },
  more_time: { label: "Needs more time", tone: "space" },
  not_ready: { label: "Not ready to talk yet", tone: "space" },
  forgiven: { label: "Forgiven", tone: "gold" },
  withdrawn: { label: "Withdrawn", tone: "outline" },
};

export function StatusBadge({ status, kind }: { status: Status; kind: RequestView["kind"] }) {
  const look = statusLooks[status];
  const label = status === "forgiven" && kind === "second_chance" ? "Second chance given" : look.label;
  return (
    <Badge tone={look.tone} data-testid="request-status">
      {label}
    </Badge>
  );
}

/** "Alex asks for your forgiveness" / "You asked Blair for a second chance". */
export function titleOf(request: Pick<RequestView, "kind" | "side" | "authorName" | "recipientName" | "status">) {
  const what = request.kind === "second_chance" ? "a second chance" : "forgiveness";
  if (request.status === "draft")
    return request.kind === "second_chance" ? "Draft: a second chance" : "Draft: asking for forgiveness";
  if (request.side === "mine") return `You asked ${request.recipientName} for ${what}`;
  return request.kind === "second_chance"
    ? `${request.authorName} asks for a second chance`
    : `${request.authorName} asks for your forgiveness`;
}

/** The first words, for lists. */
export function excerptOf(request: Pick<RequestView, "kind" | "whatIDid" | "ask">) {
  const text = request.kind === "second_chance" ? request.ask : request.whatIDid;
  const trimmed = text.trim().replace(/\s+/g, " ");
  return trimmed.length > 120 ? `${trimmed.slice(0, 117)}…` : trimmed;
}

export function answerLabel(answer: RequestView["answers"][number]["answer"], kind: RequestView["kind"]) {
  if (answer === "forgive") return kind === "second_chance" ? "Yes, I'll give you a second chance" : "I forgive you";
  if (answer === "more_time") return "I need more time";
  return "I'm not ready to talk about this";
}

/** The request's words, part by part, as its author wrote them. */
export function RequestParts({ request }: { request: RequestView }) {
  const parts =
    request.kind === "second_chance"
      ? [
          { label: "What I am asking for", text: request.ask },
          { label: "What I am already doing", text: request.whatIAmDoing },
        ]
      : [
          { label: "What I did", text: request.whatIDid },
          { label: "How I understand it hurt you", text: request.howItHurt },
          { label: "What I am doing about it", text: request.whatIAmDoing },
        ];
  return (
    <dl className="grid gap-5">
      {parts
        .filter((part) => part.text.trim())
        .map((part) => (
          <div key={part.label} className="grid gap-1">
            <dt className="text-sm font-medium text-muted-foreground">{part.label}</dt>
            <dd className="leading-relaxed whitespace-pre-wrap">{part.text}</dd>
          </div>
        ))}
    </dl>
  );
}
