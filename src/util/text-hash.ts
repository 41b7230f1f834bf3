import { createHash } from "node:crypto";

/**
 * SHA-256 of a text's UTF-8 bytes, in hex: how a record names the original text it was
 * parsed from (see `ArticleRecord.originalSha256`).
 * @example textSha256("") //=> "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 */
export function textSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
