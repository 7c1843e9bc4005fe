"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { MemberAvatar } from "@/app/_components/member-avatar";
import { ValidatedForm } from "@/app/_components/validated-form";
import { removeAvatarAction, uploadAvatarAction } from "../avatar-actions";

/**
 * Upload an avatar (JPEG, PNG, WebP or AVIF up to 8 MB, checked by its content: lib/image-files.ts) or remove it.
 * `member` is unknown on the static page for browsers without JavaScript, which offers both.
 */
export function AvatarForm({ member }: { member?: { name: string; avatar: string | null } }) {
  const t = useTranslations("AvatarForm");
  const [upload, uploadAction, isUploading] = useActionState(uploadAvatarAction, NOT_POSTED);
  const [removal, removeAction, isRemoving] = useActionState(removeAvatarAction, NOT_POSTED);
  // Each form keeps its last answer: only the one posted last speaks (either, for a page rendered with the answer).
  const [latest, setLatest] = useState<"upload" | "removal">();
  const speaks = (form: "upload" | "removal") => latest === undefined || latest === form;
  const hasAvatar = member ? member.avatar !== null : true;
  return (
    <div className="flex flex-wrap items-start gap-4">
      {member ? <MemberAvatar name={member.name} avatar={member.avatar} isPriority /> : null}
      <div className="max-w-full min-w-0 flex-1 space-y-3">
        <ValidatedForm action={uploadAction} onSubmit={() => setLatest("upload")} className="space-y-3">
          {speaks("upload") ? <FormError errors={upload.errors?.form} /> : null}
          {speaks("upload") && upload.ok ? <p role="status">{t("saved")}</p> : null}
          <FormField
            name="avatar"
            label={t("label")}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            required
            hint={t("hint")}
            errors={speaks("upload") ? upload.errors?.avatar : undefined}
          />
          <SubmitButton isPending={isUploading}>{t("upload")}</SubmitButton>
        </ValidatedForm>
        {speaks("removal") ? <FormError errors={removal.errors?.form} /> : null}
        {speaks("removal") && removal.ok ? <p role="status">{t("removed")}</p> : null}
        {hasAvatar ? (
          <ValidatedForm action={removeAction} onSubmit={() => setLatest("removal")}>
            <button type="submit" disabled={isRemoving} className="underline">
              {t("remove")}
            </button>
          </ValidatedForm>
        ) : null}
      </div>
    </div>
  );
}
