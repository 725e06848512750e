"use client";

import { useState } from "react";
import type { Users } from "@/lib/data/dto";
import { useCreateUserMutation, useUsersQuery } from "@/lib/client/use-admin-queries";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField, SelectField } from "@/components/ui/field";
import { ScrollRegion } from "@/components/ui/responsive-table";

export function UsersPanel({ initial }: { initial: Users }) {
  const users = useUsersQuery(initial);
  const create = useCreateUserMutation();
  const [role, setRole] = useState("rep");
  const data = users.data;
  return (
    <Card title="Users">
      <ul aria-label="Users" className="divide-y divide-slate-100 sm:hidden">
        {data.users.map((u) => (
          <li key={u.id} className="py-2 text-sm">
            <p className="font-medium text-slate-900">
              {u.name} <span className="font-normal capitalize text-slate-600">· {u.role}</span>
            </p>
            <p className="text-slate-600 [overflow-wrap:anywhere]">{u.email}</p>
            {(u.rep || u.teams.length > 0) && (
              <p className="text-xs text-slate-600">
                {u.rep && <>Rep: {u.rep}</>}
                {u.rep && u.teams.length > 0 && " · "}
                {u.teams.length > 0 && <>Teams: {u.teams.join(", ")}</>}
              </p>
            )}
          </li>
        ))}
      </ul>
      <ScrollRegion label="Users table" className="hidden sm:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Who can sign in</caption>
          <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {["Name", "Email", "Role", "Rep", "Teams"].map((h) => (
                <th key={h} scope="col" className="px-2 py-1.5 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.users.map((u) => (
              <tr key={u.id}>
                <td className="px-2 py-1.5">{u.name}</td>
                <td className="px-2 py-1.5 text-slate-600 [overflow-wrap:anywhere]">{u.email}</td>
                <td className="px-2 py-1.5 capitalize">{u.role}</td>
                <td className="px-2 py-1.5 text-slate-600">{u.rep ?? "–"}</td>
                <td className="px-2 py-1.5 text-slate-600">{u.teams.join(", ") || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <form
        className="mt-4 grid grid-cols-1 gap-3 border-t border-slate-100 pt-4 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          create.mutate(
            {
              email: String(form.get("email")),
              name: String(form.get("name")),
              role,
              password: String(form.get("password")),
              repId: form.get("repId") ? Number(form.get("repId")) : null,
              teamIds: form.getAll("teamIds").map(Number),
            },
            { onSuccess: () => (e.target as HTMLFormElement).reset() },
          );
        }}
      >
        <h3 className="text-sm font-semibold text-slate-800 sm:col-span-3">Add a user</h3>
        <InputField id="new-name" name="name" label="Name" required />
        <InputField id="new-email" name="email" label="Email" type="email" required />
        <InputField id="new-password" name="password" label="Password (10+ characters)" type="password" minLength={10} required />
        <SelectField id="new-role" name="role" label="Role" value={role} onChange={(e) => setRole(e.target.value)}>
          <option value="rep">Rep</option>
          <option value="manager">Manager</option>
          <option value="admin">Admin</option>
        </SelectField>
        {role === "rep" && (
          <SelectField id="new-rep" name="repId" label="Linked rep" required>
            <option value="">Choose the rep…</option>
            {data.reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.email ? ` (${r.email})` : ""}
              </option>
            ))}
          </SelectField>
        )}
        {role === "manager" && (
          <fieldset className="sm:col-span-2">
            <legend className="text-xs font-medium text-slate-600">Teams managed</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {data.teams.map((t) => (
                <label key={t.id} className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" name="teamIds" value={t.id} /> {t.name}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="flex flex-wrap items-end gap-x-3 gap-y-1 sm:col-span-3">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Adding…" : "Add user"}
          </Button>
          {create.isError && (
            <p role="alert" className="text-sm text-rose-700">
              {create.error.message}
            </p>
          )}
          {create.isSuccess && (
            <p role="status" className="text-sm text-emerald-700">
              User added.
            </p>
          )}
        </div>
      </form>
    </Card>
  );
}
