"use client";

import { useActionState } from "react";
import { revertChangeAction, type RevertState } from "../actions";

export function RevertButton({ entryId }: { entryId: number }) {
  const [state, formAction, isPending] = useActionState(revertChangeAction, {} as RevertState);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="entryId" value={entryId} />
      <button type="submit" disabled={isPending} className="underline underline-offset-2">
        Revert this change
      </button>
      {state.error ? <span role="status"> {state.error}</span> : null}
    </form>
  );
}
