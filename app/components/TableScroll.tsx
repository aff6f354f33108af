import type { ReactNode } from "react";

/**
 * A wide table's frame: on a narrow screen the table scrolls sideways inside it instead of
 * widening the page. It can take focus so the arrow keys scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
