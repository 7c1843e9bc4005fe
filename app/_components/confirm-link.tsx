"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from "react";

interface ConfirmLinkProps {
  /** The page that asks the same question: where the link goes without JavaScript, or opened in a new tab. */
  href: string;
  label: ReactNode;
  question: string;
  /** What the dialog says and holds below its question: the form that does the deed. */
  children: ReactNode;
  className?: string;
}

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The first step of a deed that cannot be undone: a link to a page asking to confirm it, opened in place as a modal
 * dialog that asks the same, with the same form. Cancel has the focus, so Enter at once does no harm. The dialog is
 * in the page only while open: its form is not one more on the page, with the same labels as others.
 */
export function ConfirmLink({ href, label, question, children, className }: ConfirmLinkProps) {
  const t = useTranslations("ConfirmLink");
  const [isOpen, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (!isOpen) return;
    dialog.current?.showModal();
    cancel.current?.focus();
  }, [isOpen]);
  const open = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setOpen(true);
  };
  return (
    <>
      <a href={href} onClick={open} className={className}>
        {label}
      </a>
      {isOpen ? (
        <dialog
          ref={dialog}
          onClose={() => setOpen(false)}
          aria-labelledby={headingId}
          className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:bg-stone-900 dark:text-stone-100"
        >
          <h2 id={headingId} className="text-xl font-semibold">
            {question}
          </h2>
          <div className="mt-3 space-y-4">{children}</div>
          <form method="dialog" className="mt-3">
            <button ref={cancel} className="rounded-md border border-stone-300 px-4 py-2 dark:border-stone-700">
              {t("cancel")}
            </button>
          </form>
        </dialog>
      ) : null}
    </>
  );
}
