import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Users } from "@/lib/data/dto";
import { draftOf, EditUserForm, ResetLinkNotice, userPatchFrom, UsersPanel } from "./users-panel";

const users: Users = {
  users: [
    { id: 2, email: "rebecca.holt@northbeam.example", name: "Rebecca Holt", role: "manager", rep: null, repId: null, teams: ["Finance & Risk", "Operations Software"], teamIds: [1, 3], disabled: false },
    { id: 5, email: "priya.nandakumar@northbeam.example", name: "Priya Nandakumar", role: "rep", rep: "Priya Nandakumar", repId: 1, teams: [], teamIds: [], disabled: true },
  ],
  reps: [
    { id: 1, name: "Priya Nandakumar", email: "priya.nandakumar@northbeam.example" },
    { id: 4, name: "Tomás Ortega", email: null },
  ],
  teams: [
    { id: 1, name: "Finance & Risk" },
    { id: 3, name: "Operations Software" },
    { id: 7, name: "Retail" },
  ],
};
const [rebecca, priya] = users.users;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const inQueryClient = (node: React.ReactNode) => renderToStaticMarkup(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);
const render = () => inQueryClient(<UsersPanel initial={users} />);

describe("the users panel on a phone", () => {
  it("stacks each user (name, role, email, teams) instead of a five-column table, and keeps the table for wider screens in its own scrolling region", () => {
    const html = render();
    const list = html.slice(html.indexOf('<ul aria-label="Users"'), html.indexOf("</ul>"));
    expect(list).toContain("sm:hidden");
    expect(list.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain("Rebecca Holt · manager rebecca.holt@northbeam.example Teams: Finance &amp; Risk, Operations Software");
    expect(html).toMatch(/<div role="region" aria-label="Users table" tabindex="0" class="[^"]*overflow-x-auto[^"]*hidden sm:block/);
  });

  it("lets the form's fields shrink to a phone's width (long rep names and addresses in the menu)", () => {
    expect(render()).toMatch(/<form class="[^"]*\bgrid-cols-1\b/);
  });
});

describe("managing users", () => {
  it("marks a disabled user as Disabled, in the phone list and the table, and no one else", () => {
    const html = render();
    const list = html.slice(html.indexOf('<ul aria-label="Users"'), html.indexOf("</ul>"));
    expect(text(list)).toContain("Priya Nandakumar · rep Disabled");
    expect(text(list)).not.toMatch(/Rebecca Holt · manager Disabled/);
    const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    expect(text(table).match(/Disabled/g)).toHaveLength(1);
    expect(text(table)).toContain("Priya Nandakumar Disabled");
  });

  it("gives each user an Edit and a Reset password action named for them", () => {
    const html = render();
    for (const name of ["Rebecca Holt", "Priya Nandakumar"]) {
      // Once in the phone list, once in the table.
      expect(html.match(new RegExp(`<button type="button" aria-label="Edit ${name}"[^>]*>Edit</button>`, "g"))).toHaveLength(2);
      expect(html.match(new RegExp(`<button type="button" aria-label="Reset password for ${name}"[^>]*>Reset password</button>`, "g"))).toHaveLength(2);
    }
    expect(html).toContain(">Actions</th>");
    // No form opens until asked.
    expect(html).not.toContain("Save changes");
  });

  it("opens the edit form on the user as they are: name, role, teams checked, linked rep chosen, disabled ticked, every control labelled", () => {
    const html = inQueryClient(<EditUserForm user={priya} reps={users.reps} teams={users.teams} onClose={() => {}} />);
    expect(html).toMatch(/<form aria-labelledby="edit-5-heading"/);
    expect(text(html)).toContain("Edit Priya Nandakumar (priya.nandakumar@northbeam.example)");
    expect(html).toMatch(/<label for="edit-5-name"[^>]*>Name<\/label><input id="edit-5-name"[^>]*value="Priya Nandakumar"/);
    expect(html).toMatch(/<label for="edit-5-role"[^>]*>Role<\/label><select id="edit-5-role"/);
    expect(html).toMatch(/<option value="rep" selected="">Rep<\/option>/);
    expect(html).toMatch(/<label for="edit-5-rep"[^>]*>Linked rep \(required for a rep\)<\/label>/);
    expect(html).toMatch(/<option value="1" selected="">Priya Nandakumar \(priya.nandakumar@northbeam.example\)<\/option>/);
    expect(html).toContain("<legend");
    // Each team a labelled checkbox; none ticked for a rep.
    for (const team of users.teams) expect(html).toMatch(new RegExp(`<label[^>]*><input type="checkbox" name="teamIds" value="${team.id}"/>\\s*${team.name.replace("&", "&amp;")}</label>`));
    expect(html).toMatch(/<label[^>]*><input type="checkbox" name="disabled" checked=""\/> Disabled: may not sign in<\/label>/);

    const manager = inQueryClient(<EditUserForm user={rebecca} reps={users.reps} teams={users.teams} onClose={() => {}} />);
    expect(manager).toMatch(/<input type="checkbox" name="teamIds" checked="" value="1"\/>/);
    expect(manager).toMatch(/<input type="checkbox" name="teamIds" checked="" value="3"\/>/);
    expect(manager).toMatch(/<input type="checkbox" name="teamIds" value="7"\/>/);
    expect(manager).toContain("Teams managed (at least one for a manager)");
    expect(manager).toMatch(/<option value="" selected="">No linked rep<\/option>/);
    expect(manager).toMatch(/<input type="checkbox" name="disabled"\/>/);
  });

  it("sends only what the admin changed", () => {
    expect(userPatchFrom(rebecca, draftOf(rebecca))).toEqual({});
    expect(userPatchFrom(rebecca, { ...draftOf(rebecca), teamIds: [3, 1] })).toEqual({});
    expect(userPatchFrom(rebecca, { ...draftOf(rebecca), name: " Becky ", teamIds: [7, 1], disabled: true })).toEqual({ name: "Becky", teamIds: [1, 7], disabled: true });
    expect(userPatchFrom(priya, { ...draftOf(priya), role: "manager", repId: null, teamIds: [7] })).toEqual({ role: "manager", repId: null, teamIds: [7] });
  });

  it("shows a one-time link with its expiry and a copy button, all labelled", () => {
    const html = renderToStaticMarkup(<ResetLinkNotice name="Rebecca Holt" url="https://coach.example/reset-password?token=abc" expiresAt="2026-03-02T09:00:00.000Z" onClose={() => {}} />);
    expect(html).toContain('aria-label="Password reset link for Rebecca Holt"');
    expect(html).toMatch(/<label for="reset-link"[^>]*>One-time link for Rebecca Holt to choose a new password<\/label>/);
    expect(html).toMatch(/<input id="reset-link" readOnly=""[^>]* value="https:\/\/coach.example\/reset-password\?token=abc"/);
    expect(html).toMatch(/<button type="button"[^>]*>Copy link<\/button>/);
    expect(html).toContain('<time dateTime="2026-03-02T09:00:00.000Z">');
    expect(html.replace(/<[^>]+>/g, "")).toContain("Valid until Mar 2, 9:00 AM UTC. It works once; a newer link voids it.");
  });
});
