// The addresses of a member's diary and year in review, and the month or year their segments name: anything else
// (month 13, year 0999, "march") names none, and is a 404 rather than some other page under a wrong address.
import { EARLIEST_VIEWING } from "./validation/diary";

export interface DiaryMonth {
  year: number;
  /** 1 to 12. */
  month: number;
}

const EARLIEST_YEAR = Number(EARLIEST_VIEWING.slice(0, 4));
const LATEST_YEAR = 2100;

/** The latest month with entries is /users/{username}/diary; any month is …/diary/{yyyy}/{mm}. */
export function diaryPath(username: string, month?: DiaryMonth) {
  const base = `/users/${username}/diary`;
  return month ? `${base}/${month.year}/${String(month.month).padStart(2, "0")}` : base;
}

export function yearInReviewPath(username: string, year: number) {
  return `/users/${username}/year/${year}`;
}

/** The year a path segment names, written as four digits within the years films were watched in. */
export function parseYearSegment(segment: string) {
  if (!/^[0-9]{4}$/.test(segment)) return undefined;
  const year = Number(segment);
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : undefined;
}

/** The month a diary's segments name: a year as above and a month as two digits, 01 to 12. */
export function parseMonthSegments(segments: { year: string; month: string }): DiaryMonth | undefined {
  const year = parseYearSegment(segments.year);
  if (!year || !/^(0[1-9]|1[0-2])$/.test(segments.month)) return undefined;
  return { year, month: Number(segments.month) };
}

/** The first day of the month and of the next, as ISO dates: the range a month's entries fall in. */
export function monthRange({ year, month }: DiaryMonth) {
  const first = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}-01`;
  return { from: first(year, month), until: month === 12 ? first(year + 1, 1) : first(year, month + 1) };
}

/** "March 2026". */
