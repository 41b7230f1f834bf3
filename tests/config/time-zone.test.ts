import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/config/settings";
import { isTimeZone } from "../../src/config/time-zone";

describe("the site time zone setting", () => {
  it("defaults to UTC, never the machine's zone", () => {
    expect(DEFAULT_SETTINGS.timeZone).toBe("UTC");
    expect(resolveSettings().timeZone).toBe("UTC");
  });

  it("takes an IANA name", () => {
    expect(resolveSettings({ timeZone: "Asia/Kolkata" }).timeZone).toBe("Asia/Kolkata");
  });

  it.each(["Mars/Olympus", "", "GMT+25"])("refuses %j", (name) => {
    expect(isTimeZone(name)).toBe(false);
    expect(() => resolveSettings({ timeZone: name })).toThrow(TypeError);
  });
});
