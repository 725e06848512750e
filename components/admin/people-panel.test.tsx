import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { People } from "@/lib/data/people";
import { describeAudit, PeoplePanel, repChoiceLabel } from "./people-panel";

const people = (overrides: Partial<People> = {}): People => ({
  identities: [
    {
      vendor: "revont",
      vendorLabel: "Revont",
      externalId: "user_01",
      name: "user_01",
      email: null,
      active: true,
      rep: { id: 9, name: "user_01", email: null, team: null, teamId: null, isAgent: false, signsInAs: null },
      calls: 12,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 50,
  reps: [
    { id: 1, name: "Ada Lane", email: "ada@org.example", team: "North", isAgent: false },
    { id: 9, name: "user_01", email: null, team: null, isAgent: false },
    { id: 5, name: "Riley", email: null, team: null, isAgent: true },
  ],
  audit: [{ id: 3, actorUserId: 1, actor: "Dana Admin", action: "identity.link", targetKind: "identity", targetId: "revont:user_01", details: null, at: "2026-12-01T10:00:00.000Z" }],
  ...overrides,
});

const render = (data: People) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <PeoplePanel initial={data} />
    </QueryClientProvider>,
  );

describe("PeoplePanel", () => {
  it("says an identity on no team reaches no manager, offers every other rep to link it to, and counts what needs a rep", () => {
    const html = render(people());
    expect(html).toContain("No team: no manager sees these calls");
    expect(html).toContain("1 identity needing a rep");
    expect(html).toContain('<label for="link-revont-user_01"');
    expect(html).toContain("Ada Lane · North (ada@org.example)");
    expect(html).toContain("Riley · no team · AI agent");
    // Not the rep it already counts for.
    expect(html.match(/<option value="9">/g)?.length).toBe(2); // only in the two merge pickers
    expect(html).toContain("Dana Admin linked an identity (identity revont:user_01)");
  });

  it("with nothing to link, says so and shows no table", () => {
    const html = render(people({ identities: [], total: 0, audit: [] }));
    expect(html).toContain("0 identities needing a rep");
    expect(html).not.toContain("<table");
    expect(html).toContain("No changes to people yet.");
  });
});

describe("labels", () => {
  it("names a rep choice and an audit event in words", () => {
    expect(repChoiceLabel({ id: 1, name: "Ada", email: null, team: null, isAgent: false })).toBe("Ada · no team");
    expect(describeAudit({ id: 1, actorUserId: null, actor: null, action: "rep.merge", targetKind: "rep", targetId: "4", details: null, at: "2026-12-01T10:00:00.000Z" })).toBe(
      "The command line merged two reps (rep 4)",
    );
  });
});
