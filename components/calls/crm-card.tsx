// What the CRM matched the call to (ExecVision): the account, its contacts and
// the opportunity, each linked to its record only when the data gives a link
// or the system's record address is known (get-call.ts decides). Rendered on
// the server.
import type { CrmMatchView, CrmRecordView } from "@/lib/data/dto-call-extras";
import { formatNumber, humanize } from "./format";
import { SectionCard } from "./section-card";

function RecordName({ record, system }: { record: CrmRecordView; system: string | null }) {
  const name = record.name ?? record.id ?? "Unnamed record";
  if (!record.url) return <span className="break-words text-slate-800">{name}</span>;
  return (
    <a
      href={record.url}
      target="_blank"
      rel="noopener noreferrer"
      className="break-words font-medium text-brand-700 hover:underline"
      aria-label={`${name}, open in ${system ?? "the CRM"} (new tab)`}
    >
      {name}
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="pt-0.5 text-slate-500">{label}</dt>
      <dd className="mb-1.5 min-w-0 sm:mb-0">{children}</dd>
    </div>
  );
}

function Match({ match }: { match: CrmMatchView }) {
  const { account, contacts, opportunity, system } = match;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[minmax(0,8rem)_minmax(0,1fr)]">
      {account && (
        <Row label="Account">
          <RecordName record={account} system={system} />
        </Row>
      )}
      {contacts.length > 0 && (
        <Row label={contacts.length === 1 ? "Contact" : "Contacts"}>
          <ul className="space-y-0.5">
            {contacts.map((c, i) => (
              <li key={i}>
                <RecordName record={c} system={system} />
              </li>
            ))}
          </ul>
        </Row>
      )}
      {opportunity && (
        <Row label="Opportunity">
          <RecordName record={opportunity} system={system} />
          {(opportunity.stage || opportunity.amount !== null) && (
            <span className="mt-0.5 flex flex-wrap gap-1.5 text-xs">
              {opportunity.stage && <span className="rounded-md bg-slate-100 px-2 py-0.5 text-slate-700">{/^[a-z0-9_]+$/.test(opportunity.stage) ? humanize(opportunity.stage) : opportunity.stage}</span>}
              {opportunity.amount !== null && <span className="rounded-md bg-emerald-50 px-2 py-0.5 tabular-nums text-emerald-700">{formatNumber(opportunity.amount, 2)}</span>}
            </span>
          )}
        </Row>
      )}
    </dl>
  );
}

export function CrmCard({ crm }: { crm: CrmMatchView[] }) {
  if (crm.length === 0) return null;
  const systems = [...new Set(crm.map((m) => m.system).filter((s): s is string => !!s))];
  return (
    <SectionCard title="CRM" aside={systems.length ? <span className="text-xs text-slate-500">{systems.join(", ")}</span> : undefined}>
      <div className="space-y-4 divide-y divide-slate-100">
        {crm.map((m, i) => (
          <div key={i} className={i ? "pt-4" : undefined}>
            <Match match={m} />
          </div>
        ))}
      </div>
    </SectionCard>
  );
}
