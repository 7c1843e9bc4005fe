import { useTranslations } from "next-intl";
import type { ActionState, FieldErrors } from "@/app/_actions/action-state";
import type { FieldChange } from "@/lib/audit-diff";
import { FormError } from "@/app/_components/form-field";

/** What another admin saved since this form was opened, beside what this admin is about to save. */
function ConflictTable({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations("AdminVersionedForm");
  const fieldName = useTranslations("AdminFields");
  return (
    <table className="w-full text-sm">
      <caption className="text-left font-medium">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">
            {t("field")}
          </th>
          <th scope="col" className="text-left">
            {t("yours")}
          </th>
          <th scope="col" className="text-left">
            {t("savedMeanwhile")}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" className="text-left font-normal">
              {fieldName("name", { field: change.field })}
            </th>
            <td>{change.before}</td>
            <td>{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a versioned save answers when another admin saved first: their changes, and the version to overwrite. */
export interface EditConflict {
  conflict?: { changes: FieldChange[]; version: string };
}

/**
 * The form's error, or why the id or version was refused: the page filled those in, so they have no field of their
 * own to show it.
 */
export function versionedFormErrors(errors: FieldErrors | undefined, idName: string) {
  return errors?.form ?? errors?.[idName] ?? errors?.version;
}

/**
 * The head of every admin form that saves with no lost updates: what it edits, the version it was opened at (or,
 * after a refused save, the version to overwrite), the form's error and what changed meanwhile.
 */
export function VersionedFormHead({
  idName,
  id,
  version,
  state,
}: {
  idName: string;
  id?: number;
  version?: string;
  state: ActionState<string, unknown, EditConflict | undefined>;
}) {
  const conflict = state.result?.conflict;
  return (
    <>
      {id ? <input type="hidden" name={idName} value={id} /> : null}
      <input type="hidden" name="version" value={conflict?.version ?? version ?? ""} />
      <FormError errors={versionedFormErrors(state.errors, idName)} />
      {conflict ? <ConflictTable changes={conflict.changes} /> : null}
    </>
  );
}
