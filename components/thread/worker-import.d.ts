// Types only (side panel build): Vite's `?worker` import gives a constructor for the bundled module worker.
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
