/** DI tokens of the platform's ports. */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_STORE = Symbol('READ_STORE');
