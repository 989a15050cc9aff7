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

/** What a view is rendered from beyond its name (the vents page: how many pages are shown). */
export type ViewParams = Readonly<Record<string, string>>;

export type ViewRequest<Name extends string> = { name: Name; params: ViewParams };

type Batch<Name extends string, Node> = {
  /** Each view once, with the params it last asked with. */
  views: Map<Name, ViewParams>;
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
    private readonly render: (views: ViewRequest<Name>[]) => Promise<Partial<Record<Name, Node>>>,
    private readonly delayMs: number,
    private readonly ticket: () => number = nextTicket,
  ) {}

  /** The view rendered again, with its ticket; `node` is undefined when it could not be rendered. */
  async request(name: Name, params: ViewParams = {}): Promise<Rendered<Node>> {
    const batch = this.waiting();
    batch.views.set(name, params);
    const { ticket, views } = await batch.done;
    return { ticket, node: Object.hasOwn(views, name) ? views[name] : undefined };
  }

  /**
   * A view gone from the page (a navigation) leaves the request not yet sent: an action is
   * served by the page it is sent from, which knows nothing of another page's components.
   */
  forget(name: Name) {
    this.next?.views.delete(name);
  }

  private waiting() {
    if (this.next) return this.next;
    let send = () => {};
    const done = new Promise<{ ticket: number; views: Partial<Record<Name, Node>> }>((resolve, reject) => {
      send = () => {
        const ticket = this.ticket();
        const views = [...batch.views].map(([name, params]) => ({ name, params }));
        // Every view that asked has gone: nothing to send.
        if (views.length === 0) return resolve({ ticket, views: {} });
        this.render(views).then((views) => resolve({ ticket, views }), reject);
      };
    });
    const batch: Batch<Name, Node> = { views: new Map(), done, send };
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
