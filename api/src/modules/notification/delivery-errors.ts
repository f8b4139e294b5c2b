/** A failure that trying again cannot fix (no address, a mailbox that does not exist): the message becomes a dead letter at once. */
export class PermanentFailure extends Error {}
