// What every admin list editor (app/admin/_components/list-editor.tsx) posts: what the list belongs to, the version
// it was opened at, and its rows as repeated fields, to be saved whole.
import { z } from "zod";

/**
 * Reads a list the form posts as repeated fields in row order (`credit.role`, `credit.role`, …) into one object per
 * row. Rows come back as strings, for zod to check.
 */
export function formRows<Field extends string>(formData: FormData, prefix: string, fields: readonly Field[]) {
  const columns = fields.map((field) => formData.getAll(`${prefix}.${field}`).map(String));
  const rowCount = Math.max(0, ...columns.map((column) => column.length));
  return Array.from(
    { length: rowCount },
    (_, row) =>
      Object.fromEntries(fields.map((field, column) => [field, columns[column]![row] ?? ""])) as Record<Field, string>,
  );
}

/**
 * The schema, input and values of an action saving a list: `owner` checks the hidden fields (the film or person and
 * the version it was opened at), `rows` the rows, posted as `prefix.field`. The action gets the rows parsed, and as
 * they were posted.
 */
export function postedList<Owner extends z.ZodObject, Field extends string, Rows>(list: {
  owner: Owner;
  prefix: string;
  fields: readonly Field[];
  rows: z.ZodType<Rows>;
}) {
  type Posted = Record<keyof z.input<Owner> & string, unknown> & { rows: Record<Field, string>[] };
  const postedRows = (formData: FormData) => formRows(formData, list.prefix, list.fields);
  return {
    schema: z.custom<Posted>().transform((posted, context) => {
      const refuse = (issues: { message: string; path: PropertyKey[] }[]) => {
        for (const { message, path } of issues) context.addIssue({ code: "custom", message, path });
        return z.NEVER;
      };
      const owner = list.owner.safeParse(posted);
      if (!owner.success) return refuse(owner.error.issues);
      // Rows are checked apart so that a row's issue is keyed "2.role", where the editor shows it: defineAction keys
      // an issue by the first step of its path, which would be "rows" for every row.
      const rows = list.rows.safeParse(posted.rows);
      if (!rows.success)
        return refuse(
          rows.error.issues.map(({ message, path }) => ({ message, path: path.length > 0 ? [path.join(".")] : [] })),
        );
      return { ...owner.data, rows: rows.data, posted: posted.rows };
    }),
    input: (formData: FormData) => ({
      ...Object.fromEntries(Object.keys(list.owner.shape).map((name) => [name, formData.get(name)])),
      rows: postedRows(formData),
    }),
    values: postedRows,
  };
}
