"use client";

// The header's search box: a plain GET form to /search that works without JavaScript, enhanced into a combobox
// (WAI-ARIA APG "combobox with listbox popup") that suggests films and people as you type.
import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { getPathname, useRouter } from "@/i18n/navigation";
import { lazy, Suspense, useId, useRef, useState, type ReactNode } from "react";
import type { SearchSuggestions } from "@/db/queries/search";

// The thumbnails' code (with the image optimiser's, for their srcset) comes with the first suggestions, not with
// every page that has the box.
const Poster = lazy(() => import("./poster").then((module) => ({ default: module.Poster })));
const PersonPhoto = lazy(() => import("./person-photo").then((module) => ({ default: module.PersonPhoto })));

/** Waits for a pause in typing, so a fast typist sends one request instead of one per key. */
const DEBOUNCE_MS = 200;
/** One letter matches too much to be a useful suggestion; the results page still takes it. */
const MIN_SUGGESTION_LENGTH = 2;

interface Suggestion {
  href: string;
  label: string;
  detail: string;
  /** A poster or photo thumbnail, without words of its own. */
  picture: ReactNode;
}

interface SuggestionGroups {
  films: Suggestion[];
  people: Suggestion[];
}

const NO_SUGGESTIONS: SuggestionGroups = { films: [], people: [] };

type SearchBoxMessages = ReturnType<typeof useTranslations<"SearchBox">>;

function suggestionsFrom({ films, people }: SearchSuggestions, t: SearchBoxMessages): SuggestionGroups {
  return {
    films: films.map((film) => ({
      href: `/films/${film.slug}`,
      label: `${film.title} (${film.year})`,
      detail: [
        film.matchedTitle !== film.title ? t("alsoKnownAs", { name: film.matchedTitle }) : null,
        film.directors.join(", "),
      ]
        .filter(Boolean)
        .join(" · "),
      picture: <Poster slug={film.slug} title={film.title} year={film.year} poster={film.poster} size="thumbnail" />,
    })),
    people: people.map((person) => ({
      href: `/people/${person.slug}`,
      label: person.name,
      detail: [
        person.matchedOtherName ? t("alsoKnownAs", { name: person.matchedOtherName }) : null,
        person.knownFor ? `${person.knownFor.title} (${person.knownFor.year})` : null,
      ]
        .filter(Boolean)
        .join(" · "),
      picture: <PersonPhoto slug={person.slug} name={person.name} photo={person.photo} size="thumbnail" />,
    })),
  };
}

export function SearchBox() {
  const t = useTranslations("SearchBox");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [groups, setGroups] = useState(NO_SUGGESTIONS);
  const [isExpanded, setIsExpanded] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; request?: AbortController }>({});

  const options = [...groups.films, ...groups.people];
  const isOpen = isExpanded && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function close() {
    setIsExpanded(false);
    setActiveIndex(-1);
  }

  async function fetchSuggestions(query: string, request: AbortController) {
    try {
      const language = locale === DEFAULT_LOCALE ? "" : `&locale=${locale}`;
      const response = await fetch(`/api/search/suggestions?q=${encodeURIComponent(query)}${language}`, {
        signal: request.signal,
      });
      if (!response.ok) return;
      setGroups(suggestionsFrom((await response.json()) as SearchSuggestions, t));
      setActiveIndex(-1);
    } catch {
      // Aborted by newer typing, or offline: the box still works as a plain search form.
    }
  }

  function handleChange(value: string) {
    setText(value);
    setIsExpanded(true);
    clearTimeout(pending.current.timer);
    pending.current.request?.abort();
    const query = value.trim();
    if (query.length < MIN_SUGGESTION_LENGTH) {
      setGroups(NO_SUGGESTIONS);
      setActiveIndex(-1);
      return;
    }
    const request = new AbortController();
    pending.current = { request, timer: setTimeout(() => void fetchSuggestions(query, request), DEBOUNCE_MS) };
  }

  function choose(suggestion: Suggestion) {
    close();
    setText("");
    setGroups(NO_SUGGESTIONS);
    router.push(suggestion.href);
  }

  // Without a script the form is a plain GET to /search; with one, the results open as a client-side navigation.
  // next/form does the same, but its code would come with every page that has the box.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    close();
    router.push(`/search?${new URLSearchParams({ q: text })}`);
  }

  function handleKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setIsExpanded(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // From the input, ArrowDown goes to the first option and ArrowUp to the last; both wrap around.
      setActiveIndex((current) =>
        current === -1 ? (step === 1 ? 0 : options.length - 1) : (current + step + options.length) % options.length,
      );
    } else if (event.key === "Enter" && isOpen && activeIndex >= 0) {
      // Enter on a highlighted suggestion opens it; otherwise it submits the form to the results page.
      event.preventDefault();
      choose(options[activeIndex]!);
    } else if (event.key === "Escape") {
      // The first Escape only closes the list (a search input would also clear itself); the next one clears the text.
      if (isOpen) {
        event.preventDefault();
        close();
      } else {
        handleChange("");
      }
    }
  }

  function renderGroup(name: "films" | "people", suggestions: Suggestion[], offset: number) {
    if (suggestions.length === 0) return null;
    return (
      <div role="group" aria-labelledby={`${id}-${name}`}>
        <div
          id={`${id}-${name}`}
          className="px-3 pt-2 text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400"
        >
          {t(name)}
        </div>
        {suggestions.map((suggestion, index) => {
          const position = offset + index;
          return (
            <div
              key={suggestion.href}
              id={optionId(position)}
              role="option"
              aria-selected={position === activeIndex}
              // Keeps the focus in the input, so the click lands before the input's blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
              className={`flex cursor-pointer items-center gap-3 px-3 py-1.5 ${position === activeIndex ? "bg-accent-100 dark:bg-stone-700" : ""}`}
            >
              <Suspense fallback={<span className="w-10 shrink-0" />}>{suggestion.picture}</Suspense>
              <span className="min-w-0">
                <span className="block font-medium">{suggestion.label}</span>
                {suggestion.detail ? (
                  <span className="block text-sm text-stone-600 dark:text-stone-300">{suggestion.detail}</span>
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <form
      action={getPathname({ href: "/search", locale })}
      role="search"
      aria-label={t("region")}
      onSubmit={submit}
      className="relative order-last flex min-w-0 basis-full sm:order-none sm:max-w-sm sm:flex-1 sm:basis-auto"
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {t("label")}
      </label>
      <input
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={isOpen && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        placeholder={t("placeholder")}
        value={text}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={close}
        className="w-full min-w-0 rounded-l-md border border-stone-300 bg-white px-3 py-1.5 dark:border-stone-700 dark:bg-stone-900"
      />
      <button
        type="submit"
        className="rounded-r-md border border-l-0 border-stone-300 bg-stone-100 px-3 text-stone-900 hover:bg-stone-200 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700"
      >
        {t("submit")}
      </button>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!isOpen}
        className="absolute left-0 right-0 top-full z-20 mt-1 max-h-96 overflow-y-auto rounded-md border border-stone-200 bg-white pb-2 shadow-lg dark:border-stone-700 dark:bg-stone-800"
      >
        {renderGroup("films", groups.films, 0)}
        {renderGroup("people", groups.people, groups.films.length)}
      </div>
      <div role="status" className="sr-only">
        {isOpen ? t("suggestionsStatus", { count: options.length }) : ""}
      </div>
    </form>
  );
}
