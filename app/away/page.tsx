import type { Metadata } from "next";
import { Cloud, CloudSun, Search, Sun, Wind } from "lucide-react";

/*
 * Where the quick exit leads. It must look like an ordinary page someone might have open:
 * no Kintsugi name, mark or colours, no session, nothing fetched. Every field of the root
 * layout's metadata that names the app is overridden here.
 */
export const metadata: Metadata = {
  title: { absolute: "Weather" },
  description: "Local forecast",
  applicationName: "Weather",
  // The app manifest names Kintsugi; a neutral page links none.
  manifest: null,
};

const outlook = [
  { part: "Morning", icon: Cloud, temperature: "11°", sky: "Cloudy" },
  { part: "Afternoon", icon: CloudSun, temperature: "15°", sky: "Bright spells" },
  { part: "Evening", icon: Sun, temperature: "12°", sky: "Clear" },
  { part: "Night", icon: Wind, temperature: "8°", sky: "Breezy" },
];

export default function AwayPage() {
  return (
    <div className="min-h-dvh bg-slate-50 font-sans text-slate-900 [color-scheme:light]">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-2xl items-center gap-2 px-4">
          <CloudSun aria-hidden className="size-6 text-sky-700" />
          <span className="text-lg font-semibold">Weather</span>
        </div>
      </header>
      <main className="mx-auto grid max-w-2xl gap-6 px-4 py-8">
        <h1 className="font-sans text-2xl font-semibold tracking-normal">Today’s forecast</h1>
        <form role="search" action="" className="flex gap-2">
          <label htmlFor="place" className="sr-only">
            City or postcode
          </label>
          <input
            id="place"
            name="q"
            type="search"
            placeholder="City or postcode"
            autoComplete="off"
            className="h-11 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700"
          />
          <button
            type="submit"
            className="inline-flex h-11 items-center gap-2 rounded-md bg-sky-700 px-4 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
          >
            <Search aria-hidden className="size-4" />
            Search
          </button>
        </form>
        <section aria-labelledby="outlook" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="outlook" className="font-sans text-base font-semibold tracking-normal">
            Outlook
          </h2>
          <p className="mt-1 text-sm text-slate-600">Mild with some cloud, brightening later. Light winds.</p>
          <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {outlook.map(({ part, icon: Icon, temperature, sky }) => (
              <li key={part} className="grid justify-items-center gap-1 rounded-md bg-slate-50 px-2 py-3 text-center">
                <span className="text-xs font-medium text-slate-600">{part}</span>
                <Icon aria-hidden className="size-6 text-sky-700" />
                <span className="text-lg font-semibold">{temperature}</span>
                <span className="text-xs text-slate-600">{sky}</span>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
