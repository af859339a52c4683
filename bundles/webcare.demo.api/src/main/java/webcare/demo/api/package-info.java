/** The demo data set a new user can load with one click, and remove again. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.demo.api;
