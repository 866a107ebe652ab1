// Adds or edits a user. The agency is required exactly for the roles the server requires it
// for (reporter, agency head); a facility's own account names its facility instead and has no
// agency. The same zod contract checks the fields on both sides.
import { App, Form, Input, Modal, Select } from "antd";
import { useEffect, useMemo, useState } from "react";
import { createUserRequestSchema, type User } from "../../../contracts/users.js";
import { isStrongEnough } from "../../../domain/auth/password-policy.js";
import { type Role, requiresAgency, requiresFacility, roles } from "../../../domain/auth/roles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { emptyToNull, searchIgnoringDiacritics, showServerErrors, zodRule } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { FacilityPicker } from "./FacilityPicker.js";
import { type CreateUserResult, useCreateUser, useUpdateUser } from "./users.api.js";

type UserForm = {
  username: string;
  fullName: string;
  email?: string | null;
  role: Role;
  agencyId?: string | null;
  facilityId?: string | null;
  password?: string;
};
const fields = ["username", "fullName", "email", "role", "agencyId", "facilityId", "password"];
const shape = createUserRequestSchema.shape;

export function UserFormModal({
  user,
  presetAgencyId,
  onClose,
  onCreated,
}: {
  user: User | null;
  presetAgencyId?: string;
  onClose: () => void;
  onCreated?: (result: CreateUserResult) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const role = Form.useWatch("role", form);
  const [formError, setFormError] = useState<string | null>(null);
  const agencies = useAgencies();
  const create = useCreateUser();
  const update = useUpdateUser();

  useEffect(() => {
    form.setFieldsValue(
      user
        ? { ...user, agencyId: user.agency?.id ?? null, facilityId: user.facility?.id ?? null }
        : { role: "reporter", agencyId: presetAgencyId ?? null },
    );
  }, [user, presetAgencyId, form]);

  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? [])
        .filter((a) => a.active || a.id === user?.agency?.id)
        .map((a) => ({ value: a.id, label: a.name })),
    [agencies.data, user],
  );

  const onError = (error: unknown) =>
    setFormError(isApiError(error) ? showServerErrors(form, error, fields) : String(error));

  const submit = (raw: UserForm) => {
    setFormError(null);
    const { username, password, ...values } = emptyToNull(raw);
    // A cleared select gives undefined, which the server reads as "unchanged"; null clears it.
    const forFacility = requiresFacility(values.role);
    const rest = {
      ...values,
      email: values.email ?? null,
      agencyId: forFacility ? null : (values.agencyId ?? null),
      facilityId: forFacility ? (values.facilityId ?? null) : null,
    };
    if (user) {
      update.mutate(
        { id: user.id, changes: { ...rest, expectedUpdatedAt: user.updatedAt } },
        {
          onSuccess: () => {
            message.success(t("common.saved"));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { username, ...rest, ...(password ? { password } : {}) },
      {
        onSuccess: (result) => {
          message.success(t("user.created", { name: result.user.fullName }));
          onCreated?.(result);
          onClose();
        },
        onError,
      },
    );
  };

  const required = (label: string, choice = false) => ({
    required: true,
    message: t(choice ? "common.requiredChoice" : "common.required", { field: label.toLowerCase() }),
  });
  const agencyNeeded = role !== undefined && requiresAgency(role);
  const facilityNeeded = role !== undefined && requiresFacility(role);

  return (
    <Modal
      open
      title={user ? t("user.edit") : t("user.create")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ "data-testid": "user-form-submit" } as { "data-testid": string }}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <ErrorAlert error={formError} />
      <Form<UserForm> form={form} layout="vertical" onFinish={submit} data-testid="user-form">
        {!user && (
          <Form.Item
            name="username"
            label={t("user.username")}
            extra={t("user.usernameRule")}
            rules={[required(t("user.username")), zodRule(shape.username, t, t("user.usernameInvalid"))]}
          >
            <Input autoComplete="off" maxLength={60} />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t("user.fullName")}
          rules={[required(t("user.fullName")), zodRule(shape.fullName, t)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t("user.email")} rules={[zodRule(shape.email, t)]}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="role" label={t("user.role")} rules={[required(t("user.role"), true)]}>
          <Select
            options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            data-testid="user-role-select"
          />
        </Form.Item>
        {facilityNeeded ? (
          <FacilityPicker currentId={user?.facility?.id ?? null} />
        ) : (
          <Form.Item
            name="agencyId"
            label={t("user.agency")}
            dependencies={["role"]}
            rules={[{ required: agencyNeeded, message: t("user.agencyRequired") }]}
          >
            <Select
              allowClear
              showSearch={searchIgnoringDiacritics}
              loading={agencies.isPending}
              options={agencyOptions}
              placeholder={agencyNeeded ? undefined : t("user.noAgency")}
              data-testid="user-agency-select"
            />
          </Form.Item>
        )}
        {!user && (
          <Form.Item
            name="password"
            label={t("user.password")}
            extra={t("user.passwordHint")}
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  if (value && !isStrongEnough(value, form.getFieldValue("username")))
                    throw new Error(t("password.weak"));
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
