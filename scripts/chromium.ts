import { execSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function playwrightsOwn(): string | null {
  try {
    const path = chromium.executablePath();
    return fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function find(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return SYSTEM_CANDIDATES.find((path) => fs.existsSync(path)) ?? playwrightsOwn();
}

function tryRun(command: string) {
  try {
    console.log(`$ ${command}`);
    execSync(command, { stdio: "inherit", timeout: 15 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the end-to-end tests drive: the system's, else Playwright's, else one we
 * install (Debian's package as root, or Playwright's download where the network allows).
 */
export function ensureChromium(): string {
  let found = find();
  if (found) return found;
  console.log("No Chromium found; installing one for the end-to-end tests…");
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    tryRun("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
    found = find();
  }
  if (!found && !process.env.CI) {
    tryRun("npx playwright install chromium");
    found = find();
  }
  if (!found) {
    throw new Error(
      "The end-to-end tests need Chromium and none could be found or installed. Install it " +
        "(Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`), " +
        "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
  }
  return found;
}
