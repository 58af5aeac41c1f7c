import type { AppInfo } from '../../../shared/domain/project';

export function NoProject({ app }: { app: AppInfo }) {
  return (
    <main className="screen-center" aria-label="Welcome">
      <div className="notice">
        <h1>No project is open</h1>
        {app.host === 'electron' ? (
          <p>Use File › New Project to start a story, or File › Open… to continue one.</p>
        ) : (
          <p>
            Start the desk on a project file: <code>npm run copydesk -- serve my-story.copydesk</code> (create one first with{' '}
            <code>npm run copydesk -- new my-story.copydesk</code>).
          </p>
        )}
      </div>
    </main>
  );
}
