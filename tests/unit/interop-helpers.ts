import { ImportError } from '../../src/lib/interop/model.ts';

/** The ImportError a call throws, so a test can check its file, position and reason; anything else fails the test. */
export function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}
