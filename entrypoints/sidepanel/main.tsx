// Side panel page (extension origin): mounts the React app with the real browser-backed services.
// First: zod must be jitless before any schema is built (a schema reads the setting when it is created).
import '../../lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/app';
import { ServicesProvider } from '../../components/services-context';
import { createExtensionServices } from '../../lib/panel/extension-services';

const services = createExtensionServices();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
