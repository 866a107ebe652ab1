// The facility of a facility's own account, chosen from the greenhouse-gas register by name (its
// tax code shown beside it). A closed or delisted facility may be chosen, with a warning.
import { Alert, Form, Select } from "antd";
import { useMemo } from "react";
import { useT } from "../../i18n/index.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useGhgFacilities } from "../ghg/ghg.api.js";

export function FacilityPicker({ currentId }: { currentId: string | null }) {
  const t = useT();
  const facilities = useGhgFacilities({});
  const chosen = Form.useWatch<string | null | undefined>("facilityId");
  const items = facilities.data?.items ?? [];
  const options = useMemo(
    () =>
      items.map((f) => ({
        value: f.id,
        label: f.taxCode ? `${f.name} (${f.taxCode})` : f.name,
      })),
    [items],
  );
  const chosenFacility = items.find((f) => f.id === (chosen ?? currentId));
  const inactive =
    chosenFacility && (chosenFacility.status === "closed" || chosenFacility.delistedBy !== null);
  return (
    <>
      <Form.Item
        name="facilityId"
        label={t("user.facility")}
        extra={t("user.facilityHint")}
        rules={[{ required: true, message: t("user.facilityRequired") }]}
      >
        <Select
          allowClear
          showSearch={searchIgnoringDiacritics}
          loading={facilities.isPending}
          options={options}
          data-testid="user-facility-select"
        />
      </Form.Item>
      {inactive && (
        <Alert type="warning" showIcon title={t("user.facilityClosed")} style={{ marginBottom: 16 }} />
      )}
    </>
  );
}
