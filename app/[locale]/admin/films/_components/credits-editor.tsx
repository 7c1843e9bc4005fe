"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useState } from "react";
import { FieldErrors, FormField, SelectField } from "@/app/_components/form-field";
import { CREDIT_ROLES } from "@/lib/validation/film-sections";
import { saveCreditsAction } from "../list-actions";
import { ListEditor } from "../../_components/list-editor";
import { PersonFinder } from "./person-finder";

type CreditValues = { personId: string; name: string; newPersonName: string; role: string; character: string };

type RoleOption = { value: string; label: string };

/** The roles a credit can have, named as filmographies head them. */
function useRoleOptions(): RoleOption[] {
  const roleName = useTranslations("Filmography");
  return CREDIT_ROLES.map((role) => ({ value: role, label: roleName(`roles.${role}`) }));
}

function AddCredit({ add, roleOptions }: { add: (row: CreditValues) => void; roleOptions: RoleOption[] }) {
  const t = useTranslations("AdminCreditsEditor");
  const [role, setRole] = useState<string>("cast");
  return (
    <div className="space-y-2 rounded-md border border-dashed border-stone-300 p-3 dark:border-stone-700">
      <p className="font-medium">{t("add")}</p>
      <SelectField
        name=""
        id="new-credit-role"
        /* not sent: it only sets the role of rows added below */ label={t("newRole")}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        options={roleOptions}
      />
      <PersonFinder
        onChoose={(person) =>
          add({
            personId: person.id === null ? "" : String(person.id),
            name: person.name,
            newPersonName: person.id === null ? person.name : "",
            role,
            character: "",
          })
        }
      />
    </div>
  );
}

/** Cast and crew in billing order: find or create people, set their role and character, reorder. */
export function CreditsEditor({
  filmId,
  version,
  credits,
}: {
  filmId: number;
  version: string;
  credits: CreditValues[];
}) {
  const t = useTranslations("AdminCreditsEditor");
  const roleOptions = useRoleOptions();
  return (
    <ListEditor
      action={saveCreditsAction}
      owner={{ name: "filmId", id: filmId }}
      version={version}
      section="credits"
      heading={t("heading")}
      itemLabel={(number) => t("item", { number })}
      saveLabel={t("save")}
      rows={credits}
      renderRow={(row, { fieldId, errorsOf }) => (
        <>
          <input type="hidden" name="credit.personId" value={row.personId} />
          <input type="hidden" name="credit.name" value={row.name} />
          <input type="hidden" name="credit.newPersonName" value={row.newPersonName} />
          <p>
            {row.personId ? (
              <Link href={`/admin/people/${row.personId}`}>{row.name}</Link>
            ) : (
              t("newPerson", { name: row.newPersonName })
            )}
          </p>
          <FieldErrors id={fieldId("person-errors")} errors={errorsOf("newPersonName")} />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              id={fieldId("role")}
              name="credit.role"
              label={t("role")}
              defaultValue={row.role}
              options={roleOptions}
              errors={errorsOf("role")}
            />
            <FormField
              id={fieldId("character")}
              name="credit.character"
              label={t("character")}
              maxLength={300}
              hint={t("characterHint")}
              defaultValue={row.character}
              errors={errorsOf("character")}
            />
          </div>
        </>
      )}
      renderAdd={(add) => <AddCredit add={add} roleOptions={roleOptions} />}
    />
  );
}
