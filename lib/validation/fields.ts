// Field rules that several forms share: optional text and dates arrive as "" and are stored as null.
import { z } from "zod";

export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((text) => (text === "" ? null : text));

export const optionalDate = z
  .union([z.literal(""), z.iso.date("Enter the date as YYYY-MM-DD.")])
  .transform((date) => (date === "" ? null : date));

/**
 * Control characters nobody types: the C0 and C1 codes and DEL, but for tab, line feed and carriage return (a
 * textarea posts its line breaks as CRLF). One would make every XML feed that shows the text malformed, and
 * PostgreSQL refuses NUL in text outright.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Searched rather than tested: CONTROL_CHARACTERS is global, and test() would carry its lastIndex between calls. */
export function hasControlCharacters(text: string) {
  return text.search(CONTROL_CHARACTERS) !== -1;
}

/** A form's text fields by name, as typed ("" for one not sent): what the schemas read and refused forms show again. */
export function textFields<Name extends string>(formData: FormData, names: readonly Name[]) {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<Name, string>;
}

/** What a hidden field the page filled in (an id, a choice of buttons) gets when it is wrong. */
export const FORM_OUT_OF_DATE = "This form is out of date; reload the page.";

/** A row's id from a form: a positive whole number that fits PostgreSQL's integer, else `message`. */
export const idField = (message: string) =>
  z.coerce.number(message).int(message).positive(message).max(2_147_483_647, message);

/** `%`, `_` and `\` match only themselves in a LIKE pattern, so what is typed is what is found. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, "\\$&");
}
