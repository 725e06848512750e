import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Users } from "@/lib/data/dto";
import { UsersPanel } from "./users-panel";

const users: Users = {
  users: [{ id: 2, email: "rebecca.holt@northbeam.example", name: "Rebecca Holt", role: "manager", rep: null, teams: ["Finance & Risk", "Operations Software"], disabled: false }],
  reps: [{ id: 1, name: "Priya Nandakumar", email: "priya.nandakumar@northbeam.example" }],
  teams: [{ id: 1, name: "Finance & Risk" }],
};

const render = () =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <UsersPanel initial={users} />
    </QueryClientProvider>,
  );

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
