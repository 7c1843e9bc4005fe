"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode, type SyntheticEvent } from "react";

function isPlainLinkClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return false;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  return link instanceof HTMLAnchorElement && link.target !== "_blank" && !link.hasAttribute("download");
}

/**
 * Asks before the admin leaves a page of editors with edits not yet saved: an editor is edited from its first
 * keystroke or change of rows, and saved once its form is sent. The browser asks for a reload, a closed tab or
 * another site (beforeunload); a link on the page asks here, before the router moves.
 */
export function UnsavedEditsGuard({ children, className }: { children: ReactNode; className?: string }) {
  const leaveQuestion = useTranslations("AdminUnsavedEdits")("leave");
  const edited = useRef(new Set<HTMLFormElement>());
  const markEdited = (event: SyntheticEvent) => {
    const form = (event.target as HTMLElement).closest("form");
    if (form) edited.current.add(form);
  };
  const markRowChange = (event: SyntheticEvent) => {
    if ((event.target as HTMLElement).closest("button[type=button]")) markEdited(event);
  };

  useEffect(() => {
    const hasEdits = () => [...edited.current].some((form) => form.isConnected);
    const askBeforeUnload = (event: BeforeUnloadEvent) => {
      if (hasEdits()) event.preventDefault();
    };
    const askBeforeLinkLeaves = (event: MouseEvent) => {
      if (!hasEdits() || !isPlainLinkClick(event)) return;
      if (window.confirm(leaveQuestion)) edited.current.clear();
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", askBeforeUnload);
    document.addEventListener("click", askBeforeLinkLeaves, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", askBeforeUnload);
      document.removeEventListener("click", askBeforeLinkLeaves, { capture: true });
    };
  }, [leaveQuestion]);

  return (
    <div
      className={className}
      onInput={markEdited}
      onChange={markEdited}
      onClick={markRowChange}
      onSubmit={(event) => edited.current.delete(event.target as HTMLFormElement)}
    >
      {children}
    </div>
  );
}
