import { useTranslations } from "next-intl";
import { drawnBackground, Picture } from "./picture";

const SIZES = {
  large: { className: "w-48 text-xl", sizes: "192px" },
  // The film page's: as wide as its column, 112 px on a phone, 192 px from md on.
  hero: { className: "w-full text-sm md:text-xl", sizes: "(min-width: 768px) 192px, 112px" },
  small: { className: "w-full text-sm", sizes: "(min-width: 1024px) 16vw, (min-width: 640px) 25vw, 50vw" },
  // Beside a result in a list, whose link names the film: a picture without words, the generated card its colours.
  thumbnail: { className: "w-10 shrink-0", sizes: "40px" },
};

/**
 * A film's poster, through the image optimiser (resized and served in modern formats) when the film has one;
 * otherwise a generated card in colours of its own, so no film shows a grey box.
 */
export function Poster({
  slug,
  title,
  year,
  poster = null,
  placeholder = null,
  size = "large",
}: {
  slug: string;
  title: string;
  year: number;
  poster?: string | null;
  /** The poster's blurred preview (db/queries/stored-images.ts). */
  placeholder?: string | null;
  size?: keyof typeof SIZES;
}) {
  const t = useTranslations("Poster");
  const { className, sizes } = SIZES[size];
  if (poster) {
    const alt = size === "thumbnail" ? "" : t("alt", { title, year });
    // The film page's poster is the first screen's largest picture: fetched at once, not lazily.
    return (
      <Picture
        src={poster}
        alt={alt}
        sizes={sizes}
        className={`${className} aspect-[2/3]`}
        isPriority={size === "hero"}
        placeholder={placeholder}
      />
    );
  }
  return (
    <div
      aria-hidden="true"
      className={`${className} flex aspect-[2/3] flex-col justify-end rounded-md font-bold text-white shadow-md ${size === "thumbnail" ? "" : "p-3"}`}
      style={drawnBackground(slug)}
    >
      {size === "thumbnail" ? null : (
        <>
          <span className="line-clamp-4 leading-tight">{title}</span>
          <span className="mt-1 text-xs font-normal opacity-80">{year}</span>
        </>
      )}
    </div>
  );
}
