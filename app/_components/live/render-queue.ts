/**
 * The order in which this tab asked the server for something that answers with a view. Next
 * runs a page's server actions one at a time, in the order asked, so a later ticket always
 * carries a later rendering.
 */
let asked = 0;
export function nextTicket() {
  asked += 1;
  return asked;
}

export type Rendered<Node> = { ticket: number; node: Node | undefined };

type Batch<Name extends string, Node> = {
  names: Set<Name>;
  done: Promise<{ ticket: number; views: Partial<Record<Name, Node>> }>;
  send: () => void;
};

/**
 * Gathers the views that want rendering again into one request: those asked for within
 * `delayMs` of each other, and those asked for while a request is on its way, which go
 * together right after it. So a burst of events costs one rendering of each view touched,
 * and no view waits in line behind another's request.
 */
export class RenderQueue<Name extends string, Node> {
  private next: Batch<Name, Node> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sending = false;

  constructor(
    private readonly render: (names: Name[]) => Promise<Partial<Record<Name, Node>>>,
    private readonly delayMs: number,
    private readonly ticket: () => number = nextTicket,
  ) {}

  /** The view rendered again, with its ticket; `node` is undefined when it could not be rendered. */
  async request(name: Name): Promise<Rendered<Node>> {
    const batch = this.waiting();
    batch.names.add(name);
    const { ticket, views } = await batch.done;
    return { ticket, node: Object.hasOwn(views, name) ? views[name] : undefined };
  }

  private waiting() {
    if (this.next) return this.next;
    let send = () => {};
    const done = new Promise<{ ticket: number; views: Partial<Record<Name, Node>> }>((resolve, reject) => {
      send = () => {
        const ticket = this.ticket();
        this.render([...batch.names]).then((views) => resolve({ ticket, views }), reject);
      };
    });
    const batch: Batch<Name, Node> = { names: new Set(), done, send };
    this.next = batch;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.delayMs);
    return batch;
  }

  private flush() {
    const batch = this.next;
    if (!batch || this.sending || this.timer) return;
    this.next = null;
    this.sending = true;
    batch.send();
    batch.done
      .catch(() => {})
      .finally(() => {
        this.sending = false;
        this.flush();
      });
  }
}
