"use client";

// Admin, Skills: Coachboard's skills and which of them each vendor skill
// counts towards. Saving a change recomputes the rollups in the background;
// the progress shows here until it is done.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";
import { ScrollRegion } from "@/components/ui/responsive-table";
import { fetchJson } from "@/lib/client/fetch-json";
import { queryKeys } from "@/lib/client/query-keys";
import type { SkillModelView } from "@/lib/data/skill-model";
import { SKILL_SET_LABELS, type SkillSet } from "@/lib/domain/skills";
import { formatCount } from "@/lib/plural";

const ORIGIN: Record<string, string> = { default: "shipped default", guess: "matched by name", none: "no match", admin: "set by an admin" };
const send = (url: string, method: string, body?: unknown) => fetchJson<SkillModelView>(url, { method, body: body === undefined ? undefined : JSON.stringify(body) });

export function SkillMapPanel({ initial }: { initial: SkillModelView }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.skills(),
    queryFn: () => fetchJson<SkillModelView>("/api/admin/skills"),
    initialData: initial,
    // While a recompute runs, its progress is polled.
    refetchInterval: (q) => (q.state.data && ["queued", "running"].includes(q.state.data.recompute.state) ? 1500 : false),
  });
  const model = query.data;
  const [draft, setDraft] = useState<Record<string, string | null>>({});
  const done = (next: SkillModelView) => {
    client.setQueryData(queryKeys.skills(), next);
    void client.invalidateQueries({ queryKey: ["leaderboard"] });
  };
  const save = useMutation({
    mutationFn: () =>
      send("/api/admin/skills/mappings", "PATCH", {
        changes: Object.entries(draft).map(([id, unifiedSkill]) => {
          const [skillSet, ...rest] = id.split(":");
          return { skillSet, skill: rest.join(":"), unifiedSkill };
        }),
      }),
    onSuccess: (next) => {
      setDraft({});
      done(next);
    },
  });
  const recompute = useMutation({ mutationFn: () => send("/api/admin/skills/recompute", "POST", { confirm: true }), onSuccess: done });
  const groups = useMemo(() => {
    const bySet = new Map<string, SkillModelView["mappings"]>();
    for (const m of model.mappings) bySet.set(m.skillSet, [...(bySet.get(m.skillSet) ?? []), m]);
    return [...bySet.entries()];
  }, [model.mappings]);
  const changes = Object.keys(draft).length;

  return (
    <div className="space-y-5">
      <RecomputeStatus model={model} onRetry={() => recompute.mutate()} busy={recompute.isPending} />
      <SkillsCard model={model} onChanged={done} />
      <Card
        title="Vendor skills"
        action={
          <div className="flex items-center gap-2">
            {changes > 0 && <span className="text-xs text-slate-600">{formatCount(changes, "change")} not saved</span>}
            <Button variant="secondary" disabled={changes === 0 || save.isPending} onClick={() => setDraft({})}>
              Undo
            </Button>
            <Button disabled={changes === 0 || save.isPending} onClick={() => save.mutate()}>
              {save.isPending ? "Saving…" : "Save and recompute"}
            </Button>
          </div>
        }
      >
        <p className="mb-3 text-sm text-slate-600">
          Each vendor skill counts towards one Coachboard skill, or none. A skill nobody mapped is matched by the words of its name; one that matches nothing is not
          counted until you map it.
        </p>
        {save.isError && (
          <p role="alert" className="mb-3 text-sm text-red-700">
            {(save.error as Error).message}
          </p>
        )}
        <div className="space-y-5">
          {groups.map(([skillSet, mappings]) => (
            <section key={skillSet} aria-labelledby={`skills-${skillSet}`}>
              <h3 id={`skills-${skillSet}`} className="mb-1 text-sm font-semibold text-slate-800">
                {SKILL_SET_LABELS[skillSet as SkillSet] ?? skillSet}
              </h3>
              <ScrollRegion label={`${SKILL_SET_LABELS[skillSet as SkillSet] ?? skillSet} mapping`} className="rounded border border-slate-200">
                <table className="min-w-full text-sm">
                  <thead className="bg-slate-50 text-left text-xs text-slate-600">
                    <tr>
                      <th scope="col" className="px-2 py-1.5 font-medium">
                        Vendor skill
                      </th>
                      <th scope="col" className="px-2 py-1.5 text-right font-medium">
                        Scores
                      </th>
                      <th scope="col" className="px-2 py-1.5 font-medium">
                        Counts towards
                      </th>
                      <th scope="col" className="hidden px-2 py-1.5 font-medium sm:table-cell">
                        Why
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {mappings.map((m) => {
                      const id = `${m.skillSet}:${m.skill}`;
                      const value = id in draft ? draft[id] : m.unifiedSkill;
                      return (
                        <tr key={id} className={id in draft ? "bg-amber-50" : ""}>
                          <td className="min-w-28 px-2 py-1.5 [overflow-wrap:anywhere]">
                            {m.label}
                            <span className="block text-xs text-slate-500 sm:hidden">{ORIGIN[m.origin] ?? m.origin}</span>
                          </td>
                          <td className="px-2 py-1.5 text-right tabular-nums text-slate-600">{m.scores.toLocaleString("en-US")}</td>
                          <td className="px-2 py-1">
                            <select
                              aria-label={`${m.label} (${SKILL_SET_LABELS[m.skillSet as SkillSet] ?? m.skillSet}) counts towards`}
                              value={value ?? ""}
                              onChange={(e) => {
                                const next = e.target.value || null;
                                setDraft((d) => {
                                  const copy = { ...d };
                                  if (next === m.unifiedSkill) delete copy[id];
                                  else copy[id] = next;
                                  return copy;
                                });
                              }}
                              className="w-full min-w-36 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                            >
                              <option value="">Not counted</option>
                              {model.skills.map((s) => (
                                <option key={s.key} value={s.key}>
                                  {s.label}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td className={`hidden px-2 py-1.5 text-xs sm:table-cell ${m.origin === "none" ? "font-medium text-amber-800" : "text-slate-600"}`}>{ORIGIN[m.origin] ?? m.origin}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
            </section>
          ))}
        </div>
      </Card>
    </div>
  );
}

function RecomputeStatus({ model, onRetry, busy }: { model: SkillModelView; onRetry: () => void; busy: boolean }) {
  const r = model.recompute;
  const active = r.state === "queued" || r.state === "running";
  const percent = r.totalKeys ? Math.min(100, Math.round((r.doneKeys / r.totalKeys) * 100)) : 0;
  return (
    <Card title="Rollups">
      <div role="status" aria-live="polite" className="space-y-2 text-sm text-slate-700">
        {active ? (
          <>
            <p>
              Recomputing the skill figures with the new mapping: {r.doneKeys.toLocaleString("en-US")} of {r.totalKeys.toLocaleString("en-US")} rep-days ({percent}%). Pages
              show the old figures for a rep until his turn comes.
            </p>
            <progress className="h-2 w-full" max={Math.max(1, r.totalKeys)} value={r.doneKeys} aria-label="Recompute progress" />
          </>
        ) : r.state === "failed" ? (
          <p className="text-red-700">The last recompute failed: {r.error ?? "unknown error"}.</p>
        ) : (
          <p>The skill figures are current with the mapping below{r.finishedAt ? ` (recomputed ${new Date(r.finishedAt).toLocaleString("en-US", { timeZone: "UTC" })} UTC)` : ""}.</p>
        )}
        {!active && (
          <Button variant="secondary" disabled={busy} onClick={onRetry}>
            {r.state === "failed" ? "Try again" : "Recompute now"}
          </Button>
        )}
      </div>
    </Card>
  );
}

function SkillsCard({ model, onChanged }: { model: SkillModelView; onChanged: (next: SkillModelView) => void }) {
  const [label, setLabel] = useState("");
  const [description, setDescription] = useState("");
  const add = useMutation({
    mutationFn: () => send("/api/admin/skills", "POST", { label, ...(description.trim() ? { description } : {}) }),
    onSuccess: (next) => {
      setLabel("");
      setDescription("");
      onChanged(next);
    },
  });
  return (
    <Card title="Coachboard skills">
      <ol className="grid gap-2 sm:grid-cols-2">
        {model.skills.map((s) => (
          <li key={s.key} className="rounded border border-slate-200 px-3 py-2">
            <p className="font-medium text-slate-800">{s.label}</p>
            {s.description && <p className="text-xs text-slate-600">{s.description}</p>}
            <p className="mt-0.5 text-xs text-slate-500">{s.mapped === 0 ? "No vendor skill counts towards it yet" : `${formatCount(s.mapped, "vendor skill")} count towards it`}</p>
          </li>
        ))}
      </ol>
      <form
        className="mt-4 grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <InputField id="new-skill-label" label="New skill" value={label} maxLength={60} required onChange={(e) => setLabel(e.target.value)} />
        <InputField id="new-skill-description" label="Description (optional)" value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
        <Button type="submit" disabled={!label.trim() || add.isPending}>
          Add skill
        </Button>
      </form>
      {add.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {(add.error as Error).message}
        </p>
      )}
    </Card>
  );
}
