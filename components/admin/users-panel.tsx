"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { Users } from "@/lib/data/dto";
import { fetchJson } from "@/lib/client/fetch-json";
import { useCreateUserMutation, useUsersQuery } from "@/lib/client/use-admin-queries";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField, SelectField } from "@/components/ui/field";
import { ScrollRegion } from "@/components/ui/responsive-table";
import { EventTime } from "@/components/ui/time-zone";

type UserRow = Users["users"][number];

/** What the edit form holds: the fields an admin may change. */
export interface UserDraft {
  name: string;
  role: string;
  teamIds: number[];
  repId: number | null;
  disabled: boolean;
}

export const draftOf = (user: UserRow): UserDraft => ({ name: user.name, role: user.role, teamIds: user.teamIds, repId: user.repId, disabled: user.disabled });

/** Only the fields the admin changed: a PATCH of what stayed would still be recorded as nothing, but says less. */
export function userPatchFrom(user: UserRow, draft: UserDraft): Partial<UserDraft> {
  const patch: Partial<UserDraft> = {};
  if (draft.name.trim() !== user.name) patch.name = draft.name.trim();
  if (draft.role !== user.role) patch.role = draft.role;
  const teams = [...draft.teamIds].sort((a, b) => a - b);
  const before = [...user.teamIds].sort((a, b) => a - b);
  if (teams.length !== before.length || teams.some((id, i) => id !== before[i])) patch.teamIds = teams;
  if (draft.repId !== user.repId) patch.repId = draft.repId;
  if (draft.disabled !== user.disabled) patch.disabled = draft.disabled;
  return patch;
}

function useUpdateUserMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, patch }: { userId: number; patch: Partial<UserDraft> }) => fetchJson<UserRow>(`/api/admin/users/${userId}`, { method: "PATCH", body: JSON.stringify(patch) }),
    // The users and the people panel's latest changes.
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
}

function usePasswordResetMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => fetchJson<{ url: string; expiresAt: string }>(`/api/admin/users/${userId}/password-reset`, { method: "POST" }),
    // The people panel's latest changes list the link.
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin", "people"] }),
  });
}

/** A user's state beside their name: nothing while they may sign in. */
function DisabledBadge({ user }: { user: UserRow }) {
  if (!user.disabled) return null;
  return <span className="ml-1.5 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">Disabled</span>;
}

function UserActions({ user, onEdit, onReset, resetting }: { user: UserRow; onEdit: () => void; onReset: () => void; resetting: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" className="px-2 py-1 text-xs" aria-label={`Edit ${user.name}`} onClick={onEdit}>
        Edit
      </Button>
      <Button type="button" variant="secondary" className="px-2 py-1 text-xs" aria-label={`Reset password for ${user.name}`} onClick={onReset} disabled={resetting}>
        {resetting ? "Making link…" : "Reset password"}
      </Button>
    </div>
  );
}

export function EditUserForm({ user, reps, teams, onClose }: { user: UserRow; reps: Users["reps"]; teams: Users["teams"]; onClose: () => void }) {
  const update = useUpdateUserMutation();
  const [draft, setDraft] = useState<UserDraft>(() => draftOf(user));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [user.id]);
  const id = (field: string) => `edit-${user.id}-${field}`;
  return (
    <form
      aria-labelledby={id("heading")}
      className="mt-4 grid grid-cols-1 gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        const patch = userPatchFrom(user, draft);
        if (!Object.keys(patch).length) return onClose();
        update.mutate({ userId: user.id, patch }, { onSuccess: onClose });
      }}
    >
      <h3 id={id("heading")} ref={heading} tabIndex={-1} className="text-sm font-semibold text-slate-800 sm:col-span-3">
        Edit {user.name} <span className="font-normal text-slate-600">({user.email})</span>
      </h3>
      <InputField id={id("name")} label="Name" value={draft.name} maxLength={120} required onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <SelectField id={id("role")} label="Role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
        <option value="rep">Rep</option>
        <option value="manager">Manager</option>
        <option value="admin">Admin</option>
      </SelectField>
      <SelectField
        id={id("rep")}
        label={draft.role === "rep" ? "Linked rep (required for a rep)" : "Linked rep"}
        value={draft.repId ?? ""}
        onChange={(e) => setDraft({ ...draft, repId: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">No linked rep</option>
        {reps.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
            {r.email ? ` (${r.email})` : ""}
          </option>
        ))}
      </SelectField>
      <fieldset className="sm:col-span-3">
        <legend className="text-xs font-medium text-slate-600">{draft.role === "manager" ? "Teams managed (at least one for a manager)" : "Teams managed"}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {teams.map((t) => (
            <label key={t.id} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                name="teamIds"
                value={t.id}
                checked={draft.teamIds.includes(t.id)}
                onChange={(e) => setDraft({ ...draft, teamIds: e.target.checked ? [...draft.teamIds, t.id] : draft.teamIds.filter((x) => x !== t.id) })}
              />{" "}
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-1.5 text-sm sm:col-span-3">
        <input type="checkbox" name="disabled" checked={draft.disabled} onChange={(e) => setDraft({ ...draft, disabled: e.target.checked })} /> Disabled: may not sign in
      </label>
      <p className="text-xs text-slate-600 sm:col-span-3">Disabling the user or changing their role, teams or linked rep signs them out everywhere.</p>
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1 sm:col-span-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save changes"}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        {update.isError && (
          <p role="alert" className="text-sm text-rose-700">
            {update.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

/** The one-time link just made, shown once: whoever holds it may set the user's password. */
export function ResetLinkNotice({ name, url, expiresAt, onClose }: { name: string; url: string; expiresAt: string; onClose: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  return (
    <section aria-label={`Password reset link for ${name}`} className="mt-4 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <label htmlFor="reset-link" className="block text-xs font-medium text-slate-600">
        One-time link for {name} to choose a new password
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="reset-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 font-mono text-xs" />
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(url).then(
              () => setCopied("yes"),
              () => setCopied("failed"),
            )
          }
        >
          Copy link
        </Button>
        <Button type="button" variant="ghost" onClick={onClose}>
          Done
        </Button>
      </div>
      <p className="text-xs text-slate-600">
        Valid until <EventTime iso={expiresAt} />. It works once; a newer link voids it. Send it to {name} yourself: it is not shown again.
      </p>
      <p role="status" className="text-xs text-emerald-700">
        {copied === "yes" ? "Link copied." : copied === "failed" ? "Could not copy: select the link and copy it yourself." : ""}
      </p>
    </section>
  );
}

export function UsersPanel({ initial }: { initial: Users }) {
  const users = useUsersQuery(initial);
  const create = useCreateUserMutation();
  const [role, setRole] = useState("rep");
  const [editing, setEditing] = useState<number | null>(null);
  const reset = usePasswordResetMutation();
  const [link, setLink] = useState<{ userId: number; name: string; url: string; expiresAt: string } | null>(null);
  const data = users.data;
  const editedUser = data.users.find((u) => u.id === editing) ?? null;
  const makeLink = (user: UserRow) => {
    setLink(null);
    reset.mutate(user.id, { onSuccess: ({ url, expiresAt }) => setLink({ userId: user.id, name: user.name, url: `${window.location.origin}${url}`, expiresAt }) });
  };
  const actions = (u: UserRow) => <UserActions user={u} onEdit={() => setEditing(u.id)} onReset={() => makeLink(u)} resetting={reset.isPending && reset.variables === u.id} />;
  return (
    <Card title="Users">
      <ul aria-label="Users" className="divide-y divide-slate-100 sm:hidden">
        {data.users.map((u) => (
          <li key={u.id} className="py-2 text-sm">
            <p className="font-medium text-slate-900">
              {u.name} <span className="font-normal capitalize text-slate-600">· {u.role}</span>
              <DisabledBadge user={u} />
            </p>
            <p className="text-slate-600 [overflow-wrap:anywhere]">{u.email}</p>
            {(u.rep || u.teams.length > 0) && (
              <p className="text-xs text-slate-600">
                {u.rep && <>Rep: {u.rep}</>}
                {u.rep && u.teams.length > 0 && " · "}
                {u.teams.length > 0 && <>Teams: {u.teams.join(", ")}</>}
              </p>
            )}
            <div className="mt-1.5">{actions(u)}</div>
          </li>
        ))}
      </ul>
      <ScrollRegion label="Users table" className="hidden sm:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Who can sign in</caption>
          <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {["Name", "Email", "Role", "Rep", "Teams", "Actions"].map((h) => (
                <th key={h} scope="col" className="px-2 py-1.5 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.users.map((u) => (
              <tr key={u.id}>
                <td className="px-2 py-1.5">
                  {u.name}
                  <DisabledBadge user={u} />
                </td>
                <td className="px-2 py-1.5 text-slate-600 [overflow-wrap:anywhere]">{u.email}</td>
                <td className="px-2 py-1.5 capitalize">{u.role}</td>
                <td className="px-2 py-1.5 text-slate-600">{u.rep ?? "–"}</td>
                <td className="px-2 py-1.5 text-slate-600">{u.teams.join(", ") || "–"}</td>
                <td className="px-2 py-1.5">{actions(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {reset.isError && (
        <p role="alert" className="mt-3 text-sm text-rose-700">
          Could not make a reset link: {reset.error.message}
        </p>
      )}
      {link && <ResetLinkNotice name={link.name} url={link.url} expiresAt={link.expiresAt} onClose={() => setLink(null)} />}
      {editedUser && <EditUserForm key={editedUser.id} user={editedUser} reps={data.reps} teams={data.teams} onClose={() => setEditing(null)} />}
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
