// The list forms' rules, checked by their server actions (app/[locale]/lists/actions.ts); the limits are the table's checks.
import { z } from "zod";
import { idField, optionalText } from "./fields";
import { LIST_DESCRIPTION_MAX_LENGTH, LIST_NOTE_MAX_LENGTH, LIST_TITLE_MAX_LENGTH } from "./list-limits";

const titleField = z
  .string()
  .trim()
  .min(1, "Give the list a title.")
  .max(LIST_TITLE_MAX_LENGTH, `A title can be at most ${LIST_TITLE_MAX_LENGTH} characters.`);

const noteField = optionalText(LIST_NOTE_MAX_LENGTH, `A note can be at most ${LIST_NOTE_MAX_LENGTH} characters.`);

export const listIdField = idField("That list does not exist.");
const filmIdField = idField("That film does not exist.");

/** A list's details; the description is plain text, shown as typed, never as HTML. */
export const listFieldsSchema = z.object({
  title: titleField,
  description: optionalText(
    LIST_DESCRIPTION_MAX_LENGTH,
    `A description can be at most ${LIST_DESCRIPTION_MAX_LENGTH} characters.`,
  ),
  ranked: z.boolean(),
  isPublic: z.boolean(),
});

export const listEditSchema = listFieldsSchema.extend({ listId: listIdField });

/** One film of one list: what the remove button posts. */
export const listItemSchema = z.object({ listId: listIdField, filmId: filmIdField });

export const listItemMoveSchema = listItemSchema.extend({
  position: z.coerce
    .number("Enter a position as a number.")
    .int("Enter a whole number.")
    .min(1, "Positions start at 1.")
    .max(100_000, "That position is past the end of the list."),
});

export const listItemNoteSchema = listItemSchema.extend({ note: noteField });

/** The film page's form: one of the member's lists, or a new one by its title; and a note. */
export const addToListSchema = z
  .object({
    filmId: filmIdField,
    // "" chooses a new list; any other value is one of the member's lists, by id.
    listId: z.union([z.literal(""), listIdField], { error: "That list does not exist." }),
    newTitle: z
      .string()
      .trim()
      .max(LIST_TITLE_MAX_LENGTH, `A title can be at most ${LIST_TITLE_MAX_LENGTH} characters.`),
    note: noteField,
  })
  .superRefine(({ listId, newTitle }, context) => {
    if (listId === "" && newTitle === "")
      context.addIssue({ code: "custom", path: ["listId"], message: "Choose one of your lists or name a new one." });
  });
