/**
 * `target[key] = value` as an own, enumerable data property, even when the key is `__proto__`
 * (a service, label or template key a user may well write), which assignment would take as a
 * change of prototype.
 */
export function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  // Assignment keeps V8's fast object layout; only `__proto__` needs defineProperty.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}
