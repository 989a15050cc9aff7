import "server-only";
import type { MemoryView } from "@/server/memories/service";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { MemoriesBody } from "./memories-body";
import { MemoryBody } from "./[id]/memory-body";

/** The album, newest moment first, `pages` pages long, rendered on the server: the browser gets markup. */
export async function renderMemories(pages: number) {
  const api = await coupleApi();
  let page = await api.memories.list({});
  const memories: MemoryView[] = [...page.memories];
  for (let read = 1; read < pages && page.nextCursor; read++) {
    page = await api.memories.list({ cursor: page.nextCursor });
    memories.push(...page.memories);
  }
  return <MemoriesBody memories={memories} pages={pages} hasMore={page.nextCursor !== null} />;
}

/** One memory, rendered on the server; a memory that isn't there (or no longer is) throws NOT_FOUND. */
export async function renderMemory(id: string) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const memory = await api.memories.get({ id });
  return <MemoryBody memory={memory} canPlan={viewer.partner !== null} />;
}
