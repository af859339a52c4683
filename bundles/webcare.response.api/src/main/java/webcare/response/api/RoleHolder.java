package webcare.response.api;

/** A role the incident activated and who holds it now ({@code deputy}: in place of the unavailable primary). */
public record RoleHolder(String roleId, String roleName, String personId, String personName, boolean deputy) {}
