// Side panel page (extension origin): mounts the React app.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';

function App() {
  return <main><h1>Dealcraft</h1><p>Open a Gmail or Outlook thread.</p></main>;
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
