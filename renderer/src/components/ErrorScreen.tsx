import type { ErrorInfo } from '../../../shared/api/errors';

export function ErrorScreen({ error, onRetry }: { error: ErrorInfo; onRetry: () => void }) {
  return (
    <div className="screen-center">
      <div className="notice notice-error" role="alert">
        <h1>Copydesk could not open the desk</h1>
        <p>{error.message}</p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
