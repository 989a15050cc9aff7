import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { PageTitle } from "@/app/_components/ui/page-title";
import { getRequestViewer } from "@/server/auth";
import { CounsellorShareCard } from "./counsellor-share-card";
import { DataCard } from "./data-card";
import { EmailCard } from "./email-card";
import { NotificationsCard } from "./notifications-card";
import { PastSpaces } from "./past-spaces";
import { ProfileCard } from "./profile-card";
import { SafetyCard } from "./safety-card";
import { SecurityCard } from "./security-card";
import { SessionsCard } from "./sessions-card";
import { SignOutButton } from "./sign-out-button";
import { UnlinkCard } from "./unlink-card";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  const { me, partner, couple } = viewer;
  const partnerName = partner?.name ?? null;
  return (
    <div className="grid gap-6">
      <PageTitle>Settings</PageTitle>
      <ProfileCard me={{ name: me.name, timeZone: me.timeZone }} />
      <EmailCard email={me.email} />
      <NotificationsCard />
      <SecurityCard email={me.email} />
      <SessionsCard />
      {couple && <CounsellorShareCard partnerName={partnerName} timeZone={me.timeZone} />}
      <SafetyCard />
      {couple && <UnlinkCard partnerName={partnerName} />}
      <PastSpaces />
      <DataCard partnerName={partnerName} inCouple={Boolean(couple)} />
      <Card>
        <CardHeader>
          <CardTitle>Sign out</CardTitle>
          <CardDescription>Signed in as {me.email}.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignOutButton />
        </CardContent>
      </Card>
    </div>
  );
}
