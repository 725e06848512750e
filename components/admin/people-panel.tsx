"use client";

// Admin, People: every vendor identity and the rep it counts for. Those whose
// rep is on no team (a Revont user, an analyses partner rep or an ExecVision
// user without a team, a voice agent) come first: their calls reach no
// manager until an admin links them to a rep. Also: merging two reps into one,
// marking a rep as an AI agent, and the latest changes, with who made them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField, SelectField } from "@/components/ui/field";
import { ScrollRegion } from "@/components/ui/responsive-table";
import { EventTime } from "@/components/ui/time-zone";
import { fetchJson, toSearch } from "@/lib/client/fetch-json";
import { queryKeys } from "@/lib/client/query-keys";
import type { People } from "@/lib/data/people";
import { VENDOR_LABELS, VENDORS } from "@/lib/domain/vendors";
import { formatCount } from "@/lib/plural";

type Identity = People["identities"][number];
type RepChoice = People["reps"][number];

export interface PeopleFilter {
  show: "unassigned" | "all";
  q: string;
  vendor: string;
  page: number;
}

export const DEFAULT_PEOPLE_FILTER: PeopleFilter = { show: "unassigned", q: "", vendor: "", page: 1 };

function usePeopleQuery(filter: PeopleFilter, initial: People | undefined) {
  const isDefault = filter.show === "unassigned" && !filter.q && !filter.vendor && filter.page === 1;
  return useQuery({
    queryKey: queryKeys.people({ ...filter }),
    queryFn: () => fetchJson<People>(`/api/admin/identities${toSearch({ ...filter })}`),
    initialData: isDefault ? initial : undefined,
    placeholderData: keepPreviousData,
  });
}

function usePeopleMutation<T>(run: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["admin"] });
      void client.invalidateQueries({ queryKey: ["leaderboard"] });
    },
  });
}

const post = (url: string, body: unknown, method = "POST") => fetchJson(url, { method, body: JSON.stringify(body) });

/** A rep as the choices name it: name, team or "no team", and "AI agent" when one. */
export function repChoiceLabel(rep: RepChoice): string {
  return `${rep.name} · ${rep.team ?? "no team"}${rep.isAgent ? " · AI agent" : ""}${rep.email ? ` (${rep.email})` : ""}`;
}

function RepOptions({ reps, except }: { reps: RepChoice[]; except?: number }) {
  return (
    <>
      {reps
        .filter((r) => r.id !== except)
        .map((r) => (
          <option key={r.id} value={r.id}>
            {repChoiceLabel(r)}
          </option>
        ))}
    </>
  );
}

function LinkControl({ identity, reps }: { identity: Identity; reps: RepChoice[] }) {
  const [repId, setRepId] = useState("");
  const link = usePeopleMutation((input: { vendor: string; externalId: string; repId: number }) => post("/api/admin/identities/link", input));
  const id = `link-${identity.vendor}-${identity.externalId}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (repId) link.mutate({ vendor: identity.vendor, externalId: identity.externalId, repId: Number(repId) }, { onSuccess: () => setRepId("") });
      }}
    >
      <div className="min-w-48 flex-1">
        <SelectField id={id} label={`Link ${identity.name} to`} value={repId} onChange={(e) => setRepId(e.target.value)}>
          <option value="">Choose a rep…</option>
          <RepOptions reps={reps} except={identity.rep.id} />
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" className="px-3 py-1.5 text-sm" disabled={!repId || link.isPending}>
        {link.isPending ? "Linking…" : "Link"}
      </Button>
      {link.isError && (
        <p role="alert" className="w-full text-sm text-red-700">
          {link.error.message}
        </p>
      )}
    </form>
  );
}

function AgentToggle({ identity }: { identity: Identity }) {
  const mark = usePeopleMutation((isAgent: boolean) => post(`/api/admin/reps/${identity.rep.id}`, { isAgent }, "PATCH"));
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <input type="checkbox" checked={mark.isPending ? mark.variables : identity.rep.isAgent} disabled={mark.isPending} onChange={(e) => mark.mutate(e.target.checked)} />
      AI agent
      {mark.isError && (
        <span role="alert" className="text-red-700">
          {" "}
          {mark.error.message}
        </span>
      )}
    </label>
  );
}

function IdentityRows({ identities, reps }: { identities: Identity[]; reps: RepChoice[] }) {
  return (
    <ScrollRegion label="Vendor identities">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Identity
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Counts for
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Calls
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Link or mark
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {identities.map((identity) => (
            <tr key={`${identity.vendor}:${identity.externalId}`} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <span className="font-medium text-slate-900">{identity.name}</span>
                <span className="block text-xs text-slate-600">
                  {identity.vendorLabel} · <span className="break-all">{identity.externalId}</span>
                  {identity.email ? ` · ${identity.email}` : ""}
                  {identity.active ? "" : " · no longer listed by the vendor"}
                </span>
              </th>
              <td className="px-3 py-2">
                <span className="text-slate-900">{identity.rep.name}</span>
                <span className={`block text-xs ${identity.rep.team ? "text-slate-600" : "font-medium text-amber-800"}`}>
                  {identity.rep.team ?? "No team: no manager sees these calls"}
                  {identity.rep.signsInAs ? ` · signs in as ${identity.rep.signsInAs}` : ""}
                </span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{identity.calls}</td>
              <td className="space-y-2 px-3 py-2">
                <LinkControl identity={identity} reps={reps} />
                <AgentToggle identity={identity} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function MergeForm({ reps }: { reps: RepChoice[] }) {
  const [from, setFrom] = useState("");
  const [into, setInto] = useState("");
  const merge = usePeopleMutation((input: { fromRepId: number; intoRepId: number }) => post("/api/admin/reps/merge", input));
  const fromRep = reps.find((r) => String(r.id) === from);
  const intoRep = reps.find((r) => String(r.id) === into);
  return (
    <form
      aria-labelledby="merge-heading"
      className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (!fromRep || !intoRep) return;
        if (!window.confirm(`Merge ${fromRep.name} into ${intoRep.name}? ${fromRep.name}'s identities, calls and sign-in move to ${intoRep.name}, and ${fromRep.name} is removed.`)) return;
        merge.mutate(
          { fromRepId: fromRep.id, intoRepId: intoRep.id },
          {
            onSuccess: () => {
              setFrom("");
              setInto("");
            },
          },
        );
      }}
    >
      <h3 id="merge-heading" className="text-sm font-semibold text-slate-800 sm:col-span-3">
        Merge two reps
      </h3>
      <SelectField id="merge-from" label="Merge this rep" value={from} onChange={(e) => setFrom(e.target.value)}>
        <option value="">Choose a rep…</option>
        <RepOptions reps={reps} except={intoRep?.id} />
      </SelectField>
      <SelectField id="merge-into" label="Into this rep (keeps its name and team)" value={into} onChange={(e) => setInto(e.target.value)}>
        <option value="">Choose a rep…</option>
        <RepOptions reps={reps} except={fromRep?.id} />
      </SelectField>
      <Button type="submit" variant="secondary" disabled={!fromRep || !intoRep || merge.isPending}>
        {merge.isPending ? "Merging…" : "Merge"}
      </Button>
      {merge.isError && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {merge.error.message}
        </p>
      )}
      {merge.isSuccess && (
        <p role="status" className="text-sm text-slate-700 sm:col-span-3">
          Merged.
        </p>
      )}
    </form>
  );
}

const ACTIONS: Record<string, string> = {
  "identity.link": "linked an identity",
  "rep.merge": "merged two reps",
  "rep.agent": "changed whether a rep is an AI agent",
  "user.update": "edited a user",
  "user.disable": "disabled a user",
  "user.enable": "re-enabled a user",
  "user.password_reset": "reset a password",
  "user.password_reset_link": "made a password reset link",
};

/** One audit event in words: who did what to what. */
export function describeAudit(event: People["audit"][number]): string {
  const who = event.actor ?? "The command line";
  const what = ACTIONS[event.action] ?? event.action;
  return `${who} ${what} (${event.targetKind} ${event.targetId})`;
}

function RecentChanges({ audit }: { audit: People["audit"] }) {
  if (!audit.length) return <p className="text-sm text-slate-600">No changes to people yet.</p>;
  return (
    <ol aria-label="Latest changes to people" className="space-y-1 text-sm text-slate-700">
      {audit.map((event) => (
        <li key={event.id}>
          <EventTime iso={event.at} />: {describeAudit(event)}
        </li>
      ))}
    </ol>
  );
}

export function PeoplePanel({ initial }: { initial: People }) {
  const [filter, setFilter] = useState<PeopleFilter>(DEFAULT_PEOPLE_FILTER);
  const query = usePeopleQuery(filter, initial);
  const data = query.data ?? initial;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <Card title="People: who counts for whom">
      <div className="space-y-5">
        <p className="text-sm text-slate-600">
          Each vendor identity counts for one rep. An identity whose rep is on no team reaches no manager: link it to the rep it is. Calls follow the link at once.
        </p>
        <form role="search" aria-label="Find identities" className="grid grid-cols-1 gap-3 sm:grid-cols-3" onSubmit={(e) => e.preventDefault()}>
          <SelectField id="people-show" label="Show" value={filter.show} onChange={(e) => setFilter({ ...filter, show: e.target.value as PeopleFilter["show"], page: 1 })}>
            <option value="unassigned">Needing a rep (people on no team)</option>
            <option value="all">All identities</option>
          </SelectField>
          <SelectField id="people-vendor" label="Vendor" value={filter.vendor} onChange={(e) => setFilter({ ...filter, vendor: e.target.value, page: 1 })}>
            <option value="">All vendors</option>
            {VENDORS.map((v) => (
              <option key={v} value={v}>
                {VENDOR_LABELS[v]}
              </option>
            ))}
          </SelectField>
          <InputField id="people-q" label="Name, email or id" type="search" maxLength={100} value={filter.q} onChange={(e) => setFilter({ ...filter, q: e.target.value, page: 1 })} />
        </form>
        <p role="status" className="text-sm text-slate-700">
          {query.isError ? query.error.message : `${formatCount(data.total, "identity", "identities")}${filter.show === "unassigned" ? " needing a rep" : ""}`}
        </p>
        {data.identities.length > 0 && <IdentityRows identities={data.identities} reps={data.reps} />}
        {pages > 1 && (
          <nav aria-label="Identity pages" className="flex items-center gap-2 text-sm">
            <Button type="button" variant="secondary" disabled={filter.page <= 1} onClick={() => setFilter({ ...filter, page: filter.page - 1 })}>
              Previous
            </Button>
            <span>
              Page {data.page} of {pages}
            </span>
            <Button type="button" variant="secondary" disabled={filter.page >= pages} onClick={() => setFilter({ ...filter, page: filter.page + 1 })}>
              Next
            </Button>
          </nav>
        )}
        <div className="border-t border-slate-100 pt-4">
          <MergeForm reps={data.reps} />
        </div>
        <div className="border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-semibold text-slate-800">Latest changes</h3>
          <RecentChanges audit={data.audit} />
        </div>
      </div>
    </Card>
  );
}
