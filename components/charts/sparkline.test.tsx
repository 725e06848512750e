import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Sparkline } from "./sparkline";

describe("sparkline", () => {
  it("is drawn in the server HTML as one named image that is not a keyboard stop", () => {
    const html = renderToStaticMarkup(<Sparkline values={[60, null, 72]} label="Ana Diaz: From 60 to 72 (+12) over 3 weeks" />);
    expect(html).toMatch(/^<svg role="img" aria-label="Ana Diaz: From 60 to 72 \(\+12\) over 3 weeks"/);
    expect(html).toContain('<path d="M2 11.6 L94 8.7"');
    expect(html).not.toMatch(/tabindex/i);
    expect(html.match(/<svg/g)).toHaveLength(1);
  });

  it("says in words when there are too few scored weeks", () => {
    const html = renderToStaticMarkup(<Sparkline values={[null, 60]} label="Ana Diaz: Not enough scored weeks for a trend" />);
    expect(html).not.toContain("<svg");
    expect(html).toContain('<span class="sr-only">Ana Diaz: Not enough scored weeks for a trend</span>');
  });
});
