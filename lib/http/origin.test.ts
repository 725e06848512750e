import { describe, expect, it } from "vitest";
import { crossOriginProblem } from "./origin";

const request = (headers: Record<string, string>) => new Request("http://internal:3000/api/admin/sync", { method: "POST", headers });

describe("crossOriginProblem", () => {
  it("lets Sec-Fetch-Site decide when the browser sends it", () => {
    expect(crossOriginProblem(request({ "sec-fetch-site": "same-origin" }), undefined)).toBeNull();
    expect(crossOriginProblem(request({ "sec-fetch-site": "none" }), undefined)).toBeNull();
    expect(crossOriginProblem(request({ "sec-fetch-site": "same-site", host: "coach.test" }), undefined)).toMatch(/another address on this site/);
    expect(crossOriginProblem(request({ "sec-fetch-site": "cross-site" }), undefined)).toMatch(/another site/);
  });

  it("compares Origin with the Host, default ports included, when nothing is configured", () => {
    expect(crossOriginProblem(request({ origin: "https://coach.test", host: "coach.test" }), undefined)).toBeNull();
    expect(crossOriginProblem(request({ origin: "https://coach.test", host: "coach.test:443" }), undefined)).toBeNull();
    expect(crossOriginProblem(request({ origin: "http://COACH.test:8080", host: "coach.test:8080" }), undefined)).toBeNull();
    expect(crossOriginProblem(request({ origin: "http://coach.test:8081", host: "coach.test:8080" }), undefined)).toMatch(/came from http:\/\/coach\.test:8081/);
    expect(crossOriginProblem(request({ origin: "http://coach.test" }), undefined)).not.toBeNull();
    expect(crossOriginProblem(request({ origin: "null", host: "coach.test" }), undefined)).not.toBeNull();
  });

  it("compares Origin with NEXTAUTH_URL, scheme included, when configured", () => {
    expect(crossOriginProblem(request({ origin: "https://coach.example.com", host: "10.0.0.5:3000" }), "https://coach.example.com")).toBeNull();
    expect(crossOriginProblem(request({ origin: "http://coach.example.com", host: "coach.example.com" }), "https://coach.example.com")).not.toBeNull();
  });

  it("lets a request with neither header through: no browser, no cookies of a victim", () => {
    expect(crossOriginProblem(request({}), undefined)).toBeNull();
  });
});
