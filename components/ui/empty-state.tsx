export function EmptyState({ title, body, className = "" }: { title: string; body: string; className?: string }) {
  return (
    <div className={`rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center ${className}`}>
      <h2 className="text-lg font-medium">{title}</h2>
      <p className="mx-auto mt-2 max-w-prose text-sm text-slate-600">{body}</p>
    </div>
  );
}
