"use client";

import { Link } from "@/i18n/navigation";
import { useState } from "react";
import { FieldErrors, FormField, SelectField } from "@/app/_components/form-field";
import { ROLE_HEADINGS } from "@/app/[locale]/people/[slug]/_components/role-headings";
import { CREDIT_ROLES } from "@/lib/validation/film-sections";
import { saveCreditsAction } from "../list-actions";
import { ListEditor } from "../../_components/list-editor";
import { PersonFinder } from "./person-finder";

type CreditValues = { personId: string; name: string; newPersonName: string; role: string; character: string };

const ROLE_OPTIONS = CREDIT_ROLES.map((role) => ({ value: role, label: ROLE_HEADINGS[role] ?? role }));

function AddCredit({ add }: { add: (row: CreditValues) => void }) {
  const [role, setRole] = useState<string>("cast");
  return (
    <div className="space-y-2 rounded-md border border-dashed border-stone-300 p-3 dark:border-stone-700">
      <p className="font-medium">Add a credit</p>
      <SelectField
        name=""
        id="new-credit-role"
        /* not sent: it only sets the role of rows added below */ label="Role of the new credit"
        value={role}
        onChange={(event) => setRole(event.target.value)}
        options={ROLE_OPTIONS}
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
  return (
    <ListEditor
      action={saveCreditsAction}
      owner={{ name: "filmId", id: filmId }}
      version={version}
      section="credits"
      heading="Credits"
      itemName="Credit"
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
              <>{row.newPersonName} (new person)</>
            )}
          </p>
          <FieldErrors id={fieldId("person-errors")} errors={errorsOf("newPersonName")} />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              id={fieldId("role")}
              name="credit.role"
              label="Role"
              defaultValue={row.role}
              options={ROLE_OPTIONS}
              errors={errorsOf("role")}
            />
            <FormField
              id={fieldId("character")}
              name="credit.character"
              label="Character"
              maxLength={300}
              hint="For cast: the part they play."
              defaultValue={row.character}
              errors={errorsOf("character")}
            />
          </div>
        </>
      )}
      renderAdd={(add) => <AddCredit add={add} />}
    />
  );
}
