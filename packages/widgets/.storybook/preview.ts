import type { Preview } from '@storybook/web-components-vite';
import type { RequestHandler } from 'msw';
import { configureDecoder } from '../src/index';
import { useHandlers } from '../src/test-support/mock-api';

configureDecoder({ wasmUrl: new URL('zxing/zxing_reader.wasm', document.baseURI).href });

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  loaders: [
    async ({ parameters }) => {
      // `mswSetup`: a story's own engine (e.g. on another clock), in front of the shared one.
      const setup = parameters['mswSetup'] as (() => RequestHandler[]) | undefined;
      await useHandlers([
        ...((parameters['msw'] as RequestHandler[] | undefined) ?? []),
        ...(setup?.() ?? []),
      ]);
      return {};
    },
  ],
};

export default preview;
