import { contractDocument, type OpenApiDocument } from './document';
import { listOperations, OperationMatcher } from './operations';
import { RequestValidator } from './request-validator';

/** The compiled contract: operations, matcher and request validators, built once per process. */
export interface CompiledContract {
  document: OpenApiDocument;
  matcher: OperationMatcher;
  validator: RequestValidator;
}

let compiled: CompiledContract | undefined;

/** The process-wide compiled contract (validators compile lazily per operation, then stay cached). */
export function compiledContract(): CompiledContract {
  if (!compiled) {
    const document = contractDocument();
    compiled = {
      document,
      matcher: new OperationMatcher(listOperations(document)),
      validator: new RequestValidator(document),
    };
  }
  return compiled;
}
