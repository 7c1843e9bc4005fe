// Lists show a page and how many rows match in all. The page query carries the total as a window count
// (count(*) over ()), so the filters are worked out once; only a page past the end, with no row to carry it,
// is counted apart.

/** The rows without their `total` column: for a list that does not say how many more there are. */
export function withoutTotals<Row extends { total: number }>(rows: Row[]) {
  return rows.map(({ total, ...row }) => row as Omit<Row, "total">);
}

/** The page's rows without their `total` column, and the total. */
export async function splitWindowTotal<Row extends { total: number }>(
  rows: Row[],
  page: number,
  countApart: () => Promise<number>,
) {
  if (rows.length === 0 && page > 1) return { rows: [] as Omit<Row, "total">[], total: await countApart() };
  return { rows: withoutTotals(rows), total: rows[0]?.total ?? 0 };
}
