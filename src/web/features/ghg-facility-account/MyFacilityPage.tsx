// A facility account's own page: its facility as the register holds it (what the facility may see
// of it), what it owes year by year, and its reports (the department's card, which lets the
// facility send one and opens each).
import { Card, Descriptions, Space, Tag } from "antd";
import { ministries, quotaSectors, sectors } from "../../../domain/facility-lists/vocabulary.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { GhgReportsCard } from "../ghg-reports/GhgReportsCard.js";
import { MyObligationsCard } from "./MyObligationsCard.js";
import { useMyFacility } from "./my-facility.api.js";

export default function MyFacilityPage() {
  const t = useT();
  const facility = useMyFacility();
  if (facility.isError) return <PageError error={facility.error} onRetry={() => void facility.refetch()} />;
  if (!facility.data) return <FullPageSpin />;
  const f = facility.data;
  const none = t("myFacility.none");
  return (
    <>
      <PageHeader
        title={f.name}
        extra={
          <Space wrap>
            <Tag color={f.status === "active" && !f.delistedBy ? "green" : "default"}>
              {f.delistedBy ? t("ghg.delistedBy", { list: f.delistedBy }) : t(`ghg.status.${f.status}`)}
            </Tag>
          </Space>
        }
      >
        <p className="muted">{t("myFacility.intro")}</p>
      </PageHeader>
      <Card style={{ marginBottom: 16 }} data-testid="my-facility-record">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t("myFacility.taxCode")}>{f.taxCode ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("myFacility.address")}>{f.address}</Descriptions.Item>
          <Descriptions.Item label={t("myFacility.listedAddress")}>{f.listedAddress}</Descriptions.Item>
          <Descriptions.Item label={t("myFacility.sector")}>
            {sectors[f.sector]}
            {f.subSector && ` – ${f.subSector}`}
          </Descriptions.Item>
          <Descriptions.Item label={t("myFacility.ministry")}>{ministries[f.ministry]}</Descriptions.Item>
          <Descriptions.Item label={t("myFacility.lists")}>
            {f.lists.length ? f.lists.map((l) => `${l.code} (${l.title})`).join("; ") : none}
          </Descriptions.Item>
          <Descriptions.Item label={t("myFacility.agency")}>{f.agencyName ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("myFacility.contact")}>
            {[f.contactName, f.contactPhone, f.contactEmail].filter(Boolean).join(", ") || none}
          </Descriptions.Item>
          <Descriptions.Item label={t("myFacility.quota")}>
            {f.quotaSector
              ? t("ghg.quota", { sector: quotaSectors[f.quotaSector] })
              : t("myFacility.noQuota")}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <MyObligationsCard />
      <GhgReportsCard facilityId={f.id} />
    </>
  );
}
