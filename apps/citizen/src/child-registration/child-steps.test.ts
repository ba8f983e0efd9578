import { describe, expect, it } from "vitest";
import { paths } from "../paths";
import {
  childDetailErrors,
  childDetailsToSend,
  childStepAfter,
  firstIncompleteChildStep,
} from "./child-steps";
import type { ChildForm } from "./child-store";

const parent = "7901234574";

function form(overrides: Partial<ChildForm> = {}): ChildForm {
  return {
    details: { childBhxhNumber: "79 0123 4575", childFullName: "  Bùi   Ngọc Hân " },
    photos: {},
    officeCode: "",
    commitment: false,
    submissionId: "id",
    returnToCheck: false,
    problem: null,
    problemCount: 0,
    sent: null,
    ...overrides,
  };
}

const photo = { blob: new Blob(), url: "blob:x" };

describe("child registration steps", () => {
  it("sends the number without spaces and the name tidied", () => {
    expect(childDetailsToSend(form())).toEqual({
      childBhxhNumber: "7901234575",
      childFullName: "Bùi Ngọc Hân",
    });
  });

  it("asks for both fields, a 10-digit number, and not the parent's own number", () => {
    expect(childDetailErrors(form({ details: { childBhxhNumber: "", childFullName: " " } }), parent)).toEqual(
      {
        childBhxhNumber: "details.childBhxhNumber.required",
        childFullName: "details.childFullName.required",
      },
    );
    expect(
      childDetailErrors(form({ details: { childBhxhNumber: "79012", childFullName: "A" } }), parent),
    ).toEqual({
      childBhxhNumber: "details.childBhxhNumber.format",
    });
    expect(
      childDetailErrors(form({ details: { childBhxhNumber: parent, childFullName: "A" } }), parent),
    ).toEqual({
      childBhxhNumber: "details.childBhxhNumber.self",
    });
    expect(childDetailErrors(form(), parent)).toEqual({});
  });

  it("leads to the first step still to answer, and back to the check page after a change", () => {
    expect(
      firstIncompleteChildStep(form({ details: { childBhxhNumber: "", childFullName: "" } }), parent),
    ).toBe(paths.childRegister);
    expect(firstIncompleteChildStep(form(), parent)).toBe(paths.childRegisterPhotos);
    const photographed = form({ photos: { childPortrait: photo, birthCertificate: photo } });
    expect(firstIncompleteChildStep(photographed, parent)).toBe(paths.childRegisterOffice);
    const complete = { ...photographed, officeCode: "BHXH-79" };
    expect(firstIncompleteChildStep(complete, parent)).toBeNull();
    expect(childStepAfter(complete, parent, paths.childRegisterOffice)).toBe(paths.childRegisterOffice);
    expect(childStepAfter({ ...complete, returnToCheck: true }, parent, paths.childRegisterOffice)).toBe(
      paths.childRegisterCheck,
    );
  });
});
