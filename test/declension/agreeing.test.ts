import { describe, expect, it } from "vitest";
import { agreeing } from "../../src/core/declension/gender";

describe("agreeing", () => {
  it("takes the form that agrees with the person, and both when nobody can tell", () => {
    expect(agreeing("female", "не подобран", "не подобрана")).toBe("не подобрана");
    expect(agreeing("male", "не подобран", "не подобрана")).toBe("не подобран");
    expect(agreeing(null, "не подобран", "не подобрана")).toBe("не подобран(а)");
    expect(agreeing(undefined, "наставляемого", "наставляемую")).toBe("наставляемого");
  });
});
