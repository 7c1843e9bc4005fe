"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { revertChangeAction } from "../actions";

export function RevertButton({ entryId }: { entryId: number }) {
  const t = useTranslations("AdminRevertButton");
  const [state, formAction, isPending] = useActionState(revertChangeAction, NOT_POSTED);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="entryId" value={entryId} />
      <button type="submit" disabled={isPending} className="underline underline-offset-2">
        {t("revert")}
      </button>
      {state.errors ? <span role="status"> {messagesOf(state.errors).join(" ")}</span> : null}
    </form>
  );
}
