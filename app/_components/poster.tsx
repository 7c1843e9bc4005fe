import Image from "next/image";
import { posterHue } from "@/lib/poster";

const SIZES = {
  large: { className: "w-48 text-xl", sizes: "192px" },
  // The film page's: as wide as its column, 112 px on a phone, 192 px from md on.
  hero: { className: "w-full text-sm md:text-xl", sizes: "(min-width: 768px) 192px, 112px" },
  small: { className: "w-full text-sm", sizes: "(min-width: 1024px) 16vw, (min-width: 640px) 25vw, 50vw" },
};

/**
 * A film's poster, through next/image (resized and served in modern formats) when the film has one;
 * otherwise a generated card in colours of its own, so no film shows a grey box.
 */
export function Poster({
  slug,
  title,
  year,
  poster = null,
  size = "large",
}: {
  slug: string;
  title: string;
  year: number;
  poster?: string | null;
  size?: keyof typeof SIZES;
}) {
  const { className, sizes } = SIZES[size];
  if (poster) {
    return (
      <div className={`${className} relative aspect-[2/3] overflow-hidden rounded-md shadow-md`}>
        <Image src={poster} alt={`Poster of ${title} (${year})`} fill sizes={sizes} className="object-cover" />
      </div>
    );
  }
  const hue = posterHue(slug);
  return (
    <div
      aria-hidden="true"
      className={`${className} flex aspect-[2/3] flex-col justify-end rounded-md p-3 font-bold text-white shadow-md`}
      style={{ background: `linear-gradient(160deg, hsl(${hue} 45% 38%), hsl(${(hue + 40) % 360} 55% 16%))` }}
    >
      <span className="line-clamp-4 leading-tight">{title}</span>
      <span className="mt-1 text-xs font-normal opacity-80">{year}</span>
    </div>
  );
}
