"use client";

import { useActionState } from "react";
import { FormError, FormField, RadioChoices, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { NOT_POSTED } from "@/app/_actions/action-state";
import {
  changePasswordAction,
  deleteAccountAction,
  importLetterboxdAction,
  type DeletedReviewsChoice,
} from "../actions";

export function ChangePasswordForm() {
  const [state, formAction, isPending] = useActionState(changePasswordAction, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={256}
        hint="At least 10 characters. You stay signed in here; every other session ends."
        errors={state.errors?.newPassword}
      />
      <SubmitButton isPending={isPending}>Change password</SubmitButton>
    </ValidatedForm>
  );
}

/**
 * Deleting asks for the password; a member who signed up through GitHub or Google has none and types their username.
 * `hasPassword` is unknown on the static page for browsers without JavaScript, which says both.
 */
const REVIEW_CHOICES = {
  delete: "Delete them with my account.",
  keep: "Keep them on their films, credited to “Deleted member”, with nothing that leads back to me.",
} satisfies Record<DeletedReviewsChoice, string>;

export function DeleteAccountForm({ hasPassword }: { hasPassword?: boolean }) {
  const [state, formAction, isPending] = useActionState(deleteAccountAction, NOT_POSTED);
  const field =
    hasPassword === false
      ? { label: "Your username, to confirm", type: "text", autoComplete: "off" }
      : { label: "Password to confirm", type: "password", autoComplete: "current-password" };
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="deleteConfirmation"
        {...field}
        required
        hint={hasPassword === undefined ? "Signed up through GitHub or Google? Type your username." : undefined}
        errors={state.errors?.deleteConfirmation}
      />
      <RadioChoices
        name="reviews"
        legend="Your written reviews"
        choices={REVIEW_CHOICES}
        chosen={state.values?.reviews}
        errors={state.errors?.reviews}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        Delete my account
      </button>
    </ValidatedForm>
  );
}

export function LetterboxdImportForm() {
  const [state, formAction, isPending] = useActionState(importLetterboxdAction, NOT_POSTED);
  const report = state.result?.report;
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="file"
        label="Letterboxd CSV"
        type="file"
        accept=".csv,text/csv"
        required
        hint="ratings.csv, reviews.csv, diary.csv or watchlist.csv from Letterboxd's export, or Marquee's own; a row's Watched Date goes to your diary, and watchlist.csv's films to your watchlist, dated as the file says. Films are found by their address here or IMDb or TMDB id when the file gives one, else by title and year (or a year either side)."
        errors={state.errors?.file}
      />
      <SubmitButton isPending={isPending}>{isPending ? "Importing…" : "Import ratings"}</SubmitButton>
      {report ? (
        <div role="status" className="space-y-2">
          {report.isWatchlist ? (
            <p>
              Watchlist imported: {report.watchlisted} added to your watchlist, {report.unchanged} already on it,{" "}
              {report.notFound.length} not found in Marquee{report.notFound.length ? ":" : "."}
            </p>
          ) : (
            <p>
              Ratings imported: {report.added} added, {report.updated} updated, {report.unchanged} unchanged,{" "}
              {report.notFound.length} not found in Marquee{report.notFound.length ? ":" : "."} Viewings added to your
              diary: {report.logged}.
            </p>
          )}
          {report.notFound.length ? (
            <ul className="list-inside list-disc">
              {report.notFound.map((film) => (
                <li key={film.line}>
                  {film.name} ({film.year}), line {film.line}
                </li>
              ))}
            </ul>
          ) : null}
          {report.stoppedAtLine ? (
            <p>
              The import stopped at line {report.stoppedAtLine} on an error of ours: the ratings before it are saved.
              Import the file again to finish; ratings already imported are updated, not doubled.
            </p>
          ) : null}
          {report.invalid.length ? (
            <ul className="list-inside list-disc">
              {report.invalid.map((row) => (
                <li key={row.line}>
                  Line {row.line} skipped: {row.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </ValidatedForm>
  );
}
