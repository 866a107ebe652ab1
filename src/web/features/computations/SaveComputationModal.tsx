// Stores a computation for a province and year, with the inputs it was made from.
import { App, Form, Modal, Select, Typography } from "antd";
import { useNavigate } from "react-router-dom";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useOrgUnits } from "../org-units/org-units.api.js";
import { type CreateComputationInput, useSaveComputation } from "./computations.api.js";
import { provinceOptions, publishedProvinceName } from "./province-options.js";

export function SaveComputationModal({
  request,
  provinceId,
  onClose,
}: {
  request: Omit<CreateComputationInput, "orgUnitId" | "province">;
  provinceId: string | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ orgUnitId: string }>();
  const provinces = useOrgUnits({ level: "province" });
  const options = provinceOptions(provinces.data, t);
  const save = useSaveComputation();

  const submit = ({ orgUnitId }: { orgUnitId: string }) => {
    const name = options.find((o) => o.value === orgUnitId)?.name;
    save.mutate(
      { ...request, orgUnitId, province: name ? publishedProvinceName(name) : undefined },
      {
        onSuccess: (saved) => {
          message.success(t("compute.saved"));
          onClose();
          navigate(`/computations/${saved.id}`);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t("compute.saveTitle")}
      okText={t("compute.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t("compute.saveIntro", { year: request.year })}
      </Typography.Paragraph>
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={{ orgUnitId: provinceId }} onFinish={submit}>
        <Form.Item
          name="orgUnitId"
          label={t("compute.province")}
          rules={[
            {
              required: true,
              message: t("common.requiredChoice", { field: t("compute.province").toLowerCase() }),
            },
          ]}
        >
          <Select
            showSearch={searchIgnoringDiacritics}
            loading={provinces.isPending}
            options={options}
            data-testid="save-province"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
