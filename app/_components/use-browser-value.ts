"use client";

import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * A value only the browser knows and that stays put while the page is open (the address, that the script runs):
 * `onServer` in the static HTML and until the page's script takes over, the browser's own after that.
 */
export function useBrowserValue<Value>(inBrowser: () => Value, onServer: Value): Value {
  return useSyncExternalStore(neverChanges, inBrowser, () => onServer);
}

const scriptRuns = () => true;

/** Whether the page's script runs: false in the static HTML and until it takes over, for what only works with it. */
export function useIsHydrated() {
  return useBrowserValue(scriptRuns, false);
}
