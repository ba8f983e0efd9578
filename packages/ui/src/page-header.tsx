interface PageHeaderProps {
  title: string;
  lead?: string;
}

/** The page's one h1; focusable from script so that a route change can move the reader to it. */
export function PageHeader({ title, lead }: PageHeaderProps) {
  return (
    <header className="mb-6">
      <h1 tabIndex={-1} className="text-3xl leading-tight font-bold">
        {title}
      </h1>
      {lead && <p className="mt-3 text-lg text-muted">{lead}</p>}
    </header>
  );
}
