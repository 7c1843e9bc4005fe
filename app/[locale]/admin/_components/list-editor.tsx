"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED, type ActionState, type FieldErrors } from "@/app/_actions/action-state";
import { SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { useRows, type FormRow } from "./use-rows";
import { VersionedFormHead, type EditConflict } from "./versioned-form";

/** A list's answer: its errors keyed by row and field ("2.role"), and the rows as they were sent. */
type ListState<Row> = ActionState<string, Row[], EditConflict>;
type ListAction<Row> = (previous: ListState<Row>, formData: FormData) => Promise<ListState<Row>>;

/** How one row's fields are drawn: `fieldId` makes ids unique per row, `errorsOf` finds the server's errors. */
export interface RowContext {
  index: number;
  fieldId: (field: string) => string;
  errorsOf: (field: string) => string[] | undefined;
}

interface ListEditorProps<Row extends FormRow> {
  action: ListAction<Row>;
  /** The hidden field naming what the list belongs to: the film, the person. */
  owner: { name: string; id: number };
  version: string;
  /** The section's anchor: "titles", "credits", "names". */
  section: string;
  heading: string;
  /** What row `number` is called, for its legend and the names of its buttons: "Title 2", "Plot 1: Remove". */
  itemLabel: (number: number) => string;
  saveLabel: string;
  rows: Row[];
  renderRow: (row: Row, context: RowContext) => React.ReactNode;
  /** The controls that add a row. */
  renderAdd: (add: (row: Row) => void) => React.ReactNode;
}

function Rows<Row extends FormRow>({
  initial,
  errors,
  section,
  itemLabel,
  heading,
  renderRow,
  renderAdd,
}: Omit<ListEditorProps<Row>, "action" | "owner" | "version" | "rows" | "saveLabel"> & {
  initial: Row[];
  errors: FieldErrors | undefined;
}) {
  const t = useTranslations("AdminListEditor");
  const { rows, add, remove, move } = useRows(initial);
  return (
    <>
      {rows.length === 0 ? <p>{t("none")}</p> : null}
      <ol aria-label={heading} className="space-y-3">
        {rows.map(({ key, row }, index) => {
          const label = itemLabel(index + 1);
          return (
            <li key={key}>
              <fieldset className="space-y-2 rounded-md border border-stone-200 p-3 dark:border-stone-800">
                <legend className="px-1 font-medium">{label}</legend>
                {renderRow(row, {
                  index,
                  fieldId: (field) => `${section}-${key}-${field}`,
                  errorsOf: (field) => errors?.[`${index}.${field}`],
                })}
                {/* The row's name in hidden text before each button's words, so that what a speech user says
                    ("click Move up") is in the name (WCAG 2.5.3), and a screen reader hears which row. */}
                <div className="flex flex-wrap gap-3 text-sm">
                  <button type="button" onClick={() => move(key, -1)} disabled={index === 0}>
                    <span className="sr-only">{label}: </span>
                    {t("moveUp")}
                  </button>
                  <button type="button" onClick={() => move(key, 1)} disabled={index === rows.length - 1}>
                    <span className="sr-only">{label}: </span>
                    {t("moveDown")}
                  </button>
                  <button type="button" onClick={() => remove(key)}>
                    <span className="sr-only">{label}: </span>
                    {t("remove")}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>{renderAdd(add)}</div>
    </>
  );
}

/**
 * Edits one of a film's or a person's lists (titles, plots, credits, other names) and saves it whole, with its
 * owner's version, so a save over someone else's newer change is refused and shown. After a refused save it starts
 * again from what was sent.
 */
export function ListEditor<Row extends FormRow>({
  action,
  owner,
  version,
  rows,
  saveLabel,
  ...list
}: ListEditorProps<Row>) {
  const [state, formAction, isPending] = useActionState(action, NOT_POSTED);
  return (
    <section id={list.section} aria-labelledby={`${list.section}-heading`} className="max-w-3xl space-y-3">
      <h2 id={`${list.section}-heading`} className="text-2xl font-semibold">
        {list.heading}
      </h2>
      <ValidatedForm action={formAction} className="space-y-3">
        <VersionedFormHead idName={owner.name} id={owner.id} version={version} state={state} />
        <Rows key={state.attempt} initial={state.values ?? rows} errors={state.errors} {...list} />
        <SubmitButton isPending={isPending}>{saveLabel}</SubmitButton>
      </ValidatedForm>
    </section>
  );
}
