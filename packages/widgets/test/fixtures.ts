/**
 * A seeded sandbox pack that is active and genuine (see docs/testing/trace-codes.md), in bracketed
 * form: the fake camera shows it as a GS1 DataMatrix.
 */
export const SANDBOX_ACTIVE_CODE = '(01)09506000134352(17)291231(10)LOT2025A(21)SN00000001';
