import { CommandHandler, UpcasterRegistry, type CommandHandlerOptions, type EventStore } from '@cdv/eventsourcing';

/**
 * The upcasters of the application's stored event types (ADR 0009): the one registry every reader and the
 * command handler apply. No event type has a second version yet; a context that adds one registers its upcaster here.
 */
export function upcastersDeLApplication(): UpcasterRegistry {
  return new UpcasterRegistry();
}

/**
 * The one place the command handler is built, with the application's upcasters and the state cache: the platform
 * module, the CLI, the sealing service and the benches all call it, so none decides on events left at an old version.
 */
export function creerCommandHandler(store: EventStore, options: CommandHandlerOptions = {}): CommandHandler {
  return new CommandHandler(store, { ...options, upcasters: options.upcasters ?? upcastersDeLApplication() });
}
