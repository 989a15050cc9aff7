import Link from "next/link";
import { destinations } from "./destinations";
import { KintsugiMark } from "./kintsugi-mark";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

/**
 * The wide-screen navigation: every section, always visible. The column (background and
 * border) stretches with the page however long it is; the navigation inside stays on screen.
 */
export function SideNav() {
  return (
    <div className="hidden w-64 shrink-0 border-r border-border bg-card/50 md:block" data-testid="side-column">
      <aside className="sticky top-0 flex h-dvh flex-col">
        <Link
          href="/dashboard"
          className="flex h-16 items-center gap-2.5 px-6 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring"
        >
          <KintsugiMark className="size-8" />
          <span className="font-serif text-xl tracking-tight">Kintsugi</span>
        </Link>
        <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-4">
          <ul className="grid gap-1">
            {destinations.map(({ href, label, icon: Icon }) => (
              <li key={href}>
                {/* The current section is marked by a gold seam as well as by weight and background. */}
                <NavLink
                  href={href}
                  seamClassName="inset-y-2 left-0 w-0.5"
                  className="relative flex h-11 items-center gap-3 rounded-md px-3 text-[0.9375rem] text-muted-foreground transition-colors hover:bg-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring aria-[current=page]:bg-muted aria-[current=page]:font-medium aria-[current=page]:text-foreground"
                >
                  <Icon aria-hidden className="size-[1.125rem] shrink-0" />
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="border-t border-border p-4">
          <ThemeToggle compact className="w-full" />
        </div>
      </aside>
    </div>
  );
}
