/**
 * A seeded sandbox pack that is active and genuine (see docs/testing/trace-codes.md), in bracketed
 * form: the fake camera shows it as a GS1 DataMatrix.
 */
export const SANDBOX_ACTIVE_CODE = '(01)06905782200119(17)290430(10)2605203(21)DSP0002';
