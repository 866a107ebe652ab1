// What an incomplete result is, beside its points: "Nhóm I + nhóm II" counted so far, and each
// group still awaited ("Nhóm II: chờ kết quả khảo sát"), so a partial score never reads as a total.
import { Tag } from "antd";
import type { z } from "zod";
import type { resultStatusSchema } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";

type ResultStatus = z.infer<typeof resultStatusSchema>;

/** "Nhóm I" or "Nhóm I, II": the groups whose points are counted. */
export function countedGroups(status: ResultStatus): string {
  return status.groups
    .filter((g) => g.state !== "missing")
    .map((g) => g.code)
    .join(", ");
}

/** The title of an incomplete result's points: "Nhóm I (chưa đầy đủ)", or that none is in yet. */
export function incompleteTitle(t: ReturnType<typeof useT>, status: ResultStatus): string {
  const groups = countedGroups(status);
  return groups ? t("result.groupsOnly", { groups }) : t("result.noGroupYet");
}

export function GroupsPending({ status }: { status: ResultStatus | undefined }) {
  const t = useT();
  if (!status || status.complete) return null;
  return (
    <>
      {status.groups
        .filter((g) => g.state !== "in")
        .map((g) => (
          // Long tags wrap on a phone instead of running out of their card; the text is a darker
          // orange than antd's, which is 3,3:1 on its own background (WCAG AA asks 4,5:1).
          <Tag
            key={g.code}
            color="orange"
            style={{ whiteSpace: "normal", color: "#873800" }}
            data-testid={`group-pending-${g.code}`}
          >
            {g.state === "partial"
              ? t("result.groupPartial", {
                  code: g.code,
                  count: g.pending.length,
                  codes: g.pending.join(", "),
                })
              : g.external
                ? t("result.groupAwaitingSurvey", { code: g.code })
                : t("result.groupMissing", { code: g.code })}
          </Tag>
        ))}
    </>
  );
}
