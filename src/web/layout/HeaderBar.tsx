import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown, Flex, Layout, Typography } from "antd";
import { useNavigate } from "react-router-dom";
import { LanguageSwitch } from "../components/LanguageSwitch.js";
import { useLogout, useSession } from "../features/auth/session.js";
import { NotificationBell } from "../features/notifications/NotificationBell.js";
import { useT } from "../i18n/index.js";

/** `onOpenMenu`: on a phone, the button that opens the navigation drawer. */
export function HeaderBar({ onOpenMenu }: { onOpenMenu?: () => void }) {
  const t = useT();
  const user = useSession();
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <Layout.Header className="app-header">
      {onOpenMenu ? (
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={onOpenMenu}
          aria-label={t("nav.openMenu")}
          data-testid="nav-open"
        />
      ) : (
        <Typography.Text type="secondary" className="app-tagline">
          {t("app.tagline")}
        </Typography.Text>
      )}
      <Flex align="center" gap={16}>
        <LanguageSwitch />
        <NotificationBell />
        <Dropdown
          trigger={["click"]}
          menu={{
            items: [
              {
                key: "password",
                icon: <KeyOutlined />,
                label: <span data-testid="menu-change-password">{t("header.changePassword")}</span>,
                onClick: () => navigate("/change-password"),
              },
              { type: "divider" },
              {
                key: "logout",
                icon: <LogoutOutlined />,
                danger: true,
                label: <span data-testid="menu-logout">{t("header.logout")}</span>,
                onClick: () => void logout(),
              },
            ],
          }}
        >
          <Button type="text" data-testid="user-menu" style={{ height: 48 }}>
            <Flex align="center" gap={8}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: "#1f7a4d" }} />
              <Flex vertical align="start" className="user-menu-names" style={{ lineHeight: 1.25 }}>
                <span data-testid="user-name" style={{ fontWeight: 600 }}>
                  {user.fullName}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-role">
                  {t(`role.${user.role}`)}
                </Typography.Text>
              </Flex>
              <DownOutlined style={{ fontSize: 10 }} />
            </Flex>
            {/* Named by the words shown (WCAG 2.5.3), and still named when a phone hides them. */}
            <span className="visually-hidden">{t("header.account")}</span>
          </Button>
        </Dropdown>
      </Flex>
    </Layout.Header>
  );
}
