import { describe, expect, it } from "vitest";
import { insertMention, matchPeople, mentionedIds, mentionQueryAt, splitMentions } from "./comment-mentions";

const PEOPLE = [
  { id: 1, name: "Ana Ruiz" },
  { id: 2, name: "Marcus Reid" },
  { id: 3, name: "Ana" },
  { id: 4, name: "Dana Whitfield" },
];

describe("mentionQueryAt", () => {
  it("finds the @ being typed and what follows it, names with spaces included", () => {
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("hi @Mar", 7)).toEqual({ start: 3, query: "Mar" });
    expect(mentionQueryAt("hi @Marcus Re and", 13)).toEqual({ start: 3, query: "Marcus Re" });
    expect(mentionQueryAt("(@da", 4)).toEqual({ start: 1, query: "da" });
  });

  it("opens nothing in an email address, after a space right behind the @, on another line, or far from it", () => {
    expect(mentionQueryAt("mail me at ana@example.com", 26)).toBeNull();
    expect(mentionQueryAt("@ Marcus", 8)).toBeNull();
    expect(mentionQueryAt("@Marcus\nnext", 12)).toBeNull();
    expect(mentionQueryAt(`@${"x".repeat(45)}`, 46)).toBeNull();
    expect(mentionQueryAt("@one two three four five", 24)).toBeNull();
    expect(mentionQueryAt("no mention", 10)).toBeNull();
  });
});

describe("matchPeople", () => {
  it("puts names starting with the query first, then a later word's start, alphabetically", () => {
    expect(matchPeople(PEOPLE, "an").map((p) => p.id)).toEqual([3, 1]);
    expect(matchPeople(PEOPLE, "re").map((p) => p.id)).toEqual([2]);
    expect(matchPeople(PEOPLE, "").map((p) => p.name)).toEqual(["Ana", "Ana Ruiz", "Dana Whitfield", "Marcus Reid"]);
    expect(matchPeople(PEOPLE, "", 2)).toHaveLength(2);
    expect(matchPeople(PEOPLE, "zz")).toEqual([]);
  });
});

describe("insertMention", () => {
  it("replaces the typed @query with the full name and a space, the caret after it", () => {
    expect(insertMention("hi @mar", 3, 7, PEOPLE[1])).toEqual({ text: "hi @Marcus Reid ", caret: 16 });
    expect(insertMention("hi @mar thanks", 3, 7, PEOPLE[1])).toEqual({ text: "hi @Marcus Reid thanks", caret: 15 });
  });
});

describe("mentionedIds", () => {
  it("sends the people whose @Name is in the text, whole names only, each once", () => {
    expect(mentionedIds("@Marcus Reid and @marcus reid, see @Dana", PEOPLE)).toEqual([2]);
    expect(mentionedIds("@Ana Ruiz: look", PEOPLE)).toEqual([1]);
    expect(mentionedIds("@Ana, and @Ana Ruiz", PEOPLE).sort()).toEqual([1, 3]);
    expect(mentionedIds("no one", PEOPLE)).toEqual([]);
  });
});

describe("splitMentions", () => {
  it("cuts the body into text and mentions, the longer name winning at the same @", () => {
    expect(splitMentions("@Ana Ruiz and @Ana: hi", [PEOPLE[2], PEOPLE[0]])).toEqual([
      { text: "@Ana Ruiz", person: PEOPLE[0] },
      { text: " and " },
      { text: "@Ana", person: PEOPLE[2] },
      { text: ": hi" },
    ]);
  });

  it("leaves an @ of someone not mentioned, and a body with none, as text", () => {
    expect(splitMentions("ask @Marcus Reid", [PEOPLE[0]])).toEqual([{ text: "ask @Marcus Reid" }]);
    expect(splitMentions("plain", [])).toEqual([{ text: "plain" }]);
  });
});
