// What the server answers people when it refuses a form (zod's messages, refusals, limits) is written in English
// where the rule is (lib/validation, the actions), and found in the "Errors" messages by that English text, as
// gettext finds a msgid: the rules stay readable, tests keep asserting the English, and an answer goes out in the
// language of the page the form was on. A message not (yet) in the catalogue goes out in English.
import type { FieldErrors } from "@/app/_actions/action-state";
import { messagesFor } from "@/messages";
import { DEFAULT_LOCALE, type Locale } from "./locales";

type ErrorKey = keyof ReturnType<typeof messagesFor>["Errors"];

const KEY_OF_ENGLISH = new Map(
  Object.entries(messagesFor(DEFAULT_LOCALE).Errors).map(([key, english]) => [english, key as ErrorKey]),
);

export function translatedMessage(english: string, locale: Locale): string {
  const key = KEY_OF_ENGLISH.get(english);
  return key ? messagesFor(locale).Errors[key] : english;
}

export function translatedErrors<Field extends string>(errors: FieldErrors<Field>, locale: Locale): FieldErrors<Field> {
  if (locale === DEFAULT_LOCALE) return errors;
  const entries = Object.entries(errors) as [Field | "form", string[] | undefined][];
  return Object.fromEntries(
    entries.map(([field, messages]) => [field, messages?.map((message) => translatedMessage(message, locale))]),
  ) as FieldErrors<Field>;
}
