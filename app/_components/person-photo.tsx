import { useTranslations } from "next-intl";
import { initialsOf } from "@/lib/format";
import { drawnBackground, Picture } from "./picture";

const SIZES = {
  // The person page's, beside the name.
  large: { className: "w-32 sm:w-40 text-4xl", sizes: "(min-width: 640px) 160px, 128px" },
  // Beside a result in a list.
  thumbnail: { className: "w-10 text-sm", sizes: "40px" },
};

/**
 * A person's photo through the image optimiser (resized, in modern formats, lazy unless `isPriority`; a thumbnail beside a link
 * naming the person has no words of its own), or, without one, their
 * initials on colours of their own: drawn, rather than a grey silhouette.
 */
export function PersonPhoto({
  slug,
  name,
  photo,
  size = "large",
  isPriority = false,
  placeholder = null,
}: {
  slug: string;
  name: string;
  photo: string | null;
  /** The photo's blurred preview (db/queries/stored-images.ts). */
  placeholder?: string | null;
  size?: keyof typeof SIZES;
  isPriority?: boolean;
}) {
  const t = useTranslations("PersonPhoto");
  const { className, sizes } = SIZES[size];
  if (photo) {
    const alt = size === "thumbnail" ? "" : t("alt", { name });
    return (
      <Picture
        src={photo}
        alt={alt}
        sizes={sizes}
        className={`${className} aspect-[3/4]`}
        isPriority={isPriority}
        placeholder={placeholder}
      />
    );
  }
  return (
    <div
      aria-hidden="true"
      data-testid="person-initials"
      className={`${className} flex aspect-[3/4] shrink-0 items-center justify-center rounded-md font-semibold text-white shadow-md`}
      style={drawnBackground(slug)}
    >
      {initialsOf(name)}
    </div>
  );
}
