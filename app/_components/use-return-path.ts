"use client";

import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * The `returnTo` of the page's address, read in the browser. Forms stay in the static page this way (no
 * Suspense around useSearchParams), so they work without JavaScript too; the server then falls back to the
 * Referer (see resolveReturnPath).
 */
export function useReturnPath(): string {
  return useSyncExternalStore(
    neverChanges,
    () => new URLSearchParams(window.location.search).get("returnTo") ?? "",
    () => "",
  );
}
