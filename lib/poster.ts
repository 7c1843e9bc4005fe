/** A stable hue (0–359) for a film's generated poster, so the same film always gets the same colours. */
export function posterHue(slug: string) {
  let hash = 0;
  for (const character of slug) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % 360;
}
