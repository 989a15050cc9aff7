import data from "./helplines.json";

export type Helpline = {
  name: string;
  for: string;
  phone: string | null;
  hours: string;
  url: string;
  source: string;
  checkedOn: string;
};
export type CountryHelplines = { code: string; name: string; emergency: string; lines: Helpline[] };
export type HelplineDirectory = {
  everywhere: Omit<Helpline, "phone" | "hours" | "for"> & { description: string };
  countries: CountryHelplines[];
};

/** The list shipped with the app (helplines.json says how it is kept current). */
export const helplines: HelplineDirectory = { everywhere: data.everywhere, countries: data.countries };
