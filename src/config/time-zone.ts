/**
 * Whether a name is a time zone the runtime knows: an IANA name such as `Europe/Paris`, or `UTC`.
 * The runtime's own zone data decides (Node ships it), so the answer is the same on every machine.
 * @example isTimeZone("Asia/Kolkata") //=> true
 * @example isTimeZone("Mars/Olympus") //=> false
 */
export function isTimeZone(name: string): boolean {
  if (name.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
