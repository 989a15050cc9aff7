// The table every measurement writes its figures to.

export type Row = { figure: string; value: string; target: string; met: boolean | null };

export const rows: Row[] = [];

export function record(figure: string, value: string, target: string, met: boolean | null) {
  rows.push({ figure, value, target, met });
  console.log(`  ${figure}: ${value}  [${target}]${met === null ? "" : met ? " ✓" : " ✗"}`);
}
