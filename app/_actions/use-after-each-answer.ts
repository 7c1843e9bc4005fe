"use client";

import { useEffect, useEffectEvent } from "react";
import type { ActionState } from "./action-state";

/**
 * Runs `handle` once after each answer of a form's action, never before the first post, with whether the action did
 * its work: each answer is a new state, even one equal to the last.
 */
export function useAfterEachAnswer(state: Pick<ActionState, "ok" | "attempt">, handle: (isDone: boolean) => void) {
  const onAnswer = useEffectEvent(handle);
  useEffect(() => {
    if (state.attempt > 0) onAnswer(state.ok);
  }, [state]);
}
