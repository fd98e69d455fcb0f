import type { DatePartielle } from './dates';

/** A decision by a body (comité de pilotage, conseil communautaire…) with its date and deliberation number. */
export interface Validation {
  instance: string;
  date: DatePartielle;
  reference: string | null;
}
