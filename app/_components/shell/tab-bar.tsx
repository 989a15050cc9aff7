import { Ellipsis } from "lucide-react";
import { destinations } from "./destinations";
import { MoreButton } from "./more-button";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

const tabClass =
  "relative flex h-full w-full flex-col items-center justify-center gap-1 px-1 text-[0.6875rem] font-medium leading-none text-muted-foreground transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring";

/** A short gold seam above the current tab, alongside its colour. */
const seamClassName = "top-0 left-1/2 h-0.5 w-8 -translate-x-1/2";

/** The phone navigation: the main sections as tabs at the bottom, the rest under "More". */
export function TabBar() {
  const tabs = destinations.filter((destination) => destination.inTabBar);
  const more = destinations
    .filter((destination) => !destination.inTabBar)
    .map(({ href, label, icon: Icon }) => ({ href, label, icon: <Icon aria-hidden className="size-5 shrink-0" /> }));

  return (
    <nav
      aria-label="Main"
      data-tab-bar
      className="fixed inset-x-0 bottom-0 z-40 border-t border-border bg-background/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
    >
      <ul className="grid h-16 grid-cols-5">
        {tabs.map(({ href, label, tabLabel, icon: Icon }) => (
          <li key={href}>
            <NavLink
              href={href}
              seamClassName={seamClassName}
              className={`${tabClass} aria-[current=page]:text-foreground`}
            >
              <Icon aria-hidden className="size-5 group-aria-[current=page]:[stroke-width:2.25]" strokeWidth={1.75} />
              {tabLabel ?? label}
            </NavLink>
          </li>
        ))}
        <li>
          <MoreButton
            items={more}
            appearance={<ThemeToggle className="w-full" labelledBy="appearance-label" />}
            seamClassName={seamClassName}
            className={`${tabClass} data-current:text-foreground`}
          >
            <Ellipsis aria-hidden className="size-5" />
            More
          </MoreButton>
        </li>
      </ul>
    </nav>
  );
}
