import { describe, expect, it } from "vitest";
import { placeMessages } from "./use-form-fields";

describe("placeMessages", () => {
  it("puts each of the server's messages beside the field it names", () => {
    expect(
      placeMessages({ title: "Give the date a name.", endsAt: "Pick a date and a time." }, ["title", "endsAt"]),
    ).toEqual({ messages: { title: "Give the date a name.", endsAt: "Pick a date and a time." }, besideFields: true });
  });

  it("places a message about a part of a field beside that field", () => {
    expect(
      placeMessages({ "surprise.revealAt": "Reveal it no later than the date begins." }, ["title", "surprise"]),
    ).toEqual({ messages: { "surprise.revealAt": "Reveal it no later than the date begins." }, besideFields: true });
  });

  it("shows a message about something the form doesn't show (an id) as the form's own", () => {
    expect(placeMessages({ planId: "That plan doesn't exist." }, ["body"])).toEqual({
      messages: { form: "That plan doesn't exist." },
      besideFields: false,
    });
  });

  it("leaves out what no field shows once some field has a message", () => {
    expect(placeMessages({ id: "That memory doesn't exist.", title: "Give the memory a name." }, ["title"])).toEqual({
      messages: { title: "Give the memory a name." },
      besideFields: true,
    });
  });

  it("clears every message when there are none", () => {
    expect(placeMessages({}, ["title"])).toEqual({ messages: {}, besideFields: false });
  });
});
