import { Link } from "@/i18n/navigation";

/** A row of links choosing one option (a sort order, a role), the current one marked for sight and screen readers. */
export function ChoiceLinks<Option extends string | undefined>({
  label,
  caption,
  options,
  current,
  labelFor,
  hrefFor,
}: {
  label: string;
  caption?: string;
  options: readonly Option[];
  current: Option;
  labelFor: (option: Option) => string;
  hrefFor: (option: Option) => string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1">
      {caption ? <span className="text-stone-600 dark:text-stone-400">{caption}</span> : null}
      {options.map((option) => (
        <Link
          key={option ?? "all"}
          href={hrefFor(option)}
          aria-current={option === current ? "true" : undefined}
          className={option === current ? "font-bold no-underline" : undefined}
        >
          {labelFor(option)}
        </Link>
      ))}
    </nav>
  );
}
