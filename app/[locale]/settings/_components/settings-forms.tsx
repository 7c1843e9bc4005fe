"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("ChangePasswordForm");
  const [state, formAction, isPending] = useActionState(changePasswordAction, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="currentPassword"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <FormField
        name="newPassword"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={256}
        hint={t("newPasswordHint")}
        errors={state.errors?.newPassword}
      />
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
    </ValidatedForm>
  );
}

/**
 * Deleting asks for the password; a member who signed up through GitHub or Google has none and types their username.
 * `hasPassword` is unknown on the static page for browsers without JavaScript, which says both.
 */
export function DeleteAccountForm({ hasPassword }: { hasPassword?: boolean }) {
  const t = useTranslations("DeleteAccountForm");
  const [state, formAction, isPending] = useActionState(deleteAccountAction, NOT_POSTED);
  const reviewChoices = {
    delete: t("reviews.delete"),
    keep: t("reviews.keep"),
  } satisfies Record<DeletedReviewsChoice, string>;
  const field =
    hasPassword === false
      ? { label: t("usernameLabel"), type: "text", autoComplete: "off" }
      : { label: t("passwordLabel"), type: "password", autoComplete: "current-password" };
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="deleteConfirmation"
        {...field}
        required
        hint={hasPassword === undefined ? t("eitherHint") : undefined}
        errors={state.errors?.deleteConfirmation}
      />
      <RadioChoices
        name="reviews"
        legend={t("reviewsLegend")}
        choices={reviewChoices}
        chosen={state.values?.reviews}
        errors={state.errors?.reviews}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </ValidatedForm>
  );
}

export function LetterboxdImportForm() {
  const t = useTranslations("LetterboxdImportForm");
  const [state, formAction, isPending] = useActionState(importLetterboxdAction, NOT_POSTED);
  const report = state.result?.report;
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="file"
        label={t("label")}
        type="file"
        accept=".csv,text/csv"
        required
        hint={t("hint")}
        errors={state.errors?.file}
      />
      <SubmitButton isPending={isPending}>{isPending ? t("importing") : t("submit")}</SubmitButton>
      {report ? (
        <div role="status" className="space-y-2">
          <p>
            {report.isWatchlist
              ? t("watchlistImported", {
                  watchlisted: report.watchlisted,
                  unchanged: report.unchanged,
                  notFound: report.notFound.length,
                })
              : t("ratingsImported", {
                  added: report.added,
                  updated: report.updated,
                  unchanged: report.unchanged,
                  notFound: report.notFound.length,
                  logged: report.logged,
                })}
          </p>
          {report.notFound.length ? (
            <ul className="list-inside list-disc">
              {report.notFound.map((film) => (
                <li key={film.line}>{t("notFoundFilm", { name: film.name, year: film.year, line: film.line })}</li>
              ))}
            </ul>
          ) : null}
          {report.stoppedAtLine ? <p>{t("stopped", { line: report.stoppedAtLine })}</p> : null}
          {report.invalid.length ? (
            <ul className="list-inside list-disc">
              {report.invalid.map((row) => (
                <li key={row.line}>{t("skipped", { line: row.line, reason: row.reason })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </ValidatedForm>
  );
}
