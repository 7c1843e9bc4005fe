"use client";

import { useRef, useState } from "react";

export type FormRow = Record<string, string>;

/** A list being edited: rows keep a key of their own, so moving one keeps what was typed into it. */
export function useRows<Row extends FormRow>(initial: Row[]) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((row, key) => ({ key, row })));
  return {
    rows,
    add(row: Row) {
      const key = nextKey.current++;
      setRows((current) => [...current, { key, row }]);
    },
    remove(key: number) {
      setRows((current) => current.filter((entry) => entry.key !== key));
    },
    move(key: number, offset: -1 | 1) {
      setRows((current) => {
        const from = current.findIndex((entry) => entry.key === key);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= current.length) return current;
        const moved = [...current];
        [moved[from], moved[to]] = [moved[to]!, moved[from]!];
        return moved;
      });
    },
  };
}
