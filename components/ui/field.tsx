import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const control = "mt-1 block w-full rounded-md border bg-white px-2.5 py-1.5 text-sm text-slate-900";

/** The control's classes; a field in error gets a red border (4.8:1 on white). */
export const controlClass = (invalid: boolean) => `${control} ${invalid ? "border-red-600" : "border-slate-300"}`;

const errorId = (id: string) => `${id}-error`;

/** The attributes that tie a control to its message while it has one. */
export function invalidProps(id: string, error: string | undefined) {
  return error ? { "aria-invalid": true, "aria-describedby": errorId(id) } : {};
}

/** A label, the control, and what is wrong with it in words, announced as it changes. */
export function FieldShell({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      <p id={errorId(id)} aria-live="polite" className={error ? "mt-1 text-xs text-red-700" : undefined}>
        {error}
      </p>
    </div>
  );
}

export function SelectField({ label, id, error, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; id: string; error?: string }) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <select id={id} {...props} {...invalidProps(id, error)} className={controlClass(Boolean(error))}>
        {children}
      </select>
    </FieldShell>
  );
}

export function InputField({ label, id, error, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string; error?: string }) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <input id={id} {...props} {...invalidProps(id, error)} className={controlClass(Boolean(error))} />
    </FieldShell>
  );
}
