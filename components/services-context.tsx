// Side panel (React): provides PanelServices to every component; tests wrap components with fakes.
import { createContext, useContext, type ReactNode } from 'react';
import type { PanelServices } from '../lib/panel/services';

const ServicesContext = createContext<PanelServices | null>(null);

export function ServicesProvider({ services, children }: { services: PanelServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PanelServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}
