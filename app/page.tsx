import Link from "next/link";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { Button } from "./_components/ui/button";

const practices = [
  ["Ask, don't promise", "A sincere apology, and all the time the other needs to answer."],
  ["Kept actions, side by side", "Agreed responsibilities and small daily changes you both can see."],
  ["Gentle talk", "Say when you're open to talk, need space, or need to vent."],
  ["Time together", "Plan dates and surprises, and keep the good memories close."],
] as const;

export default async function HomePage() {
  if (await getRequestViewer()) redirect("/dashboard");
  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col justify-center gap-10 px-5 py-16">
      <div className="grid gap-4">
        <p className="text-sm font-medium uppercase tracking-widest text-gold-foreground">Kintsugi</p>
        <h1 className="text-4xl font-semibold leading-tight sm:text-5xl">Mend it together, with gold.</h1>
        <p className="max-w-xl text-lg text-muted-foreground">
          A private space for two partners rebuilding trust — one shared home for the apologies, the kept promises, the
          patience and the good days.
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Button asChild size="lg">
            <Link href="/sign-up">Start your space</Link>
          </Button>
          <Button asChild size="lg" variant="secondary">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        </div>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        {practices.map(([title, text]) => (
          <li key={title} className="rounded-xl border border-border bg-card p-5">
            <h2 className="text-lg font-semibold">{title}</h2>
            <p className="mt-1 text-sm text-muted-foreground">{text}</p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted-foreground">
        No trackers, no third-party scripts. Either of you can leave, export or delete at any time.
      </p>
    </main>
  );
}
