import type { ReactNode } from "react";

/**
 * The console's wide table: scrolls sideways on a narrow screen, one header row of column headings
 * (each `scope="col"`), then the body rows it is given.
 */
export function DataTable({
  caption,
  headings,
  children,
}: {
  caption?: ReactNode;
  headings: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-lg">
        {caption}
        <thead>
          <tr className="border-b-2 border-ink">
            {headings.map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
