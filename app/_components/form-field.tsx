import { useTranslations } from "next-intl";

/** A field's errors, tied to it by `id` for aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="text-sm text-red-700 dark:text-red-400">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

const CONTROL_CLASS =
  "w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";

/**
 * Label, control and errors, the control announced as invalid and described by its hint and errors. Exported for
 * controls of their own (multi-select-combobox.tsx), so every field looks and reads the same.
 */
export function LabelledControl({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (control: {
    id: string;
    className: string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }) => React.ReactNode;
}) {
  const errorId = `${id}-errors`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children({
        id,
        className: CONTROL_CLASS,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  /** Defaults to `name`; set it when several rows of a list share one name. */
  id?: string;
}

/** A labelled input with its field errors, announced and tied to the input for screen readers. */
export function FormField({
  name,
  label,
  errors,
  hint,
  id,
  ...input
}: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledControl id={id ?? name} label={label} errors={errors} hint={hint}>
      {(control) => <input name={name} {...control} {...input} />}
    </LabelledControl>
  );
}

export function TextAreaField({
  name,
  label,
  errors,
  hint,
  id,
  ...textarea
}: FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledControl id={id ?? name} label={label} errors={errors} hint={hint}>
      {(control) => <textarea name={name} {...control} {...textarea} />}
    </LabelledControl>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  id,
  options,
  ...select
}: FieldProps & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <LabelledControl id={id ?? name} label={label} errors={errors} hint={hint}>
      {(control) => (
        <select name={name} {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

/** A required choice of one of a few options, each a sentence, with its field errors. */
export function RadioChoices<Value extends string>({
  name,
  legend,
  choices,
  chosen,
  errors,
}: {
  name: string;
  legend: string;
  choices: Record<Value, string>;
  chosen?: string;
  errors?: string[];
}) {
  const errorId = `${name}-errors`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined} className="space-y-1">
      <legend className="font-medium">{legend}</legend>
      {Object.entries<string>(choices).map(([value, label]) => (
        <label key={value} className="flex items-start gap-2">
          <input type="radio" name={name} value={value} required defaultChecked={chosen === value} className="mt-1.5" />
          {label}
        </label>
      ))}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

export function FormError({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div
      role="status"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {errors.join(" ")}
    </div>
  );
}

export function SubmitButton({ children, isPending }: { children: React.ReactNode; isPending: boolean }) {
  return (
    <button
      type="submit"
      disabled={isPending}
      className="rounded-md bg-accent-500 px-4 py-2 font-medium text-stone-950 hover:bg-accent-400 disabled:opacity-60"
    >
      {children}
    </button>
  );
}

/** The button of a deed that cannot be undone (behind a confirmation): "Delete review", "Deleting…" while it runs. */
export function DeleteButton({ isPending, children }: { isPending: boolean; children: React.ReactNode }) {
  const t = useTranslations("FormField");
  return (
    <button
      type="submit"
      disabled={isPending}
      className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
    >
      {isPending ? t("deleting") : children}
    </button>
  );
}
