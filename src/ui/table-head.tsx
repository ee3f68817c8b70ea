import type { ReactNode } from 'react';

/** A column heading that is more than its text: numbers align right (`num`). */
export interface Column {
  label: ReactNode;
  num?: boolean;
}

/** A table's one row of column headings. */
export function TableHead({ columns }: { columns: readonly (string | Column)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const { label, num = false } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={index} scope="col" className={num ? 'num' : undefined}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
