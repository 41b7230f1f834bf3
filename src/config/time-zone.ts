/**
 * Whether a name is a time zone the runtime knows: an IANA name such as `Europe/Paris`, or `UTC`.
 * The runtime's own zone data decides (Node ships it), so the answer is the same on every machine.
 * @example isTimeZone("Asia/Kolkata") //=> true
 * @example isTimeZone("Mars/Olympus") //=> false
 */
export function isTimeZone(name: string): boolean {
  // A zone name, not a fixed offset such as `+05:30` (newer runtimes accept those too).
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
