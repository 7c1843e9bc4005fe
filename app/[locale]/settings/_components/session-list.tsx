"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { endOtherSessionsAction, endSessionAction } from "../session-actions";

export interface SessionRow {
  id: string;
  device: string;
  address: string | null;
  signedIn: string;
  lastActive: string;
  isThisBrowser: boolean;
}

function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const t = useTranslations("SessionList");
  const [state, formAction, isPending] = useActionState(endSessionAction, NOT_POSTED);
  return (
    <form action={formAction}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" disabled={isPending} aria-label={t("signOutDevice", { device })}>
        {t("signOut")}
      </button>
      {state.errors ? <p role="status">{messagesOf(state.errors).join(" ")}</p> : null}
    </form>
  );
}

function EndOtherSessionsButton() {
  const t = useTranslations("SessionList");
  const [state, formAction, isPending] = useActionState(endOtherSessionsAction, NOT_POSTED);
  return (
    <form action={formAction}>
      <button type="submit" disabled={isPending}>
        {t("signOutOthers")}
      </button>
      {state.errors ? <p role="status">{messagesOf(state.errors).join(" ")}</p> : null}
    </form>
  );
}

/** Where the member is signed in, as GitHub and Google list it: each device, with a way to sign it out. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("SessionList");
  const others = sessions.filter((session) => !session.isThisBrowser);
  return (
    <div className="space-y-4">
      <ul aria-label={t("label")} className="divide-y divide-stone-200 dark:divide-stone-800">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div>
              <p className="font-medium">
                {session.device}
                {session.isThisBrowser ? <span className="ml-2 text-sm font-normal">{t("thisBrowser")}</span> : null}
              </p>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {session.address ? `${session.address} · ` : ""}
                {t("times", { signedIn: session.signedIn, lastActive: session.lastActive })}
              </p>
            </div>
            {session.isThisBrowser ? null : <EndSessionButton sessionId={session.id} device={session.device} />}
          </li>
        ))}
      </ul>
      {others.length > 0 ? <EndOtherSessionsButton /> : null}
    </div>
  );
}
