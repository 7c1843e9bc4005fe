"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { NOT_POSTED, type ActionState } from "@/app/_actions/action-state";
import { FieldErrors, FormError, SubmitButton } from "@/app/_components/form-field";
import { versionedFormErrors } from "./versioned-form";

/** What the forms read of their actions' answers: errors, and the version to save over after a conflict. */
type ImageState = ActionState<string, undefined, { conflict?: { version: string } } | undefined>;

interface ImageUploadSectionProps {
  /** The anchor, and the file field's name: "poster", "photo". */
  field: string;
  heading: string;
  /** What is shown now: the image, or what stands in for it. */
  preview: ReactNode;
  /** The name and value of the hidden field naming what the image belongs to ("filmId", 42). */
  owner: { name: string; id: number };
  version: string;
  hint: string;
  uploadLabel: string;
  /** Shown when there is an image to remove. */
  removeLabel?: string;
  // Methods, so that an action answering more (a conflict's changes) fits.
  uploadAction(previous: ImageState, formData: FormData): Promise<ImageState>;
  removeAction(previous: ImageState, formData: FormData): Promise<ImageState>;
}

/**
 * Upload an image (JPEG, PNG, WebP or AVIF up to 8 MB, checked by its content: lib/image-files.ts) for a film or a
 * person, or remove it; both save over the version the page was opened at.
 */
export function ImageUploadSection(props: ImageUploadSectionProps) {
  const { field, heading, preview, owner, version, hint, uploadLabel, removeLabel } = props;
  const t = useTranslations("AdminImageUpload");
  const [upload, uploadAction, isUploading] = useActionState(props.uploadAction, NOT_POSTED);
  const [removal, removeAction, isRemoving] = useActionState(props.removeAction, NOT_POSTED);
  const identity = (state: typeof upload) => (
    <>
      <input type="hidden" name={owner.name} value={owner.id} />
      <input type="hidden" name="version" value={state.result?.conflict?.version ?? version} />
      <FormError errors={versionedFormErrors(state.errors, owner.name)} />
    </>
  );
  return (
    <section id={field} aria-labelledby={`${field}-heading`} className="max-w-3xl space-y-3">
      <h2 id={`${field}-heading`} className="text-2xl font-semibold">
        {heading}
      </h2>
      <div className="flex flex-wrap items-start gap-6">
        {preview}
        {/* Beside the preview where there is room, under it on a phone, and never wider than the screen. */}
        <div className="min-w-0 max-w-full space-y-4">
          <form action={uploadAction} className="space-y-2">
            {identity(upload)}
            <label htmlFor={`${field}-file`} className="block font-medium">
              {t("file")}
            </label>
            <input
              id={`${field}-file`}
              name={field}
              type="file"
              required
              accept="image/jpeg,image/png,image/webp,image/avif"
              className="max-w-full"
              aria-describedby={`${field}-hint ${field}-errors`}
              aria-invalid={upload.errors?.[field] ? true : undefined}
            />
            <p id={`${field}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
              {hint}
            </p>
            <FieldErrors id={`${field}-errors`} errors={upload.errors?.[field]} />
            <SubmitButton isPending={isUploading}>{uploadLabel}</SubmitButton>
          </form>
          {removeLabel ? (
            <form action={removeAction}>
              {identity(removal)}
              <button type="submit" disabled={isRemoving}>
                {removeLabel}
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </section>
  );
}
