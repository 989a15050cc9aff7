import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { signedInApi } from "../signed-in-viewer";
import { NotificationsForm } from "./notifications-form";

/** Email notifications: off until turned on, kind by kind, as a digest; discreet unless chosen otherwise. */
export async function NotificationsCard() {
  const { mailEnabled, ...saved } = await (await signedInApi()).notifications.settings();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Email notifications</CardTitle>
        <CardDescription>
          Off until you turn them on. A gentle digest, never at night where you live, never about what you&apos;ve
          already seen here.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {mailEnabled ? (
          <NotificationsForm saved={saved} />
        ) : (
          <p role="status" className="text-sm">
            Email isn&apos;t set up on this server, so there are no notifications to turn on.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
