"use client";

import { Link } from "@/i18n/navigation";
import { useActionState } from "react";
import { type ActionState, messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import { SubmitButton } from "@/app/_components/form-field";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import { signInPath } from "@/lib/sign-in-path";

type ToggleState = ActionState<string, undefined>;
type ToggleAction = (state: ToggleState, form: FormData) => Promise<ToggleState>;

export interface ToggleChange {
  action: ToggleAction;
  label: string;
  pendingLabel: string;
}

export interface OwnToggleProps<Answer> {
  /** The /api/me/ route that answers the member's own state. */
  answerUrl: string;
  isOn: (answer: Answer) => boolean;
  /** What the forms post besides the session: the film's, review's or member's id. */
  fields: Record<string, string | number>;
  turnOn: ToggleChange;
  turnOff: ToggleChange;
  /** Shown beside the button while on ("On your watchlist"). */
  onNote?: React.ReactNode;
  /** The sign-in link's text, and the page to come back to. */
  signIn: { label: string; returnTo: string };
  checkingLabel: string;
  /** Whether the member may change it at all (not their own review, not themselves); otherwise nothing shows. */
  isAllowed?: (answer: Answer) => boolean;
}

/**
 * A member's yes-or-no about something on a page that is the same cached HTML for everyone (a film on their
 * watchlist, a review they like): their own state is fetched once the page runs, a visitor sees a sign-in link, and a
 * browser without JavaScript gets both forms (noscript), the post answered with a redirect back.
 */
export function OwnToggle<Answer>({
  answerUrl,
  isOn,
  fields,
  turnOn,
  turnOff,
  onNote,
  signIn,
  checkingLabel,
  isAllowed = () => true,
}: OwnToggleProps<Answer>) {
  const { username, answer, refresh } = useOwnAnswer<Answer>(answerUrl);
  if (username === undefined) {
    return (
      <noscript>
        <div className="mt-3 flex flex-wrap justify-center gap-2">
          <ToggleForm fields={fields} change={turnOn} />
          <ToggleForm fields={fields} change={turnOff} />
        </div>
      </noscript>
    );
  }
  if (username === null) {
    return (
      <p className="mt-3 text-center">
        <Link href={signInPath(signIn.returnTo)}>{signIn.label}</Link>
      </p>
    );
  }
  if (!answer) {
    return (
      <p aria-busy="true" className="mt-3 text-center text-sm">
        {checkingLabel}
      </p>
    );
  }
  if (!isAllowed(answer)) return null;
  const on = isOn(answer);
  return (
    <div className="mt-3 flex flex-col items-center gap-1">
      {on && onNote ? <p className="text-sm font-medium">{onNote}</p> : null}
      {/* Keyed by the change, so each form starts from its own state. */}
      <ToggleForm key={on ? "off" : "on"} fields={fields} change={on ? turnOff : turnOn} onSaved={refresh} />
    </div>
  );
}

function ToggleForm({
  fields,
  change,
  onSaved,
}: {
  fields: Record<string, string | number>;
  change: ToggleChange;
  onSaved?: () => void;
}) {
  // The server action itself, not a function around it: without JavaScript the form posts to it directly.
  const [state, formAction, isPending] = useActionState(change.action, NOT_POSTED);
  useAfterEachAnswer(state, (isDone) => {
    if (isDone) onSaved?.();
  });
  return (
    <form action={formAction} className="flex flex-col items-center gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton isPending={isPending}>{isPending ? change.pendingLabel : change.label}</SubmitButton>
      {state.errors ? (
        <p role="status" className="text-sm text-red-700 dark:text-red-400">
          {messagesOf(state.errors).join(" ")}
        </p>
      ) : null}
    </form>
  );
}
