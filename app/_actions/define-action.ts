// The one shape of a server action: parse the form (zod) → authorise the caller → run the work (one transaction,
// in db/mutations) → invalidate what it changed (app/_data/invalidation.ts) → answer one ActionState. Inside it
// too: the answer to a form posted without JavaScript (Post/Redirect/Get), and a clear refusal that keeps what was
// typed when the work fails (the database gone, say) instead of an error page. Written here rather than taken from
// next-safe-action: that library's answer is its own shape ({ data, validationErrors, serverError }) and would
// need this much code again to give forms fields, values and the Post/Redirect/Get answer.
import { redirect, unstable_rethrow } from "next/navigation";
import { headers } from "next/headers";
import { z } from "zod";
import { invalidateAfter, type Write } from "@/app/_data/invalidation";
import { findSignedInAdmin, findSignedInUser } from "@/auth";
import { isDatabaseDown, suspectDatabaseOutage } from "@/db/outage";
import { translatedErrors } from "@/i18n/error-messages";
import { inLanguage } from "@/i18n/locales";
import { requestLogger } from "@/lib/logger";
import { hasControlCharacters } from "@/lib/validation/fields";
import { BUSY_MESSAGE, ServerBusy } from "@/lib/work-gate";
import type { ActionState, FieldErrors } from "./action-state";
import { referringPageLocale } from "./referring-page-locale";
import { redirectIfPostedWithoutScript, type NoScriptDestination } from "./post-redirect-get";

export const SIGN_IN_FIRST = "Your session has ended: sign in again.";
export const ADMINS_ONLY = "Only admins can do this.";
const CONTROL_CHARACTERS_IN_FIELD = "Remove the invisible control characters from this text.";
const CONTROL_CHARACTERS_IN_FORM = "A field holds invisible control characters (pasted with the text?): remove them.";
const UNAVAILABLE = "Marquee cannot reach its database just now, so nothing was saved. Try again in a minute.";
const FAILED = "Something went wrong on our side, so nothing was saved. It has been logged; try again later.";

type Account = NonNullable<Awaited<ReturnType<typeof findSignedInUser>>>;
/** Who may call an action: anyone (the caller may be signed out), a signed-in member, or an admin. */
export type Caller = "anyone" | "member" | "admin";
/** The caller's account, re-read from the database; an action open to anyone gets none (it signs in or out, or up). */
type CallerAccount<Who extends Caller> = Who extends "anyone" ? undefined : Account;

/** How a run ends: done, with what changed and where to go, or refused, with messages for people. */
export type Outcome<Field extends string, Result> =
  | {
      ok: true;
      result?: Result;
      /** What the work changed, for the pages that show it to be rendered anew. */
      writes?: Write[];
      /** Where everyone goes next (an admin's saved form goes to what it saved); else the form answers in place. */
      redirectTo?: `/${string}`;
      /** Where a post without JavaScript goes next; by default back to the page it came from. */
      withoutScript?: NoScriptDestination;
    }
  | { ok: false; errors: FieldErrors<Field>; result?: Result; withoutScript?: NoScriptDestination };

export function done<Result = undefined>(
  outcome: Omit<Extract<Outcome<string, Result>, { ok: true }>, "ok"> = {},
): Outcome<never, Result> {
  return { ok: true, ...outcome };
}

/** A refusal: one message for the whole form, or messages by field. */
export function refuse<Field extends string = never, Result = undefined>(
  errors: string | FieldErrors<Field>,
  extra: { result?: Result; withoutScript?: NoScriptDestination } = {},
): Outcome<Field, Result> {
  return { ok: false, errors: typeof errors === "string" ? formError<Field>(errors) : errors, ...extra };
}

interface ActionDefinition<Schema extends z.ZodType, Who extends Caller, Field extends string, Values, Result> {
  who: Who;
  schema: Schema;
  /** What the schema reads from the posted form; by default each field's first value. */
  input?: (formData: FormData) => unknown;
  /** What the form shows again after the answer: what was typed, never a password. */
  values?: (formData: FormData) => Values;
  run: (
    input: z.output<Schema>,
    context: { caller: CallerAccount<Who>; formData: FormData },
  ) => Promise<Outcome<Field, Result>>;
}

/** The fields a schema reads, by which errors are given; any name for a list's rows ("2.role"). */
type FieldsOf<Schema extends z.ZodType> =
  z.input<Schema> extends readonly unknown[] ? string : Extract<keyof z.input<Schema>, string>;

/** A server action for useActionState: `(previous, formData) => ActionState`. */
export function defineAction<Schema extends z.ZodType, Who extends Caller, Values = undefined, Result = undefined>(
  definition: ActionDefinition<Schema, Who, FieldsOf<Schema>, Values, Result>,
) {
  type Field = FieldsOf<Schema>;
  type State = ActionState<Field, Values, Result>;
  return async function action(previous: State, formData: FormData): Promise<State> {
    const answer = async ({ errors, ...outcome }: Omit<State, "values" | "attempt">): Promise<State> => ({
      ...outcome,
      ...(errors ? { errors: translatedErrors(errors, await referringPageLocale()) } : {}),
      values: definition.values?.(formData),
      attempt: (previous?.attempt ?? 0) + 1,
    });
    const withControlCharacters = fieldsWithControlCharacters(formData);
    if (withControlCharacters.length > 0)
      return answer({ ok: false, errors: controlCharacterErrors(withControlCharacters) });
    const parsed = definition.schema.safeParse((definition.input ?? firstValues)(formData));
    if (!parsed.success) return answer({ ok: false, errors: errorsByField<Field>(parsed.error) });

    let outcome: Outcome<Field, Result> | "refused";
    try {
      // Authorising reads the account from the database too: inside, so that an outage gets its clear answer.
      const caller = await authorise(definition.who);
      outcome =
        caller === "refused"
          ? caller
          : await definition.run(parsed.data, { caller: caller as CallerAccount<Who>, formData });
    } catch (error) {
      // Next's redirects (Auth.js signs in and out with them) pass through; anything else is logged, and answered.
      unstable_rethrow(error);
      // Too many password checks waiting (lib/password.ts) is the site's load, not a fault: nothing to log.
      if (error instanceof ServerBusy) return answer({ ok: false, errors: formError(BUSY_MESSAGE) });
      requestLogger(await headers()).error({ err: error }, "server action failed");
      suspectDatabaseOutage();
      return answer({ ok: false, errors: formError((await isDatabaseDown()) ? UNAVAILABLE : FAILED) });
    }
    if (outcome === "refused") {
      if (definition.who === "member") await redirectIfPostedWithoutScript("sign-in");
      return answer({ ok: false, errors: formError(definition.who === "admin" ? ADMINS_ONLY : SIGN_IN_FIRST) });
    }
    if (!outcome.ok) {
      if (outcome.withoutScript) await redirectIfPostedWithoutScript(outcome.withoutScript);
      return answer({ ok: false, errors: outcome.errors, result: outcome.result });
    }
    if (outcome.writes?.length) await invalidateAfter(...outcome.writes);
    if (outcome.redirectTo) redirect(inLanguage(await referringPageLocale(), outcome.redirectTo));
    await redirectIfPostedWithoutScript(outcome.withoutScript);
    return answer({ ok: true, result: outcome.result });
  };
}

async function authorise(who: Caller): Promise<Account | undefined | "refused"> {
  if (who === "anyone") return undefined;
  const account = who === "admin" ? await findSignedInAdmin() : await findSignedInUser();
  return account ?? "refused";
}

function firstValues(formData: FormData) {
  return Object.fromEntries([...formData.keys()].map((key) => [key, formData.get(key)]));
}

/** The text fields that hold a control character: refused for every action alike, before its own schema. */
function fieldsWithControlCharacters(formData: FormData) {
  const fields = new Set<string>();
  for (const [name, value] of formData) {
    if (typeof value === "string" && hasControlCharacters(value)) fields.add(name);
  }
  return [...fields];
}

function controlCharacterErrors<Field extends string>(fields: string[]) {
  const byField = Object.fromEntries(fields.map((field) => [field, [CONTROL_CHARACTERS_IN_FIELD]]));
  return { ...byField, form: [CONTROL_CHARACTERS_IN_FORM] } as FieldErrors<Field>;
}

function formError<Field extends string>(message: string) {
  return { form: [message] } as FieldErrors<Field>;
}

/** Zod's issues by field; an issue on no field (a check across fields) belongs to the form. */
function errorsByField<Field extends string>(error: z.ZodError) {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return (formErrors.length > 0 ? { ...fieldErrors, form: formErrors } : fieldErrors) as FieldErrors<Field>;
}
