/** Where a removed student must no longer be: the class's IM groups and its media room. */
export interface ClassPlaces {
  readonly groupIds: readonly string[];
  readonly roomId: string;
}

/**
 * Removal enforced by the services, not only by the command: a kicked student's client cannot
 * simply stay in the groups or the room. Throws when a service refused or could not be reached;
 * the caller tries again later.
 */
export interface MemberRemoval {
  remove(places: ClassPlaces, userId: string): Promise<void>;
}
