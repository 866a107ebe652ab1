// The rating bands of an edition, highest first: "Tốt: từ 70 điểm", …
import { Flex, Space, Tag, Typography } from "antd";
import type { EditionView } from "../../../contracts/frameworks.js";
import { ProvenanceTag, weakestOf } from "../../components/ProvenanceTag.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { useLocalText } from "./describe.js";

const bandColours = ["green", "lime", "gold", "volcano", "red"];

export function RatingBands({ bands }: { bands: EditionView["bands"] }) {
  const t = useT();
  const local = useLocalText();
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return (
    <section data-testid="rating-bands">
      <Typography.Title level={5}>{t("band.title")}</Typography.Title>
      <Flex gap={8} wrap>
        {ordered.map((band, index) => {
          const upper = ordered[index - 1]?.min;
          const range =
            upper === undefined
              ? t("band.from", { min: formatDecimal(band.min) })
              : t("band.between", { min: formatDecimal(band.min), max: formatDecimal(upper) });
          return (
            <div key={band.min} className="band-chip">
              <Space size={4} wrap>
                <Tag color={bandColours[index] ?? "default"}>{local(band.label)}</Tag>
                <span>{range}</span>
                <ProvenanceTag level={weakestOf(band.provenance, ["min", "label"])} />
              </Space>
            </div>
          );
        })}
      </Flex>
    </section>
  );
}
