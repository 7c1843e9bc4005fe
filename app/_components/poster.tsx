import { posterHue } from "@/lib/poster";

/** A film's poster; films without one get a generated card in a colour of their own. */
export function Poster({ slug, title, year, size = "large" }: { slug: string; title: string; year: number; size?: "large" | "small" }) {
  const hue = posterHue(slug);
  const dimensions = size === "large" ? "w-48 text-xl" : "w-full text-sm";
  return (
    <div
      aria-hidden="true"
      className={`${dimensions} flex aspect-[2/3] flex-col justify-end rounded-md p-3 font-bold text-white shadow-md`}
      style={{ background: `linear-gradient(160deg, hsl(${hue} 45% 38%), hsl(${(hue + 40) % 360} 55% 16%))` }}
    >
      <span className="line-clamp-4 leading-tight">{title}</span>
      <span className="mt-1 text-xs font-normal opacity-80">{year}</span>
    </div>
  );
}
