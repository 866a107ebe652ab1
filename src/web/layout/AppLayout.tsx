// The frame around every signed-in page: navigation on the left, who is signed in on top. On a
// phone the menu is not a strip beside the page but a drawer opened from the header, so the page
// has the whole width of the screen.
import { Alert, Drawer, Grid, Layout, Menu } from "antd";
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
  const [menuOpen, setMenuOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  // Before the first measure every breakpoint is unknown: a desktop until told otherwise.
  const phone = screens.md === false;
  const items = navigationFor(user);
  const selected = activeNavKey(items, location.pathname);

  const navigation = (showName: boolean) => (
    <>
      <Link to="/" className="brand" aria-label={t("app.name")}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        {showName && <span>{t("app.name")}</span>}
      </Link>
      <nav aria-label={t("nav.menu")}>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          // Choosing a page closes the phone's menu, the page already open included.
          onClick={() => setMenuOpen(false)}
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
    </>
  );

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {/* The first stop of the keyboard: straight to the page, past the menu. */}
      <a href="#main-content" className="skip-link" data-testid="skip-link">
        {t("nav.skipToContent")}
      </a>
      {phone ? (
        <Drawer
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          size={264}
          closable={false}
          className="nav-drawer"
          title={null}
          data-testid="nav-drawer"
        >
          {navigation(true)}
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={232}>
          {navigation(!collapsed)}
        </Layout.Sider>
      )}
      <Layout>
        <HeaderBar onOpenMenu={phone ? () => setMenuOpen(true) : undefined} />
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
