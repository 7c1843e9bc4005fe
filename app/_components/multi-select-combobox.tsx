"use client";

// A multi-select the admin searches by typing (WAI-ARIA APG "combobox with listbox popup"), its picks shown as
// removable chips and posted as one hidden field each: the same fields a <select multiple> of that name posts, which
// is what it is before the page's script runs, or without it.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { foldCase } from "@/lib/slugs";
import { LabelledControl, SelectField, type FieldProps } from "./form-field";
import { useIsHydrated } from "./use-browser-value";

interface Option {
  value: string;
  label: string;
}

interface MultiSelectComboboxProps extends FieldProps {
  /** Shown by label, with the value beside it ("South Korea KR"); typing matches either. */
  options: Option[];
  defaultValue: string[];
}

/** The options not yet chosen whose label or value holds what was typed, in any case, with or without accents. */
function matchingOptions(options: Option[], typed: string, chosen: string[]) {
  const wanted = foldCase(typed.trim());
  return options.filter(
    (option) =>
      !chosen.includes(option.value) &&
      (foldCase(option.label).includes(wanted) || foldCase(option.value).includes(wanted)),
  );
}

function Combobox({ name, label, errors, hint, id, options, defaultValue }: MultiSelectComboboxProps) {
  const t = useTranslations("MultiSelectCombobox");
  const listboxId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState(defaultValue);
  const [text, setText] = useState("");
  const [isExpanded, setIsExpanded] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState("");

  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;
  const matches = matchingOptions(options, text, chosen);
  const isOpen = isExpanded && matches.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  // The list scrolls to keep the option the arrow keys reached in view.
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  function close() {
    setIsExpanded(false);
    setActiveIndex(-1);
  }

  function pick(option: Option) {
    setChosen([...chosen, option.value]);
    setText("");
    close();
    setAnnouncement(t("added", { label: option.label }));
  }

  function remove(value: string) {
    setChosen(chosen.filter((kept) => kept !== value));
    setAnnouncement(t("removed", { label: labelOf(value) }));
    // The chip's button goes with it: the focus stays in the field rather than falling back to the page.
    input.current?.focus();
  }

  function handleKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (matches.length === 0) return;
      event.preventDefault();
      setIsExpanded(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // From the input, ArrowDown goes to the first option and ArrowUp to the last; both wrap around.
      setActiveIndex((current) =>
        current === -1 || !isOpen
          ? step === 1
            ? 0
            : matches.length - 1
          : (current + step + matches.length) % matches.length,
      );
    } else if (event.key === "Enter") {
      // Enter picks the highlighted option; with words typed and none highlighted, it must not send the form half-done.
      if (isOpen && activeIndex >= 0) pick(matches[activeIndex]!);
      if (text !== "" || isOpen) event.preventDefault();
    } else if (event.key === "Escape") {
      if (isOpen) {
        event.preventDefault();
        close();
      } else {
        setText("");
      }
    } else if (event.key === "Backspace" && text === "" && chosen.length > 0) {
      remove(chosen.at(-1)!);
    }
  }

  const isNothingMatched = isExpanded && matches.length === 0 && text.trim() !== "";
  const status = isOpen
    ? t("matches", { count: matches.length })
    : isNothingMatched
      ? t("nothingMatches", { text: text.trim() })
      : announcement;

  return (
    <LabelledControl id={id ?? name} label={label} errors={errors} hint={hint}>
      {(control) => (
        <div className="space-y-2">
          {chosen.length > 0 ? (
            <ul aria-label={t("chosen", { label })} className="flex flex-wrap gap-2">
              {chosen.map((value) => (
                <li key={value}>
                  <input type="hidden" name={name} value={value} />
                  <button
                    type="button"
                    onClick={() => remove(value)}
                    className="inline-flex items-center gap-1 rounded-full border border-stone-300 bg-stone-100 px-3 py-0.5 text-sm hover:bg-stone-200 dark:border-stone-600 dark:bg-stone-800 dark:hover:bg-stone-700"
                  >
                    {t.rich("remove", {
                      label: labelOf(value),
                      hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor">
                      <path d="M4 4l8 8M12 4l-8 8" strokeWidth="2" strokeLinecap="round" />
                    </svg>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="relative">
            <input
              ref={input}
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={isOpen}
              aria-controls={listboxId}
              aria-activedescendant={isOpen && activeIndex >= 0 ? optionId(activeIndex) : undefined}
              autoComplete="off"
              placeholder={t("placeholder")}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                // Emptied, the field closes its list, rather than open every option over the rest of the form.
                setIsExpanded(event.target.value.trim() !== "");
                setActiveIndex(-1);
              }}
              onKeyDown={handleKeyDown}
              onBlur={close}
              {...control}
            />
            <div
              id={listboxId}
              role="listbox"
              aria-label={label}
              hidden={!isOpen}
              className="absolute left-0 right-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-800"
            >
              {matches.map((option, index) => (
                <div
                  key={option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  // Keeps the focus in the input, so the click lands before the input's blur closes the list.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(option)}
                  className={`flex cursor-pointer justify-between gap-3 px-3 py-1.5 ${index === activeIndex ? "bg-accent-100 dark:bg-stone-700" : ""}`}
                >
                  {option.label} <span className="text-sm text-stone-600 dark:text-stone-300">{option.value}</span>
                </div>
              ))}
            </div>
          </div>
          {/* Read out always; shown only when it tells the eye something the list does not. */}
          <p role="status" className={isNothingMatched ? "text-sm text-stone-600 dark:text-stone-400" : "sr-only"}>
            {status}
          </p>
        </div>
      )}
    </LabelledControl>
  );
}

/**
 * Several of many options, e.g. a film's countries: a searchable combobox with chips once the page's script runs, a
 * plain <select multiple> before that and without it. Both post the chosen values under `name`.
 */
export function MultiSelectCombobox(props: MultiSelectComboboxProps) {
  const isHydrated = useIsHydrated();
  if (isHydrated) return <Combobox {...props} />;
  const { defaultValue, options, ...field } = props;
  return <SelectField {...field} multiple size={8} defaultValue={defaultValue} options={options} />;
}
