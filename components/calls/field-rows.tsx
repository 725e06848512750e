// Draws vendor fields as described by vendor-fields.ts.
import type { FieldRow, FieldValue } from "./vendor-fields";

function Value({ value }: { value: FieldValue }) {
  switch (value.kind) {
    case "text":
      return <span className="text-slate-800">{value.text}</span>;
    case "yesno":
      return (
        <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${value.value ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600"}`}>
          {value.value ? "Yes" : "No"}
        </span>
      );
    case "chips":
      return (
        <span className="flex flex-wrap gap-1">
          {value.items.map((item, i) => (
            <span key={i} className="rounded-md bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
              {item}
            </span>
          ))}
        </span>
      );
    case "group":
      return (
        <div className="border-l-2 border-slate-100 pl-3">
          <FieldRows rows={value.rows} />
        </div>
      );
  }
}

export function FieldRows({ rows }: { rows: FieldRow[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
      {rows.map((row) => (
        <div key={row.key} className="contents">
          <dt className="pt-0.5 text-slate-500">{row.label}</dt>
          <dd className="mb-1.5 sm:mb-0">
            <Value value={row.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
