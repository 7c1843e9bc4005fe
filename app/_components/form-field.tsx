/** A labelled input with its field errors, announced and tied to the input for screen readers. */
export function FormField({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: string; errors?: string[]; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${name}-errors`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FormError({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div role="status" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
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
