import { Component, type ReactNode } from 'react';
import { CrashPage } from '../../pages/crash-page';

interface CrashBoundaryProps {
  /** The address: when it changes (the reader went back), the page gets another try. */
  resetKey: string;
  children: ReactNode;
}

interface CrashBoundaryState {
  hasCrashed: boolean;
}

/**
 * The app's last resort: a page that threw while rendering, or a page file that
 * failed to load, shows the crash page instead of a blank screen. (A plain error
 * boundary rather than the data router's errorElement, whose router weighs ~17 kB
 * gzipped on every first visit.)
 */
export class CrashBoundary extends Component<CrashBoundaryProps, CrashBoundaryState> {
  override state: CrashBoundaryState = { hasCrashed: false };

  static getDerivedStateFromError(): CrashBoundaryState {
    return { hasCrashed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override componentDidUpdate(previous: CrashBoundaryProps): void {
    if (this.state.hasCrashed && previous.resetKey !== this.props.resetKey) {
      this.setState({ hasCrashed: false });
    }
  }

  override render() {
    return this.state.hasCrashed ? <CrashPage /> : this.props.children;
  }
}
