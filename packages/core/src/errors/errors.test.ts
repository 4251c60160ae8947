import { describe, expect, it } from 'vitest';
import { ApothecaError, ConflictError, NotFoundError, ValidationError } from './errors';

/** An error from a package that cannot import core, branded as the domain package does it. */
class BrandedError extends Error {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, Symbol.for('apotheca.error'), { value: true });
  }
}

describe('ApothecaError instanceof', () => {
  it('holds for the class and its subclasses, as usual', () => {
    const conflict = new ConflictError('x', { status: 409 });
    expect(conflict).toBeInstanceOf(ApothecaError);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).not.toBeInstanceOf(NotFoundError);
    expect(new ApothecaError('x')).not.toBeInstanceOf(ValidationError);
  });

  it('holds for an error branded with Symbol.for("apotheca.error")', () => {
    expect(new BrandedError('offline')).toBeInstanceOf(ApothecaError);
  });

  it('does not make a branded error an instance of any subclass', () => {
    const branded = new BrandedError('offline');
    expect(branded).not.toBeInstanceOf(ValidationError);
    expect(branded).not.toBeInstanceOf(ConflictError);
  });

  it('does not hold for plain errors, lookalikes without the brand, or non-errors', () => {
    expect(new Error('x')).not.toBeInstanceOf(ApothecaError);
    expect(Object.assign(new Error('x'), { code: 'check_digit' })).not.toBeInstanceOf(
      ApothecaError,
    );
    expect({ [Symbol.for('apotheca.error')]: true }).not.toBeInstanceOf(ApothecaError);
    expect(null).not.toBeInstanceOf(ApothecaError);
  });
});
