import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '../components/ErrorScreen';

/**
 * The last line against a blank window: a part of the desk that fails to render is replaced by a
 * message and a way back. Saved work is in the project file, so reloading loses nothing.
 */
export class DeskErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorScreen
        error={{ code: 'INTERNAL', message: 'Part of the desk stopped working. Everything you decided is saved in the project file; reload the window to carry on.' }}
        onRetry={() => window.location.reload()}
      />
    );
  }
}
