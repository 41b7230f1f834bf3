import { describe, expect, it } from "vitest";
import { isContinuousIntegration } from "../../src/config/environment";

describe("isContinuousIntegration", () => {
  it.each([
    // GitHub Actions and GitLab CI
    [{ CI: "true" }, true],
    // some services write 1
    [{ CI: "1" }, true],
    // unset or switched off: an editor's machine, where the registry is written
    [{}, false],
    [{ CI: "" }, false],
    [{ CI: "false" }, false],
    [{ CI: "0" }, false],
  ])("reads %j as %s", (env, expected) => {
    expect(isContinuousIntegration(env)).toBe(expected);
  });
});
