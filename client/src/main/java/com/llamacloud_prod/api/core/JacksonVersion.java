package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.core.Version;

/** Checks that the Jackson on the class path is one this SDK works with. */
final class JacksonVersion {

    static final String MINIMUM = "2.13.4";

    private JacksonVersion() {}

    /** @throws IllegalStateException naming the module and version when jackson-core or jackson-databind is too old */
    static void check() {
        check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
        check("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    }

    static void check(String module, Version found) {
        // Version.compareTo also compares group and artifact ids; only the numbers matter here.
        boolean tooOld = found.getMajorVersion() != 2
                || found.getMinorVersion() < 13
                || found.getMinorVersion() == 13 && found.getPatchLevel() < 4;
        if (tooOld) {
            throw new IllegalStateException(module + " " + found + " is not compatible: this SDK needs Jackson 2.x >= "
                    + MINIMUM + " (or call checkJacksonVersionCompatibility(false) at your own risk)");
        }
    }
}
