/** Domain records shared by every bundle: what was said (mentions) and by whom. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.model;
