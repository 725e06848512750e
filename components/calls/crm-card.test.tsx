// The CRM card: account, contacts and opportunity with its stage and amount,
// each a link (to a new tab, without the page's address) only when there is
// an address; nothing when the call matched no CRM record.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CrmMatchView } from "@/lib/data/dto-call-extras";
import { CrmCard } from "./crm-card";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const MATCH: CrmMatchView = {
  system: "Salesforce",
  account: { name: "memoryBlue", id: "0017000000kjYm7AAE", url: "https://crm.example/accounts/0017000000kjYm7AAE" },
  contacts: [
    { name: "Kellie Courville", id: "0035w00002zo034AAA", url: null },
    { name: null, id: "0035w00002zo034AAB", url: null },
  ],
  opportunity: { name: "memoryBlue - New Business", id: "0065w00002zo034AAB", url: null, stage: "closed_won", amount: 12000 },
};

describe("the CRM card", () => {
  it("shows the account, contacts and opportunity with its stage and amount, linking only records with an address", () => {
    const html = renderToStaticMarkup(<CrmCard crm={[MATCH]} />);
    const t = text(html);
    expect(t).toContain("Salesforce");
    expect(t).toMatch(/Account memoryBlue/);
    expect(t).toMatch(/Contacts Kellie Courville 0035w00002zo034AAB/);
    expect(t).toMatch(/Opportunity memoryBlue - New Business Closed won 12,000/);
    const links = html.match(/<a [^>]*>/g) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('href="https://crm.example/accounts/0017000000kjYm7AAE"');
    expect(links[0]).toContain('target="_blank"');
    expect(links[0]).toContain('rel="noopener noreferrer"');
  });

  it("shows only what the match has", () => {
    const t = text(renderToStaticMarkup(<CrmCard crm={[{ system: null, account: null, contacts: [], opportunity: { name: "Renewal", id: null, url: null, stage: null, amount: null } }]} />));
    expect(t).toContain("Opportunity Renewal");
    expect(t).not.toContain("Account");
    expect(t).not.toContain("Contact");
  });

  it("is left out when the call matched no CRM record", () => {
    expect(renderToStaticMarkup(<CrmCard crm={[]} />)).toBe("");
  });
});
