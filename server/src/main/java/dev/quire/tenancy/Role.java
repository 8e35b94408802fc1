package dev.quire.tenancy;

/**
 * What a key may do. A member key acts in its own project only; an admin key may act in every
 * project of its organization and create projects and keys.
 */
public enum Role {
    ADMIN, MEMBER;

    public static Role parse(String value) {
        return Role.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
