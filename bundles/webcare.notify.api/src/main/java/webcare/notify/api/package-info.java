/** Notifications: messages to the people of the crisis plan, kept in an outbox and sent by e-mail. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.notify.api;
