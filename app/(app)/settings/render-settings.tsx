import "server-only";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { signedInViewer } from "../signed-in-viewer";
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

/**
 * Every card of the settings page, rendered on the server: the cards that show what is
 * stored (devices, notifications, shares, past spaces) read it here, and the browser gets
 * markup and the controls a person touches.
 */
export async function renderSettings() {
  const { me, partner, couple } = await signedInViewer();
  const partnerName = partner?.name ?? null;
  return (
    <>
      <ProfileCard me={{ name: me.name, timeZone: me.timeZone }} />
      <EmailCard email={me.email} />
      <NotificationsCard />
      <SecurityCard email={me.email} />
      <SessionsCard timeZone={me.timeZone} />
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
    </>
  );
}
