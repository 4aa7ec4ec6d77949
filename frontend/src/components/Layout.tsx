import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { switchLanguage } from '@/i18n';
import { SearchBox } from './SearchBox';
import { useHashTarget } from './useHashTarget';

export function Layout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const otherLanguage = i18n.language === 'en' ? 'de' : 'en';
  useHashTarget();
  // The phone menu stays open only on the page where it was opened: any navigation closes it.
  const location = useLocation();
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.key;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-name">
            {t('app.name')}
            <span className="site-tagline">{t('app.tagline')}</span>
          </Link>
          <button
            type="button"
            className="button button--quiet menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpenAt(menuOpen ? null : location.key)}
          >
            {t('nav.menu')}
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu site-menu--open' : 'site-menu'}>
            <nav aria-label={t('nav.main')}>
              <ul className="nav-list">
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/handlungsfelder">{t('nav.fieldsOfAction')}</NavLink>
                </li>
                <li>
                  <NavLink to="/ortsbezirke">{t('nav.districts')}</NavLink>
                </li>
                <li>
                  <NavLink to="/gespraechsvermerke">{t('nav.interviewNotes')}</NavLink>
                </li>
                {auth.hasRole('moderator') || auth.hasRole('admin') ? (
                  <>
                    <li>
                      <NavLink to="/moderation">{t('nav.moderation')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/synthese">{t('nav.synthesis')}</NavLink>
                    </li>
                  </>
                ) : null}
                <li>
                  <NavLink to="/verwaltung">{t('nav.admin')}</NavLink>
                </li>
              </ul>
            </nav>
            <SearchBox />
            <div className="header-actions">
              <button
                type="button"
                className="button button--quiet"
                lang={otherLanguage}
                aria-label={t('nav.switchLanguageLabel')}
                onClick={() => switchLanguage(otherLanguage)}
              >
                {t('nav.switchLanguage')}
              </button>
              {auth.authenticated ? (
                <>
                  <Link to="/mein-konto" className="signed-in">
                    {t('nav.signedInAs', { name: auth.displayName })}
                  </Link>
                  <button type="button" className="button button--quiet" onClick={auth.logout}>
                    {t('nav.logout')}
                  </button>
                </>
              ) : (
                <button type="button" className="button button--quiet" onClick={() => auth.login()}>
                  {t('nav.login')}
                </button>
              )}
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="content">
        <Outlet />
      </main>
      <footer className="site-footer">
        <ul className="footer-links">
          <li>
            <Link to="/barrierefreiheit">{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link to="/datenschutz">{t('footer.privacy')}</Link>
          </li>
          <li>
            <Link to="/impressum">{t('footer.imprint')}</Link>
          </li>
          <li>
            <Link to="/leichte-sprache">{t('footer.easyLanguage')}</Link>
          </li>
          <li>
            <Link to="/offene-daten">{t('footer.openData')}</Link>
          </li>
          <li>
            <Link to="/statistik">{t('footer.statistics')}</Link>
          </li>
          <li>
            <a href="/api/v1/openapi">{t('footer.api')}</a>
          </li>
        </ul>
      </footer>
    </>
  );
}
