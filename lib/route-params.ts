/** A numeric id from a URL segment, or undefined for anything that is not a positive whole number in range. */
export function parseId(segment: string) {
  if (!/^[1-9][0-9]{0,9}$/.test(segment)) return undefined;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : undefined;
}
