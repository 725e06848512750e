import { describe, expect, it } from "vitest";
import { describeFields, readableValue } from "./vendor-fields";

describe("describeFields", () => {
  it("reads booleans as yes/no, lists as chips, and leaves nulls and empties out", () => {
    const rows = describeFields({
      function: "Finance",
      tech_stack_mentioned: ["Excel", "NetSuite"],
      fit_score: 82,
      is_decision_maker: true,
      pain_point_resonated: false,
      current_vendor: null,
      value_prop_resonated: [],
      prospect_lifecycle_stage: ["solution_aware"],
      recommendation: "Anchor the pitch on the pain the prospect named",
    });
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ["Function", { kind: "text", text: "Finance" }],
      ["Tech stack mentioned", { kind: "chips", items: ["Excel", "NetSuite"] }],
      ["Fit score", { kind: "text", text: "82" }],
      ["Is decision maker", { kind: "yesno", value: true }],
      ["Pain point resonated", { kind: "yesno", value: false }],
      ["Prospect lifecycle stage", { kind: "chips", items: ["Solution aware"] }],
      ["Recommendation", { kind: "text", text: "Anchor the pitch on the pain the prospect named" }],
    ]);
  });

  it("nests objects and lists of objects", () => {
    const rows = describeFields({ plan: { steps: [{ step: "Role-play", done: false }], owner: null } });
    expect(rows).toEqual([
      {
        key: "plan",
        label: "Plan",
        value: { kind: "group", rows: [{ key: "steps", label: "Steps", value: { kind: "group", rows: [{ key: "0", label: "1.", value: { kind: "group", rows: [{ key: "step", label: "Step", value: { kind: "text", text: "Role-play" } }, { key: "done", label: "Done", value: { kind: "yesno", value: false } }] } }] } }] },
      },
    ]);
    expect(describeFields({ empty: {}, nothing: null })).toEqual([]);
    expect(describeFields(null)).toEqual([]);
  });

  it("turns enum values into words but leaves sentences alone", () => {
    expect(readableValue("partially_handled")).toBe("Partially handled");
    expect(readableValue("send_info")).toBe("Send info");
    expect(readableValue("Call back on_monday")).toBe("Call back on_monday");
  });
});
