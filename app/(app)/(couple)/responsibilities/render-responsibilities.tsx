import "server-only";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { ResponsibilitiesBody } from "./responsibilities-body";

/** Both tabs, shared duties and small changes, rendered on the server: the browser gets markup. */
export async function renderResponsibilities() {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const [responsibilities, changes] = await Promise.all([api.responsibilities.list(), api.smallChanges.list()]);
  return (
    <ResponsibilitiesBody
      responsibilities={responsibilities}
      changes={changes}
      partnerName={viewer.partner?.name ?? null}
    />
  );
}
