"use client";

import { useTranslations } from "next-intl";
import { PersonPhoto } from "@/app/_components/person-photo";
import { ImageUploadSection } from "../../_components/image-upload-section";
import { removePersonPhotoAction, uploadPersonPhotoAction } from "../photo-actions";

/** Upload a person's photo, or go back to their drawn initials. */
export function PhotoForm({
  person,
  version,
}: {
  person: { id: number; slug: string; name: string; photo: string | null };
  version: string;
}) {
  const t = useTranslations("AdminPhotoForm");
  return (
    <ImageUploadSection
      field="photo"
      heading={t("heading")}
      preview={<PersonPhoto slug={person.slug} name={person.name} photo={person.photo} />}
      owner={{ name: "personId", id: person.id }}
      version={version}
      hint={t("hint")}
      uploadLabel={t("upload")}
      removeLabel={person.photo ? t("remove") : undefined}
      uploadAction={uploadPersonPhotoAction}
      removeAction={removePersonPhotoAction}
    />
  );
}
