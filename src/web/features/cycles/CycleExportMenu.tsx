// Exports every agency's figures, the lists and the indicators of a cycle, for those who follow
// the whole cycle (the same people as its dashboard).
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { exportFormats } from "../../../contracts/forms.js";
import { useT } from "../../i18n/index.js";
import { useCan } from "../auth/session.js";
import { cycleExportUrl } from "./excel-form.api.js";

export function CycleExportMenu({ cycleId }: { cycleId: string }) {
  const t = useT();
  const can = useCan();
  if (!can("cycle.read") || !can("overdue.read")) return null;
  const items = exportFormats.map((format) => ({
    key: format,
    label: (
      <a href={cycleExportUrl(cycleId, format)} data-testid={`export-${format}`}>
        {t(`export.${format}`)}
      </a>
    ),
  }));
  return (
    <Dropdown menu={{ items }} trigger={["click"]}>
      <Button icon={<DownloadOutlined />} data-testid="export-menu">
        {t("export.menu")}
      </Button>
    </Dropdown>
  );
}
