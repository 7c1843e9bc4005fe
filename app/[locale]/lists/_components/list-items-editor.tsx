"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { messagesOf, NOT_POSTED, type ActionState } from "@/app/_actions/action-state";
import { Poster } from "@/app/_components/poster";
import { FilmName } from "@/app/_components/film-name";
import type { FilmListItemData } from "@/db/queries/film-lists";
import { LIST_NOTE_MAX_LENGTH } from "@/lib/validation/list-limits";
import { moveListItemAction, removeListItemAction, saveListItemNoteAction } from "../actions";

const SMALL_BUTTON =
  "rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800";

type Item = Pick<FilmListItemData, "note" | "film">;

/**
 * The owner's films of a list, each with its note and the buttons that move or remove it: every one a plain form, so
 * a browser without JavaScript edits the list with posts answered by a redirect back here.
 */
export function ListItemsEditor({ listId, ranked, items }: { listId: number; ranked: boolean; items: Item[] }) {
  const t = useTranslations("ListItemsEditor");
  return (
    <ol aria-label={t("label")} className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item, index) => (
        <ItemRow
          key={item.film.id}
          listId={listId}
          item={item}
          position={index + 1}
          count={items.length}
          ranked={ranked}
        />
      ))}
    </ol>
  );
}

function ItemRow({
  listId,
  item: { film, note },
  position,
  count,
  ranked,
}: {
  listId: number;
  item: Item;
  position: number;
  count: number;
  ranked: boolean;
}) {
  const t = useTranslations("ListItemsEditor");
  const name = `${film.title} (${film.year})`;
  const item = { listId, filmId: film.id };
  return (
    <li className="space-y-2 py-3">
      <div className="flex items-center gap-3">
        {ranked ? <span className="w-6 shrink-0 text-right font-semibold">{position}</span> : null}
        <Poster
          slug={film.slug}
          title={film.title}
          year={film.year}
          poster={film.poster}
          placeholder={film.posterPlaceholder}
          size="thumbnail"
        />
        <Link href={`/films/${film.slug}`} className="min-w-0 flex-1 font-medium break-words">
          <FilmName film={film} />
        </Link>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        {position > 1 ? (
          <MoveButton item={item} to={position - 1} label={t("moveUpLabel", { film: name })}>
            {t("moveUp")}
          </MoveButton>
        ) : null}
        {position < count ? (
          <MoveButton item={item} to={position + 1} label={t("moveDownLabel", { film: name })}>
            {t("moveDown")}
          </MoveButton>
        ) : null}
        <PositionForm item={item} position={position} name={name} />
        <RemoveButton item={item} name={name} />
      </div>
      <NoteForm item={item} note={note ?? ""} name={name} />
    </li>
  );
}

interface ItemRef {
  listId: number;
  filmId: number;
}

function ItemFields({ item }: { item: ItemRef }) {
  return (
    <>
      <input type="hidden" name="listId" value={item.listId} />
      <input type="hidden" name="filmId" value={item.filmId} />
    </>
  );
}

function Refusal({ state }: { state: ActionState }) {
  return state.errors ? (
    <p role="status" className="text-sm text-red-700 dark:text-red-400">
      {messagesOf(state.errors).join(" ")}
    </p>
  ) : null;
}

function MoveButton({ item, to, label, children }: { item: ItemRef; to: number; label: string; children: string }) {
  const [state, formAction, isPending] = useActionState(moveListItemAction, NOT_POSTED);
  return (
    <form action={formAction}>
      <ItemFields item={item} />
      <input type="hidden" name="position" value={to} />
      <button type="submit" disabled={isPending} aria-label={label} className={SMALL_BUTTON}>
        {children}
      </button>
      <Refusal state={state} />
    </form>
  );
}

function PositionForm({ item, position, name }: { item: ItemRef; position: number; name: string }) {
  const t = useTranslations("ListItemsEditor");
  const [state, formAction, isPending] = useActionState(moveListItemAction, NOT_POSTED);
  const id = `position-${item.filmId}`;
  return (
    // Keyed by the position: after a move elsewhere the field shows the film's new place.
    <form key={position} action={formAction} className="flex items-end gap-1">
      <ItemFields item={item} />
      <label htmlFor={id} className="sr-only">
        {t("positionLabel", { film: name })}
      </label>
      <input
        id={id}
        name="position"
        type="number"
        min={1}
        required
        defaultValue={state.values?.position ?? position}
        className="w-16 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900"
      />
      <button type="submit" disabled={isPending} aria-label={t("moveLabel", { film: name })} className={SMALL_BUTTON}>
        {t("move")}
      </button>
      <Refusal state={state} />
    </form>
  );
}

function RemoveButton({ item, name }: { item: ItemRef; name: string }) {
  const t = useTranslations("ListItemsEditor");
  const [state, formAction, isPending] = useActionState(removeListItemAction, NOT_POSTED);
  return (
    <form action={formAction}>
      <ItemFields item={item} />
      <button type="submit" disabled={isPending} aria-label={t("removeLabel", { film: name })} className={SMALL_BUTTON}>
        {t("remove")}
      </button>
      <Refusal state={state} />
    </form>
  );
}

function NoteForm({ item, note, name }: { item: ItemRef; note: string; name: string }) {
  const t = useTranslations("ListItemsEditor");
  const [state, formAction, isPending] = useActionState(saveListItemNoteAction, NOT_POSTED);
  const id = `note-${item.filmId}`;
  return (
    <form key={state.attempt} action={formAction} className="flex flex-wrap items-end gap-2">
      <ItemFields item={item} />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="sr-only">
          {t("noteLabel", { film: name })}
        </label>
        <textarea
          id={id}
          name="note"
          rows={1}
          maxLength={LIST_NOTE_MAX_LENGTH}
          placeholder={t("notePlaceholder")}
          defaultValue={state.values?.note ?? note}
          className="w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        aria-label={t("saveNoteLabel", { film: name })}
        className={SMALL_BUTTON}
      >
        {t("saveNote")}
      </button>
      <Refusal state={state} />
    </form>
  );
}
