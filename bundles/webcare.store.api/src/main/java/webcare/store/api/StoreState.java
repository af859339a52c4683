package webcare.store.api;

/** Whether the database can be used, and if not, why. */
public sealed interface StoreState {

    /** The database file is being opened or migrated. */
    record Opening() implements StoreState {}

    /** Open and at {@code schemaVersion}, the newest migration this version ships. */
    record Ready(int schemaVersion) implements StoreState {}

    /** Cannot be used; {@code message} is one line naming the file and what to do. */
    record Failed(String message) implements StoreState {}
}
