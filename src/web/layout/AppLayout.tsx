// The frame around every signed-in page: navigation on the left, who is signed in on top.
import { Alert, Layout, Menu } from "antd";
import { type ReactNode, Suspense, useState } from "react";
import { Link, useLocation } from "react-router-dom";
import { FullPageSpin } from "../components/FullPageSpin.js";
import { useSession } from "../features/auth/session.js";
import { useT } from "../i18n/index.js";
import { HeaderBar } from "./HeaderBar.js";
import { activeNavKey, navigationFor } from "./navigation.js";

export function AppLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useSession();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const items = navigationFor(user);
  const selected = activeNavKey(items, location.pathname);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {/* The first stop of the keyboard: straight to the page, past the menu. */}
      <a href="#main-content" className="skip-link" data-testid="skip-link">
        {t("nav.skipToContent")}
      </a>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={232}>
        <Link to="/" className="brand" aria-label={t("app.name")}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!collapsed && <span>{t("app.name")}</span>}
        </Link>
        <nav aria-label={t("nav.menu")}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={items.map((item) => ({
              key: item.key,
              icon: item.icon,
              label: (
                <Link to={item.path} data-testid={item.testId}>
                  {t(item.label)}
                </Link>
              ),
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <HeaderBar />
        {user.isDemo && (
          <Alert
            banner
            type="warning"
            data-testid="demo-banner"
            title={<strong>{t("header.demoBanner")}</strong>}
            description={t("header.demoBannerHint")}
          />
        )}
        <Layout.Content className="app-content" id="main-content" tabIndex={-1}>
          <Suspense fallback={<FullPageSpin />}>{children}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
