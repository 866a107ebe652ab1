// count, sum, avg, min and max over a list input, with an optional `where` condition on each
// item. sum and count of nothing are 0; avg, min and max of nothing have no value and say so.
import type { Aggregate, Ast, Count } from "./ast.js";
import { fieldReader, type ItemCursor, listInputReader } from "./compile-inputs.js";
import type { BooleanFn, NumberFn } from "./evaluation-types.js";
import { stop } from "./evaluation-types.js";
import { evaluationMessages } from "./messages.js";

type ConditionCompiler = (condition: Ast, scope: { readonly cursor: ItemCursor }) => BooleanFn;

export function compileListFunction(node: Count | Aggregate, compileCondition: ConditionCompiler): NumberFn {
  const readList = listInputReader(node.list.name);
  // One cursor per list function: evaluation is synchronous and lists do not nest.
  const cursor: ItemCursor = { index: 0 };
  const where = node.where ? compileCondition(node.where, { cursor }) : undefined;
  if (node.kind === "count") {
    if (where === undefined) return (inputs) => readList(inputs).length;
    return (inputs) => {
      const items = readList(inputs);
      let matched = 0;
      for (let index = 0; index < items.length; index++) {
        cursor.index = index;
        if (where(inputs, items[index])) matched++;
      }
      return matched;
    };
  }
  const read = fieldReader({ list: node.list.name, name: node.field.name }, "number", cursor);
  const fn = node.function;
  const empty = stop("EMPTY_LIST", evaluationMessages.emptyList(fn, node.list.name), node.list.name);
  return (inputs) => {
    const items = readList(inputs);
    let result = fn === "min" ? Number.POSITIVE_INFINITY : fn === "max" ? Number.NEGATIVE_INFINITY : 0;
    let matched = 0;
    for (let index = 0; index < items.length; index++) {
      cursor.index = index;
      const item = items[index];
      if (where !== undefined && !where(inputs, item)) continue;
      const value = read(item) as number;
      matched++;
      if (fn === "min") result = Math.min(value, result);
      else if (fn === "max") result = Math.max(value, result);
      else result += value;
    }
    if (matched === 0 && fn !== "sum") throw empty;
    return fn === "avg" ? result / matched : result;
  };
}
