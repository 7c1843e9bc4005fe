"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { PersonSearchResult } from "@/db/queries/search";

const TYPING_PAUSE_MS = 250;

/** Finds people in the catalogue as the admin types, or offers to add the typed name as a new person. */
export function PersonFinder({ onChoose }: { onChoose: (person: { id: number | null; name: string }) => void }) {
  const t = useTranslations("AdminPersonFinder");
  const inputId = useId();
  const [text, setText] = useState("");
  const [found, setFound] = useState<PersonSearchResult[]>([]);
  const typed = text.trim();

  useEffect(() => {
    if (typed === "") return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/admin/person-suggestions?q=${encodeURIComponent(typed)}`, {
          signal: controller.signal,
        });
        if (response.ok) setFound(((await response.json()) as { people: PersonSearchResult[] }).people);
      } catch {
        // A search overtaken by the next keystroke, or a network blip: the list keeps its last answer.
      }
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typed]);

  const choose = (person: { id: number | null; name: string }) => {
    onChoose(person);
    setText("");
    setFound([]);
  };
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block font-medium">
        {t("label")}
      </label>
      <input
        id={inputId}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        // Enter here would submit the credits form half-done.
        onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      />
      {typed !== "" ? (
        <ul aria-label={t("found")} className="space-y-1">
          {found.map((person) => (
            <li key={person.id}>
              <button type="button" onClick={() => choose({ id: person.id, name: person.name })}>
                {t("add", { name: person.name })}
              </button>
              {person.knownFor ? (
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {" "}
                  · {person.knownFor.title} ({person.knownFor.year})
                </span>
              ) : null}
            </li>
          ))}
          <li>
            <button type="button" onClick={() => choose({ id: null, name: typed })}>
              {t("addNew", { name: typed })}
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
