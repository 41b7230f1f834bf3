/**
 * The extractor's fitted weight tables, one JSON file per field, written by `npm run fit`
 * (see docs/extractor.md, "Fitted weights"). Checked on load so a hand-edited table with a
 * typo fails loudly instead of silently weighing 0.
 */
import headline from "./headline.json" with { type: "json" };
import source from "./source.json" with { type: "json" };
import type { LinearModel } from "../scoring/linear-model";

/**
 * Check that a parsed table has the shape of a {@link LinearModel}.
 * @throws when a weight is not a finite number or the field name differs
 */
export function asModel(table: unknown, field: string): LinearModel {
  const t = table as Partial<LinearModel> | null;
  const finite = (n: unknown) => typeof n === "number" && Number.isFinite(n);
  if (!t || t.field !== field || !finite(t.none) || typeof t.weights !== "object" || t.weights === null)
    throw new Error(`weights for ${field}: not a weight table`);
  for (const [name, w] of Object.entries(t.weights)) if (!finite(w)) throw new Error(`weights for ${field}: "${name}" is not a number`);
  return t as LinearModel;
}

export const HEADLINE_MODEL: LinearModel = asModel(headline, "headline");

export const SOURCE_MODEL: LinearModel = asModel(source, "source");
