// What every server action answers, and every form reads the same way (app/_actions/define-action.ts makes it).
// No server code here: client forms import these types and the initial state.

/** Messages by field; `form` holds what belongs to no single field. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field | "form", string[]>>;

export interface ActionState<Field extends string = string, Values = unknown, Result = undefined> {
  /** Whether the last post did its work. */
  ok: boolean;
  /** Why it did not, for people: by field, and `form` for the rest. */
  errors?: FieldErrors<Field>;
  /** What was typed (never a password), so the form shows it again. */
  values?: Values;
  /** What the work answered, for the form to show: a message, a report, where to go next, a conflict. */
  result?: Result;
  /** Counts the answers, so a form can start again from `values` after each one. */
  attempt: number;
}

/** The state before the first post. */
export const NOT_POSTED = { ok: false, attempt: 0 } as const satisfies ActionState;

/** Every message of an answer, for a form that shows them in one place (its fields are hidden or few). */
export function messagesOf(errors: FieldErrors | undefined): string[] {
  return Object.values(errors ?? {}).flatMap((messages) => messages ?? []);
}
