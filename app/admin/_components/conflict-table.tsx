import type { FieldChange } from "@/lib/audit-diff";

/** What another admin saved since this form was opened, beside what this admin is about to save. */
export function ConflictTable({ changes }: { changes: FieldChange[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="text-left font-medium">Changed since you opened it</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">Field</th>
          <th scope="col" className="text-left">Yours</th>
          <th scope="col" className="text-left">Saved meanwhile</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" className="text-left font-normal">{change.field}</th>
            <td>{change.before}</td>
            <td>{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
