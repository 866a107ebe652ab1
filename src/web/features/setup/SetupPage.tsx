// The first start for a real province (administrator): choose the province among the 34, once,
// which creates its agencies from the 2025 structure; see the names documents will use; then
// import the official list of communes, wards and special zones. A bad list is shown row by row
// and nothing of it is imported.
import { App, Button, Card, Descriptions, Flex, Select, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert, PageError } from "../../components/errors.js";
import { ListFileUpload } from "../../components/ListFileUpload.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime, formatNumber } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useChooseProvince, useImportCommunes, useImportFormerUnits, useProvinceSetup } from "./setup.api.js";

export default function SetupPage() {
  const t = useT();
  const setup = useProvinceSetup();
  if (setup.isError) return <PageError error={setup.error} onRetry={() => void setup.refetch()} />;
  return (
    <>
      <PageHeader title={t("setup.title")}>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 820 }}>
          {t("setup.intro")}
        </Typography.Paragraph>
      </PageHeader>
      <Flex vertical gap={16}>
        <ProvinceCard />
        {setup.data?.province && <CommunesCard />}
        {setup.data?.province && <FormerUnitsCard />}
      </Flex>
    </>
  );
}

function ProvinceCard() {
  const t = useT();
  const { modal } = App.useApp();
  const setup = useProvinceSetup();
  const choose = useChooseProvince();
  const [picked, setPicked] = useState<string>();
  const data = setup.data;
  const province = data?.province;
  return (
    <Card title={t("setup.province.title")} loading={setup.isPending} data-testid="setup-province">
      {province ? (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="setup-names">
            <Descriptions.Item label={t("setup.province.name")}>{province.name}</Descriptions.Item>
            <Descriptions.Item label={t("setup.province.place")}>{province.place}</Descriptions.Item>
            <Descriptions.Item label={t("setup.province.committee")}>{province.committee}</Descriptions.Item>
            <Descriptions.Item label={t("setup.province.department")}>
              {province.department}
            </Descriptions.Item>
            <Descriptions.Item label={t("setup.province.chosenAt")}>
              {formatDateTime(province.chosenAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t("setup.province.agencies")}>
              <Link to="/agencies">
                {t("setup.province.agencyCount", { count: formatNumber(data.agencies) })}
              </Link>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t("setup.province.template")}
          </Typography.Paragraph>
        </>
      ) : (
        <>
          <Typography.Paragraph>{t("setup.province.choose")}</Typography.Paragraph>
          <ErrorAlert error={choose.error} />
          <Space wrap>
            <Select<string>
              showSearch={searchIgnoringDiacritics}
              placeholder={t("setup.province.pick")}
              aria-label={t("setup.province.pick")}
              style={{ width: 320, maxWidth: "100%" }}
              value={picked}
              onChange={setPicked}
              options={(data?.choices ?? []).map((p) => ({ value: p.code, label: p.name }))}
              data-testid="setup-province-select"
            />
            <Button
              type="primary"
              disabled={!picked}
              loading={choose.isPending}
              data-testid="setup-province-choose"
              onClick={() => {
                const name = data?.choices.find((p) => p.code === picked)?.name ?? "";
                modal.confirm({
                  title: t("setup.province.confirmTitle", { name }),
                  content: t("setup.province.confirmText"),
                  okText: t("setup.province.confirmOk"),
                  okButtonProps: { "data-testid": "setup-province-choose-confirm" },
                  cancelText: t("common.cancel"),
                  onOk: () => picked && choose.mutateAsync(picked),
                });
              }}
            >
              {t("setup.province.submit")}
            </Button>
          </Space>
        </>
      )}
    </Card>
  );
}

function CommunesCard() {
  const t = useT();
  const { message } = App.useApp();
  const setup = useProvinceSetup();
  const importing = useImportCommunes();
  const counts = setup.data?.communes ?? { xa: 0, phuong: 0, dac_khu: 0 };
  const total = counts.xa + counts.phuong + counts.dac_khu;
  const error = importing.error;
  return (
    <Card title={t("setup.communes.title")} data-testid="setup-communes">
      <Typography.Paragraph data-testid="setup-commune-counts">
        {total === 0
          ? t("setup.communes.none")
          : t("setup.communes.counts", {
              total: formatNumber(total),
              xa: formatNumber(counts.xa),
              phuong: formatNumber(counts.phuong),
              dacKhu: formatNumber(counts.dac_khu),
            })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("setup.communes.format")}</Typography.Paragraph>
      <ListFileUpload
        error={error}
        pending={importing.isPending}
        onFile={(file) =>
          importing.mutate(file, {
            onSuccess: (done) =>
              message.success(t("setup.communes.imported", { count: formatNumber(done.communes) })),
          })
        }
        pickText={t("setup.communes.pick")}
        testId="setup-communes-file"
      />
    </Card>
  );
}

function FormerUnitsCard() {
  const t = useT();
  const { message } = App.useApp();
  const setup = useProvinceSetup();
  const importing = useImportFormerUnits();
  const former = setup.data?.formerUnits ?? { districts: 0, communes: 0 };
  const current = setup.data?.communes ?? { xa: 0, phuong: 0, dac_khu: 0 };
  const hasCommunes = current.xa + current.phuong + current.dac_khu > 0;
  return (
    <Card title={t("setup.former.title")} data-testid="setup-former">
      <Typography.Paragraph data-testid="setup-former-counts">
        {former.communes === 0
          ? t("setup.former.none")
          : t("setup.former.counts", {
              districts: formatNumber(former.districts),
              communes: formatNumber(former.communes),
            })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("setup.former.format")}</Typography.Paragraph>
      {hasCommunes ? (
        <ListFileUpload
          error={importing.error}
          pending={importing.isPending}
          onFile={(file) =>
            importing.mutate(file, {
              onSuccess: (done) =>
                message.success(t("setup.former.imported", { count: formatNumber(done.communes) })),
            })
          }
          pickText={t("setup.former.pick")}
          testId="setup-former-file"
        />
      ) : (
        <Typography.Paragraph>{t("setup.former.communesFirst")}</Typography.Paragraph>
      )}
    </Card>
  );
}
