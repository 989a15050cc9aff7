import { cn } from "@/lib/cn";
import { shortDate } from "@/lib/date-words";
import { countOf } from "@/lib/plural";
import { addDays, daysBetween } from "@/server/domain/calendar-days";
import type { TrendPoint } from "@/server/domain/check-in-trends";

/*
 * A measure over 30 or 90 days as a server-rendered SVG: each day's reading as a dot and the
 * 7-day average as a line. Drawn on the server so the chart costs the page no JavaScript at
 * all (a chart library would add tens of KB to a page that only shows a picture), and styled
 * with the theme's colours, so it follows light and dark. The picture has a text alternative:
 * a sentence for screen readers, and the weekly averages as a table. Phones get a squarer
 * drawing than wide screens (CSS picks one, no script), so each stays readable.
 */
const LEFT = 22;
const RIGHT = 6;
const TOP = 8;
const BOTTOM = 8;

export type TrendChartProps = {
  id: string;
  label: string;
  /** The readings to draw: every day, or only the days that have one (what a partner receives). */
  points: TrendPoint[];
  from: string;
  to: string;
};

function averageWords(value: number | null) {
  return value === null ? "no readings" : value.toFixed(1);
}

/** The 7-day average at the end of each week, newest last, for the text alternative. */
function weeklyAverages(points: TrendPoint[], from: string, to: string) {
  const byDay = new Map(points.map((point) => [point.day, point]));
  const weeks: { day: string; average: number | null }[] = [];
  for (let day = to; day >= from; day = addDays(day, -7))
    weeks.unshift({ day, average: byDay.get(day)?.average ?? null });
  return weeks;
}

function Plot({
  points,
  from,
  to,
  width,
  height,
  className,
}: {
  points: TrendPoint[];
  from: string;
  to: string;
  width: number;
  height: number;
  className: string;
}) {
  const span = Math.max(1, daysBetween(from, to));
  const x = (day: string) => LEFT + (daysBetween(from, day) / span) * (width - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - value / 10) * (height - TOP - BOTTOM);
  const dotRadius = span > 45 ? 1.8 : 2.6;

  // The average line breaks where a week had no reading at all.
  const segments: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point.average === null) {
      if (current.length) segments.push(current);
      current = [];
      continue;
    }
    current.push({ x: x(point.day), y: y(point.average) });
  }
  if (current.length) segments.push(current);

  return (
    <svg viewBox={`0 0 ${width} ${height}`} aria-hidden className={cn("h-auto w-full overflow-visible", className)}>
      {[0, 5, 10].map((value) => (
        <g key={value}>
          <line x1={LEFT} x2={width - RIGHT} y1={y(value)} y2={y(value)} className="stroke-border" strokeWidth={1} />
          <text x={LEFT - 6} y={y(value)} dy="0.35em" textAnchor="end" className="fill-muted-foreground" fontSize={10}>
            {value}
          </text>
        </g>
      ))}
      {segments.map((segment) =>
        segment.length === 1 ? (
          <circle key={segment[0]!.x} cx={segment[0]!.x} cy={segment[0]!.y} r={2} className="fill-calm" />
        ) : (
          <polyline
            key={segment[0]!.x}
            points={segment.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")}
            fill="none"
            className="stroke-calm"
            strokeWidth={2.25}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ),
      )}
      {/* Readings over the line, so a day's dot is never hidden by the average. */}
      {points
        .filter((point) => point.value !== null)
        .map((point) => (
          <circle key={point.day} cx={x(point.day)} cy={y(point.value!)} r={dotRadius} className="fill-gold/60" />
        ))}
    </svg>
  );
}

export function TrendChart({ id, label, points, from, to }: TrendChartProps) {
  const readings = points.filter((point) => point.value !== null);
  const withAverage = points.filter((point) => point.average !== null);
  const first = withAverage[0];
  const last = withAverage.at(-1);
  const summary =
    first && last
      ? `${label}: the 7-day average went from ${averageWords(first.average)} on ${shortDate(first.day)} to ${averageWords(last.average)} on ${shortDate(last.day)}, over ${countOf(readings.length, "reading")}.`
      : `${label}: no readings in these days yet.`;
  const weeks = weeklyAverages(points, from, to);

  return (
    <figure className="grid gap-2" data-testid={`trend-${id}`}>
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="font-medium">{label}</span>
        <span className="text-sm text-muted-foreground">
          {last ? `7-day average ${averageWords(last.average)}` : "No readings yet"}
        </span>
      </figcaption>
      <div role="img" aria-labelledby={`${id}-summary`}>
        <Plot points={points} from={from} to={to} width={320} height={132} className="md:hidden" />
        <Plot points={points} from={from} to={to} width={640} height={150} className="hidden md:block" />
      </div>
      <div className="flex justify-between pl-5 text-xs text-muted-foreground" aria-hidden>
        <span>{shortDate(from)}</span>
        <span>{shortDate(to)}</span>
      </div>
      <p id={`${id}-summary`} className="sr-only">
        {summary}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted-foreground underline-offset-4 hover:underline">
          {label} as a table
        </summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{label}: the 7-day average at the end of each week</caption>
          <thead>
            <tr className="text-muted-foreground">
              <th scope="col" className="py-1 font-normal">
                Week ending
              </th>
              <th scope="col" className="py-1 font-normal">
                7-day average
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.day} className="border-t border-border">
                <td className="py-1">{shortDate(week.day)}</td>
                <td className="py-1">{averageWords(week.average)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
