package webcare.store.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An open unit of work, given by {@link Store#inTransaction}; repositories take it so that what
 * they write commits or rolls back together. Opaque on purpose: SQL stays inside the store.
 */
@ProviderType
public interface Transaction {}
