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
      await useHandlers((parameters['msw'] as RequestHandler[] | undefined) ?? []);
      return {};
    },
  ],
};

export default preview;
