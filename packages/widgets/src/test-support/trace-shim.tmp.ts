// TEMPORARY until the lead exports the trace client from @apotheca/trace's index.
export * from '../../../trace/src/client/index';
export * from '../../../trace/src/index';
