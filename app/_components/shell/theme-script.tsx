import { THEME_KEY } from "./theme";

/*
 * Marks <html> with the scheme ("light" or "dark" class, and color-scheme) before anything is
 * painted, then keeps it in step: a choice made (the storage event, see theme.ts) or the
 * device's scheme changing. Transitions are held off while the colours change at once.
 */
const script = `(() => {
  const root = document.documentElement;
  const device = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    let choice = null;
    try { choice = localStorage.getItem(${JSON.stringify(THEME_KEY)}); } catch {}
    const theme = choice === "light" || choice === "dark" ? choice : device.matches ? "dark" : "light";
    root.setAttribute("data-theme-changing", "");
    root.classList.remove("light", "dark");
    root.classList.add(theme);
    root.style.colorScheme = theme;
    getComputedStyle(root).color;
    setTimeout(() => root.removeAttribute("data-theme-changing"));
  };
  apply();
  device.addEventListener("change", apply);
  addEventListener("storage", (event) => { if (event.key === ${JSON.stringify(THEME_KEY)}) apply(); });
})();`;

/** First in <body>: the theme, with no script to download for it. */
export function ThemeScript({ nonce }: { nonce?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script, run before the first paint.
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
